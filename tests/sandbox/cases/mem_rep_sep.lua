-- string.rep with a separator, just over the cap
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=16
--! stderr: memory limit
return lesson {
  id = "mem-rep-sep", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = ("x"):rep(10 * 1024 * 1024, "yz")
    end },
  },
}
