-- invalid UTF-8 given to ui.say: a clear error naming the file and line
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/utf8_say.lua:12:
--! stderr: not valid UTF-8
return lesson {
  id = "utf8-say", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.say("caf\xe9")
    end },
  },
}
