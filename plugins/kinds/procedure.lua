-- procedure: the things the chair confirms were done (preparation, reading
-- the minutes…).  Unlike checklist, a "không" is accepted and recorded:
-- in a real meeting the chair says what happened, and a required item that
-- was not done only lowers the quality score.
--   procedure { id =, title =, text =, script =, record =, items = {
--     { id = "hop-chi-uy", text = "Chi ủy đã họp …", required = true,
--       hint = "…", missing = "Nếu chưa: …" }, … } }
-- required: the item is one the guidance asks for (counted in the fact
-- required_done; see meeting.facts.required_keys).  missing: said when the
-- answer is "không".
-- Answer keys: "<step id>.<item id>" (true / false).
-- Records (in a meeting): add("check", "<step id>.<item id>", { ok, detail }).
local T = require("meeting.text")

return kind {
  name = "procedure",
  summary = "Các việc cần xác nhận đã làm (ghi lại, không chặn)",
  fields = T.common_fields({
    items = { type = "list", required = true, min = 1, unique = "id", of = {
      id = { type = "id", required = true },
      text = { type = "string", required = true },
      required = { type = "boolean" },
      hint = { type = "string" },
      missing = { type = "string" },
    } },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    for _, item in ipairs(step.items) do
      local done = ui.confirm(T.fill(item.text, ctx), {
        key = item.id,
        hint = item.hint and T.fill(item.hint, ctx),
      })
      if not done and item.missing then ui.say(T.fill(item.missing, ctx)) end
      if ctx.meeting then
        ctx.meeting.add("check", step.id .. "." .. item.id, {
          ok = done,
          detail = (item.required and "(bắt buộc) " or "")
            .. T.fill(item.text, ctx):gsub("%s*%?$", "") .. (done and ": có" or ": không"),
        })
      end
    end
  end,
}
