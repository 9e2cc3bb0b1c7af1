-- a __gc finalizer that loops, run by the collector in the middle of a step: hooks are off inside finalizers, so only RLIMIT_CPU can stop it
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr-re: time limit|__gc
return lesson {
  id = "loop-gc-during-step", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      setmetatable({}, { __gc = function() while true do end end })
      local keep = {}
      for i = 1, 1e7 do keep[i % 100] = { i } end
    end },
  },
}
