-- require of a standard library name does not reach the host's library
--! exit: 1
--! stderr: cases/g_require_os.lua:5:
--! stderr: module 'os' not found in the plugin directories
local os2 = require("os")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
