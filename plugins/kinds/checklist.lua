-- checklist: one yes/no confirmation per item.  A required item must be
-- confirmed ("c") for the step to complete; it is asked again until it is.
--   checklist { id =, title =, text = "…", items = {
--     { id = "hop-chi-uy", text = "…", required = true }, … } }
-- Answer keys: "<step id>.<item id>" (true / false).
return kind {
  name = "checklist",
  summary = "Danh sách việc cần xác nhận",
  fields = {
    text = { type = "string" },
    items = { type = "list", required = true, min = 1, unique = "id", of = {
      id = { type = "id", required = true },
      text = { type = "string", required = true },
      required = { type = "boolean" },
      hint = { type = "string" },
    } },
  },
  run = function(step, ui)
    if step.text then ui.say(step.text) end
    for _, item in ipairs(step.items) do
      ui.confirm(item.text, {
        key = item.id,
        hint = item.hint,
        validate = item.required and function(done)
          if done then return true end
          return nil, "Việc này bắt buộc. Hãy làm xong rồi trả lời c (có)."
        end or nil,
      })
    end
  end,
}
