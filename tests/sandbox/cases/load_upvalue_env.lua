-- a chunk declaring its own _ENV only gets what it is given: still no io
--! exit: 1
--! stderr: attempt to index a nil value
local f = assert(load("local _ENV = { x = 1 }; return io.open"))
f()
return lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
