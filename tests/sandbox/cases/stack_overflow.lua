-- unbounded Lua recursion
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! env: CHIBO_LUA_MEMORY_MB=256
--! stderr: cases/stack_overflow.lua:13:
--! stderr: stack overflow
return lesson {
  id = "stack-overflow", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local function f() return 1 + f() end
      f()
    end },
  },
}
