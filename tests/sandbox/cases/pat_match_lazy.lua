-- an adversarial lazy pattern (.-) in string.match
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: time limit
return lesson {
  id = "pat-match-lazy", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      string.match(("a"):rep(2000), (".-a"):rep(25) .. "b")
    end },
  },
}
