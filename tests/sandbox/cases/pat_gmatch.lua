-- an adversarial pattern in gmatch
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: time limit
return lesson {
  id = "pat-gmatch", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      for m in (("a"):rep(300)):gmatch(("a*"):rep(30) .. "b") do end
    end },
  },
}
