-- a loaded chunk cannot assign globals either
--! exit: 1
--! stderr: cannot assign the global 'io'
assert(load("io = 1"))()
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
