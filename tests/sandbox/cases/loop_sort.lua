-- table.sort with a comparator that loops
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_sort.lua:
--! stderr: time limit
return lesson {
  id = "loop-sort", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      table.sort({ 3, 2, 1 }, function() while true do end end)
    end },
  },
}
