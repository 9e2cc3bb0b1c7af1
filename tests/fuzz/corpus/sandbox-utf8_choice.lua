-- invalid UTF-8 in a quiz choice and in a step title
return lesson { id = "x", version = 1, title = "T", steps = {
  quiz { id = "q", title = "\xed\xa0\x80 surrogate", question = "Q?", choices = { "ok", "\xf8\x88\x80\x80\x80" }, answer = 1 },
} }
