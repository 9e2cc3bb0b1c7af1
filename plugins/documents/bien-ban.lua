-- Template: the minutes of a cell meeting (biên bản sinh hoạt chi bộ), type
-- "minutes", number "Số 05-BB/CB".
--   chibo draft new minutes --meeting ID
--
-- The minutes record what happened, faithfully: time and place; members
-- summoned (full / probationary); present; absent with and without a
-- reason, with names; guests; chair and minute-taker; agenda; a summary of
-- each item and of the discussion; conclusions; vote results; closing
-- time; signatures of the minute-taker and the chair.  Almost everything
-- comes from the recorded meeting (chibo meeting start): the notes are
-- printed as the minute-taker typed them, the figures and checks as chibo
-- recorded them.  The wizard asks only what the record lacks (the place,
-- often), and lets the minute-taker add what was written on paper.
--
-- This file holds the layout (build).  The wizard, the settings, the
-- readers of the answers (with the answer keys) and check are in
-- plugins/drafting/bien-ban-steps.lua, shared with the lesson
-- lessons/ghi-bien-ban.lua, whose practice is this wizard and whose
-- answers become a draft of this template (lesson { draft = "bien-ban" }).
--
-- Layout: Hướng dẫn 36-HD/VPTW ngày 03/4/2018 (header, number, place and
-- date, type name and summary); the signature words, margins and sizes
-- are settings [check: local practice].
local W = require("drafting.text")
local L = require("drafting.layout")
local BB = require("drafting.bien-ban-steps")

local from_d, facts, agenda, content = BB.from_d, BB.facts, BB.agenda, BB.content
local decisions, closing = BB.decisions, BB.closing

---------------------------------------------------------------- build

