-- while true do end inside a step: the step fails on time, the stored answer stays
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_step.lua:12:
--! stderr: time limit
return lesson {
  id = "loop-step", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do end
    end },
  },
}
