-- pcall cannot swallow the time limit: once it fires every instruction fails
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_pcall.lua:
--! stderr: time limit
return lesson {
  id = "loop-pcall", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do pcall(function() while true do end end) end
    end },
  },
}
