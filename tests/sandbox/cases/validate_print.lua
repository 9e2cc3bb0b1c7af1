-- print() inside validate is legal (a log line for --debug); the prompt must still complete
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: anything
--! answer: done
--! exit: 0
--! stdout: Done?
return lesson {
  id = "validate-print", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.ask("Anything?", { validate = function(v) print("checking", v); return true end })
      ui.ask("Done?")
    end },
  },
}
