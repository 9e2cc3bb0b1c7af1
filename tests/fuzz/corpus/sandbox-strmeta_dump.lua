-- string.dump is removed from the sandbox's string table, but strings index
-- the host's own string table through the shared metatable: ("").dump must
-- be gone too (the contract: "string without dump")
local f = function() return 1 end
local s = ("").dump(f)
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
