-- a NUL byte inside a title: text for the terminal cannot hold it; a
-- validation error at load time, not a truncated title or a late failure
--! exit: 1
--! stderr: cases/utf8_nul_title.lua:6:
return lesson { id = "x", version = 1, title = "T", steps = {
  read { id = "a", title = "before\0after", text = "x" },
} }
