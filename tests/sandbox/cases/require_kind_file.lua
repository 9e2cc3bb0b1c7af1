-- require of a step kind plugin file runs it in a plain sandbox: no kind()
--! exit: 1
--! stderr: undefined global 'kind'
local quiz_kind = require("kinds.quiz")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
