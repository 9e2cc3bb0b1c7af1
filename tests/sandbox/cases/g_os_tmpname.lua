-- os.tmpname is removed (it creates a file)
--! exit: 1
--! stderr: cases/g_os_tmpname.lua:5:
--! stderr: tmpname
local n = os.tmpname()
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
