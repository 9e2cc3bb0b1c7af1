-- a runaway loop inside a coroutine
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_coroutine.lua:
--! stderr: time limit
return lesson {
  id = "loop-coroutine", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local co = coroutine.wrap(function() while true do end end)
      co()
    end },
  },
}
