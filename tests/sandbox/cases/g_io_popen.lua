-- io.popen through the io global
--! exit: 1
--! stderr: cases/g_io_popen.lua:5:
--! stderr: 'io'
io.popen("touch /tmp/chibo-sandbox-pwned")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
