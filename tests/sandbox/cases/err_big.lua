-- a 1 MiB error message: reported, shortened
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/err_big.lua:12:
--! max-stderr-bytes: 65536
return lesson {
  id = "err-big", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      error(("x"):rep(1024 * 1024))
    end },
  },
}
