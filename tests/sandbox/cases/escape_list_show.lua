-- terminal escapes in a lesson's title, summary, sources and step titles,
-- shown by lesson show (from the catalog, not through the runner)
--! run: args
--! args: --lessons cases lesson show esc-show
--! exit: 0
--! stdout: esc-show
return lesson { id = "esc-show", version = 1,
  title = "Title \27]0;pwned\7\27[2J",
  summary = "Summary \27[31mred\27[0m",
  sources = { "Source \27]52;c;cHduZWQ=\7" },
  steps = { read { id = "a", title = "Step \27[5mblink", text = "x" } } }