local function build(d, m)
  local src = from_d(d)
  local s = src.settings
  local info = src.info
  local f = facts(src)
  local c = closing(src)

  L.page(m, s)
  L.header(m, s, info, "BB", f.date)
  L.title(m, s, s.type_name or "BIÊN BẢN", f.summary or "…")

  L.heading(m, s, "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
  L.para(m, s, ("- Thời gian: bắt đầu lúc %s, ngày %s."):format(W.spoken_time(f.start),
    f.date and W.dmy(f.date) or "…"))
  L.para(m, s, "- Địa điểm: " .. W.sentence(f.place or "…"))
  if f.all then
    local function split(full, prob)
      if f.sp == 0 then return "" end
      return (" (%d chính thức, %d dự bị)"):format(full, prob)
    end
    L.para(m, s, ("- Đảng viên được triệu tập: %d đồng chí%s."):format(f.all, split(f.sf, f.sp)))
    L.para(m, s, ("- Có mặt: %d đồng chí%s."):format(f.present, split(f.pf, f.pp)))
    if f.absent <= 0 then
      L.para(m, s, "- Vắng mặt: không.")
    else
      L.para(m, s, ("- Vắng mặt: %d đồng chí."):format(f.absent))
      if f.ex > 0 then
        L.para(m, s, ("- Vắng có lý do: %d đồng chí%s"):format(f.ex,
          #f.excused > 0 and (": " .. W.sentence(table.concat(f.excused, "; "))) or "."))
      end
      if f.unex > 0 then
        L.para(m, s, ("- Vắng không có lý do: %d đồng chí%s"):format(f.unex,
          #f.unexcused > 0 and (": " .. W.sentence(table.concat(f.unexcused, "; "))) or "."))
      end
    end
    local q = f.rec and f.rec.check["quorum"]
    if q and q.detail ~= "" and not src.answer("thong-tin.co-mat-chinh-thuc") then
      L.para(m, s, "- Kiểm tra số có mặt: " .. W.sentence(q.detail))
    end
  end
  if #f.guests > 0 then
    local g = {}
    for i, line in ipairs(f.guests) do g[i] = W.comrade(line) end
    L.para(m, s, "- Đại biểu dự: " .. W.sentence(table.concat(g, "; ")))
  else
    L.para(m, s, "- Đại biểu dự: không có.")
  end
  local chair = f.chair and W.comrade(f.chair) or "đồng chí …"
  if f.chair_office and f.chair_office ~= "" then chair = chair .. ", " .. f.chair_office end
  L.para(m, s, "- Chủ trì: " .. W.sentence(chair))
  L.para(m, s, "- Thư ký: " .. W.sentence(f.taker and W.comrade(f.taker) or "đồng chí …"))

  L.heading(m, s, "II. NỘI DUNG")
  local items = agenda(src)
  L.subheading(m, s, "1. Chương trình")
  local ag = f.rec and f.rec.check["agenda"]
  local lead = ("Chương trình buổi sinh hoạt gồm %d nội dung"):format(#items)
  if ag and ag.ok ~= nil then
    lead = lead .. (ag.ok and "; chi bộ biểu quyết thông qua:" or "; chi bộ chưa thông qua:")
  else
    lead = lead .. ":"
  end
  L.para(m, s, lead)
  for i, it in ipairs(items) do L.para(m, s, ("%d) %s."):format(i, W.clause(it.title))) end

  L.subheading(m, s, "2. Diễn biến buổi sinh hoạt")
  local letters = "abcdeghiklmnopqrstuvxy"
  local n = 0
  for _, part in ipairs(content(src)) do
    if #part.lines > 0 then
      n = n + 1
      local mark = n <= #letters and letters:sub(n, n) or tostring(n)
      m.p(("%s) %s"):format(mark, W.clause(part.title)),
        { italic = true, bold = true, keep = true, align = "justify", indent = s.indent })
      L.lines(m, s, part.lines)
    end
  end
  local extra = W.lines(src.answer("noi-dung.ket-luan"))
  if #extra > 0 then
    n = n + 1
    m.p(("%s) Kết luận của người chủ trì"):format(letters:sub(n, n)),
      { italic = true, bold = true, keep = true, align = "justify", indent = s.indent })
    L.lines(m, s, extra)
  end

  local dec = decisions(src)
  L.subheading(m, s, "3. Kết quả biểu quyết")
  if #dec == 0 then
    L.para(m, s, "Không có nội dung đưa ra biểu quyết.")
  end
  for _, v in ipairs(dec) do
    local t = ("- %s: tán thành %d, không tán thành %d, không biểu quyết %d"):format(
      W.clause(v.text), v.votes_for, v.against, v.abstain)
    if v.detail and v.detail ~= "" then
      t = t .. " (" .. v.detail .. ")"
    elseif v.passed ~= nil then
      t = t .. (v.passed and "; được thông qua" or "; chưa được thông qua")
    end
    L.para(m, s, t .. ".")
  end

  local tasks = f.rec and f.rec.tasks or {}
  if #tasks > 0 then
    L.subheading(m, s, "4. Phân công thực hiện")
    for i, t in ipairs(tasks) do
      L.para(m, s, ("%d) %s — %s; thời hạn: %s."):format(i, W.clause(t.what),
        W.owner(W.clause(t.owner)), W.clause(t.deadline)))
    end
  end

  if c.band then
    L.subheading(m, s, (#tasks > 0 and "5" or "4") .. ". Tự đánh giá chất lượng buổi sinh hoạt")
    if c.score then
      L.para(m, s, ("Chi bộ tự đánh giá buổi sinh hoạt đạt %d/%d điểm, xếp loại %s."):format(
        c.score, c.max, c.band))
    else
      L.para(m, s, ("Chi bộ tự đánh giá buổi sinh hoạt xếp loại %s."):format(c.band))
    end
    for _, row in ipairs(c.sheet or {}) do
      L.para(m, s, ("- %s: %d/%d điểm."):format(row.title, row.points, row.max))
    end
  end

  local more = W.lines(src.answer("noi-dung.bo-sung"))
  if #more > 0 then
    L.subheading(m, s, "Thư ký ghi thêm")
    L.lines(m, s, more)
  end

  L.heading(m, s, "III. KẾT THÚC")  -- (heading: keep with next)
  local day = ""
  if c.finish_day and f.date and c.finish_day ~= f.date then
    day = ", ngày " .. W.dmy(c.finish_day)
  else
    day = " cùng ngày"
  end
  local t = ("Buổi sinh hoạt kết thúc lúc %s%s."):format(W.spoken_time(c.finish), day)
  if c.duration then t = t .. " Thời lượng: " .. W.sentence(c.duration) end
  -- the closing paragraphs stay on the page of the signatures
  L.para(m, s, t, { keep = true })
  if c.adopted == true then
    L.para(m, s, "Biên bản đã được thư ký đọc lại trước chi bộ và được chi bộ thông qua.",
      { keep = true })
  elseif c.adopted == false then
    L.para(m, s, "Biên bản đã được thư ký đọc lại trước chi bộ; chi bộ chưa thông qua.",
      { keep = true })
  end

  L.two_signatures(m, s, s.sign_left or { "THƯ KÝ" }, f.taker,
    s.sign_right or { "CHỦ TRÌ" }, f.chair)
end


return template {
  id = "bien-ban",
  type = "minutes",
  code = "BB",
  title = "Biên bản sinh hoạt chi bộ",
  summary = "Biên bản buổi sinh hoạt chi bộ, lấy từ buổi sinh hoạt đã ghi: thời gian, "
    .. "thành phần, chương trình, diễn biến, kết luận, biểu quyết, kết thúc, chữ ký.",
  sources = {
    "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng (thể thức văn bản)",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
  },
  settings = BB.SETTINGS,
  steps = BB.steps({ read = read, step = step }),
  check = BB.check,
  build = build,
}
