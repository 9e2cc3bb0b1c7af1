-- require: a NUL in a module name is refused
--! exit: 1
--! stderr: cases/g_require_nul.lua:5:
--! stderr: invalid module name
require("probe\0.txt")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
