-- changing the sandbox's string table does not change string methods (the
-- host's table, used by plugins) and vice versa
--! run: test
--! answer: 2
--! exit: 0
--! stdout: upper=ABC
string.upper = function() return "pwned" end
string.format = function() return "pwned" end
local ok = pcall(function() local s = "x"; s.format = 1 end)
assert(not ok)
return lesson { id = "x", version = 1, title = "T", steps = {
  step { id = "a", run = function(ui) ui.say("upper=" .. ("abc"):upper()) end },
  quiz { id = "q", question = "Q?", choices = { "a", "b" }, answer = 2 },
} }
