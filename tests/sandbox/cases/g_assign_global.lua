-- globals cannot be assigned
--! exit: 1
--! stderr: cases/g_assign_global.lua:5:
--! stderr: cannot assign the global 'io'; use local
io = { open = 1 }
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
