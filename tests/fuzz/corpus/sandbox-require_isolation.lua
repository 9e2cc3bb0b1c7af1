-- a lesson changes string, table, math; a required module (its own
-- environment) sees the library unchanged, and the quiz plugin still works
string.upper = function() return "pwned" end
string.rep = nil
table.concat = function() return "pwned" end
math.floor = function() return -1 end
string.dump = function() return "x" end
local probe = require("probe")
assert(probe.name == "probe")
assert(require("probe") == probe, "a module runs once per environment")
assert(require("sub.mod") == "sub.mod")
return lesson { id = "x", version = 1, title = "T", steps = {
  step { id = "a", run = function(ui) ui.say("module says " .. probe.value) end },
  quiz { id = "q", question = "Q?", choices = { "a", "b" }, answer = 2 },
} }
