-- an adversarial pattern in gsub with a string replacement
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: time limit
return lesson {
  id = "pat-gsub", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = (("a"):rep(300)):gsub(("a*"):rep(30) .. "b", "x")
    end },
  },
}
