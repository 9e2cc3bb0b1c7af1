-- a 20 MiB error message: must be reported (shortened), not mistaken for a crash or a CPU overrun, and not flood the terminal
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=128
--! stderr: cases/err_huge.lua:14:
--! no-stderr: CPU time limit
--! max-stderr-bytes: 65536
return lesson {
  id = "err-huge", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      error(("x"):rep(20 * 1024 * 1024))
    end },
  },
}
