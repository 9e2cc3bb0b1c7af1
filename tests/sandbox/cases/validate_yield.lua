-- coroutine.yield inside validate: cannot yield across the C call of ui.ask; a clean error
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: anything
--! stderr: cases/validate_yield.lua:
--! stderr: yield
return lesson {
  id = "validate-yield", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local co = coroutine.wrap(function()
        return ui.ask("Anything?", { validate = function() coroutine.yield(1); return true end })
      end)
      co()
    end },
  },
}
