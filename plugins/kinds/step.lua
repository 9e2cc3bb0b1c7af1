-- step: a custom step; its run(ui, ctx) asks and says what it likes.
--   step { id =, title =, run = function(ui, ctx) … end }
-- Without opts.key, the n-th prompt of the step has the key "<id>.<n>".
-- It must be deterministic given its answers (resume replays it).
return kind {
  name = "step",
  summary = "Bước tự viết",
  fields = {
    run = { type = "function", required = true },
  },
  run = function(step, ui, ctx)
    step.run(ui, ctx)
  end,
}
