-- terminal escapes in a lesson title, shown by lesson list
--! run: args
--! args: --lessons cases lesson list
--! exit: 0
--! stdout: esc-list
return lesson { id = "esc-list", version = 1, title = "Title \27]0;pwned\7\27[2J",
  steps = { read { id = "a", text = "x" } } }
