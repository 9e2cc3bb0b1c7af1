-- invalid UTF-8 in a prompt
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/utf8_ask.lua:12:
--! stderr: not valid UTF-8
return lesson {
  id = "utf8-ask", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.ask("\xff\xfe?")
    end },
  },
}
