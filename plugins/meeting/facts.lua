-- meeting.facts — the answer keys of the meeting step kinds, and the facts
-- read back from them (for the vote, clock and assess kinds).
--   local F = require("meeting.facts")
--
-- Steps only talk to each other through stored answers: a step that needs
-- another step's numbers names that step's id in one of its fields (for
-- example vote { attendance = "diem-danh" }) and reads the answers with
-- ctx.answer("<step id>.<key>").  That is deterministic under replay.
--
-- Facts given to a rubric's score(facts, settings) (see docs/meeting-api.md):
--   duration               minutes from the start clock to the finish clock
--   combined               true for a regular + thematic meeting
--   summoned_full, present_full, summoned_all, present_all   integers
--   required_done          percent (0–100, rounded down) of the required
--                          procedure items answered "có"
--   followed_up            percent (0–100, rounded down) of last month's
--                          tasks reported done; nil when there were none
--   thematic_this_quarter  thematic meetings this quarter, this one included
--   decisions, decisions_passed   integers (the last round of each vote)
-- A fact that could not be gathered is nil.
local T = require("meeting.text")

local M = {}

-- The usual rules, used only when no rubric is at hand (a step kind run in
-- a lesson): at least 2/3 of the summoned full members present, more than
-- 1/2 of the full members for a resolution, 90 / 120 minutes.  In a meeting
-- the cell's rubric settings win.
M.DEFAULTS = {
  quorum = { 2, 3 },
  pass = { 1, 2 },
  min_minutes = 90,
  min_minutes_combined = 120,
  thematic_per_quarter = 1,
}

function M.settings(ctx)
  local s = {}
  for k, v in pairs(M.DEFAULTS) do s[k] = v end
  if ctx.meeting then
    local r = ctx.meeting.rubric()
    for k, v in pairs(r and r.settings or {}) do s[k] = v end
  end
  return s
end

-- Answer keys, per kind (the step id goes in front: "<step id>.<key>").
M.KEYS = {
  attendance = {
    summoned_full = "trieu-tap-chinh-thuc",
    summoned_probationary = "trieu-tap-du-bi",
    present_full = "co-mat-chinh-thuc",
    present_probationary = "co-mat-du-bi",
    absent_excused = "vang-co-ly-do",
    names_excused = "ten-vang-co-ly-do",
    names_unexcused = "ten-vang-khong-ly-do",
    guests = "dai-bieu",
  },
  clock = { time = "gio" },
  vote = {
    members = "so-chinh-thuc",     -- asked only without an attendance step
    text = "noi-dung-",            -- + round number
    votes_for = "tan-thanh-",
    votes_against = "khong-tan-thanh-",
    votes_abstain = "khong-bieu-quyet-",
    again = "bieu-quyet-lai-",
  },
  followup = {
    done = "xong-",                -- + previous task key
    why = "vi-sao-",
    count = "so-viec",             -- when chibo has no previous tasks
    count_done = "so-xong",
    not_done = "viec-chua-xong",
  },
}

local function get(ctx, step_id, key)
  if not step_id then return nil end
  return ctx.answer(step_id .. "." .. key)
end

local function int(v)
  local n = tonumber(v)
  return n and math.tointeger(n)
end

-- A previous task's key as part of an answer key.
function M.task_key(key)
  return (tostring(key):lower():gsub("[^a-z0-9]+", "-"))
end

---------------------------------------------------------------- attendance

-- The numbers of an attendance step, or nil when it has not run.
function M.attendance(ctx, step_id)
  local K = M.KEYS.attendance
  local sf = int(get(ctx, step_id, K.summoned_full))
  local pf = int(get(ctx, step_id, K.present_full))
  if not sf or not pf then return nil end
  local a = {
    summoned_full = sf,
    summoned_probationary = int(get(ctx, step_id, K.summoned_probationary)) or 0,
    present_full = pf,
    present_probationary = int(get(ctx, step_id, K.present_probationary)) or 0,
  }
  a.summoned_all = a.summoned_full + a.summoned_probationary
  a.present_all = a.present_full + a.present_probationary
  local absent = a.summoned_all - a.present_all
  a.absent_excused = int(get(ctx, step_id, K.absent_excused)) or 0
  if a.absent_excused > absent then a.absent_excused = absent end
  a.absent_unexcused = absent - a.absent_excused
  return a
