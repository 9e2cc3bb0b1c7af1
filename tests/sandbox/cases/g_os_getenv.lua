-- os.getenv is removed
--! exit: 1
--! stderr: cases/g_os_getenv.lua:5:
--! stderr: getenv
local home = os.getenv("HOME")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
