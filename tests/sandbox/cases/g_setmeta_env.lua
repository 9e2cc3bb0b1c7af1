-- the environment's metatable is protected
--! exit: 1
--! stderr: cases/g_setmeta_env.lua:5:
--! stderr: cannot change a protected metatable
setmetatable(_ENV, nil)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