end

-- ok, detail: "12/15 đảng viên chính thức có mặt = 80% ≥ 2/3"
-- (label: who is counted, "đảng viên chính thức" unless said otherwise)
function M.quorum(a, settings, label)
  local rule = settings.quorum
  local ok = T.reaches(a.present_full, a.summoned_full, rule, true)
  local detail = ("%d/%d %s có mặt = %s %s %s"):format(
    a.present_full, a.summoned_full, label or "đảng viên chính thức",
    T.percent(a.present_full, a.summoned_full),
    ok and "≥" or "<", T.fraction(rule))
  return ok, detail
end

---------------------------------------------------------------- clock

function M.clock(ctx, step_id)
  return T.hhmm(get(ctx, step_id, M.KEYS.clock.time))
end

function M.duration(ctx, start_id, finish_id)
  local a, b = M.clock(ctx, start_id), M.clock(ctx, finish_id)
  if not a or not b then return nil end
  return T.minutes_between(a, b)
end

---------------------------------------------------------------- votes

-- passed, detail for votes_for out of `members` full members.
function M.decide(votes_for, members, settings, quorum_ok)
  local rule = settings.pass
  local enough = T.reaches(votes_for, members, rule, false)
  local detail = ("%d/%d đảng viên chính thức tán thành = %s %s %s"):format(
    votes_for, members, T.percent(votes_for, members),
    enough and ">" or "≤", T.fraction(rule))
  local passed = enough and quorum_ok ~= false
  if not enough then
    detail = detail .. " — không thông qua"
  elseif quorum_ok == false then
    detail = detail .. ", nhưng buổi sinh hoạt chưa đủ "
      .. T.fraction(settings.quorum) .. " số đảng viên chính thức có mặt — chưa thông qua"
  else
    detail = detail .. " — thông qua"
  end
  return passed, detail
end

-- The last round of a vote step: { round =, text =, votes_for =, … } or nil.
function M.vote(ctx, step_id)
  local K = M.KEYS.vote
  local last
  for r = 1, 10 do
    local f = int(get(ctx, step_id, K.votes_for .. r))
    if not f then break end
    last = {
      round = r,
      text = get(ctx, step_id, K.text .. r),
      votes_for = f,
      votes_against = int(get(ctx, step_id, K.votes_against .. r)) or 0,
      votes_abstain = int(get(ctx, step_id, K.votes_abstain .. r)) or 0,
    }
  end
  return last
end

-- The number of full members a vote counts against, and whether the
-- meeting had its quorum (nil when unknown).
function M.vote_base(ctx, attendance_id, vote_id, settings)
  local a = M.attendance(ctx, attendance_id)
  if a then
    local ok = M.quorum(a, settings)
    return a.summoned_full, a.present_full, ok
  end
  local n = int(get(ctx, vote_id, M.KEYS.vote.members))
  return n, n, nil
end

---------------------------------------------------------------- follow-up

-- done, total for a followup step (nil, nil when it has not run or there
-- was nothing to follow up).
function M.followup(ctx, step_id)
  if not step_id then return nil, nil end
  local K = M.KEYS.followup
  local tasks = ctx.meeting and ctx.meeting.previous_tasks() or {}
  if #tasks > 0 then
    local done, total = 0, 0
    for _, t in ipairs(tasks) do
      local v = get(ctx, step_id, K.done .. M.task_key(t.key))
      if v == nil then return nil, nil end
      total = total + 1
      if v == true then done = done + 1 end
    end
    return done, total
  end
  local total = int(get(ctx, step_id, K.count))
  if not total or total == 0 then return nil, nil end
  return int(get(ctx, step_id, K.count_done)) or 0, total
