-- (__gc is refused by the sandbox) a looping __gc finalizer on a value that stays alive to the end (a step's
-- run function holds it): the worker exits without closing the Lua state,
-- so the finalizer never runs and lesson check ends at once
--! exit: 1
--! stderr: __gc
--! max-seconds: 2.5
local keep = setmetatable({}, { __gc = function() while true do end end })
return lesson { id = "x", version = 1, title = "T", steps = {
  step { id = "a", run = function(ui) ui.say(tostring(keep ~= nil)) end },
} }
