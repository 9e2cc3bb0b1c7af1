-- ui.say of 20 MiB: over the protocol's message cap; must fail with a clear message, not as a CPU overrun
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=128
--! stderr: cases/say_huge.lua:13:
--! no-stderr: CPU time limit
return lesson {
  id = "say-huge", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      ui.say(("x"):rep(20 * 1024 * 1024))
    end },
  },
}
