-- doubling a string until the memory cap
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: memory limit
return lesson {
  id = "mem-concat", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = "x"
      while true do s = s .. s end
    end },
  },
}
