-- os.rename is removed
--! exit: 1
--! stderr: cases/g_os_rename.lua:5:
--! stderr: rename
os.rename("../canary/canary.txt", "/tmp/chibo-sandbox-pwned")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
