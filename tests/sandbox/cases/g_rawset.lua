-- rawset is removed
--! exit: 1
--! stderr: cases/g_rawset.lua:5:
--! stderr: 'rawset'
rawset(_G, "io", {})
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
