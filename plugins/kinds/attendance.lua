-- attendance: who was summoned, who is present, who is absent (with or
-- without a reason), the quorum check with its arithmetic, and the chair's
-- announcement.  The check never blocks: it warns and is recorded.
--   attendance { id =, title =, text =, script =, record =,
--     members = "đảng viên",   -- who is counted ("chi ủy viên" for the committee)
--     probationary = true,     -- ask about probationary members too
--     names = true,            -- ask the names of the absent (ui.text)
--     guests = false,          -- ask the guests here too
--     event = "buổi sinh hoạt" }  -- what is announced valid ("buổi họp" for the committee)
-- Quorum: the rubric setting quorum = { a, b } (present full members ≥ a/b of
-- the summoned full members); in a lesson the usual 2/3 (meeting.facts).
-- Answer keys (meeting.facts.KEYS.attendance): "<step id>.trieu-tap-chinh-thuc",
-- ".trieu-tap-du-bi", ".co-mat-chinh-thuc", ".co-mat-du-bi", ".vang-co-ly-do",
-- ".ten-vang-co-ly-do", ".ten-vang-khong-ly-do" (lines "Họ tên: lý do"),
-- ".dai-bieu".
-- Records (in a meeting): set{ summoned_full, summoned_probationary,
-- present_full, present_probationary, absent_excused, absent_unexcused },
-- add("person", …) for each name, add("check", "quorum", { ok, detail }).
local T = require("meeting.text")
local F = require("meeting.facts")
local K = F.KEYS.attendance

local function people(ui, ctx, step, key, prompt, role, hint)
  local list = T.lines(ui.text(prompt, { key = key, hint = hint }))
  if ctx.meeting then
    for i, line in ipairs(list) do
      local name, reason = T.split_reason(line)
      if role == "guest" then name, reason = line, nil end
      ctx.meeting.add("person", ("%s.%s.%d"):format(step.id, key, i),
        { name = name, role = role, reason = reason })
    end
  end
  return list
end

return kind {
  name = "attendance",
  summary = "Điểm danh, kiểm tra số đảng viên có mặt, báo cáo chi bộ",
  fields = T.common_fields({
    members = { type = "string" },
    probationary = { type = "boolean" },
    names = { type = "boolean" },
    guests = { type = "boolean" },
    event = { type = "string" },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local who = step.members or "đảng viên"
    local with_prob = step.probationary ~= false
    local event = step.event or "buổi sinh hoạt"
    local settings = F.settings(ctx)
    local label = with_prob and (who .. " chính thức") or who

    local sf = ui.number(("Số %s được triệu tập"):format(label),
      { key = K.summoned_full, min = 1,
        hint = "Đếm theo danh sách của chi bộ." })
    local sp = 0
    if with_prob then
      sp = ui.number(("Số %s dự bị được triệu tập (không có thì nhập 0)"):format(who),
        { key = K.summoned_probationary, min = 0 })
    end
    local pf = ui.number(("Số %s có mặt"):format(label),
      { key = K.present_full, min = 0, max = sf })
    local pp = 0
    if with_prob and sp > 0 then
      pp = ui.number(("Số %s dự bị có mặt"):format(who),
        { key = K.present_probationary, min = 0, max = sp })
    end
    local absent = sf + sp - pf - pp
    local excused = 0
    if absent > 0 then
      excused = ui.number(("Trong %d đồng chí vắng, bao nhiêu đồng chí vắng có lý do?"):format(absent),
        { key = K.absent_excused, min = 0, max = absent })
    end
    local a = F.attendance(ctx, step.id)
    local ok, detail = F.quorum(a, settings, label)

    if ctx.meeting then
      ctx.meeting.set({
        summoned_full = sf, summoned_probationary = sp,
        present_full = pf, present_probationary = pp,
        absent_excused = a.absent_excused, absent_unexcused = a.absent_unexcused,
      })
      ctx.meeting.add("check", "quorum", { ok = ok,
        detail = detail .. (ok and " — đủ điều kiện tiến hành"
          or (" — chưa đủ " .. T.fraction(settings.quorum))) })
    end

    -- The announcement, with the numbers just typed.
    local function split(full, prob)
      if not with_prob or sp == 0 then return "" end
      return (" (%d chính thức, %d dự bị)"):format(full, prob)
    end
    local s = {}
    s[#s + 1] = ("Thưa các đồng chí! Tổng số %s được triệu tập: %d đồng chí%s."):format(
      who, sf + sp, split(sf, sp))
    s[#s + 1] = ("Có mặt: %d đồng chí%s."):format(pf + pp, split(pf, pp))
    if absent > 0 and a.absent_unexcused == 0 then
      s[#s + 1] = ("Vắng mặt: %d đồng chí, đều có lý do."):format(absent)
    elseif absent > 0 and a.absent_excused == 0 then
      s[#s + 1] = ("Vắng mặt: %d đồng chí, đều không có lý do."):format(absent)
    elseif absent > 0 then
      s[#s + 1] = ("Vắng mặt: %d đồng chí, trong đó vắng có lý do %d đồng chí, "
        .. "vắng không có lý do %d đồng chí."):format(absent, a.absent_excused, a.absent_unexcused)
    else
      s[#s + 1] = "Không có đồng chí nào vắng mặt."
    end
    if ok then
      s[#s + 1] = ("Số %s có mặt là %d/%d, đạt %s, từ %s trở lên; %s đủ điều "
        .. "kiện tiến hành."):format(label, pf, sf, T.percent(pf, sf),
        T.fraction(settings.quorum), event)
    else
      s[#s + 1] = ("Số %s có mặt là %d/%d, bằng %s, chưa đạt %s số %s được "
        .. "triệu tập."):format(label, pf, sf, T.percent(pf, sf),
        T.fraction(settings.quorum), label)
    end
    local out = T.script("báo cáo số " .. who .. " dự họp", table.concat(s, " "))
    if ok then
      out = out .. "\n\nKiểm tra: " .. detail .. " — đủ điều kiện tiến hành."
    else
      out = out .. ("\n\nKiểm tra: %s — chưa đủ %s số %s được triệu tập (cần ít "
        .. "nhất %d đồng chí). Theo tỷ lệ thường được cấp ủy cấp trên hướng dẫn, "
        .. "%s chưa đủ điều kiện để biểu quyết. Đồng chí có thể mời thêm "
        .. "người đến dự, hoặc xin ý kiến đảng ủy xã về việc dời %s. chibo vẫn "
        .. "ghi tiếp để biên bản đầy đủ."):format(
        detail, T.fraction(settings.quorum), label,
        T.needed(sf, settings.quorum, true), event, event)
    end
    ui.say(out)

    if step.names ~= false then
      if a.absent_excused > 0 then
        people(ui, ctx, step, K.names_excused,
          ("Họ tên %d đồng chí vắng có lý do, mỗi dòng một người, kèm lý do"):format(
            a.absent_excused),
          "absent_excused", "Ví dụ: Nguyễn Văn Bình: đi làm ăn xa")
      end
      if a.absent_unexcused > 0 then
        people(ui, ctx, step, K.names_unexcused,
          ("Họ tên %d đồng chí vắng không có lý do, mỗi dòng một người"):format(
            a.absent_unexcused),
          "absent_unexcused")
      end
    end
    if step.guests then
      people(ui, ctx, step, K.guests, "Đại biểu dự, mỗi dòng một người: họ tên, "
        .. "chức vụ; không có thì để trống", "guest")
    end
  end,
}
