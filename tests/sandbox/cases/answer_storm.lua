-- ctx.answer in an endless loop: every call is a query in the parent; the worker's budget is not renewed by them, so the time limit still ends it
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: time limit
--! max-seconds: 20
return lesson {
  id = "answer-storm", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do local v = ctx.answer("a.name") end
    end },
  },
}
