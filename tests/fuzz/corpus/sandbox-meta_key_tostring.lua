-- a lesson table with a key that is a table whose __tostring loops: the
-- host reports "a key that is not a field name" without running it
local key = setmetatable({}, { __tostring = function() while true do end end })
return lesson { [key] = 1, id = "x", version = 1, title = "T",
  steps = { read { id = "a", text = "x" } } }
