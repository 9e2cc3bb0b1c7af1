-- xpcall with a looping message handler
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_xpcall.lua:
--! stderr: time limit
return lesson {
  id = "loop-xpcall", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do
        xpcall(function() while true do end end, function() while true do end end)
      end
    end },
  },
}
