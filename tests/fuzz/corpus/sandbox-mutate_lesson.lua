-- the table lesson {} returns is changed after validation: an id that breaks
-- the [a-z0-9-]+ rule, a version that is not an integer.  The host must
-- use what it validated (or validate again), not what the script changed.
local l = lesson { id = "x", version = 1, title = "T", steps = { read { id = "a", text = "x" } } }
l.id = "../../Not An Id\n"
l.version = "one"
l.title = nil
return l
