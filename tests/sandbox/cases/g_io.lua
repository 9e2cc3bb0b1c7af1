-- io is not in the sandbox
--! exit: 1
--! stderr: cases/g_io.lua:5:
--! stderr: 'io'
io.open("../canary/canary.txt", "w"):write("pwned")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
