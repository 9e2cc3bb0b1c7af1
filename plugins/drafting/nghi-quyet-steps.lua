-- drafting.nghi-quyet-steps — the wizard of the resolution template
-- (plugins/documents/nghi-quyet.lua) and what it reads: the settings, the
-- readers of the answers (and of the recorded meeting), and check.  The
-- template and the lesson lessons/soan-nghi-quyet.lua both take their
-- steps from here, so the practice of the lesson is the template's own
-- wizard, with the same step ids and answer keys: the lesson's answers
-- (lesson { draft = "nghi-quyet" }) are read back by the template's
-- build and check as a draft.
--
--   local NQ = require("drafting.nghi-quyet-steps")
--   steps = NQ.steps({ read = read, step = step })           -- the template
--   NQ.steps({ read = read, step = step }, { intro = false,   -- a lesson
--             title = "Thực hành: " })
--
-- Step constructors are globals of the template's or lesson's file only,
-- hence K.  opts: intro = false leaves out the first read step (the
-- lesson has its own); title is put in front of every step's title.
--
-- With ctx.draft nil (a lesson, or a draft of no meeting) every part is
-- asked, with an example of weak and good wording; "today" is the
-- computer's date (it only checks that dates are not in the future), and
-- the cell's settings (name, superior, place) are not known: the review
-- step leaves them to chibo cell set.
--
-- Answer keys (the draft's data, read back by check and build):
--   mo-dau.dung (the meeting's facts confirmed), .ngay, .dia-diem,
--     .trieu-tap-chinh-thuc, .trieu-tap-du-bi, .co-mat-chinh-thuc,
--     .co-mat-du-bi, .vang-co-ly-do, .chu-tri, .chuc-vu-chu-tri, .thu-ky,
--     .dai-bieu, .thang-danh-gia, .thang-nhiem-vu, .trich-yeu
--     (a fact the meeting holds is asked only when not confirmed)
--   ket-qua.dat-duoc, han-che.noi-dung, to-chuc.noi-dung (several lines)
--   nhiem-vu.giu-nguyen, .them-0, .viec-N, .nguoi-N, .han-N, .them-N
--   bieu-quyet.tan-thanh, .khong-tan-thanh, .khong-bieu-quyet (no meeting vote)
--   danh-gia.co, .diem, .xep-loai;  noi-nhan.danh-sach
--   ky.dung, .ngay, .nguoi, .chuc-vu
local W = require("drafting.text")
local R = require("drafting.record")
local A = require("drafting.ask")

local M = {}

M.SETTINGS = {
  -- page (Hướng dẫn 36-HD/VPTW: A4, Times New Roman, body 13–14 pt)
  font = "Times New Roman", body = 14, lang = "vi-VN",
  top = 20, bottom = 20, left = 30, right = 15,     -- mm [check]
  issuer_size = 14, number_size = 14, heading_size = 15, date_size = 14,
  title_size = 16, summary_size = 14, sign_size = 14, recipients_size = 12,
  indent = 10,          -- first-line indent of body paragraphs, mm
  sign_space = 60,      -- room for the signature, pt
  date_align = "right",
  pad_day = true,       -- "ngày 05 tháng 02" [check]
  -- words
  heading = "ĐẢNG CỘNG SẢN VIỆT NAM",
  type_name = "NGHỊ QUYẾT",
  authority = "T/M CHI BỘ",           -- some communes: "T/M CHI ỦY" [check]
  position = "BÍ THƯ",
  positions = { "BÍ THƯ", "PHÓ BÍ THƯ" },
  chair_office = "Bí thư chi bộ",
  recipients = { "{cap_tren} (để báo cáo)", "Đảng viên trong chi bộ (để thực hiện)",
                 "Lưu chi bộ" },
  bands = { "tốt", "khá", "trung bình", "kém" },
  -- months: results of the month before the meeting's, tasks of the
  -- meeting's month (a cell meeting late in the month may set +1)
  result_month = -1, task_month = 0,
  -- the meeting's notes that hold the report on last month (agenda items
  -- or step ids of plugins/checklists/*.lua)
  report_items = { "bao-cao", "trinh-bay" },
  -- the usual rules [check]: quorum ≥ 2/3 of the summoned full members,
  -- a resolution passes with > 1/2 of them
  quorum = { 2, 3 }, pass = { 1, 2 },
}
local SETTINGS = M.SETTINGS

local MAX_TASKS = 40

---------------------------------------------------------------- reading

-- Where values come from: in the wizard the answers of this run and
-- ctx.draft; in check and build the revision (d).  In a lesson (no
-- ctx.draft: practice) the cell is not known and today is the computer's
-- date.
local function from_ctx(ctx)
  local dr = ctx.draft or {}
  return { answer = ctx.answer, meeting = dr.meeting,
           info = dr.info or { date = os.date("%Y-%m-%d") },
           value = function(k) return dr.value and dr.value(k) end,
           settings = SETTINGS, practice = ctx.draft == nil }
end

local function from_d(d)
  return { answer = d.answer, meeting = d.meeting, info = d.info or {},
           value = function() return nil end, settings = d.settings or SETTINGS }
end

local function default_summary(iso, rec)
  local month = W.month_of(iso, 0) or "…"
  local s = "Sinh hoạt chi bộ tháng " .. month
  if rec and rec.topic then s = s .. ", chuyên đề “" .. rec.topic .. "”" end
  return s
end

-- The opening facts: what was answered, else what the meeting recorded,
-- else what follows from them.
local function opening(src)
  local s = src.settings
  local rec = R.read(src.meeting)
  local function a(k) return src.answer("mo-dau." .. k) end
  local function pick(k, dflt)
    local v = a(k)
    if v ~= nil then return v end
    return dflt
  end
  local f = { rec = rec }
  f.date_typed = pick("ngay", rec and rec.held_on and W.dmy(rec.held_on))
  f.date = W.iso(f.date_typed)
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
  f.chair = pick("chu-tri", rec and rec.chair)
  f.chair_office = pick("chuc-vu-chu-tri", s.chair_office)
  f.taker = pick("thu-ky", rec and rec.minute_taker)
  local typed = a("dai-bieu")
  if typed ~= nil then
    f.guests = W.lines(typed)
  else
    f.guests = {}
    for _, g in ipairs(rec and rec.guests or {}) do f.guests[#f.guests + 1] = R.guest_line(g) end
  end
  f.result_month = pick("thang-danh-gia", W.month_of(f.date, s.result_month))
  f.task_month = pick("thang-nhiem-vu", W.month_of(f.date, s.task_month))
  f.next_month = W.month_of(f.date, 1)
  f.summary = pick("trich-yeu", f.date and default_summary(f.date, rec))
  return f
end

-- The opening paragraphs (a list of sentences groups).
local function opening_text(f, info)
  local out = {}
  out[#out + 1] = ("Ngày %s, tại %s, %s tiến hành %s."):format(
    f.date and W.dmy(f.date) or "…", f.place or "…", info.cell or "Chi bộ …",
    W.lower_first(f.summary or "sinh hoạt chi bộ"))
  if f.all then out[#out + 1] = W.attendance(f) end
  local chair = f.chair and W.comrade(f.chair) or "đồng chí …"
  if f.chair_office and f.chair_office ~= "" then chair = chair .. ", " .. f.chair_office end
  out[#out + 1] = ("Chủ trì: %s. Thư ký: %s."):format(chair,
    f.taker and W.comrade(f.taker) or "đồng chí …")
  if #f.guests > 0 then
    local g = {}
    for i, line in ipairs(f.guests) do g[i] = W.comrade(line) end
    out[#out + 1] = ("Dự buổi sinh hoạt có %s."):format(W.join(g, "; "))
  end
  return out
end

-- The tasks of section II: { what, owner, deadline }.
local function task_list(src)
  local rec = R.read(src.meeting)
  local function a(k) return src.answer("nhiem-vu." .. k) end
  local list, n = {}, 1
  if rec and #rec.tasks > 0 and a("giu-nguyen") ~= false then
    for _, t in ipairs(rec.tasks) do
      list[#list + 1] = { what = t.what, owner = t.owner, deadline = t.deadline }
    end
    n = a("them-0") == true and 1 or nil
  end
  while n and n <= MAX_TASKS and a("viec-" .. n) ~= nil do
    list[#list + 1] = { what = a("viec-" .. n) or "", owner = a("nguoi-" .. n) or "",
                        deadline = a("han-" .. n) or "" }
    n = a("them-" .. n) == true and n + 1 or nil
  end
  return list
end

local function task_line(i, t)
  return ("%d. %s — giao %s; thời hạn hoàn thành: %s."):format(i, W.clause(t.what),
    W.owner(W.clause(t.owner)), W.clause(t.deadline))
end

-- The vote on the resolution: { votes_for, against, abstain, passed, typed }.
local function vote(src)
  local rec = R.read(src.meeting)
  local dec = R.main_decision(rec)
  if dec then
    return { votes_for = dec.votes_for, against = dec.votes_against,
             abstain = dec.votes_abstain, passed = dec.passed, text = dec.text,
             detail = rec.check[dec.key] and rec.check[dec.key].detail }
  end
  local function a(k) return src.answer("bieu-quyet." .. k) end
  if a("tan-thanh") == nil then return nil end
  return { votes_for = a("tan-thanh"), against = a("khong-tan-thanh") or 0,
           abstain = a("khong-bieu-quyet") or 0, typed = true }
end

-- Section IV, or nil when left out: { score, max, band }.
local function assessment(src)
  local rec = R.read(src.meeting)
  local function a(k) return src.answer("danh-gia." .. k) end
  if rec and rec.band then
    if a("co") == false then return nil end
    return { score = rec.score, max = rec.score_max or 100, band = rec.band }
  end
  if a("co") ~= true then return nil end
  local bands = src.settings.bands or SETTINGS.bands
  return { score = a("diem"), max = 100, band = bands[a("xep-loai") or 0] }
end

local function recipients_default(info, s)
  local out = {}
  local up = info.superior and W.committee_of(info.superior) or "Đảng ủy xã"
  for _, r in ipairs(s.recipients or {}) do
    out[#out + 1] = (r:gsub("{cap_tren}", function() return up end))
  end
  return out
end

local function signer(src, f)
  local s = src.settings
  local function a(k) return src.answer("ky." .. k) end
  local default_name = f.chair and W.lower(f.chair_office or ""):sub(1, #"bí thư") == "bí thư"
    and f.chair or nil
  local pos = a("chuc-vu")
  return {
    date = W.iso(a("ngay")) or f.date,
    name = a("nguoi") or default_name,
    position = pos and (s.positions or SETTINGS.positions)[pos] or s.position,
    default_name = default_name,
  }
end

---------------------------------------------------------------- check

-- practice: the wizard of a lesson, where the cell's settings are not
-- known yet (the draft takes them from chibo cell set when it is kept).
local function check(d, problem, practice)
  local src = from_d(d)
  local s = src.settings
  local info = src.info
  local f = opening(src)
  local fix = " (sửa bằng chibo draft edit)"

  -- mandatory elements (Hướng dẫn 36-HD/VPTW)
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
  if not f.summary or W.trim(f.summary) == "" then
    problem("Chưa có trích yếu (dòng dưới chữ NGHỊ QUYẾT)" .. fix .. ".")
  end

  -- opening paragraph
  local today = info.date
  if not f.date then
    problem("Chưa có ngày sinh hoạt (hoặc ngày không đúng dạng ngày/tháng/năm)" .. fix .. ".")
  elseif today and f.date > today then
    problem(("Ngày sinh hoạt %s là ngày trong tương lai (hôm nay %s)%s."):format(
      W.dmy(f.date), W.dmy(today), fix))
  end
  if not f.place or W.trim(f.place) == "" then
    problem("Chưa ghi địa điểm sinh hoạt" .. fix .. ".")
  end
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
    end
    if f.rec and f.rec.absent_unexcused and f.rec.absent_excused
       and src.answer("mo-dau.co-mat-chinh-thuc") == nil
       and f.rec.absent_excused + f.rec.absent_unexcused ~= f.absent then
      problem(("Biên bản buổi sinh hoạt ghi vắng %d có lý do và %d không lý do, nhưng "
        .. "triệu tập %d − có mặt %d = %d%s."):format(f.rec.absent_excused,
        f.rec.absent_unexcused, f.all, f.present, f.absent, fix))
    end
    local q = s.quorum or SETTINGS.quorum
    if f.sf > 0 and not W.reaches(f.pf, f.sf, q, true) then
      problem(("Buổi sinh hoạt chưa đủ số đảng viên chính thức có mặt: %d/%d = %s < %d/%d "
        .. "(theo hướng dẫn thường dùng của cấp ủy cấp trên); nghị quyết chưa đủ điều "
        .. "kiện ban hành. Xin ý kiến đảng ủy xã."):format(f.pf, f.sf,
        W.percent(f.pf, f.sf), q[1], q[2]))
    end
  end
  if not f.chair or W.trim(f.chair) == "" then problem("Chưa ghi người chủ trì" .. fix .. ".") end
  if not f.taker or W.trim(f.taker) == "" then problem("Chưa ghi thư ký" .. fix .. ".") end
  for _, k in ipairs({ "result_month", "task_month" }) do
    if not f[k] or not W.valid_month(f[k]) then
      problem("Tháng ở tiêu đề mục I hoặc mục II chưa đúng dạng tháng/năm" .. fix .. ".")
      break
    end
  end

  -- sections
  if #W.lines(src.answer("ket-qua.dat-duoc")) == 0 then
    problem("Mục I chưa có kết quả đạt được" .. fix .. ".")
  end
  if #W.lines(src.answer("han-che.noi-dung")) == 0 then
    problem("Mục I chưa nêu hạn chế, khuyết điểm và nguyên nhân" .. fix .. ".")
  end
  local tasks = task_list(src)
  if #tasks == 0 then
    problem("Mục II chưa có nhiệm vụ nào" .. fix .. ".")
  end
  for i, t in ipairs(tasks) do
    if W.trim(t.what) == "" then problem(("Việc %d ở mục II chưa có nội dung%s."):format(i, fix)) end
    if W.trim(t.owner) == "" then
      problem(("Việc %d ở mục II (%s) chưa có người thực hiện%s."):format(i, W.clause(t.what), fix))
    end
    local iso = W.iso(t.deadline)
    if not iso then
      problem(("Việc %d ở mục II (%s) chưa có thời hạn đúng dạng ngày/tháng/năm%s."):format(
        i, W.clause(t.what), fix))
    elseif f.date and iso < f.date then
      problem(("Thời hạn của việc %d (%s) là %s, trước ngày sinh hoạt%s."):format(
        i, W.clause(t.what), W.dmy(iso), fix))
    end
  end
  if #W.lines(src.answer("to-chuc.noi-dung")) == 0 then
    problem("Mục III (tổ chức thực hiện) còn trống" .. fix .. ".")
  end

  -- the vote
  local v = vote(src)
  if not v or not v.votes_for then
    problem("Chưa có kết quả biểu quyết thông qua nghị quyết" .. fix .. ".")
  elseif f.pf then
    local sum = v.votes_for + v.against + v.abstain
    if sum > f.pf then
      problem(("Số biểu quyết (%d tán thành, %d không tán thành, %d không biểu quyết = %d) "
        .. "nhiều hơn số đảng viên chính thức có mặt (%d)%s."):format(v.votes_for,
        v.against, v.abstain, sum, f.pf, fix))
    end
    local p = s.pass or SETTINGS.pass
    if v.typed and f.sf and not W.reaches(v.votes_for, f.sf, p, false) then
      problem(("Nghị quyết chưa được thông qua: %d/%d đảng viên chính thức tán thành "
        .. "(cần quá %d/%d theo hướng dẫn thường dùng). Chưa ban hành được; chi ủy chuẩn "
        .. "bị lại để chi bộ biểu quyết."):format(v.votes_for, f.sf or 0, p[1], p[2]))
    elseif v.passed == false then
      problem(("Buổi sinh hoạt ghi nghị quyết chưa được thông qua (%s). Chưa ban hành "
        .. "được; chi ủy chuẩn bị lại để chi bộ biểu quyết."):format(
        v.detail and v.detail ~= "" and v.detail
          or ("tán thành %d/%d"):format(v.votes_for, f.sf or 0)))
    end
  end

  -- IV
  local iv = assessment(src)
  if iv then
    if not iv.band then problem("Mục IV chưa có xếp loại" .. fix .. ".") end
    if iv.score and (iv.score < 0 or iv.score > iv.max) then
      problem(("Điểm tự đánh giá %d nằm ngoài 0–%d%s."):format(iv.score, iv.max, fix))
    end
  end

  -- recipients, signature, date
  local to = W.lines(src.answer("noi-nhan.danh-sach"))
  if #to == 0 then
    problem("Chưa có nơi nhận" .. fix .. ".")
  end
  for _, line in ipairs(to) do
    if line:find("…", 1, true) or line:find("...", 1, true) then
      problem(("Nơi nhận “%s” còn chỗ để trống (…): ghi đủ tên%s."):format(line, fix))
    end
  end
  local sg = signer(src, f)
  if not sg.name or W.trim(sg.name) == "" then
    problem("Chưa có họ tên người ký" .. fix .. ".")
  end
  if not sg.date then
    problem("Chưa có ngày ký nghị quyết" .. fix .. ".")
  else
    if today and sg.date > today then
      problem(("Ngày ký %s là ngày trong tương lai (hôm nay %s)%s."):format(
        W.dmy(sg.date), W.dmy(today), fix))
    end
    if f.date and sg.date < f.date then
      problem(("Ngày ký %s trước ngày sinh hoạt %s%s."):format(W.dmy(sg.date),
        W.dmy(f.date), fix))
    end
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
      title = T("Soạn nghị quyết chi bộ"),
      text = [[
Nghị quyết ghi lại những gì chi bộ đã thống nhất ở buổi sinh hoạt: đánh giá tháng trước, việc tháng tới, ai làm, bao giờ xong. chibo soạn theo thể thức của Hướng dẫn 36-HD/VPTW ngày 03/4/2018 và lấy sẵn những gì buổi sinh hoạt đã ghi; đồng chí chỉ xác nhận và viết những phần còn thiếu.

Nghị quyết gồm:
- đoạn mở đầu: ngày, địa điểm, số đảng viên triệu tập, có mặt, vắng (có lý do, không lý do), người chủ trì, thư ký;
- I. kết quả thực hiện nhiệm vụ tháng trước: kết quả đạt được; hạn chế, khuyết điểm và nguyên nhân;
- II. nhiệm vụ tháng tới: từng việc, người thực hiện, thời hạn;
- III. tổ chức thực hiện: phân công, thời hạn, khi nào chi bộ kiểm tra;
- IV. tự đánh giá chất lượng buổi sinh hoạt (nếu chi bộ muốn ghi);
- nơi nhận, chữ ký "T/M CHI BỘ / BÍ THƯ".

Bản nháp chưa có số ("Số   -NQ/CB"); số được cấp khi hoàn thành (chibo draft finalize), đánh từ 01 cho mỗi loại văn bản trong mỗi nhiệm kỳ chi ủy.]],
    }
  end
  local rest = {
    K.step {
      id = "mo-dau",
      title = T("Đoạn mở đầu"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local info = src.info
        local rec = R.read(src.meeting)
        ui.say("Đoạn mở đầu ghi: ngày, địa điểm, số đảng viên triệu tập, có mặt, vắng "
          .. "(có lý do, không lý do), người chủ trì, thư ký, đại biểu (nếu có).\n"
          .. A.examples("Hôm nay chi bộ họp, đa số đảng viên có mặt.",
            "Ngày 20/11/2026, tại nhà văn hóa thôn Bản Cầu, Chi bộ thôn Bản Cầu tiến "
            .. "hành sinh hoạt chi bộ tháng 11/2026. Tổng số đảng viên được triệu tập: 17 "
            .. "đồng chí (15 chính thức, 2 dự bị); có mặt: 14 đồng chí; vắng mặt: 3 đồng "
            .. "chí (2 có lý do, 1 không có lý do). Chủ trì: đồng chí Nông Văn Thành, Bí "
            .. "thư chi bộ. Thư ký: đồng chí Lương Thị Hoa."))

        -- What the meeting recorded, shown once and confirmed with Enter.
        local ok = false
        local have = {}
        if rec then
          local f0 = opening({ answer = function() return nil end, meeting = src.meeting,
                               info = info, settings = SETTINGS })
          have.ngay = rec.held_on ~= nil
          have["dia-diem"] = rec.place ~= nil
          have.so = rec.summoned_full ~= nil and rec.present_full ~= nil
          have["chu-tri"] = rec.chair ~= nil
          have["thu-ky"] = rec.minute_taker ~= nil
          have.thang = f0.date ~= nil
          local l = { "Buổi sinh hoạt đã ghi:" }
          local function add(label, value)
            l[#l + 1] = "- " .. label .. ": " .. (shown(value) and value or "(chưa ghi — sẽ hỏi)")
          end
          add("Ngày sinh hoạt", rec.held_on and W.dmy(rec.held_on))
          add("Địa điểm", rec.place)
          if have.so then
            l[#l + 1] = "- " .. W.attendance(f0)
          else
            add("Số đảng viên triệu tập, có mặt", nil)
          end
          add("Chủ trì", rec.chair)
          add("Thư ký", rec.minute_taker)
          l[#l + 1] = "- Đại biểu: " .. (#f0.guests > 0 and table.concat(f0.guests, "; ")
            or "không có")
          if have.thang then
            l[#l + 1] = ("- Mục I đánh giá tháng %s; mục II là nhiệm vụ tháng %s"):format(
              f0.result_month, f0.task_month)
            l[#l + 1] = "- Trích yếu: " .. f0.summary
          end
          ui.say(table.concat(l, "\n"))
          local prev = v("mo-dau.dung")
          ok = ui.confirm("Các thông tin trên đúng với buổi sinh hoạt?", { key = "dung",
            default = prev == nil and true or prev,
            hint = "Trả lời k để sửa từng mục (mỗi mục hiện sẵn giá trị đã ghi; Enter để giữ)." })
        end
        local function skip(k) return ok and have[k] end

        local today = info.date
        local function dflt(k, fallback)
          local p = v("mo-dau." .. k)
          if p ~= nil then return p end
          return fallback
        end

        if not skip("ngay") then
          ui.ask("Ngày sinh hoạt (ngày/tháng/năm)", { key = "ngay", required = true,
            default = dflt("ngay", rec and rec.held_on and W.dmy(rec.held_on)),
            validate = A.date_ok(today) })
        end
        if not skip("dia-diem") then
          ui.ask("Địa điểm sinh hoạt", { key = "dia-diem", required = true,
            default = dflt("dia-diem", rec and rec.place),
            hint = "Ví dụ: nhà văn hóa thôn Bản Cầu" })
        end
        if not skip("so") then
          A.attendance(ui, dflt, rec)
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
        if not ok then
          local guests = {}
          for _, g in ipairs(rec and rec.guests or {}) do guests[#guests + 1] = R.guest_line(g) end
          local prev = v("mo-dau.dai-bieu")
          if prev == nil and #guests > 0 then prev = table.concat(guests, "\n") end
          if shown(prev) then ui.say("Đại biểu đã ghi:\n" .. prev) end
          ui.text("Đại biểu dự, mỗi dòng một người: họ tên, chức vụ; không có thì để trống", {
            key = "dai-bieu", default = prev,
            hint = shown(prev) and A.KEEP or "Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã "
              .. "theo dõi chi bộ" })
        end
        if not skip("thang") then
          local iso = W.iso(ctx.answer("mo-dau.ngay")) or (rec and rec.held_on)
          ui.ask("Mục I đánh giá kết quả tháng nào (tháng/năm)", { key = "thang-danh-gia",
            required = true, default = dflt("thang-danh-gia", W.month_of(iso, SETTINGS.result_month)),
            validate = W.valid_month,
            hint = "Thường là tháng trước tháng sinh hoạt." })
          ui.ask("Mục II là nhiệm vụ tháng nào (tháng/năm)", { key = "thang-nhiem-vu",
            required = true, default = dflt("thang-nhiem-vu", W.month_of(iso, SETTINGS.task_month)),
            validate = W.valid_month })
          ui.ask("Trích yếu (dòng dưới chữ NGHỊ QUYẾT)", { key = "trich-yeu", required = true,
            default = dflt("trich-yeu", iso and default_summary(iso, rec)) })
        end

        local f = opening(src)
        ui.say("Đoạn mở đầu sẽ là:\n" .. table.concat(opening_text(f, info), " ")
          .. (src.practice and "\n(Tên chi bộ lấy từ chibo cell set khi bản thảo được lưu.)"
              or ""))
      end,
    },

    K.step {
      id = "ket-qua",
      title = T("I.1. Kết quả đạt được"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local f = opening(src)
        local rec = f.rec
        ui.say(("Mục I đánh giá kết quả thực hiện nhiệm vụ tháng %s. Phần này nêu những "
          .. "việc đã làm được, có số liệu, so với việc nghị quyết tháng trước đã giao.\n"):format(
          f.result_month or "…")
          .. A.examples("Các mặt công tác đều đạt kết quả tốt.",
            "Hoàn thành bê tông hóa 250 m đường xóm Đông, đạt kế hoạch; 15/15 đảng viên "
            .. "đóng đảng phí đủ, đúng hạn."))
        local good = R.last_month(rec, SETTINGS.report_items, f.task_month)
        if rec then
          local l = {}
          for _, n in ipairs(R.notes_of(rec, SETTINGS.report_items)) do
            l[#l + 1] = n.text
          end
          for _, fu in ipairs(rec.followups) do
            l[#l + 1] = ("%s: %s"):format(fu.what, fu.done and "đã hoàn thành"
              or ("chưa hoàn thành" .. (fu.why and (" — " .. fu.why) or "")))
          end
          if #l > 0 then ui.say("Báo cáo và kiểm tra việc tháng trước, như thư ký đã ghi:\n"
            .. table.concat(l, "\n")) end
        end
        local prev = src.value("ket-qua.dat-duoc")
        local dflt = prev or (#good > 0 and A.proposal(good) or nil)
        if dflt then ui.say("Đề xuất:\n" .. dflt) end
        ui.text("Kết quả đạt được, mỗi ý một dòng", { key = "dat-duoc", required = true,
          default = dflt, hint = dflt and A.KEEP or "Mỗi ý một dòng; nêu việc, số liệu, so với kế hoạch." })
      end,
    },

    K.step {
      id = "han-che",
      title = T("I.2. Hạn chế, khuyết điểm và nguyên nhân"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local f = opening(src)
        local rec = f.rec
        ui.say("Nêu thẳng việc chưa làm được hoặc làm chưa tốt, và vì sao — nguyên nhân "
          .. "chủ quan (của chi bộ, của đảng viên) trước, khách quan sau.\n"
          .. A.examples("Vẫn còn một số hạn chế nhất định.",
            "Tiêm phòng cho đàn trâu, bò mới đạt 70% kế hoạch; nguyên nhân: nhiều hộ chăn "
            .. "thả trên rừng, chi ủy chưa phối hợp với thú y xã để tiêm bổ sung."))
        local _, bad = R.last_month(rec, SETTINGS.report_items, f.task_month)
        if rec then
          local l = {}
          for _, n in ipairs(R.notes_of(rec, { "thao-luan", "phe-binh" })) do l[#l + 1] = n.text end
          if #l > 0 then
            ui.say("Ý kiến thảo luận, phê bình và tự phê bình đã ghi:\n" .. table.concat(l, "\n"))
          end
        end
        local prev = src.value("han-che.noi-dung")
        local dflt = prev or (#bad > 0 and A.proposal(bad) or nil)
        if dflt then ui.say("Đề xuất:\n" .. dflt) end
        ui.text("Hạn chế, khuyết điểm và nguyên nhân, mỗi ý một dòng", { key = "noi-dung",
          required = true, default = dflt,
          hint = dflt and A.KEEP or "Mỗi ý một dòng: việc gì chưa đạt, vì sao." })
      end,
    },

    K.step {
      id = "nhiem-vu",
      title = T("II. Nhiệm vụ tháng tới"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local f = opening(src)
        local rec = f.rec
        ui.say(("Mục II ghi nhiệm vụ tháng %s. Mỗi việc phải rõ: làm gì, ai làm (người "
          .. "hoặc tổ chức chịu trách nhiệm), xong trước ngày nào — để tháng sau chi bộ "
          .. "kiểm tra được.\n"):format(f.task_month or "…")
          .. A.examples("Tiếp tục đẩy mạnh công tác tiêm phòng.",
            "Tiêm phòng bổ sung cho số trâu, bò còn lại của thôn — giao đồng chí Hà Văn "
            .. "Phúc phối hợp thú y xã; thời hạn hoàn thành: 10/12/2026."))
        local mt = rec and rec.tasks or {}
        local keep = false
        local start = 1
        if #mt > 0 then
          local l = { "Các việc buổi sinh hoạt đã giao:" }
          for i, t in ipairs(mt) do l[#l + 1] = task_line(i, t) end
          ui.say(table.concat(l, "\n"))
          local prev = v("nhiem-vu.giu-nguyen")
          keep = ui.confirm("Đưa nguyên các việc trên vào mục II?", { key = "giu-nguyen",
            default = prev == nil and true or prev,
            hint = "Trả lời k để sửa lời từng việc (mỗi việc hiện sẵn; Enter để giữ)." })
          if keep then
            local more = ui.confirm("Thêm việc khác, chưa có trong những việc trên?", {
              key = "them-0", default = v("nhiem-vu.them-0") == true })
            start = more and 1 or nil
          end
        end
        if start then
          for n = 1, MAX_TASKS do
            local base = not keep and mt[n] or nil
            local function dflt(k, fallback)
              local p = v("nhiem-vu." .. k .. "-" .. n)
              if p ~= nil then return p end
              return fallback
            end
            local what = ui.ask(("Việc %d: nội dung công việc"):format(n), {
              key = "viec-" .. n, required = true, default = dflt("viec", base and base.what),
              hint = n == 1 and "Ghi cụ thể việc gì, làm đến đâu; ví dụ: Vận động 12 hộ xóm "
                .. "Đông góp ngày công làm đường" or nil })
            ui.ask(("Việc %d: người (hoặc tổ chức) thực hiện"):format(n), {
              key = "nguoi-" .. n, required = true, default = dflt("nguoi", base and base.owner),
              hint = n == 1 and "Ví dụ: Đ/c Lý Văn Hùng, chi hội trưởng Chi hội Nông dân" or nil })
            ui.ask(("Việc %d: thời hạn hoàn thành (ngày/tháng/năm)"):format(n), {
              key = "han-" .. n, required = true, default = dflt("han", base and base.deadline),
              validate = A.deadline_ok(f.date) })
            local p = v("nhiem-vu.them-" .. n)
            if p == nil then p = (not keep) and n < #mt end
            local more = n < MAX_TASKS and ui.confirm("Còn việc nào nữa không?", {
              key = "them-" .. n, default = p, hint = "Vừa ghi: " .. what })
            if not more then break end
          end
        end
        local l = { "Mục II sẽ ghi:" }
        for i, t in ipairs(task_list(src)) do l[#l + 1] = task_line(i, t) end
        ui.say(table.concat(l, "\n"))
      end,
    },

    K.step {
      id = "to-chuc",
      title = T("III. Tổ chức thực hiện"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local f = opening(src)
        ui.say("Mục III nói ai lãnh đạo, ai đôn đốc, phổ biến nghị quyết đến đâu, và khi "
          .. "nào chi bộ kiểm tra kết quả.\n"
          .. A.examples("Đề nghị các đồng chí thực hiện tốt nghị quyết.",
            "Đồng chí phó bí thư theo dõi, đôn đốc các việc ở mục II; mỗi đảng viên phổ "
            .. "biến nghị quyết đến các hộ mình phụ trách trong tuần đầu tháng 12; chi bộ "
            .. "kiểm tra kết quả tại buổi sinh hoạt tháng 12/2026."))
        local prev = src.value("to-chuc.noi-dung")
        local dflt = prev or A.proposal({
          "Các đồng chí được giao việc ở mục II chủ động thực hiện, báo cáo chi ủy kết quả "
            .. "trước thời hạn.",
          "Mỗi đảng viên phổ biến nghị quyết đến gia đình và các hộ mình phụ trách; các "
            .. "đồng chí phụ trách đoàn thể triển khai trong hội viên.",
          ("Chi ủy theo dõi, đôn đốc; chi bộ kiểm tra kết quả thực hiện nghị quyết tại buổi "
            .. "sinh hoạt tháng %s."):format(f.next_month or "tới"),
        })
        ui.say("Đề xuất:\n" .. dflt)
        ui.text("Tổ chức thực hiện, mỗi ý một dòng", { key = "noi-dung", required = true,
          default = dflt, hint = A.KEEP })
      end,
    },

    K.step {
      id = "bieu-quyet",
      title = T("Kết quả biểu quyết"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local f = opening(src)
        local rec = f.rec
        local dec = R.main_decision(rec)
        if dec then
          local out = ("Kết quả biểu quyết đã ghi ở buổi sinh hoạt — %s: tán thành %d, không "
            .. "tán thành %d, không biểu quyết %d; %s."):format(dec.text, dec.votes_for or 0,
            dec.votes_against, dec.votes_abstain,
            dec.passed and "đã được thông qua" or "chưa được thông qua")
          local c = rec.check[dec.key]
          if c and c.detail ~= "" then out = out .. "\nKiểm tra: " .. c.detail .. "." end
          if dec.passed == false then
            out = out .. "\nNghị quyết chưa được thông qua thì chưa ban hành được: đồng chí "
              .. "vẫn soạn bản nháp để chi bộ biểu quyết lại, nhưng chibo sẽ không cho hoàn thành."
          end
          ui.say(out .. "\nKết quả này được ghi vào cuối mục III.")
          return
        end
        if rec then
          ui.say("Nghị quyết ghi kết quả biểu quyết của đảng viên chính thức (giơ tay). Buổi "
            .. "sinh hoạt chưa ghi kết quả này; đồng chí nhập theo biên bản.")
        else
          ui.say("Nghị quyết ghi kết quả biểu quyết của đảng viên chính thức (giơ tay), đủ "
            .. "ba con số; đồng chí nhập theo biên bản buổi sinh hoạt.\n"
            .. A.examples("Nghị quyết được chi bộ nhất trí cao.",
              "Nghị quyết được Chi bộ biểu quyết thông qua: 13 đồng chí tán thành, 0 không "
              .. "tán thành, 0 không biểu quyết."))
        end
        local pf = f.pf or 0
        local v = src.value
        local yes = ui.number("Số đồng chí tán thành", { key = "tan-thanh", min = 0, max = pf,
          default = v("bieu-quyet.tan-thanh") })
        local no = 0
        if pf - yes > 0 then
          no = ui.number("Số đồng chí không tán thành", { key = "khong-tan-thanh", min = 0,
            max = pf - yes, default = v("bieu-quyet.khong-tan-thanh") or 0 })
        end
        if pf - yes - no > 0 then
          ui.number("Số đồng chí không biểu quyết", { key = "khong-bieu-quyet", min = 0,
            max = pf - yes - no, default = v("bieu-quyet.khong-bieu-quyet") or 0 })
        end
        local p = SETTINGS.pass
        if f.sf and not W.reaches(yes, f.sf, p, false) then
          ui.say(("%d/%d đảng viên chính thức tán thành = %s, chưa quá %d/%d: theo hướng dẫn "
            .. "thường dùng, nghị quyết chưa được thông qua."):format(yes, f.sf,
            W.percent(yes, f.sf), p[1], p[2]))
        end
      end,
    },

    K.step {
      id = "danh-gia",
      title = T("IV. Tự đánh giá chất lượng buổi sinh hoạt"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local rec = R.read(src.meeting)
        local v = src.value
        if rec and rec.band then
          ui.say(("Buổi sinh hoạt đã tự đánh giá: %s/%d điểm, xếp loại %s. Có thể ghi "
            .. "thành mục IV của nghị quyết."):format(tostring(rec.score or "…"),
            rec.score_max or 100, rec.band))
          local prev = v("danh-gia.co")
          ui.confirm("Ghi mục IV (tự đánh giá chất lượng buổi sinh hoạt)?", { key = "co",
            default = prev == nil and true or prev })
          return
        end
        ui.say("Mục IV (không bắt buộc) ghi kết quả chi bộ tự đánh giá chất lượng buổi "
          .. "sinh hoạt, theo phiếu chấm của cấp ủy cấp trên.")
        local prev = v("danh-gia.co")
        local yes = ui.confirm("Ghi mục IV?", { key = "co", default = prev == true })
        if not yes then return end
        ui.number("Số điểm chi bộ tự chấm (trên 100; không chấm điểm thì để trống)", {
          key = "diem", required = false, min = 0, max = 100, default = v("danh-gia.diem") })
        ui.choose("Xếp loại", SETTINGS.bands, { key = "xep-loai",
          default = v("danh-gia.xep-loai") })
      end,
    },

    K.step {
      id = "noi-nhan",
      title = T("Nơi nhận"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        ui.say("Nơi nhận ghi ở góc trái, dưới cùng: cấp ủy cấp trên (để báo cáo), đảng viên "
          .. "(để thực hiện), lưu chi bộ.")
        local prev = src.value("noi-nhan.danh-sach")
        if src.practice and prev == nil then
          -- the cell's superior is not known in a lesson: typed in full
          ui.say(A.examples("Như trên.", "Đảng ủy xã Đồng Đăng (để báo cáo)")
            .. "\nGhi đủ tên cấp ủy cấp trên, không viết tắt.")
          ui.text("Nơi nhận, mỗi dòng một nơi", { key = "danh-sach", required = true,
            hint = "Ví dụ, ba dòng: Đảng ủy xã Đồng Đăng (để báo cáo) / Đảng viên trong chi "
              .. "bộ (để thực hiện) / Lưu chi bộ" })
          return
        end
        local dflt = prev or table.concat(recipients_default(src.info, SETTINGS), "\n")
        ui.say("Đề xuất:\n" .. dflt)
        ui.text("Nơi nhận, mỗi dòng một nơi", { key = "danh-sach", required = true,
          default = dflt, hint = A.KEEP })
      end,
    },

    K.step {
      id = "ky",
      title = T("Ngày ký, người ký"),
      run = function(ui, ctx)
        local src = from_ctx(ctx)
        local v = src.value
        local f = opening(src)
        local today = src.info.date
        local sg = signer(src, f)
        local ok = false
        if sg.default_name and f.date then
          ui.say(("Nghị quyết ghi ngày %s (ngày sinh hoạt); ký: %s, %s, %s."):format(
            W.dmy(f.date), SETTINGS.authority, SETTINGS.position, sg.default_name))
          local prev = v("ky.dung")
          ok = ui.confirm("Đúng như vậy?", { key = "dung", default = prev == nil and true or prev })
        end
        if not ok then
          ui.ask("Ngày ký nghị quyết (ngày/tháng/năm)", { key = "ngay", required = true,
            default = v("ky.ngay") or (f.date and W.dmy(f.date)),
            validate = A.date_ok(today, f.date, "Ngày ký"),
            hint = "Thường là ngày sinh hoạt." })
          ui.ask("Họ tên người ký", { key = "nguoi", required = true,
            default = v("ky.nguoi") or sg.default_name,
            hint = "Bí thư chi bộ ký; bí thư vắng thì phó bí thư ký." })
          ui.choose("Chức vụ người ký (dưới dòng " .. SETTINGS.authority .. ")", SETTINGS.positions,
            { key = "chuc-vu", default = v("ky.chuc-vu") or 1 })
        end
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
          out = "Bản nháp đã đủ các phần; chưa thấy điểm nào cần sửa."
        else
          out = "Còn những điểm cần sửa trước khi hoàn thành:\n" .. table.concat(problems, "\n")
        end
        if src.practice then
          ui.say(out .. "\n\nHọc xong bài, chibo lưu những gì đồng chí vừa soạn thành một "
            .. "bản thảo nghị quyết của chi bộ (tên chi bộ, đảng bộ cấp trên, địa danh lấy "
            .. "từ chibo cell set) và in mã của bản thảo. Xem: chibo draft show MÃ; in ra: "
            .. "chibo draft export MÃ -o nghi-quyet.docx (hoặc .html, .txt); sửa: chibo draft "
            .. "edit MÃ. Chỉ hoàn thành (chibo draft finalize MÃ) khi đó là nghị quyết thật "
            .. "chi bộ đã thông qua: hoàn thành là cấp số văn bản.")
          return
        end
        ui.say(out .. "\n\nXem bản nháp: chibo draft show MÃ; in ra: chibo draft export MÃ -o "
          .. "nghi-quyet.docx (hoặc .html, .txt); sửa: chibo draft edit MÃ; hoàn thành và "
          .. "lấy số: chibo draft finalize MÃ (mã ở chibo draft list).")
      end,
    },
  }
  for _, st in ipairs(rest) do steps[#steps + 1] = st end
  return steps
end

---------------------------------------------------------------- for build

M.from_d = from_d
M.opening = opening
M.opening_text = opening_text
M.task_list = task_list
M.task_line = task_line
M.vote = vote
M.assessment = assessment
M.signer = signer
M.check = check

return M
