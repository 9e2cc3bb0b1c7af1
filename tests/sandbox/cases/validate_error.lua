-- an error raised inside validate (called from C by ui.ask) must reach the user with file:line, not end the run silently
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: anything
--! stderr: cases/validate_error.lua:12: boom in validate
return lesson {
  id = "validate-error", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.ask("Anything?", { validate = function() error("boom in validate") end })
    end },
  },
}
