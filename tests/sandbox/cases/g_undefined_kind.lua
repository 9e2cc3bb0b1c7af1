-- a near-miss step kind gets a suggestion
--! exit: 1
--! stderr: cases/g_undefined_kind.lua:5:
--! stderr: unknown step kind 'quizz'; did you mean 'quiz'?
local s = quizz { id = "q" }
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
