-- os.remove is removed
--! exit: 1
--! stderr: cases/g_os_remove.lua:5:
--! stderr: remove
os.remove("../canary/canary.txt")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
