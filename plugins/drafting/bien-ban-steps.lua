-- drafting.bien-ban-steps — the wizard of the minutes template
-- (plugins/documents/bien-ban.lua) and what it reads: the settings, the
-- readers of the answers (and of the recorded meeting), and check.  The
-- template and the lesson lessons/ghi-bien-ban.lua both take their steps
-- from here, so the practice of the lesson is the template's own wizard,
-- with the same step ids and answer keys: the lesson's answers
-- (lesson { draft = "bien-ban" }) are read back by the template's build
-- and check as a draft.
--
--   local BB = require("drafting.bien-ban-steps")
--   steps = BB.steps({ read = read, step = step })           -- the template
--   BB.steps({ read = read, step = step }, { intro = false,   -- a lesson
--             title = "Thực hành: " })
--
-- Step constructors are globals of the template's or lesson's file only,
-- hence K.  opts: intro = false leaves out the first read step (the
-- lesson has its own); title is put in front of every step's title.
--
-- With ctx.draft nil (a lesson) or no recorded meeting, every part is
-- asked, with an example of weak and good wording; in a lesson "today" is
-- the computer's date (it only checks that dates are not in the future)
-- and the cell's settings are not known: the review step leaves them to
-- chibo cell set.
--
-- Answer keys (the draft's data, read back by check and build):
--   thong-tin.dung (the meeting's facts confirmed), .ngay, .gio-bat-dau,
--     .dia-diem, .trieu-tap-chinh-thuc, .trieu-tap-du-bi, .co-mat-chinh-thuc,
--     .co-mat-du-bi, .vang-co-ly-do, .ten-vang-co-ly-do, .ten-vang-khong-ly-do,
--     .dai-bieu, .chu-tri, .chuc-vu-chu-tri, .thu-ky, .trich-yeu
--   noi-dung.chuong-trinh, .muc-N, .ket-luan, .bo-sung (several lines)
--   bieu-quyet.co, .noi-dung, .tan-thanh, .khong-tan-thanh, .khong-bieu-quyet
--   ket-thuc.gio, .thong-qua, .co-danh-gia, .diem, .xep-loai
local W = require("drafting.text")
local R = require("drafting.record")
local A = require("drafting.ask")

local M = {}

M.SETTINGS = {
  font = "Times New Roman", body = 14, lang = "vi-VN",
  top = 20, bottom = 20, left = 30, right = 15,     -- mm [check]
  issuer_size = 14, number_size = 14, heading_size = 15, date_size = 14,
  title_size = 16, summary_size = 14, sign_size = 14,
  indent = 10, sign_space = 60, date_align = "right",
  pad_day = true,                                     -- [check]
  heading = "ĐẢNG CỘNG SẢN VIỆT NAM",
  type_name = "BIÊN BẢN",
  -- signatures: left the minute-taker, right the chair [check: some
  -- communes sign the right one "T/M CHI BỘ / BÍ THƯ"]
  sign_left = { "THƯ KÝ" },
  sign_right = { "CHỦ TRÌ" },
  chair_office = "Bí thư chi bộ",
  bands = { "tốt", "khá", "trung bình", "kém" },
  -- where the meeting's notes and checks are (ids of plugins/checklists/*.lua)
  followup_item = "bao-cao",          -- the follow-up of last month's tasks goes here
  conclusion_items = { "ket-luan", "ket-luan-chuyen-de" },
  minutes_checks = { read = "bien-ban.doc", adopted = "bien-ban.thong-qua" },
  quorum = { 2, 3 }, pass = { 1, 2 },  -- the usual rules [check]
}
local SETTINGS = M.SETTINGS

---------------------------------------------------------------- reading

-- In a lesson (no ctx.draft: practice) the cell is not known and today is
-- the computer's date.
local function from_ctx(ctx)
  local dr = ctx.draft or {}
  return { answer = ctx.answer, meeting = dr.meeting,
           info = dr.info or { date = os.date("%Y-%m-%d") },
           value = function(k) return dr.value and dr.value(k) end, settings = SETTINGS,
           practice = ctx.draft == nil }
end

local function from_d(d)
  return { answer = d.answer, meeting = d.meeting, info = d.info or {},
           value = function() return nil end, settings = d.settings or SETTINGS }
end

local function people_lines(list)
  local out = {}
  for _, p in ipairs(list) do out[#out + 1] = R.person_line(p) end
  return out
end

-- "Vi Văn Bình: đi làm ăn xa" (as typed) → "Vi Văn Bình (đi làm ăn xa)"
local function typed_person(line)
  local name, reason = line:match("^(.-)%s*:%s*(.+)$")
  if name and name ~= "" then return ("%s (%s)"):format(name, reason) end
  return line
end

-- The facts of the first part: answered, else recorded.
local function facts(src)
  local s = src.settings
  local rec = R.read(src.meeting)
  local function a(k) return src.answer("thong-tin." .. k) end
  local function pick(k, dflt)
    local v = a(k)
    if v ~= nil then return v end
    return dflt
  end
  local f = { rec = rec }
  f.date = W.iso(pick("ngay", rec and rec.held_on and W.dmy(rec.held_on)))
  f.start = W.hhmm(pick("gio-bat-dau", rec and rec.start))
  f.place = pick("dia-diem", rec and rec.place)
  f.sf = pick("trieu-tap-chinh-thuc", rec and rec.summoned_full)
  f.sp = pick("trieu-tap-du-bi", rec and rec.summoned_probationary) or 0
  f.pf = pick("co-mat-chinh-thuc", rec and rec.present_full)
  f.pp = pick("co-mat-du-bi", rec and rec.present_probationary) or 0
  f.ex = pick("vang-co-ly-do", rec and rec.absent_excused) or 0
  if f.sf and f.pf then
    f.all, f.present = f.sf + f.sp, f.pf + f.pp
    f.absent = f.all - f.present
    f.unex = f.absent - f.ex
  end
  local function names(k, recorded)
    local typed = a(k)
    if typed ~= nil then
      local out = {}
      for _, l in ipairs(W.lines(typed)) do out[#out + 1] = typed_person(l) end
      return out
    end
    return people_lines(recorded or {})
  end
  f.excused = names("ten-vang-co-ly-do", rec and rec.excused)
  f.unexcused = names("ten-vang-khong-ly-do", rec and rec.unexcused)
  local g = a("dai-bieu")
  if g ~= nil then
    f.guests = W.lines(g)
  else
    f.guests = {}
    for _, p in ipairs(rec and rec.guests or {}) do f.guests[#f.guests + 1] = R.guest_line(p) end
  end
  f.chair = pick("chu-tri", rec and rec.chair)
  f.chair_office = pick("chuc-vu-chu-tri", s.chair_office)
  f.taker = pick("thu-ky", rec and rec.minute_taker)
  f.summary = pick("trich-yeu", f.date and ("Sinh hoạt chi bộ tháng " .. W.month_of(f.date, 0)
    .. (rec and rec.topic and (", chuyên đề “" .. rec.topic .. "”") or "")))
  return f
end

-- The agenda: { key, title } in order.
local function agenda(src)
  local rec = R.read(src.meeting)
  if rec and #rec.agenda > 0 then return rec.agenda end
  local out = {}
  for i, t in ipairs(W.lines(src.answer("noi-dung.chuong-trinh"))) do
    out[#out + 1] = { key = "muc-" .. i, title = (t:gsub("^%d+[.)]%s*", "")) }
  end
  return out
end

-- What was said under each agenda item: { title, lines } in agenda order,
-- then the notes of no agenda item.
local function content(src)
  local rec = R.read(src.meeting)
  local items = agenda(src)
  local out = {}
  if rec and #rec.notes > 0 then
    local by, seen = {}, {}
    for _, it in ipairs(items) do by[it.key] = {} end
    local other = {}
    for _, n in ipairs(rec.notes) do
      local l = by[n.item] or other
      for _, line in ipairs(W.lines(n.text)) do l[#l + 1] = line end
    end
    local s = src.settings
    for _, it in ipairs(items) do
      local l = by[it.key]
      if it.key == s.followup_item then
        local c = rec.check["followup"]
        if c and c.detail ~= "" then l[#l + 1] = W.sentence(c.detail) end
        for _, fu in ipairs(rec.followups) do
          l[#l + 1] = ("%s: %s"):format(W.clause(fu.what), fu.done and "đã hoàn thành"
            or ("chưa hoàn thành" .. (fu.why and (" — " .. W.lower_first(W.clause(fu.why))) or "")))
        end
        seen.followup = true
      end
      out[#out + 1] = { title = it.title, lines = l }
    end
    if not seen.followup then
      local c = rec.check["followup"]
      if c and c.detail ~= "" then other[#other + 1] = W.sentence(c.detail) end
    end
    if #other > 0 then out[#out + 1] = { title = "Nội dung khác", lines = other } end
  else
    for i, it in ipairs(items) do
      out[#out + 1] = { title = it.title, lines = W.lines(src.answer("noi-dung.muc-" .. i)) }
    end
  end
  return out
end

local function has_conclusion(src)
  local rec = R.read(src.meeting)
  local want = {}
  for _, k in ipairs(src.settings.conclusion_items or {}) do want[k] = true end
  for _, n in ipairs(rec and rec.notes or {}) do
    if want[n.item] or want[n.key] then return true end
  end
  return false
end

local function decisions(src)
  local rec = R.read(src.meeting)
  if rec and #rec.decisions > 0 then
    local out = {}
    for _, d in ipairs(rec.decisions) do
      local c = rec.check[d.key]
      out[#out + 1] = { text = d.text, votes_for = d.votes_for or 0, against = d.votes_against,
        abstain = d.votes_abstain, passed = d.passed, detail = c and c.detail }
    end
    return out
  end
  local function a(k) return src.answer("bieu-quyet." .. k) end
  if a("co") ~= true then return {} end
  return { { text = a("noi-dung") or "", votes_for = a("tan-thanh") or 0,
             against = a("khong-tan-thanh") or 0, abstain = a("khong-bieu-quyet") or 0 } }
end

local function closing(src)
  local rec = R.read(src.meeting)
  local function a(k) return src.answer("ket-thuc." .. k) end
  local c = {}
  c.finish = W.hhmm(a("gio")) or (rec and rec.finish)
  c.finish_day = a("gio") == nil and rec and rec.finish_day or nil
  local keys = src.settings.minutes_checks or {}
  local read = rec and rec.check[keys.read or ""]
  local adopted = rec and rec.check[keys.adopted or ""]
  c.adopted = a("thong-qua")
  if c.adopted == nil and adopted then c.adopted = adopted.ok end
  c.read = read and read.ok
  c.duration = rec and rec.check["duration"] and rec.check["duration"].detail
  if rec and rec.band then
    c.band, c.score, c.max = rec.band, rec.score, rec.score_max or 100
    c.sheet = rec.scores
  elseif a("co-danh-gia") == true then
    local bands = src.settings.bands or SETTINGS.bands
    c.band, c.score, c.max = bands[a("xep-loai") or 0], a("diem"), 100
  end
  return c
end

---------------------------------------------------------------- check

-- practice: the wizard of a lesson, where the cell's settings are not
-- known yet (the draft takes them from chibo cell set when it is kept).
local function check(d, problem, practice)
  local src = from_d(d)
  local info = src.info
  local f = facts(src)
  local fix = " (sửa bằng chibo draft edit)"

  if not practice then
    if not info.superior or W.trim(info.superior) == "" then
      problem("Chưa có tên đảng bộ cấp trên ở góc trái: chạy chibo cell set --superior \"Đảng bộ xã …\".")
    end
    if not info.cell or W.trim(info.cell) == "" then
      problem("Chưa có tên chi bộ: chạy chibo cell set --name \"Chi bộ thôn …\".")
    end
    if not info.place or W.trim(info.place) == "" then
      problem("Chưa có địa danh cho dòng “…, ngày … tháng … năm …”: chạy chibo cell set --place \"…\".")
    end
  end
  if not f.summary or W.trim(f.summary) == "" then problem("Chưa có trích yếu" .. fix .. ".") end

  -- time and place
  local today = info.date
  if not f.date then
    problem("Chưa có ngày sinh hoạt" .. fix .. ".")
  elseif today and f.date > today then
    problem(("Ngày sinh hoạt %s là ngày trong tương lai (hôm nay %s)%s."):format(
      W.dmy(f.date), W.dmy(today), fix))
  end
  if not f.start then problem("Chưa ghi giờ bắt đầu" .. fix .. ".") end
  if not f.place or W.trim(f.place) == "" then problem("Chưa ghi địa điểm" .. fix .. ".") end

  -- who
  if not f.sf or not f.pf then
    problem("Chưa đủ số đảng viên được triệu tập và có mặt" .. fix .. ".")
  else
    if f.pf > f.sf or f.pp > f.sp then
      problem(("Số có mặt lớn hơn số được triệu tập (chính thức %d/%d, dự bị %d/%d)%s."):format(
        f.pf, f.sf, f.pp, f.sp, fix))
    end
    if f.ex < 0 or f.unex < 0 then
      problem(("Số vắng không khớp: triệu tập %d, có mặt %d, vắng có lý do %d%s."):format(
        f.all, f.present, f.ex, fix))
    else
      if f.ex > 0 and #f.excused ~= f.ex then
        problem(("Biên bản ghi %d đồng chí vắng có lý do nhưng có %d họ tên; cần ghi đủ "
          .. "họ tên người vắng%s."):format(f.ex, #f.excused, fix))
      end
      if f.unex > 0 and #f.unexcused ~= f.unex then
        problem(("Biên bản ghi %d đồng chí vắng không có lý do nhưng có %d họ tên; cần "
          .. "ghi đủ họ tên người vắng%s."):format(f.unex, #f.unexcused, fix))
      end
    end
  end
  if not f.chair or W.trim(f.chair) == "" then problem("Chưa ghi người chủ trì" .. fix .. ".") end
  if not f.taker or W.trim(f.taker) == "" then problem("Chưa ghi thư ký" .. fix .. ".") end

  -- what
  if #agenda(src) == 0 then problem("Chưa có chương trình buổi sinh hoạt" .. fix .. ".") end
  local any = false
  for _, c in ipairs(content(src)) do if #c.lines > 0 then any = true end end
  if not any then problem("Chưa có nội dung diễn biến buổi sinh hoạt" .. fix .. ".") end
  if not has_conclusion(src) and #W.lines(src.answer("noi-dung.ket-luan")) == 0 then
    problem("Chưa có kết luận của người chủ trì" .. fix .. ".")
  end
  for i, v in ipairs(decisions(src)) do
    if W.trim(v.text) == "" then problem(("Lần biểu quyết %d chưa ghi nội dung%s."):format(i, fix)) end
    if f.pf and v.votes_for + v.against + v.abstain > f.pf then
      problem(("Lần biểu quyết %d: %d + %d + %d phiếu, nhiều hơn %d đảng viên chính thức "
        .. "có mặt%s."):format(i, v.votes_for, v.against, v.abstain, f.pf, fix))
    end
  end

  -- end
  local c = closing(src)
  if not c.finish then
    problem("Chưa ghi giờ kết thúc" .. fix .. ".")
  elseif f.start and c.finish == f.start then
    problem("Giờ kết thúc trùng giờ bắt đầu" .. fix .. ".")
  end
  if c.score and c.max and (c.score < 0 or c.score > c.max) then
    problem(("Điểm tự đánh giá %d nằm ngoài 0–%d%s."):format(c.score, c.max, fix))
  end
end

---------------------------------------------------------------- wizard

local function shown(v) return v ~= nil and v ~= "" end

function M.steps(K, opts)
  opts = opts or {}
  local function T(title) return (opts.title or "") .. title end
  local steps = {}
  if opts.intro ~= false then
    steps[1] = K.read {
      id = "huong-dan",
      title = T("Biên bản buổi sinh hoạt"),
      text = [[
Biên bản ghi trung thực những gì đã diễn ra ở buổi sinh hoạt: thời gian, địa điểm; số đảng viên được triệu tập (chính thức, dự bị), có mặt, vắng có lý do và không có lý do kèm họ tên; đại biểu; người chủ trì, thư ký; chương trình; tóm tắt từng nội dung và ý kiến thảo luận; kết luận; kết quả biểu quyết; giờ kết thúc; chữ ký của thư ký và người chủ trì.

chibo lấy tất cả những gì đã ghi trong buổi sinh hoạt (chibo meeting start), giữ nguyên lời thư ký đã ghi. Đồng chí chỉ bổ sung phần còn thiếu; không thêm vào biên bản điều buổi sinh hoạt không có.]],
    }
  end
  local rest = {
    K.step {
      id = "thong-tin",
      title = T("Thời gian, địa điểm, thành phần"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local info = src.info
        local rec = R.read(src.meeting)
        local ok = false
        local have = {}
        if rec then
          local f0 = facts({ answer = function() return nil end, meeting = src.meeting,
                             info = info, settings = SETTINGS })
          have.ngay = rec.held_on ~= nil
          have.gio = rec.start ~= nil
          have["dia-diem"] = rec.place ~= nil
          have.so = rec.summoned_full ~= nil and rec.present_full ~= nil
          have.ten = have.so and #f0.excused == (rec.absent_excused or 0)
            and #f0.unexcused == (rec.absent_unexcused or 0)
          have["chu-tri"] = rec.chair ~= nil
          have["thu-ky"] = rec.minute_taker ~= nil
          have["trich-yeu"] = rec.held_on ~= nil
          local l = { "Buổi sinh hoạt đã ghi:" }
          local function add(label, value)
            l[#l + 1] = "- " .. label .. ": " .. (shown(value) and value or "(chưa ghi — sẽ hỏi)")
          end
          add("Ngày", rec.held_on and W.dmy(rec.held_on))
          add("Giờ bắt đầu", rec.start)
          add("Địa điểm", rec.place)
          if have.so then l[#l + 1] = "- " .. W.attendance(f0) else add("Số đảng viên", nil) end
          if #f0.excused > 0 then l[#l + 1] = "- Vắng có lý do: " .. table.concat(f0.excused, "; ") end
          if #f0.unexcused > 0 then
            l[#l + 1] = "- Vắng không có lý do: " .. table.concat(f0.unexcused, "; ")
          end
          l[#l + 1] = "- Đại biểu: " .. (#f0.guests > 0 and table.concat(f0.guests, "; ") or "không có")
          add("Chủ trì", rec.chair)
          add("Thư ký", rec.minute_taker)
          if f0.summary then l[#l + 1] = "- Trích yếu: " .. f0.summary end
          ui.say(table.concat(l, "\n"))
          local prev = v("thong-tin.dung")
          ok = ui.confirm("Các thông tin trên đúng với buổi sinh hoạt?", { key = "dung",
            default = prev == nil and true or prev,
            hint = "Trả lời k để sửa từng mục (mỗi mục hiện sẵn giá trị đã ghi; Enter để giữ)." })
        else
          ui.say((src.practice
              and "Ghi theo tình huống ở trên (hoặc theo sổ ghi chép của thư ký chi bộ đồng chí). "
              or "Không có buổi sinh hoạt đã ghi (draft new minutes --meeting MÃ): đồng chí "
                .. "nhập theo sổ ghi chép của thư ký. ")
            .. "Phần đầu biên bản ghi thời gian, địa điểm, số đảng viên, người vắng (có họ "
            .. "tên, lý do), đại biểu, chủ trì, thư ký.\n"
            .. A.examples("Vắng 3 đồng chí.", "Vắng 3 đồng chí. Có lý do 2: Vi Văn Bình (đi "
              .. "làm ăn xa), Hà Thị Lan (ốm). Không có lý do 1: Lý Văn Sơn."))
        end
        local function skip(k) return ok and have[k] end
        local function dflt(k, fallback)
          local p = v("thong-tin." .. k)
          if p ~= nil then return p end
          return fallback
        end

        if not skip("ngay") then
          ui.ask("Ngày sinh hoạt (ngày/tháng/năm)", { key = "ngay", required = true,
            default = dflt("ngay", rec and rec.held_on and W.dmy(rec.held_on)),
            validate = A.date_ok(info.date) })
        end
        if not skip("gio") then
          ui.ask("Giờ bắt đầu (giờ:phút)", { key = "gio-bat-dau", required = true,
            default = dflt("gio-bat-dau", rec and rec.start), validate = W.valid_time })
        end
        if not skip("dia-diem") then
          ui.ask("Địa điểm sinh hoạt", { key = "dia-diem", required = true,
            default = dflt("dia-diem", rec and rec.place),
            hint = "Ví dụ: nhà văn hóa thôn Bản Cầu" })
        end
        if not skip("so") then A.attendance(ui, dflt, rec) end
        if not skip("ten") then
          local f = facts(src)
          if (f.ex or 0) > 0 then
            local prev = dflt("ten-vang-co-ly-do", nil)
            if prev == nil and rec and #rec.excused > 0 then
              local l = {}
              for _, p in ipairs(rec.excused) do
                l[#l + 1] = p.name .. (p.reason and (": " .. p.reason) or "")
              end
              prev = table.concat(l, "\n")
            end
            if shown(prev) then ui.say("Đã ghi:\n" .. prev) end
            ui.text(("Họ tên %d đồng chí vắng có lý do, mỗi dòng một người, kèm lý do"):format(f.ex),
              { key = "ten-vang-co-ly-do", required = true, default = prev,
                hint = shown(prev) and A.KEEP or "Ví dụ: Vi Văn Bình: đi làm ăn xa" })
          end
          if (f.unex or 0) > 0 then
            local prev = dflt("ten-vang-khong-ly-do", nil)
            if prev == nil and rec and #rec.unexcused > 0 then
              local l = {}
              for _, p in ipairs(rec.unexcused) do l[#l + 1] = p.name end
              prev = table.concat(l, "\n")
            end
            if shown(prev) then ui.say("Đã ghi:\n" .. prev) end
            ui.text(("Họ tên %d đồng chí vắng không có lý do, mỗi dòng một người"):format(f.unex),
              { key = "ten-vang-khong-ly-do", required = true, default = prev,
                hint = shown(prev) and A.KEEP or nil })
          end
        end
        if not ok then
          local prev = dflt("dai-bieu", nil)
          if prev == nil and rec and #rec.guests > 0 then
            local l = {}
            for _, p in ipairs(rec.guests) do l[#l + 1] = R.guest_line(p) end
            prev = table.concat(l, "\n")
          end
          if shown(prev) then ui.say("Đại biểu đã ghi:\n" .. prev) end
          ui.text("Đại biểu dự, mỗi dòng một người: họ tên, chức vụ; không có thì để trống", {
            key = "dai-bieu", default = prev,
            hint = shown(prev) and A.KEEP or "Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy "
              .. "xã theo dõi chi bộ" })
        end
        if not skip("chu-tri") then
          ui.ask("Họ tên người chủ trì", { key = "chu-tri", required = true,
            default = dflt("chu-tri", rec and rec.chair) })
        end
        ui.ask("Chức vụ của người chủ trì", { key = "chuc-vu-chu-tri", required = true,
          default = dflt("chuc-vu-chu-tri", SETTINGS.chair_office),
          hint = "Thường là bí thư chi bộ; bí thư vắng thì phó bí thư." })
        if not skip("thu-ky") then
          ui.ask("Họ tên thư ký", { key = "thu-ky", required = true,
            default = dflt("thu-ky", rec and rec.minute_taker) })
        end
        if not skip("trich-yeu") then
          local iso = W.iso(ctx.answer("thong-tin.ngay")) or (rec and rec.held_on)
          ui.ask("Trích yếu (dòng dưới chữ BIÊN BẢN)", { key = "trich-yeu", required = true,
            default = dflt("trich-yeu", iso and ("Sinh hoạt chi bộ tháng " .. W.month_of(iso, 0))) })
        end
      end,
    },

    K.step {
      id = "noi-dung",
      title = T("Chương trình, diễn biến, kết luận"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local rec = R.read(src.meeting)
        if not (rec and #rec.agenda > 0) then
          local prev = v("noi-dung.chuong-trinh")
          if shown(prev) then ui.say("Đã ghi:\n" .. prev) end
          ui.text("Chương trình buổi sinh hoạt, mỗi dòng một nội dung", {
            key = "chuong-trinh", required = true, default = prev,
            hint = shown(prev) and A.KEEP or "Ví dụ: Báo cáo kết quả thực hiện nghị quyết tháng trước" })
        end
        local items = agenda(src)
        if rec and #rec.notes > 0 then
          local l = { "Diễn biến, theo ghi chép của thư ký trong buổi sinh hoạt:" }
          for _, part in ipairs(content(src)) do
            if #part.lines > 0 then
              l[#l + 1] = "* " .. part.title
              for _, line in ipairs(part.lines) do l[#l + 1] = "  " .. line end
            end
          end
          ui.say(table.concat(l, "\n"))
        else
          ui.say("Ghi tóm tắt từng nội dung: ai trình bày, nội dung chính, ý kiến thảo luận "
            .. "(họ tên người phát biểu và ý chính).\n"
            .. A.examples("Các đồng chí thảo luận sôi nổi, nhất trí cao.",
              "Đ/c Hà Văn Phúc: đề nghị thú y xã về tận thôn tiêm bổ sung vào một ngày cố định."))
          for i, it in ipairs(items) do
            local prev = v("noi-dung.muc-" .. i)
            if shown(prev) then ui.say("Đã ghi:\n" .. prev) end
            ui.text(("Nội dung %d — %s: tóm tắt"):format(i, it.title), { key = "muc-" .. i,
              default = prev, hint = shown(prev) and A.KEEP or nil })
          end
        end
        if not has_conclusion(src) then
          local prev = v("noi-dung.ket-luan")
          if shown(prev) then
            ui.say("Đã ghi:\n" .. prev)
          else
            ui.say("Kết luận ghi đúng điều người chủ trì đã kết luận: việc gì, giao ai, bao giờ xong.\n"
              .. A.examples("Đồng chí chủ trì kết luận, chi bộ nhất trí cao.",
                "Giao đồng chí Hà Văn Phúc phối hợp thú y xã tiêm bổ sung cho số trâu, bò "
                .. "còn lại, xong trước 30/11/2026."))
          end
          ui.text("Kết luận của người chủ trì, mỗi ý một dòng", { key = "ket-luan",
            required = true, default = prev, hint = shown(prev) and A.KEEP or nil })
        end
        local prev = v("noi-dung.bo-sung")
        if shown(prev) then ui.say("Đã ghi thêm lần trước:\n" .. prev) end
        ui.text(rec and "Thư ký ghi thêm điều đã ghi trên giấy mà chưa nhập vào chibo (không có "
            .. "thì để trống)"
          or "Điều khác đã diễn ra ở buổi sinh hoạt mà chưa ghi ở trên (không có thì để trống)",
          { key = "bo-sung", default = prev,
            hint = "Chỉ ghi điều đã diễn ra ở buổi sinh hoạt. Gõ ngay dấu chấm (.) nếu không có gì thêm." })
      end,
    },

    K.step {
      id = "bieu-quyet",
      title = T("Kết quả biểu quyết"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local rec = R.read(src.meeting)
        if rec and #rec.decisions > 0 then
          local l = { "Kết quả biểu quyết đã ghi:" }
          for _, d in ipairs(decisions(src)) do
            l[#l + 1] = ("- %s: tán thành %d, không tán thành %d, không biểu quyết %d%s"):format(
              d.text, d.votes_for, d.against, d.abstain, d.detail and (" (" .. d.detail .. ")") or "")
          end
          ui.say(table.concat(l, "\n"))
          return
        end
        local f = facts(src)
        ui.say("Ghi kết quả biểu quyết: nội dung, số tán thành, không tán thành, không biểu "
          .. "quyết (đảng viên chính thức).\n"
          .. A.examples("Chi bộ nhất trí thông qua.", "Biểu quyết thông qua nghị quyết: tán "
            .. "thành 13, không tán thành 0, không biểu quyết 0."))
        local prev = v("bieu-quyet.co")
        local yes = ui.confirm("Buổi sinh hoạt có biểu quyết (nghị quyết, kết luận)?", { key = "co",
          default = prev == nil and true or prev })
        if not yes then return end
        ui.ask("Nội dung đưa ra biểu quyết", { key = "noi-dung", required = true,
          default = v("bieu-quyet.noi-dung") or (f.date and ("Nghị quyết sinh hoạt chi bộ tháng "
            .. W.month_of(f.date, 0))) })
        local pf = f.pf or 0
        local y = ui.number("Số đồng chí tán thành", { key = "tan-thanh", min = 0, max = pf,
          default = v("bieu-quyet.tan-thanh") })
        local n = 0
        if pf - y > 0 then
          n = ui.number("Số đồng chí không tán thành", { key = "khong-tan-thanh", min = 0,
            max = pf - y, default = v("bieu-quyet.khong-tan-thanh") or 0 })
        end
        if pf - y - n > 0 then
          ui.number("Số đồng chí không biểu quyết", { key = "khong-bieu-quyet", min = 0,
            max = pf - y - n, default = v("bieu-quyet.khong-bieu-quyet") or 0 })
        end
      end,
    },

    K.step {
      id = "ket-thuc",
      title = T("Kết thúc"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local rec = R.read(src.meeting)
        local keys = SETTINGS.minutes_checks
        if not (rec and rec.finish) then
          ui.ask("Giờ kết thúc (giờ:phút)", { key = "gio", required = true,
            default = v("ket-thuc.gio"), validate = W.valid_time })
        end
        if not (rec and rec.check[keys.adopted]) then
          local prev = v("ket-thuc.thong-qua")
          ui.confirm("Thư ký đã đọc biên bản và chi bộ đã thông qua tại buổi sinh hoạt?", {
            key = "thong-qua", default = prev == nil and true or prev })
        end
        if not (rec and rec.band) then
          local prev = v("ket-thuc.co-danh-gia")
          local yes = ui.confirm("Chi bộ có tự đánh giá chất lượng buổi sinh hoạt?", {
            key = "co-danh-gia", default = prev == true })
          if yes then
            ui.number("Số điểm (trên 100; không chấm điểm thì để trống)", { key = "diem",
              required = false, min = 0, max = 100, default = v("ket-thuc.diem") })
            ui.choose("Xếp loại", SETTINGS.bands, { key = "xep-loai",
              default = v("ket-thuc.xep-loai") })
          end
        end
        local c = closing(src)
        local f = facts(src)
        ui.say(("Kết thúc lúc %s; ký: thư ký %s, chủ trì %s."):format(c.finish or "…",
          f.taker or "…", f.chair or "…"))
      end,
    },

    K.step {
      id = "xem-lai",
      title = T("Xem lại"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local problems = {}
        check({ answer = ctx.answer, info = src.info, meeting = src.meeting,
                settings = SETTINGS }, function(t) problems[#problems + 1] = "- " .. t end,
              src.practice)
        local out
        if #problems == 0 then
          out = "Biên bản đã đủ các phần; chưa thấy điểm nào cần sửa."
        else
          out = "Còn những điểm cần sửa trước khi hoàn thành:\n" .. table.concat(problems, "\n")
        end
        if src.practice then
          ui.say(out .. "\n\nHọc xong bài, chibo lưu những gì đồng chí vừa ghi thành một bản "
            .. "thảo biên bản của chi bộ (tên chi bộ, đảng bộ cấp trên, địa danh lấy từ chibo "
            .. "cell set) và in mã của bản thảo. Xem: chibo draft show MÃ; in ra: chibo draft "
            .. "export MÃ -o bien-ban.docx (hoặc .html, .txt); sửa: chibo draft edit MÃ. Chỉ "
            .. "hoàn thành (chibo draft finalize MÃ) khi đó là biên bản thật của chi bộ: hoàn "
            .. "thành là cấp số văn bản.")
          return
        end
        ui.say(out .. "\n\nXem: chibo draft show MÃ; in ra: chibo draft export MÃ -o bien-ban.docx "
          .. "(hoặc .html, .txt); hoàn thành và lấy số: chibo draft finalize MÃ (mã ở chibo draft list).")
      end,
    },
  }
  for _, st in ipairs(rest) do steps[#steps + 1] = st end
  return steps
end

---------------------------------------------------------------- for build

M.from_d = from_d
M.facts = facts
M.agenda = agenda
M.content = content
M.decisions = decisions
M.closing = closing
M.check = check

return M
