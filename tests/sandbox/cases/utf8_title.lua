-- invalid UTF-8 in a lesson string: a validation error with file:line
--! exit: 1
--! stderr-re: cases/utf8_title.lua:[45]: field 'title' of lesson is not valid UTF-8 text
return lesson { id = "x", version = 1,
  title = "Ti\xc3\x28tle",
  steps = { read { id = "a", text = "x" } } }
