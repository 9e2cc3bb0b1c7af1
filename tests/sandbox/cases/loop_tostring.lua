-- tostring running a __tostring that loops
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_tostring.lua:
--! stderr: time limit
return lesson {
  id = "loop-tostring", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local s = tostring(setmetatable({}, { __tostring = function() while true do end end }))
    end },
  },
}
