-- an adversarial pattern: stock Lua spends minutes inside one string.find; the hook cannot run inside C
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: time limit
return lesson {
  id = "pat-find", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      string.find(("a"):rep(300), ("a*"):rep(30) .. "b")
    end },
  },
}
