-- Lua 5.1 getfenv is not there
--! exit: 1
--! stderr: cases/g_getfenv.lua:5:
--! stderr: 'getfenv'
local e = getfenv(1)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
