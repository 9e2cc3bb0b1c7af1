-- error(nil)
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: error (an object of type nil)
return lesson {
  id = "err-nil", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      error(nil)
    end },
  },
}
