-- agenda: the chair reads the programme, the cell may add items, then
-- adopts it.
--   agenda { id =, title =, text =, script =, record =, items = {
--     { id = "bao-cao", title = "Báo cáo kết quả …" }, … } }
-- The item ids are the agenda keys that note { item = "…" } refers to.
-- Answer keys: "<step id>.bo-sung" (added items, one per line; ui.text),
-- "<step id>.thong-qua" (true / false).
-- Records (in a meeting): add("agenda", "<item id>", { position, title })
-- (added items: "<step id>-<n>"), add("check", "agenda", { ok, detail }).
local T = require("meeting.text")

return kind {
  name = "agenda",
  summary = "Thông qua chương trình buổi sinh hoạt",
  fields = T.common_fields({
    items = { type = "list", required = true, min = 1, unique = "id", of = {
      id = { type = "id", required = true },
      title = { type = "string", required = true },
    } },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local lines = {}
    for i, it in ipairs(step.items) do
      lines[#lines + 1] = ("%d. %s"):format(i, T.fill(it.title, ctx))
    end
    ui.say(T.script("đọc chương trình", "Chương trình buổi sinh hoạt hôm nay gồm "
      .. #step.items .. " nội dung:\n" .. table.concat(lines, "\n")
      .. "\nĐồng chí nào có ý kiến bổ sung chương trình?"))
    local extra = T.lines(ui.text("Nội dung chi bộ đề nghị bổ sung, mỗi dòng một "
      .. "nội dung; không có thì để trống", { key = "bo-sung" }))
    local all = {}
    for i, it in ipairs(step.items) do
      all[#all + 1] = { key = it.id, title = T.fill(it.title, ctx) }
    end
    for i, title in ipairs(extra) do
      all[#all + 1] = { key = step.id .. "-" .. i, title = title }
    end
    if #extra > 0 then
      local l = {}
      for i, it in ipairs(all) do l[i] = ("%d. %s"):format(i, it.title) end
      ui.say("Chương trình sau khi bổ sung:\n" .. table.concat(l, "\n"))
    end
    local ok = ui.confirm("Chi bộ biểu quyết (giơ tay) thông qua chương trình. "
      .. "Chương trình đã được thông qua?", { key = "thong-qua", default = true,
      hint = "Lời chủ trì: “Đồng chí nào nhất trí với chương trình xin giơ tay.”" })
    if not ok then
      ui.say("Đồng chí điều chỉnh chương trình theo ý kiến của chi bộ, rồi "
        .. "tiến hành theo chương trình đã thống nhất; thư ký ghi rõ ý kiến "
        .. "khác vào biên bản.")
    end
    if ctx.meeting then
      for i, it in ipairs(all) do
        ctx.meeting.add("agenda", it.key, { position = i, title = it.title })
      end
      ctx.meeting.add("check", "agenda", { ok = ok,
        detail = ("Chương trình %d nội dung%s"):format(#all,
          ok and " được chi bộ thông qua" or " chưa được chi bộ thông qua") })
    end
  end,
}
