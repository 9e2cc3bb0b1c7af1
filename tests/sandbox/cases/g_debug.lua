-- debug is not in the sandbox
--! exit: 1
--! stderr: cases/g_debug.lua:5:
--! stderr: 'debug'
debug.sethook()
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
