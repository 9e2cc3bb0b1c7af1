-- a lesson table forged with the private marker taken from a real one
local real = lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
local marker
for k in next, real do if type(k) == "table" then marker = k end end
return { [marker] = true, id = {}, version = {}, title = {}, steps = 7 }
