-- require: absolute paths are refused
--! exit: 1
--! stderr: cases/g_require_abs.lua:5:
--! stderr: invalid module name '/etc/passwd'
require("/etc/passwd")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
