-- memory errors caught by pcall and retried forever while holding the memory: ends on time or memory, cleanly
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=16
--! stderr-re: time limit|memory limit
return lesson {
  id = "mem-pcall-retry", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local hold = {}
      pcall(function() while true do hold[#hold + 1] = ("x"):rep(1 << 20) .. #hold end end)
      while true do pcall(function() hold[#hold + 1] = {} end) end
    end },
  },
}
