-- A step kind with mistakes in its field descriptions: a misspelled key
-- (tpye), a misspelled type inside of (integr), a type that does not exist.
return kind {
  name = "bang_diem",
  fields = {
    ten = { tpye = "string", required = true },
    diem = { type = "list", of = "integr" },
    ghi_chu = { type = "text" },
  },
  run = function(step, ui) ui.say(step.ten) end,
}
