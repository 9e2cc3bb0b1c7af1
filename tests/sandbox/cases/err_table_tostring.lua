-- an error object that is a table whose __tostring loops and whose __index errors: the host must not run it
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: error (an object of type table)
--! max-seconds: 4
return lesson {
  id = "err-table-tostring", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      error(setmetatable({}, {
        __tostring = function() while true do end end,
        __index = function() error("no") end,
        __name = "EVIL",
      }))
    end },
  },
}
