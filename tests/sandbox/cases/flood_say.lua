-- ui.say in an endless loop.  The CPU budget counts only the worker's time,
-- most of which it spends blocked on the pipe while the parent prints, so
-- one budget lets millions of lines through (2.4 M for 1 s).  Output
-- between two prompts must be bounded: a clear error long before that.
--! run: learn
--! answer: canary
--! stored: a.name = "canary"
--! stderr-re: time limit|too much|output
--! max-seconds: 20
--! max-stdout-bytes: 4194304
return lesson {
  id = "flood-say", version = 1, title = "T",
  steps = {
    step { id = "a", run = function(ui) ui.ask("Name?", { key = "name" }) end },
    step { id = "b", run = function(ui, ctx)
      while true do ui.say("flood") end
    end },
  },
}
