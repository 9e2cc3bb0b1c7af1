-- _G is the strict environment too
--! exit: 1
--! stderr: cases/g_assign_G.lua:5:
--! stderr: cannot assign the global 'x'; use local
_G.x = 1
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
