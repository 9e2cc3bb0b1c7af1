-- load() trying to pass another environment (and mode "b"): both are
-- ignored; the chunk runs in the caller's strict sandbox environment
local f = assert(load("return marker", "=chunk", "b", { marker = 1 }))
local v = f()
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
