-- vote: the cell votes (show of hands) on a conclusion or a resolution.
-- The result is announced with its arithmetic against the rubric setting
-- pass = { a, b } (votes for > a/b of the summoned full members; in a
-- lesson the usual 1/2).  If it fails, the cell may amend and vote again
-- (up to three rounds).
--   vote { id =, title =, text =, script =, record =,
--     decision = "Thông qua nghị quyết …",  -- proposed text (the chair may edit)
--     attendance = "diem-danh" }            -- the attendance step of this meeting
-- Without an attendance step the number of full members is asked.
-- Answer keys (meeting.facts.KEYS.vote), round r = 1, 2, 3:
-- "<step id>.noi-dung-r", ".tan-thanh-r", ".khong-tan-thanh-r",
-- ".khong-bieu-quyet-r", ".bieu-quyet-lai-r"; ".so-chinh-thuc".
-- Records (in a meeting), per round: add("decision", "<step id>" or
-- "<step id>-lan-r", { text, votes_for, votes_against, votes_abstain, passed })
-- and add("check", same key, { ok, detail }).
local T = require("meeting.text")
local F = require("meeting.facts")
local K = F.KEYS.vote

local ROUNDS = 3

return kind {
  name = "vote",
  summary = "Biểu quyết, công bố kết quả",
  fields = T.common_fields({
    decision = { type = "string" },
    attendance = { type = "id" },
  }),
  run = function(step, ui, ctx)
    T.show(ui, step, ctx)
    local settings = F.settings(ctx)
    local members, present, quorum_ok = F.vote_base(ctx, step.attendance, step.id, settings)
    if not members then
      members = ui.number("Số đảng viên chính thức của chi bộ",
        { key = K.members, min = 1 })
      present = members
    end
    local text = step.decision and T.fill(step.decision, ctx)
    for r = 1, ROUNDS do
      text = ui.ask(r == 1 and "Nội dung đưa ra biểu quyết"
          or "Nội dung biểu quyết lại (đã sửa theo ý kiến chi bộ)", {
        key = K.text .. r, required = true, default = text,
        hint = "Enter: giữ nguyên nội dung trong ngoặc vuông." })
      local votes_for = ui.number("Số đồng chí tán thành", {
        key = K.votes_for .. r, min = 0, max = present,
        hint = ("Lời chủ trì: “Đồng chí nào tán thành xin giơ tay.” (Chỉ đếm "
          .. "đảng viên chính thức; có mặt %d đồng chí.)"):format(present) })
      local against, abstain = 0, 0
      if present - votes_for > 0 then
        against = ui.number("Số đồng chí không tán thành", {
          key = K.votes_against .. r, min = 0, max = present - votes_for,
          hint = "Lời chủ trì: “Đồng chí nào không tán thành xin giơ tay.”" })
      end
      if present - votes_for - against > 0 then
        abstain = ui.number("Số đồng chí không biểu quyết", {
          key = K.votes_abstain .. r, min = 0, max = present - votes_for - against,
          hint = "Đồng chí có mặt nhưng không giơ tay tán thành, cũng không "
            .. "giơ tay không tán thành." })
      end
      local passed, detail = F.decide(votes_for, members, settings, quorum_ok)
      local key = r == 1 and step.id or (step.id .. "-lan-" .. r)
      if ctx.meeting then
        ctx.meeting.add("decision", key, { text = text, votes_for = votes_for,
          votes_against = against, votes_abstain = abstain, passed = passed })
        ctx.meeting.add("check", key, { ok = passed, detail = detail })
      end
      local enough = T.reaches(votes_for, members, settings.pass, false)
      local head = ("Kết quả biểu quyết: tán thành %d, không tán thành %d, "
        .. "không biểu quyết %d. Số tán thành là %d/%d đảng viên chính thức của "
        .. "chi bộ, bằng %s, %s %s."):format(votes_for, against, abstain,
        votes_for, members, T.percent(votes_for, members),
        enough and "quá" or "chưa quá", T.fraction(settings.pass))
      local tail
      if passed then
        tail = ("%s đã được chi bộ thông qua."):format(T.trim(text))
      elseif enough then
        tail = ("Tuy nhiên buổi sinh hoạt chưa đủ %s số đảng viên chính thức "
          .. "có mặt, nên theo hướng dẫn thường dùng, %s chưa được thông qua; "
          .. "chi ủy sẽ xin ý kiến đảng ủy xã."):format(
          T.fraction(settings.quorum), T.trim(text))
      else
        tail = ("%s chưa được thông qua."):format(T.trim(text))
      end
      ui.say(T.script("công bố kết quả", head .. " " .. tail)
        .. "\n\nKiểm tra: " .. detail .. ".")
      if passed or (enough and quorum_ok == false) or r == ROUNDS then return end
      if not ui.confirm("Chi bộ thảo luận tiếp, sửa nội dung rồi biểu quyết lại?", {
          key = K.again .. r,
          hint = "Trả lời k: thư ký ghi rõ kết quả vào biên bản; chi ủy chuẩn "
            .. "bị lại và đưa ra buổi sinh hoạt sau." }) then
        return
      end
    end
  end,
}
