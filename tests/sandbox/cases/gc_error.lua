-- (__gc is refused by the sandbox: setmetatable with __gc fails at the script's line) a __gc finalizer that errors: ignored (a warning at most), the lesson finishes
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! exit: 1
--! stderr: __gc
return lesson {
  id = "gc-error", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      for i = 1, 1000 do setmetatable({}, { __gc = function() error("in gc") end }) end
      local keep = {}
      for i = 1, 1e5 do keep[i % 100] = { i } end
    end },
  },
}
