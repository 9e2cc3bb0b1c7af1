-- a read of an undefined name errors, with a suggestion
--! exit: 1
--! stderr: cases/g_undefined_suggest.lua:5:
--! stderr: undefined global 'strng'; did you mean 'string'?
local r = strng.rep("a", 2)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
