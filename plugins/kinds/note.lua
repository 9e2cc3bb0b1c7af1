-- note: one part of the meeting's content: what to do, the chair's script,
-- the points to cover, and a note typed by the minute-taker (ui.text).
--   note { id =, title =, text =, script =, record =,
--     points = { "…", "…" },     -- what this part should cover
--     item = "bao-cao",          -- the agenda item it belongs to (default: the step id)
--     prompt = "…",              -- the question for the note
--     required = false }         -- the note may not be empty
-- Answer key: "<step id>.ghi" (the note, several lines).
-- Records (in a meeting): add("note", "<step id>", { item, text }) when not empty.
local T = require("meeting.text")

return kind {
  name = "note",
  summary = "Một phần nội dung: lời chủ trì và ghi chép của thư ký",
  fields = T.common_fields({
    points = { type = "list", of = "string" },
    item = { type = "id" },
    prompt = { type = "string" },
    required = { type = "boolean" },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    if step.points and #step.points > 0 then
      local l = {}
      for i, p in ipairs(step.points) do l[i] = "- " .. T.fill(p, ctx) end
      ui.say("Cần nêu được:\n" .. table.concat(l, "\n"))
    end
    local text = ui.text(T.fill(step.prompt or "Tóm tắt để ghi vào biên bản", ctx),
      { key = "ghi", required = step.required == true })
    local lines = T.lines(text)
    if ctx.meeting and #lines > 0 then
      ctx.meeting.add("note", step.id, { item = step.item or step.id,
        text = table.concat(lines, "\n") })
    end
  end,
}
