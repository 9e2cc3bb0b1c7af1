-- a module that requires itself: a clean error (stack or memory), no hang
--! exit: 1
--! stderr-re: stack overflow|memory limit|C stack
local m = require("selfreq")
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
