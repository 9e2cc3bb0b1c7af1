-- require: '..' in a module name is refused
--! exit: 1
--! stderr: cases/g_require_dots.lua:5:
--! stderr: invalid module name 'a..b'
require("a..b")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
