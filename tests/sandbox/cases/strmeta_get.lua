-- the shared string metatable is hidden: getmetatable("") answers false
--! exit: 1
--! stderr: cases/strmeta_get.lua:5: attempt to index a boolean value
local mt = getmetatable("")
local idx = mt.__index
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
