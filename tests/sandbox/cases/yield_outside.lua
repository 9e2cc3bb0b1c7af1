-- coroutine.yield outside any coroutine (the step's own thread)
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/yield_outside.lua
--! stderr: outside a coroutine
return lesson {
  id = "yield-outside", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      coroutine.yield(1)
    end },
  },
}
