-- unbounded recursion through C (coroutines inside coroutines)
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr-re: stack overflow|C stack
return lesson {
  id = "cstack-overflow", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local function f() return coroutine.wrap(f)() end
      f()
    end },
  },
}