end

---------------------------------------------------------------- procedure

-- The full answer keys of the required items of a procedure step, for the
-- `required` field of assess:
--   local PREP = { { id = "hop-chi-uy", text = "…", required = true }, … }
--   procedure { id = "chuan-bi", items = PREP },
--   assess { …, required = F.required_keys("chuan-bi", PREP) },
function M.required_keys(step_id, items)
  local out = {}
  for _, it in ipairs(items) do
    if it.required then out[#out + 1] = step_id .. "." .. it.id end
  end
  return out
end

function M.required_done(ctx, keys)
  if not keys or #keys == 0 then return nil, nil, nil end
  local done = 0
  for _, k in ipairs(keys) do
    if ctx.answer(k) == true then done = done + 1 end
  end
  return T.pct(done, #keys), done, #keys
end

---------------------------------------------------------------- all facts

-- refs: the assess step (attendance, start, finish, followup, votes,
-- required, combined).  Returns facts and a list of lines that say where
-- each fact came from.
function M.collect(ctx, refs, settings)
  local f, said = {}, {}
  local info = ctx.meeting and ctx.meeting.info() or {}
  f.combined = refs.combined == true or info.type == "combined"

  f.duration = M.duration(ctx, refs.start, refs.finish)
  if f.duration then
    local min = f.combined and settings.min_minutes_combined or settings.min_minutes
    said[#said + 1] = ("Thời lượng: %d phút (tối thiểu %d phút)."):format(f.duration, min)
  end

  local a = M.attendance(ctx, refs.attendance)
  if a then
    f.summoned_full, f.present_full = a.summoned_full, a.present_full
    f.summoned_all, f.present_all = a.summoned_all, a.present_all
    if a.summoned_probationary > 0 then
      said[#said + 1] = ("Có mặt: %d/%d đảng viên (%s); chính thức %d/%d (%s)."):format(
        a.present_all, a.summoned_all, T.percent(a.present_all, a.summoned_all),
        a.present_full, a.summoned_full, T.percent(a.present_full, a.summoned_full))
    else
      said[#said + 1] = ("Có mặt: %d/%d đảng viên chính thức (%s)."):format(
        a.present_full, a.summoned_full, T.percent(a.present_full, a.summoned_full))
    end
  end

  local pct, done, total = M.required_done(ctx, refs.required)
  f.required_done = pct
  if pct then
    said[#said + 1] = ("Việc chuẩn bị bắt buộc đã làm: %d/%d (%d%%)."):format(done, total, pct)
  end

  local fd, ft = M.followup(ctx, refs.followup)
  if fd then
    f.followed_up = T.pct(fd, ft)
    said[#said + 1] = ("Việc được giao tháng trước đã xong: %d/%d (%s)."):format(
      fd, ft, T.percent(fd, ft))
  end

  if ctx.meeting then
    local h = ctx.meeting.history() or {}
    local n = h.thematic_this_quarter or 0
    if info.type == "thematic" or info.type == "combined" then n = n + 1 end
    f.thematic_this_quarter = n
  end

  if refs.votes and #refs.votes > 0 then
    local count, passed = 0, 0
    for _, id in ipairs(refs.votes) do
      local v = M.vote(ctx, id)
      if v then
        local members, _, quorum_ok = M.vote_base(ctx, refs.attendance, id, settings)
        count = count + 1
        if members and members > 0 and M.decide(v.votes_for, members, settings, quorum_ok) then
          passed = passed + 1
        end
      end
    end
    f.decisions, f.decisions_passed = count, passed
    if count > 0 then
      said[#said + 1] = ("Biểu quyết: %d/%d nội dung được thông qua."):format(passed, count)
    end
  end
  return f, said
end

return M
