-- drafting.text — wording helpers for the document templates
-- (plugins/documents/*.lua): Vietnamese upper/lower case, dates in the
-- party's style, names of comrades, months.
--   local W = require("drafting.text")
-- Pure functions only: nothing here prompts, so wizard steps stay
-- deterministic under replay.
local M = {}

---------------------------------------------------------------- case

-- string.upper/lower only know a–z; Vietnamese letters are mapped here
-- (text typed in chibo is NFC, so every letter is one code point).
local SINGLE_UP = {
  [0x103] = 0x102, -- ă
  [0x111] = 0x110, -- đ
  [0x129] = 0x128, -- ĩ
  [0x169] = 0x168, -- ũ
  [0x1A1] = 0x1A0, -- ơ
  [0x1B0] = 0x1AF, -- ư
}
local SINGLE_DOWN = {}
for lo, up in pairs(SINGLE_UP) do SINGLE_DOWN[up] = lo end

local function up_cp(c)
  if c >= 0x61 and c <= 0x7A then return c - 32 end
  if c >= 0xE0 and c <= 0xFE and c ~= 0xF7 then return c - 32 end
  if SINGLE_UP[c] then return SINGLE_UP[c] end
  -- Latin Extended Additional (ạ ả ấ … ỹ): upper case even, lower case odd
  if c >= 0x1EA0 and c <= 0x1EF9 and c % 2 == 1 then return c - 1 end
  return c
end

local function down_cp(c)
  if c >= 0x41 and c <= 0x5A then return c + 32 end
  if c >= 0xC0 and c <= 0xDE and c ~= 0xD7 then return c + 32 end
  if SINGLE_DOWN[c] then return SINGLE_DOWN[c] end
  if c >= 0x1EA0 and c <= 0x1EF9 and c % 2 == 0 then return c + 1 end
  return c
end

local function map(s, f)
  local out = {}
  for _, c in utf8.codes(s) do out[#out + 1] = utf8.char(f(c)) end
  return table.concat(out)
end

-- "Chi bộ thôn Bản Cầu" → "CHI BỘ THÔN BẢN CẦU"
function M.upper(s)
  return map(s or "", up_cp)
end

function M.lower(s)
  return map(s or "", down_cp)
end

-- The first letter in upper (lower) case, the rest as it is.
local function first(s, f)
  if not s or s == "" then return s end
  local c = utf8.codepoint(s, 1)
  return utf8.char(f(c)) .. s:sub(utf8.offset(s, 2))
end

function M.upper_first(s) return first(s, up_cp) end
function M.lower_first(s) return first(s, down_cp) end

---------------------------------------------------------------- text

function M.trim(s)
  return ((s or ""):gsub("^%s+", ""):gsub("%s+$", ""))
end

-- The non-empty lines of a several-line answer, trimmed.
function M.lines(text)
  local out = {}
  for line in ((text or "") .. "\n"):gmatch("([^\n]*)\n") do
    local s = M.trim(line)
    if s ~= "" then out[#out + 1] = s end
  end
  return out
end

-- Ends a sentence with a full stop unless it has one (. ! ? … :).
function M.sentence(s)
  s = M.trim(s)
  if s == "" then return s end
  local last = s:sub(-1)
  if last == "." or last == "!" or last == "?" or last == ":" or last == ";"
     or s:sub(-3) == "…" then
    return s
  end
  return s .. "."
end

-- Drops a final full stop or semicolon (to put the text inside a sentence).
function M.clause(s)
  return (M.trim(s):gsub("[%.;]$", ""))
end

-- "- text" unless the line already starts with a bullet or a number.
function M.bullet(s)
  s = M.trim(s)
  if s:match("^[-+*]%s") or s:match("^•") or s:match("^%d+[.)]%s") or s:match("^%a[.)]%s") then
    return s
  end
  return "- " .. s
end

-- "A", "A và B", "A, B và C"
function M.join(list, last)
  last = last or " và "
  if #list == 0 then return "" end
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. last .. list[#list]
end

-- The name after a leading "Đ/c", "đ/c", "Đồng chí", "đồng chí", or nil.
local PREFIXES = { "Đ/c.", "đ/c.", "Đ/C", "Đ/c", "đ/c", "Đồng chí", "đồng chí" }
local function after_title(name)
  for _, p in ipairs(PREFIXES) do
    if name:sub(1, #p) == p and name:sub(#p + 1, #p + 1):match("%s") then
      return M.trim(name:sub(#p + 1))
    end
  end
  return nil
end

-- A name as it stands in a sentence: "đồng chí Nông Văn Thành".
-- "Đ/c X", "Đồng chí X" are made "đồng chí X"; a bare name gets
-- "đồng chí " in front.
function M.comrade(name)
  name = M.trim(name)
  if name == "" then return name end
  return "đồng chí " .. (after_title(name) or name)
end

-- Only "Đ/c X" and "Đồng chí X" become "đồng chí X": a task's owner may
-- be a body ("Chi hội Phụ nữ thôn"), which gets no "đồng chí".
function M.owner(name)
  name = M.trim(name)
  local rest = after_title(name)
  if rest then return "đồng chí " .. rest end
  return name
end

-- A name without "Đ/c", "đồng chí" (under a signature).
function M.bare_name(name)
  name = M.trim(name)
  return after_title(name) or name
end

-- "Đảng bộ xã Đồng Đăng" → "Đảng ủy xã Đồng Đăng" (the committee that
-- receives the cell's documents).
function M.committee_of(superior)
  superior = M.trim(superior)
  local rest = superior:match("^Đảng bộ%s+(.*)$")
  if rest then return "Đảng ủy " .. rest end
  return superior
end

---------------------------------------------------------------- dates

local DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function leap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end

-- "5/1/2026" → 2026, 1, 5 — or nil, "why".
function M.parse_dmy(s)
  local d, m, y = (s or ""):match("^%s*(%d%d?)/(%d%d?)/(%d%d%d%d)%s*$")
  d, m, y = tonumber(d), tonumber(m), tonumber(y)
  if not d then
    return nil, "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 20/11/2026."
  end
  local last = DAYS[m] and ((m == 2 and leap(y)) and 29 or DAYS[m])
  if not last or d < 1 or d > last then
    return nil, "Ngày này không có trên lịch; hãy kiểm tra lại."
  end
  return y, m, d
end

-- "20/11/2026" → "2026-11-20"; "2026-11-20 19:30" → "2026-11-20"; or nil.
function M.iso(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^%s*(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return ("%s-%s-%s"):format(y, m, d) end
  local yy, mm, dd = M.parse_dmy(s)
  if not yy or type(mm) ~= "number" then return nil end
  return ("%04d-%02d-%02d"):format(yy, mm, dd)
end

-- "2026-11-20" → "20/11/2026"
function M.dmy(iso)
  local y, m, d = (iso or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil end
  return ("%02d/%02d/%s"):format(tonumber(d), tonumber(m), y)
end

local function pad(n, yes)
  if yes then return ("%02d"):format(n) end
  return tostring(n)
end

-- "Bản Cầu, ngày 20 tháng 11 năm 2026".  pad_day: days under 10 and the
-- months 1 and 2 written with a leading 0 ("ngày 05 tháng 02").
function M.long_date(iso, pad_day)
  local y, m, d = (iso or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return "ngày … tháng … năm …" end
  m, d = tonumber(m), tonumber(d)
  return ("ngày %s tháng %s năm %s"):format(pad(d, pad_day and d < 10),
    pad(m, pad_day and m < 3), y)
end

-- "2026-11-20" → "11/2026"; offset in months (−1: the month before).
function M.month_of(iso, offset)
  local y, m = (iso or ""):match("^(%d%d%d%d)%-(%d%d)")
  if not y then return nil end
  local k = tonumber(y) * 12 + (tonumber(m) - 1) + (offset or 0)
  return ("%d/%d"):format(k % 12 + 1, k // 12)
end

-- "11/2026" → true, or nil, "why".
function M.valid_month(s)
  local m, y = (s or ""):match("^%s*(%d%d?)/(%d%d%d%d)%s*$")
  m = tonumber(m)
  if not m or m < 1 or m > 12 then
    return nil, "Hãy nhập tháng theo dạng tháng/năm, ví dụ 11/2026."
  end
  return true
end

-- "19:30" or "2026-11-20 19:30" → "19:30"
function M.hhmm(s)
  if type(s) ~= "string" then return nil end
  local h, m = s:match("(%d%d?):(%d%d)%s*$")
  if not h then h, m = M.trim(s):lower():match("^(%d%d?)[hg%.](%d%d)$") end
  h, m = tonumber(h), tonumber(m)
  if not h or h > 23 or m > 59 then return nil end
  return ("%02d:%02d"):format(h, m)
end

function M.valid_time(s)
  if M.hhmm(s) then return true end
  return nil, "Hãy nhập giờ theo dạng giờ:phút, ví dụ 19:30."
end

-- "19:30" → "19 giờ 30 phút"; "19:00" → "19 giờ 00 phút"
function M.spoken_time(hhmm)
  local h, m = (hhmm or ""):match("^(%d+):(%d+)$")
  if not h then return "… giờ … phút" end
  return ("%d giờ %s phút"):format(tonumber(h), m)
end

---------------------------------------------------------------- attendance

-- f = { sf, sp, pf, pp, ex } (summoned and present full / probationary
-- members, absent with a reason) → the counts in words:
-- "Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự bị);
-- có mặt: 14 đồng chí (…); vắng mặt: 3 đồng chí (2 có lý do, 1 không có lý do)."
function M.attendance(f)
  local sp, pp, ex = f.sp or 0, f.pp or 0, f.ex or 0
  local function split(full, prob)
    if sp == 0 then return "" end
    return (" (%d chính thức, %d dự bị)"):format(full, prob)
  end
  local all, present = f.sf + sp, f.pf + pp
  local s = ("Tổng số đảng viên được triệu tập: %d đồng chí%s; có mặt: %d đồng chí%s"):format(
    all, split(f.sf, sp), present, split(f.pf, pp))
  local absent = all - present
  if absent <= 0 then return s .. "; không có đồng chí nào vắng mặt." end
  if ex == 0 then return s .. ("; vắng mặt: %d đồng chí (không có lý do)."):format(absent) end
  if ex == absent then return s .. ("; vắng mặt: %d đồng chí (có lý do)."):format(absent) end
  return s .. ("; vắng mặt: %d đồng chí (%d có lý do, %d không có lý do)."):format(
    absent, ex, absent - ex)
end

---------------------------------------------------------------- numbers

function M.int(v)
  local n = tonumber(v)
  return n and math.tointeger(n)
end

-- "80%", "66,7%"
function M.percent(part, whole)
  if not whole or whole == 0 then return "0%" end
  if (part * 100) % whole == 0 then return ("%d%%"):format(part * 100 // whole) end
  return (("%.1f%%"):format(part * 100 / whole):gsub("%.", ","))
end

-- rule = { a, b }: x/n ≥ a/b (at_least) or x/n > a/b.
function M.reaches(x, n, rule, at_least)
  if at_least then return x * rule[2] >= n * rule[1] end
  return x * rule[2] > n * rule[1]
end

return M
