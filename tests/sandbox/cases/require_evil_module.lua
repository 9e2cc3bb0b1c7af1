-- a module in a plugin directory runs in the same sandbox as a lesson
--! exit: 1
--! stderr: plugins/evil.lua:2:
--! stderr: 'io'
local evil = require("evil")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
