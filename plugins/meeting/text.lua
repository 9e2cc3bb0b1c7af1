-- meeting.text — wording and small parsers shared by the meeting step kinds
-- (plugins/kinds/attendance.lua, vote.lua, clock.lua, …).
--   local T = require("meeting.text")
-- Nothing here prompts or records; every function is pure, so the kinds stay
-- deterministic under replay.
local M = {}

---------------------------------------------------------------- numbers

-- "80%" when exact, "66,7%" otherwise (Vietnamese decimal comma).
function M.percent(part, whole)
  if whole == 0 then return "0%" end
  if (part * 100) % whole == 0 then
    return ("%d%%"):format(part * 100 // whole)
  end
  local s = ("%.1f%%"):format(part * 100 / whole)
  return (s:gsub("%.", ","))
end

-- Integer percentage, rounded down: the unit of the facts required_done
-- and followed_up.
function M.pct(part, whole)
  if not whole or whole <= 0 then return nil end
  return part * 100 // whole
end

-- rule = { a, b } (a fraction a/b).  at_least: x/n ≥ a/b; otherwise x/n > a/b.
function M.reaches(x, n, rule, at_least)
  local a, b = rule[1], rule[2]
  if at_least then return x * b >= n * a end
  return x * b > n * a
end

function M.fraction(rule)
  return ("%d/%d"):format(rule[1], rule[2])
end

-- The smallest x with x/n ≥ a/b (at_least) or x/n > a/b.
function M.needed(n, rule, at_least)
  local a, b = rule[1], rule[2]
  if at_least then return (n * a + b - 1) // b end
  return n * a // b + 1
end

---------------------------------------------------------------- text

local function trim(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end
M.trim = trim

-- Joins the lines of a paragraph (as the read kind does); a blank line
-- separates paragraphs; "- " and "1. " items stay on their own line.
function M.reflow(text)
  local out, para = {}, {}
  local function flush()
    if #para > 0 then out[#out + 1] = table.concat(para, " "); para = {} end
  end
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    local s = trim(line)
    if s == "" then
      flush()
      if #out > 0 and out[#out] ~= "" then out[#out + 1] = "" end
    elseif s:match("^[-+*]%s") or s:match("^%d+[.)]%s") or s:match("^%a[.)]%s") then
      flush()
      para[1] = s
    else
      para[#para + 1] = s
    end
  end
  flush()
  while out[#out] == "" do out[#out] = nil end
  return table.concat(out, "\n")
end

-- The non-empty lines of a ui.text answer, trimmed.
function M.lines(text)
  local out = {}
  for line in ((text or "") .. "\n"):gmatch("([^\n]*)\n") do
    local s = trim(line)
    if s ~= "" then out[#out + 1] = s end
  end
  return out
end

-- "Nguyễn Văn Bình: đi làm ăn xa" → "Nguyễn Văn Bình", "đi làm ăn xa".
-- Separators: ":", " - ", " – ", " — ".
function M.split_reason(line)
  local name, rest = line:match("^(.-)%s*:%s*(.*)$")
  if not name then
    for _, sep in ipairs({ " %- ", " – ", " — " }) do
      name, rest = line:match("^(.-)" .. sep .. "%s*(.*)$")
      if name then break end
    end
  end
  if not name or name == "" then return line, nil end
  if rest == "" then rest = nil end
  return name, rest
end

-- "Nguyễn Văn A, Nguyễn Văn B và Nguyễn Văn C"
function M.join(list)
  if #list == 0 then return "" end
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " và " .. list[#list]
end

---------------------------------------------------------------- dates, times

-- "19:30", "19h30", "19g30", "19.30", "7:05", "19h" → "19:30" … or nil.
function M.hhmm(s)
  if type(s) ~= "string" then return nil end
  s = trim(s):lower()
  local h, m = s:match("^(%d%d?)[:hg%.](%d%d)$")
  if not h then
    h = s:match("^(%d%d?)[hg]$")
    m = h and "00"
  end
  h, m = tonumber(h), tonumber(m)
  if not h or h > 23 or m > 59 then return nil end
  return ("%02d:%02d"):format(h, m)
end

function M.valid_time(s)
  if M.hhmm(s) then return true end
  return nil, "Hãy nhập giờ theo dạng giờ:phút, ví dụ 19:30."
end

-- "HH:MM" → minutes since midnight.
function M.minute_of_day(hhmm)
  local h, m = hhmm:match("^(%d+):(%d+)$")
  return tonumber(h) * 60 + tonumber(m)
end

-- Minutes from a to b ("HH:MM"); past midnight when b is earlier.
function M.minutes_between(a, b)
  local d = M.minute_of_day(b) - M.minute_of_day(a)
  if d < 0 then d = d + 24 * 60 end
  return d
end

-- "2026-11-20 19:30" → "2026-11-20", "19:30"
function M.split_stamp(stamp)
  if type(stamp) ~= "string" then return nil, nil end
  local d, t = stamp:match("^(%d%d%d%d%-%d%d%-%d%d)[ T](%d%d:%d%d)")
  return d, t
end

-- "2026-11-20" → the next day, "2026-11-21" (pure arithmetic).
function M.next_day(iso)
  local y, m, d = iso:match("^(%d+)%-(%d+)%-(%d+)$")
  local t = os.time({ year = tonumber(y), month = tonumber(m),
                      day = tonumber(d) + 1, hour = 12 })
  return os.date("%Y-%m-%d", t)
end

-- "2026-11-20" → "20/11/2026"
function M.dmy(iso)
  local y, m, d = (iso or ""):match("^(%d+)%-(%d+)%-(%d+)$")
  if not y then return nil end
  return ("%02d/%02d/%d"):format(tonumber(d), tonumber(m), tonumber(y))
end

-- "5/1/2026" → 2026, 1, 5 or nil, "why".
function M.parse_dmy(s)
  local d, m, y = (s or ""):match("^%s*(%d%d?)/(%d%d?)/(%d%d%d%d)%s*$")
  d, m, y = tonumber(d), tonumber(m), tonumber(y)
  if not d then
    return nil, "Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/12/2026."
  end
  local days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  if y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then days[2] = 29 end
  if m < 1 or m > 12 or d < 1 or d > days[m] then
    return nil, "Ngày này không có trên lịch; hãy kiểm tra lại."
  end
  return y, m, d
end

-- "20/11/2026" → "2026-11-20" (nil when not a date)
function M.iso(s)
  local y, m, d = M.parse_dmy(s)
  if not y or type(m) ~= "number" then return nil end
  return ("%04d-%02d-%02d"):format(y, m, d)
end

---------------------------------------------------------------- scripts

-- Placeholders in scripts: {chi_bo}, {dang_bo}, {ngay}, {thang}, and
-- {answer:<step id>.<key>} (an answer of an earlier step, e.g. the topic).
-- In a lesson (no meeting), or before the answer exists, they read as
-- blanks to fill: "Chi bộ …", "…".
function M.fill(s, ctx)
  local info = ctx and ctx.meeting and ctx.meeting.info() or {}
  local y, m, d = (info.date or ""):match("^(%d+)%-(%d+)%-(%d+)$")
  local values = {
    chi_bo = info.cell or "Chi bộ …",
    dang_bo = info.superior or "Đảng bộ xã …",
    ngay = y and ("ngày %d tháng %d năm %s"):format(tonumber(d), tonumber(m), y)
      or "ngày … tháng … năm …",
    thang = y and ("%d/%s"):format(tonumber(m), y) or "…",
  }
  s = s:gsub("{answer:([%w%-%.]+)}", function(k)
    local v = ctx and ctx.answer(k)
    if v == nil or v == "" then return "…" end
    return tostring(v)
  end)
  return (s:gsub("{([%a_]+)}", function(k) return values[k] end))
end

-- "Lời chủ trì (label):" and the text, each line indented: what the chair
-- reads aloud.  (No quotation marks: the text may hold quoted titles.)
function M.script(label, text)
  local lines = {}
  for line in (text .. "\n"):gmatch("([^\n]*)\n") do
    lines[#lines + 1] = line == "" and "" or ("  " .. line)
  end
  return "Lời chủ trì" .. (label and (" (" .. label .. ")") or "") .. ":\n"
    .. table.concat(lines, "\n")
end

-- Prints the three parts every checklist item has: what to do, what the
-- chair reads aloud, what the minute-taker records.
function M.show(ui, step, ctx)
  local out = {}
  if step.text then out[#out + 1] = M.reflow(M.fill(step.text, ctx)) end
  if step.script then
    out[#out + 1] = M.script("đọc to", M.reflow(M.fill(step.script, ctx)))
  end
  if step.record then
    out[#out + 1] = "Thư ký ghi vào biên bản: " .. M.reflow(M.fill(step.record, ctx))
  end
  if #out > 0 then ui.say(table.concat(out, "\n\n")) end
end

-- The three common fields, for the fields table of a kind.
function M.common_fields(extra)
  local f = {
    text = { type = "string" },    -- what to do
    script = { type = "string" },  -- what the chair reads aloud
    record = { type = "string" },  -- what the minute-taker records
  }
  for k, v in pairs(extra or {}) do f[k] = v end
  return f
end

return M
