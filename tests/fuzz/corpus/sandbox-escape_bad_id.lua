-- a bad id holding terminal escapes: the validation message quotes it, and
-- must not send the escapes to the terminal
return lesson { id = "\27]0;pwned\7\27[2J", version = 1, title = "T",
  steps = { read { id = "a", text = "x" } } }
