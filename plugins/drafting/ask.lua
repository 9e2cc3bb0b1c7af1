-- drafting.ask — prompts shared by the document templates' wizards
-- (plugins/documents/*.lua).
--   local A = require("drafting.ask")
-- Every prompt has a key; defaults come from the previous revision
-- (ctx.draft.value) or the recorded meeting, so that editing a draft only
-- asks to confirm with Enter.
local W = require("drafting.text")

local M = {}

-- Shown above a several-line question that has a proposal: a line holding
-- only "." keeps it.
M.KEEP = "Gõ một dòng chỉ có dấu chấm (.) để giữ nguyên đề xuất trên; muốn sửa "
  .. "thì gõ lại toàn bộ, mỗi ý một dòng, kết thúc bằng một dòng chỉ có dấu chấm."

function M.examples(weak, good)
  return "Viết chưa tốt: “" .. weak .. "”\nViết tốt: “" .. good .. "”"
end

-- Lines as a proposal ("- …" each).
function M.proposal(lines)
  local out = {}
  for i, l in ipairs(lines) do out[i] = W.bullet(l) end
  return table.concat(out, "\n")
end

-- validate for a date: a real day, not after today, not before not_before.
function M.date_ok(today, not_before, what)
  return function(v)
    local y, m = W.parse_dmy(v)
    if not y then return nil, m end
    local iso = W.iso(v)
    if today and iso > today then
      return nil, ("Ngày %s chưa đến (hôm nay %s); hãy kiểm tra lại."):format(v, W.dmy(today))
    end
    if not_before and iso < not_before then
      return nil, ("%s không thể trước ngày %s."):format(what or "Ngày này", W.dmy(not_before))
    end
    return true
  end
end

-- validate for a task's deadline: a real day, not before the meeting.
function M.deadline_ok(meeting_iso)
  return function(v)
    local y, m = W.parse_dmy(v)
    if not y then return nil, m end
    if meeting_iso and W.iso(v) < meeting_iso then
      return nil, "Thời hạn này trước ngày sinh hoạt; hãy kiểm tra lại."
    end
    return true
  end
end

-- The attendance numbers (keys trieu-tap-chinh-thuc, trieu-tap-du-bi,
-- co-mat-chinh-thuc, co-mat-du-bi, vang-co-ly-do of the running step).
-- dflt(key, fallback) gives the default of a key.
function M.attendance(ui, dflt, rec)
  local sf = ui.number("Số đảng viên chính thức được triệu tập", {
    key = "trieu-tap-chinh-thuc", min = 1,
    default = dflt("trieu-tap-chinh-thuc", rec and rec.summoned_full) })
  local sp = ui.number("Số đảng viên dự bị được triệu tập (không có thì nhập 0)", {
    key = "trieu-tap-du-bi", min = 0,
    default = dflt("trieu-tap-du-bi", rec and rec.summoned_probationary or 0) })
  local pf = ui.number("Số đảng viên chính thức có mặt", {
    key = "co-mat-chinh-thuc", min = 0, max = sf,
    default = dflt("co-mat-chinh-thuc", rec and rec.present_full) })
  local pp = 0
  if sp > 0 then
    pp = ui.number("Số đảng viên dự bị có mặt", { key = "co-mat-du-bi", min = 0,
      max = sp, default = dflt("co-mat-du-bi", rec and rec.present_probationary) })
  end
  local absent = sf + sp - pf - pp
  local ex = 0
  if absent > 0 then
    ex = ui.number(("Trong %d đồng chí vắng, bao nhiêu đồng chí vắng có lý do?"):format(absent),
      { key = "vang-co-ly-do", min = 0, max = absent,
        default = dflt("vang-co-ly-do", rec and rec.absent_excused) })
  end
  return { sf = sf, sp = sp, pf = pf, pp = pp, ex = ex, absent = absent,
           unex = absent - ex }
end

return M
