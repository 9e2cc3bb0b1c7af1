-- os.exit is removed: a lesson cannot end the worker with status 0
--! exit: 1
--! stderr: cases/g_os_exit.lua:5:
--! stderr: exit
os.exit(0)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
