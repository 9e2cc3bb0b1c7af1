-- ctx.answer with a 20 MiB key
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=128
--! stderr: cases/answer_huge_key.lua:13:
--! no-stderr: CPU time limit
return lesson {
  id = "answer-huge-key", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local v = ctx.answer(("k"):rep(20 * 1024 * 1024))
    end },
  },
}
