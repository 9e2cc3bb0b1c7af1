-- gsub with a callback that loops
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_gsub.lua:
--! stderr: time limit
return lesson {
  id = "loop-gsub", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = ("x"):rep(100):gsub(".", function() while true do end end)
    end },
  },
}
