-- getmetatable(_ENV) answers false
--! exit: 1
--! stderr: cases/g_env_meta_false.lua:5:
--! stderr: attempt to index a boolean value
local mt = getmetatable(_ENV).__index
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
