-- a non-string require name with a looping __tostring
--! exit: 1
--! max-seconds: 4
--! stderr: cases/meta_name_tostring.lua:6:
--! stderr: invalid module name
local m = require(setmetatable({}, { __tostring = function() while true do end end }))
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
