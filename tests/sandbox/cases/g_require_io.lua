-- require of io does not reach the host's library
--! exit: 1
--! stderr: cases/g_require_io.lua:5:
--! stderr: module 'io' not found in the plugin directories
local io2 = require("io")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
