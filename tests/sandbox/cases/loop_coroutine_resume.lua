-- coroutine.resume catches the error; the caller loop must still stop
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr: cases/loop_coroutine_resume.lua:
--! stderr: time limit
return lesson {
  id = "loop-coroutine-resume", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do
        coroutine.resume(coroutine.create(function() while true do end end))
      end
    end },
  },
}
