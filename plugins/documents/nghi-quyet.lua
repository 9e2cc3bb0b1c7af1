-- Template: the monthly resolution of a village party cell (nghị quyết chi
-- bộ), type "resolution", number "Số 05-NQ/CB".
--   chibo draft new resolution [--meeting ID]
--
-- Layout: Hướng dẫn 36-HD/VPTW ngày 03/4/2018 (mandatory elements, header,
-- number and symbol, place and date, type name and summary, signature
-- "T/M CHI BỘ / BÍ THƯ", recipients).  No central sample exists for a
-- village cell: the sections are the usual ones (opening paragraph; I.
-- last month's results, achievements and shortcomings with causes; II.
-- next month's tasks; III. organisation of implementation; IV. the
-- meeting's self-assessment, optional).
--
-- This file holds the layout (build).  The wizard, the settings, the
-- readers of the answers (with the answer keys) and check are in
-- plugins/drafting/nghi-quyet-steps.lua, shared with the lesson
-- lessons/soan-nghi-quyet.lua, whose practice is this wizard and whose
-- answers become a draft of this template (lesson { draft = "nghi-quyet" }).
-- A commune that wants other wording edits these two files, or copies
-- them under other names and ids (--template ID).
--
-- Layout values are settings: margins 20/20/30/15 mm are the commonly cited
-- values [check: an older 2004 rule used 25/25/35/15]; sizes other than the
-- body's 14 pt, the zero before days under 10 and months 1–2, and the
-- quorum and pass rules [check] are local practice, hence settings.
local W = require("drafting.text")
local L = require("drafting.layout")
local NQ = require("drafting.nghi-quyet-steps")

local from_d, opening, opening_text = NQ.from_d, NQ.opening, NQ.opening_text
local task_list, task_line, vote = NQ.task_list, NQ.task_line, NQ.vote
local assessment, signer = NQ.assessment, NQ.signer

---------------------------------------------------------------- build

local function build(d, m)
  local src = from_d(d)
  local s = src.settings
  local info = src.info
  local f = opening(src)
  local sg = signer(src, f)

  L.page(m, s)
  L.header(m, s, info, "NQ", sg.date)
  L.title(m, s, s.type_name or "NGHỊ QUYẾT", f.summary or "…")

  for _, t in ipairs(opening_text(f, info)) do L.para(m, s, t) end
  L.para(m, s, "Sau khi nghe báo cáo kết quả thực hiện nhiệm vụ tháng " .. (f.result_month or "…")
    .. " và thảo luận, Chi bộ thống nhất quyết nghị:")

  L.heading(m, s, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG " .. (f.result_month or "…"))
  L.subheading(m, s, "1. Kết quả đạt được")
  L.lines(m, s, W.lines(src.answer("ket-qua.dat-duoc")))
  L.subheading(m, s, "2. Hạn chế, khuyết điểm và nguyên nhân")
  L.lines(m, s, W.lines(src.answer("han-che.noi-dung")))

  L.heading(m, s, "II. NHIỆM VỤ THÁNG " .. (f.task_month or "…"))
  for i, t in ipairs(task_list(src)) do L.para(m, s, task_line(i, t)) end

  L.heading(m, s, "III. TỔ CHỨC THỰC HIỆN")
  L.lines(m, s, W.lines(src.answer("to-chuc.noi-dung")))
  local v = vote(src)
  if v and v.votes_for then
    local t = ("Nghị quyết được Chi bộ biểu quyết thông qua tại buổi sinh hoạt ngày %s: "
      .. "%d đồng chí tán thành, %d không tán thành, %d không biểu quyết"):format(
      f.date and W.dmy(f.date) or "…", v.votes_for, v.against, v.abstain)
    if f.sf and f.sf > 0 then
      t = t .. (" (số tán thành bằng %s số đảng viên chính thức của chi bộ)"):format(
        W.percent(v.votes_for, f.sf))
    end
    L.para(m, s, t .. ".", { keep = true })
  end

  local iv = assessment(src)
  if iv then
    L.heading(m, s, "IV. TỰ ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT")
    local t
    if iv.score then
      t = ("Chi bộ tự đánh giá chất lượng buổi sinh hoạt đạt %d/%d điểm, xếp loại %s."):format(
        iv.score, iv.max, iv.band or "…")
    else
      t = ("Chi bộ tự đánh giá chất lượng buổi sinh hoạt xếp loại %s."):format(iv.band or "…")
    end
    L.para(m, s, t, { keep = true })  -- stays on the page of the signature
  end

  L.recipients_and_signature(m, s, W.lines(src.answer("noi-nhan.danh-sach")),
    { s.authority or "T/M CHI BỘ", sg.position or "BÍ THƯ" }, sg.name)
end

return template {
  id = "nghi-quyet",
  type = "resolution",
  code = "NQ",
  title = "Nghị quyết chi bộ (sinh hoạt hằng tháng)",
  summary = "Nghị quyết buổi sinh hoạt chi bộ thôn: mở đầu, kết quả tháng trước, nhiệm "
    .. "vụ tháng tới, tổ chức thực hiện, tự đánh giá; thể thức Hướng dẫn 36-HD/VPTW.",
  sources = {
    "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng (thể thức văn bản)",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
  },
  settings = NQ.SETTINGS,
  steps = NQ.steps({ read = read, step = step }),
  check = NQ.check,
  build = build,
}
