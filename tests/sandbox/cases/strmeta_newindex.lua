-- assigning through a string value cannot reach the host's string table
--! exit: 1
--! stderr: cases/strmeta_newindex.lua:4:
local s = "x"; s.upper = function() return "pwned" end
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
