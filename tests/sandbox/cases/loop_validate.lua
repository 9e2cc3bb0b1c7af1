-- a validate callback that never returns, called by the C side of ui.ask
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: anything
--! stderr: cases/loop_validate.lua:
--! stderr: time limit
return lesson {
  id = "loop-validate", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.ask("Anything?", { validate = function() while true do end end })
    end },
  },
}
