-- invalid UTF-8 in a lesson string: a validation error with file:line
return lesson { id = "x", version = 1,
  title = "Ti\xc3\x28tle",
  steps = { read { id = "a", text = "x" } } }
