-- drafting.record — a recorded meeting (ctx.draft.meeting, d.meeting) read
-- into plain Lua values for the document templates.
--   local R = require("drafting.record")
--   local rec = R.read(ctx.draft and ctx.draft.meeting)   -- nil without a meeting
--
-- chibo passes the meeting's fields and list fields as text
-- (docs/document-api.md): numbers are read back with tonumber, booleans
-- from "1" / "0" (or "true" / "false").  Lists keep their recorded order,
-- except the agenda, which is sorted by position.
local W = require("drafting.text")

local M = {}

local function bool(v)
  if v == true or v == 1 or v == "1" or v == "true" or v == "có" then return true end
  if v == false or v == 0 or v == "0" or v == "false" or v == "không" then return false end
  return nil
end
M.bool = bool

local function text(v)
  if v == nil then return nil end
  v = W.trim(tostring(v))
  if v == "" then return nil end
  return v
end

local function list(meeting, name)
  local l = meeting and meeting[name]
  if type(l) ~= "table" then return {} end
  return l
end

local INTS = { "summoned_full", "summoned_probationary", "present_full",
  "present_probationary", "absent_excused", "absent_unexcused", "score" }
local TEXTS = { "place", "chair", "minute_taker", "topic", "presenter", "band",
  "planned_start", "planned_end" }

