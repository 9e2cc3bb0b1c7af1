-- a NUL byte inside a title: text for the terminal cannot hold it; a
-- validation error at load time, not a truncated title or a late failure
return lesson { id = "x", version = 1, title = "T", steps = {
  read { id = "a", title = "before\0after", text = "x" },
} }
