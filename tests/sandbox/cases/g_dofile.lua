-- dofile is removed
--! exit: 1
--! stderr: cases/g_dofile.lua:5:
--! stderr: 'dofile'
dofile("/etc/passwd")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
