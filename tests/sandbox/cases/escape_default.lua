-- terminal escapes in a prompt's default value are shown as "?"; a default that is not valid UTF-8 is an error at its line
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: typed
--! answer: typed2
--! exit: 1
--! stderr: default
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
