-- terminal escapes (and invalid UTF-8) in a prompt's default value, which the prompt line shows
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: typed
--! answer: typed2
--! exit: 0
return lesson {
  id = "escape-default", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.ask("X?", { default = "\27]0;pwned\7\27[2J" })
      ui.ask("Y?", { default = "\xff\xfe" })
    end },
  },
}
