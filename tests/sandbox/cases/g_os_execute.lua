-- os.execute is removed (os keeps time/date/clock only)
--! exit: 1
--! stderr: cases/g_os_execute.lua:5:
--! stderr: execute
os.execute("touch /tmp/chibo-sandbox-pwned")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
