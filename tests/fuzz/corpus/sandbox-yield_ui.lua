-- a step that runs its prompts inside coroutine.wrap and yields between them
return lesson {
  id = "yield-ui", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local co = coroutine.wrap(function()
        local a = ui.ask("Q1?", { key = "q1" })
        coroutine.yield(a)
        local b = ui.number("Q2?", { key = "q2" })
        coroutine.yield(b)
        return ui.confirm("Q3?", { key = "q3" })
      end)
      local a = co()
      local b = co()
      local c = co()
      ui.say(("got %s %d %s"):format(a, b, tostring(c)))
    end },
  },
}
