-- terminal escapes in an error message
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/escape_error.lua:11:
return lesson {
  id = "escape-error", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      error("\27]0;pwned\7\27[2J\27[31m red")
    end },
  },
}
