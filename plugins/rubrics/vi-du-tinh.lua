-- Rubric: AN EXAMPLE of a province plugging in its own sheet.  It does NOT
-- reproduce any real provincial document: the groups, weights, bands and the
-- 3/4 quorum below were made up to show what a rubric file can change.
-- A province that has its own sheet (for example Nghệ An, QĐ 27-QĐ/TU,
-- 2023) copies this file, renames the id, and writes its own groups from
-- its own document.
--
-- Differences from hd42-100.lua, to show the mechanism:
--   - 4 groups of 25 points instead of 8 groups;
--   - a stricter quorum setting (3/4 of the summoned full members);
--   - a group that mixes several facts (duration and preparation);
--   - a group scored from the votes of the meeting;
--   - other band limits.

local function share(points, part, whole)
  if whole <= 0 then return 0 end
  local p = points * part // whole
  if p > points then p = points end
  if p < 0 then p = 0 end
  return p
end

return rubric {
  id = "vi-du-tinh",
  title = "Ví dụ minh họa: phiếu chấm riêng của một tỉnh (4 nhóm × 25 điểm) — "
    .. "không phải văn bản thật",
  sources = {
    "Ví dụ do người soạn chibo đặt ra để minh họa; không sao chép văn bản của tỉnh nào",
    "Thời lượng theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025",
  },
  settings = {
    quorum = { 3, 4 },          -- example: stricter than the usual 2/3
    pass = { 1, 2 },
    min_minutes = 90,
    min_minutes_combined = 120,
    thematic_per_quarter = 1,
  },
  bands = {
    { min = 85, name = "tốt" },
    { min = 65, name = "khá" },
    { min = 50, name = "trung bình" },
    { min = 0, name = "kém" },
  },
  groups = {
    -- 15 for the preparation, 10 for the duration.
    { id = "chuan-bi-thoi-luong", title = "Chuẩn bị và thời lượng", max = 25,
      score = function(f, s)
        if not (f.required_done and f.duration) then return nil end
        local min = f.combined and s.min_minutes_combined or s.min_minutes
        return share(15, f.required_done, 100) + share(10, f.duration, min)
      end },

    -- 0 below the quorum; full marks from 95% present.
    { id = "so-dang-vien-du", title = "Số đảng viên dự", max = 25,
      score = function(f, s)
        if not (f.summoned_all and f.present_all and f.summoned_full and f.present_full)
           or f.summoned_all == 0 then
          return nil
        end
        if f.present_full * s.quorum[2] < f.summoned_full * s.quorum[1] then return 0 end
        return share(25, f.present_all * 100, f.summoned_all * 95)
      end },

    -- 20 for last month's tasks, 5 when every vote of the meeting passed.
    { id = "ket-qua", title = "Kết quả thực hiện nghị quyết và biểu quyết", max = 25,
      score = function(f)
        if not f.followed_up then return nil end
        local votes = 0
        if f.decisions and f.decisions > 0 and f.decisions_passed == f.decisions then
          votes = 5
        end
        return share(20, f.followed_up, 100) + votes
      end },

    { id = "dieu-hanh-dan-chu", title = "Điều hành, dân chủ, phê bình và tự phê bình",
      max = 25,
      ask = "Ví dụ: bí thư dẫn dắt đúng trọng tâm; nhiều đảng viên phát biểu; có "
        .. "phê bình và tự phê bình; kết luận rõ việc, rõ người, rõ thời hạn." },
  },
}
