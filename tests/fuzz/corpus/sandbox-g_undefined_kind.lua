-- a near-miss step kind gets a suggestion
local s = quizz { id = "q" }
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
