-- pcall nested in a loop nested in pcall…: the error must reach the step
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_recursive_pcall.lua:
--! stderr: time limit
return lesson {
  id = "loop-recursive-pcall", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local function spin(n)
        while true do
          if n > 0 then pcall(spin, n - 1) end
        end
      end
      spin(50)
    end },
  },
}
