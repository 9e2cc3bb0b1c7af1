return lesson { id = "a", version = 1, title = "T", steps = { read { id = "r", text = "x" } } }
