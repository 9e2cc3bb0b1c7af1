-- require of debug does not reach the host's library
--! exit: 1
--! stderr: cases/g_require_debug.lua:5:
--! stderr: module 'debug' not found in the plugin directories
local d = require("debug")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
