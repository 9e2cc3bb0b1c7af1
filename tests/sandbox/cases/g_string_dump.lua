-- string.dump is removed
--! exit: 1
--! stderr: cases/g_string_dump.lua:5:
--! stderr: dump
local s = string.dump(function() return 1 end)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
