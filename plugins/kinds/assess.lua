-- assess: the quality self-assessment on the cell's rubric
-- (ctx.meeting.rubric()).  Groups with score(facts, settings) are scored
-- from the facts of this meeting; groups with ask, and groups whose score
-- returns nil (a fact is missing), are scored by the chair.  Shows the
-- sheet, the total and the band.
--   assess { id =, title =, text =, script =, record =,
--     attendance = "diem-danh",            -- step ids the facts come from
--     start = "gio-bat-dau", finish = "gio-danh-gia",
--     followup = "viec-thang-truoc",
--     votes = { "bieu-quyet" },
--     required = { "chuan-bi.hop-chi-uy", … },  -- meeting.facts.required_keys
--     combined = false }
-- Outside a meeting (a lesson) there is no rubric: the step only explains.
-- Answer keys: "<step id>.<group id>" (points of the groups the chair scores).
-- Records (in a meeting): add("score", <group id>, { title, points, max }),
-- set{ score, band }.
local T = require("meeting.text")
local F = require("meeting.facts")

return kind {
  name = "assess",
  summary = "Tự đánh giá chất lượng buổi sinh hoạt theo phiếu chấm",
  fields = T.common_fields({
    attendance = { type = "id" },
    start = { type = "id" },
    finish = { type = "id" },
    followup = { type = "id" },
    votes = { type = "list", of = "id" },
    required = { type = "list", of = "string" },
    combined = { type = "boolean" },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    if not ctx.meeting then
      ui.say("Phần chấm điểm chạy trong buổi sinh hoạt thật (chibo meeting start): "
        .. "chibo tự tính các mục có số liệu (thời lượng, số người dự, việc chuẩn "
        .. "bị, việc tháng trước) theo phiếu chấm của cấp ủy cấp trên, rồi hỏi "
        .. "đồng chí các mục chi bộ tự đánh giá.")
      return
    end
    local rubric = ctx.meeting.rubric()
    local settings = F.settings(ctx)
    local facts, said = F.collect(ctx, step, settings)
    ui.say(("Phiếu chấm: %s.\nSố liệu của buổi sinh hoạt này:\n%s"):format(
      rubric.title, #said > 0 and ("- " .. table.concat(said, "\n- "))
        or "- (chưa có số liệu nào)"))

    -- The rubric scores the fact-based groups itself (an out-of-range
    -- score is reported at the rubric's own line); the chair scores the
    -- others, and those whose facts are missing.
    local index = {}
    for i, g in ipairs(rubric.groups) do index[g.id] = i end
    local total, band, lines = rubric.score(facts, function(g)
      return ui.number(("%d. %s — số điểm chi bộ tự chấm"):format(index[g.id], g.title),
        { key = g.id, min = 0, max = g.max,
          hint = g.hint or g.ask
            or "Chưa đủ số liệu để tự tính; chi bộ thống nhất số điểm." })
    end)
    local rows, max_total = {}, 0
    for i, l in ipairs(lines) do
      ctx.meeting.add("score", l.id, { title = l.title, points = l.points, max = l.max })
      rows[#rows + 1] = ("%d. %s: %d/%d (%s)"):format(i, l.title, l.points, l.max,
        l.asked and "chi bộ tự chấm" or "theo số liệu")
      max_total = max_total + l.max
    end
    ctx.meeting.set({ score = total, band = band })

    local out = "Phiếu tự đánh giá:\n" .. table.concat(rows, "\n")
      .. ("\nTổng: %d/%d điểm — xếp loại: %s."):format(total, max_total, tostring(band))
    local min_th, n_th = settings.thematic_per_quarter, facts.thematic_this_quarter
    if n_th and min_th and min_th > 0 then
      if n_th == 0 then
        out = out .. ("\nQuý này chi bộ chưa sinh hoạt chuyên đề; thường ít nhất "
          .. "%d lần mỗi quý (theo hướng dẫn của cấp ủy cấp trên): chi ủy nên "
          .. "đưa vào kế hoạch."):format(min_th)
      elseif n_th < min_th then
        out = out .. ("\nQuý này chi bộ mới sinh hoạt chuyên đề %d lần; thường ít "
          .. "nhất %d lần mỗi quý (theo hướng dẫn của cấp ủy cấp trên): chi ủy "
          .. "nên đưa vào kế hoạch."):format(n_th, min_th)
      else
        out = out .. ("\nQuý này chi bộ đã sinh hoạt chuyên đề %d lần (thường ít "
          .. "nhất %d lần mỗi quý)."):format(n_th, min_th)
      end
    end
    out = out .. "\n\n" .. T.script("công bố kết quả tự đánh giá", ("Căn cứ phiếu "
      .. "chấm của cấp ủy cấp trên, chi bộ tự đánh giá buổi sinh hoạt hôm nay đạt "
      .. "%d/%d điểm, xếp loại %s. Kết quả này được ghi vào biên bản và báo cáo "
      .. "đảng ủy xã."):format(total, max_total, tostring(band)))
    ui.say(out)
  end,
}
