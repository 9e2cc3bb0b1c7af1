-- table.concat building a string over the cap
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=16
--! stderr: memory limit
return lesson {
  id = "mem-table-concat", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local t = {}
      local piece = ("x"):rep(1 << 20)
      for i = 1, 10 do t[i] = piece end
      local s = table.concat(t, "", 1, 10) .. table.concat(t, "", 1, 10)
    end },
  },
}
