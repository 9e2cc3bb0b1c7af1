-- setmetatable on a string is refused
--! exit: 1
--! stderr: cases/strmeta_set.lua:4:
setmetatable("", { __index = function() return "pwned" end })
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
