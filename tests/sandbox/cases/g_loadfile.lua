-- loadfile is removed
--! exit: 1
--! stderr: cases/g_loadfile.lua:5:
--! stderr: 'loadfile'
loadfile("/etc/passwd")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
