-- Lua 5.4.4 bug: deep nesting of coroutine.close overflows the C stack and crashes the interpreter (fixed in 5.4.5). The worker dies; the parent must report it and keep the stored answer
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! worker-may-crash: yes
--! env: CHIBO_LUA_MEMORY_MB=512
--! stderr-re: lesson process|time limit
return lesson {
  id = "coclose-crash", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      local coro = false
      for i = 1, 30000 do
        local previous = coro
        coro = coroutine.create(function()
          local cc <close> = setmetatable({}, { __close = function()
            if previous then assert(coroutine.close(previous)) end
          end })
          coroutine.yield()
        end)
        assert(coroutine.resume(coro))
      end
      coroutine.close(coro)
    end },
  },
}
