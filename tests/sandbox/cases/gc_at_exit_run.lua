-- (__gc is refused by the sandbox: setmetatable with __gc fails at the script's line) a __gc finalizer that loops, still alive when the lesson ends: the worker must exit without running it
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! exit: 1
--! stderr: __gc
--! max-seconds: 4
return lesson {
  id = "gc-at-exit-run", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local keep = setmetatable({}, { __gc = function() while true do end end })
      ui.say("bye")
    end },
  },
}
