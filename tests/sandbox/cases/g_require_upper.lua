-- require: only lowercase module names
--! exit: 1
--! stderr: cases/g_require_upper.lua:5:
--! stderr: invalid module name
require("Etc.Passwd")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
