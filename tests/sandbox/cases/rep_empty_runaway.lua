-- string.rep("", math.maxinteger): stock Lua 5.4.4 loops 2^63 times
-- copying nothing, inside C where the count hook never runs
--! exit: 1
--! stderr: cases/rep_empty_runaway.lua
--! stderr: time limit
local s = string.rep("", math.maxinteger)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
