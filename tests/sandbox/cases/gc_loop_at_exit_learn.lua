-- (__gc is refused by the sandbox: setmetatable with __gc fails at the script's line) learn: a looping finalizer alive at the end; the run completes and is marked done
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! exit: 1
--! stderr: __gc
--! max-seconds: 4
return lesson {
  id = "gc-loop-at-exit-learn", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local keep = setmetatable({}, { __gc = function() while true do end end })
    end },
  },
}