-- The record, or nil when there is no meeting.
function M.read(meeting)
  if type(meeting) ~= "table" then return nil end
  local r = {}
  for _, k in ipairs(INTS) do
    if type(meeting[k]) ~= "table" then r[k] = W.int(meeting[k]) end
  end
  for _, k in ipairs(TEXTS) do r[k] = text(meeting[k]) end
  r.held_on = W.iso(text(meeting.held_on)) or W.iso(text(meeting.actual_start))
  r.start = W.hhmm(text(meeting.actual_start))
  r.finish = W.hhmm(text(meeting.actual_end))
  r.finish_day = W.iso(text(meeting.actual_end))
  r.type = text(meeting.type) -- not passed by chibo yet (see the report)

  -- people
  r.guests, r.excused, r.unexcused = {}, {}, {}
  for _, p in ipairs(list(meeting, "person")) do
    local row = { key = p.key, name = text(p.name) or "", office = text(p.office),
                  reason = text(p.reason), member = text(p.member) }
    if p.role == "guest" then r.guests[#r.guests + 1] = row
    elseif p.role == "absent_excused" then r.excused[#r.excused + 1] = row
    elseif p.role == "absent_unexcused" then r.unexcused[#r.unexcused + 1] = row
    end
  end

  -- agenda, by position
  r.agenda = {}
  for i, a in ipairs(list(meeting, "agenda")) do
    r.agenda[#r.agenda + 1] = { key = a.key, title = text(a.title) or "",
      position = W.int(a.position) or (1000 + i), order = i }
  end
  table.sort(r.agenda, function(a, b)
    if a.position ~= b.position then return a.position < b.position end
    return a.order < b.order
  end)

  r.notes = {}
  for _, n in ipairs(list(meeting, "note")) do
    local t = text(n.text)
    if t then r.notes[#r.notes + 1] = { key = n.key, item = text(n.item) or n.key, text = t } end
  end

  r.decisions = {}
  for _, d in ipairs(list(meeting, "decision")) do
    r.decisions[#r.decisions + 1] = { key = d.key, text = text(d.text) or "",
      votes_for = W.int(d.votes_for), votes_against = W.int(d.votes_against) or 0,
      votes_abstain = W.int(d.votes_abstain) or 0, passed = bool(d.passed) }
  end

  r.tasks = {}
  for _, t in ipairs(list(meeting, "task")) do
    r.tasks[#r.tasks + 1] = { key = t.key, what = text(t.what) or "",
      owner = text(t.owner) or "", deadline = text(t.deadline) or "" }
  end

  r.followups = {}
  for _, f in ipairs(list(meeting, "followup")) do
    r.followups[#r.followups + 1] = { key = f.key, what = text(f.what) or "",
      done = bool(f.done), why = text(f.why) }
  end

  r.checks, r.check = {}, {}
  for _, c in ipairs(list(meeting, "check")) do
    local row = { key = c.key, ok = bool(c.ok), detail = text(c.detail) or "" }
    r.checks[#r.checks + 1] = row
    r.check[c.key] = row
  end

  r.scores = {}
  r.score_max = 0
  -- The field "score" (the total) and the list "score" (the sheet's lines)
  -- share a name: the list is read from whichever of "score" / "scores"
  -- is a table.
  local sheet = type(meeting.score) == "table" and meeting.score or list(meeting, "scores")
  for _, s in ipairs(sheet) do
    local row = { key = s.key, title = text(s.title) or "", points = W.int(s.points) or 0,
                  max = W.int(s.max) or 0 }
    r.scores[#r.scores + 1] = row
    r.score_max = r.score_max + row.max
  end
  if r.score_max == 0 then r.score_max = nil end
  if not r.score and #r.scores > 0 then
    r.score = 0
    for _, row in ipairs(r.scores) do r.score = r.score + row.points end
  end
  return r
end

-- The notes of one agenda item (or step), in recorded order.
function M.notes_of(rec, items)
  local want = {}
  for _, i in ipairs(items) do want[i] = true end
  local out = {}
  for _, n in ipairs(rec and rec.notes or {}) do
    if want[n.item] or want[n.key] then out[#out + 1] = n end
  end
  return out
end

-- The decision that carries the resolution: the last one passed, or the
-- last one.
function M.main_decision(rec)
  if not rec or #rec.decisions == 0 then return nil end
  for i = #rec.decisions, 1, -1 do
    if rec.decisions[i].passed then return rec.decisions[i] end
  end
  return rec.decisions[#rec.decisions]
end

-- "Vi Văn Bình (đi làm ăn xa)"
function M.person_line(p)
  if p.reason then return ("%s (%s)"):format(p.name, p.reason) end
  return p.name
end

-- "Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ"
function M.guest_line(p)
  if p.office then return p.name .. ", " .. p.office end
  return p.name
end

---------------------------------------------------------------- last month

-- Words that open a line of a report (lower case): a shortcoming, or a
-- plan for the coming month (left for section II).
local SHORT = { "hạn chế", "tồn tại", "khuyết điểm", "yếu kém", "chưa ",
  "nguyên nhân" }
local PLAN = { "nhiệm vụ", "phương hướng", "dự kiến", "kế hoạch" }

local function starts(s, words)
  for _, w in ipairs(words) do
    if s:sub(1, #w) == w then return w end
  end
  return nil
end

-- Drops a leading "Tháng 10:" / "Tháng 10/2026:" label, and a short label
-- of a shortcoming ("Hạn chế:", "Tồn tại, hạn chế:").
local function unlabel(line)
  local rest = line:match("^[Tt]háng%s+%d+/?%d*%s*:%s*(.*)$")
  if rest then return rest end
  local label, after = line:match("^([^:]-):%s*(.*)$")
  if label and starts(W.lower(label), SHORT) and utf8.len(label) and utf8.len(label) <= 30 then
    return after
  end
  return line
end

-- Proposals for section I, from the meeting's report notes (items), its
-- follow-up of last month's tasks and the follow-up check:
-- achievements, shortcomings (lists of sentences).  Lines naming the
-- next month (task_month, "11/2026"), or a plan, are left out; so is the
-- line saying who presented the report.
function M.last_month(rec, items, task_month)
  local good, bad = {}, {}
  if not rec then return good, bad end
  local tm = task_month and task_month:match("^(%d+)/") or nil
  local fu = rec.check["followup"]
  if fu and fu.detail ~= "" and #rec.followups == 0 then
    good[#good + 1] = W.sentence(fu.detail)
  end
  for _, f in ipairs(rec.followups) do
    if f.done then
      good[#good + 1] = W.sentence(W.upper_first(W.clause(f.what)) .. ": đã hoàn thành")
    else
      bad[#bad + 1] = W.sentence(W.upper_first(W.clause(f.what)) .. ": chưa hoàn thành"
        .. (f.why and (" — " .. W.lower_first(W.clause(f.why))) or ""))
    end
  end
  for _, n in ipairs(M.notes_of(rec, items)) do
    for _, line in ipairs(W.lines(n.text)) do
      local low = W.lower(line)
      local month = low:match("^tháng%s+(%d+)")
      if (starts(low, { "đ/c ", "đồng chí " }) and (low:find("trình bày", 1, true)
          or low:find("báo cáo", 1, true))) then
        -- "Đ/c …, phó bí thư, trình bày báo cáo." — who presented: minutes only
      elseif tm and month == tm then
        -- next month's plan: section II
      elseif starts(low, PLAN) then
        -- a plan
      elseif starts(low, SHORT) then
        bad[#bad + 1] = W.sentence(W.upper_first(unlabel(line)))
      else
        good[#good + 1] = W.sentence(W.upper_first(unlabel(line)))
      end
    end
  end
  return good, bad
end

return M
