-- a step table changed after its constructor validated it
local s = read { id = "a", text = "x" }
s.id = nil
s.kind = "no-such-kind"
s.title = "\xff"
return lesson { id = "x", version = 1, title = "T", steps = { s } }
