-- a read of an undefined name errors, with a suggestion
local r = strng.rep("a", 2)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
