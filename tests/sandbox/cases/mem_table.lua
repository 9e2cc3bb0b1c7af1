-- a table that grows until the memory cap
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=16
--! stderr: memory limit
return lesson {
  id = "mem-table", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local t = {}
      for i = 1, math.maxinteger do t[i] = { i } end
    end },
  },
}
