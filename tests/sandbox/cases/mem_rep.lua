-- string.rep asking for a gigabyte (over the 64 MiB cap): the capped allocator refuses
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: memory limit
return lesson {
  id = "mem-rep", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = string.rep("x", 1 << 30)
    end },
  },
}
