-- (__gc is refused by the sandbox: setmetatable with __gc fails at the script's line) finalizers that print() (a log line, legal) while the collector runs inside the prompt dialogue (during validate): the run must still complete
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! answer: x
--! answer: y
--! exit: 1
--! stderr: __gc
return lesson {
  id = "gc-print-during-prompt", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      for i = 1, 200 do
        setmetatable({}, { __gc = function() print("gc log line") end })
      end
      ui.ask("X?", { validate = function(v)
        local junk = {}
        for i = 1, 2e5 do junk[i % 50] = { i } end
        return true
      end })
      ui.ask("Y?")
    end },
  },
}
