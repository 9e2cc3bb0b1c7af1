-- a step forged with the host's private marker key (found with next() on a
-- real step): its kind does not exist; must fail cleanly, naming the file
local real = read { id = "a", text = "x" }
local marker
for k in next, real do if type(k) == "table" then marker = k end end
assert(marker, "no marker found")
local forged = { [marker] = true, kind = "no-such-kind", id = "f", data = {}, line = 1 }
return lesson { id = "x", version = 1, title = "T", steps = { forged } }
