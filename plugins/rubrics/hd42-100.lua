-- Rubric: the 100-point, 8-group sheet one ward party committee built on
-- Hướng dẫn 42-HD/BTCTW (see /work/shared/domain/README.md, "Meeting
-- quality").  [check] It is a local sheet, not a central rule: the group
-- maxima and the bands are that sheet's; how the fact-based groups turn
-- facts into points (below) is this file's own reading and is marked
-- [check] too.  A province or commune with its own sheet plugs in another
-- rubric file (see vi-du-tinh.lua).
--
-- Facts (plugins/meeting/facts.lua): duration (minutes), combined,
-- summoned_full, present_full, summoned_all, present_all, required_done
-- and followed_up (percent 0–100), thematic_this_quarter, decisions,
-- decisions_passed.  score returns nil when its fact is missing: the chair
-- then scores that group like an `ask` group.

-- points · part / whole, rounded down, never above points.
local function share(points, part, whole)
  if whole <= 0 then return 0 end
  local p = points * part // whole
  if p > points then p = points end
  if p < 0 then p = 0 end
  return p
end

return rubric {
  id = "hd42-100",
  title = "Phiếu chấm 100 điểm theo Hướng dẫn 42-HD/BTCTW (mẫu của một đảng ủy "
    .. "phường, cần đối chiếu với hướng dẫn của cấp ủy cấp trên)",
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương "
      .. "(thời lượng, chuẩn bị)",
    "Chỉ thị 50-CT/TW ngày 23/7/2025",
    "[check] Phiếu chấm chất lượng sinh hoạt chi bộ của Đảng ủy phường An Phú "
      .. "(8 nhóm, 100 điểm; xếp loại tốt ≥ 90, khá ≥ 70, trung bình ≥ 50) — "
      .. "nguồn địa phương, không phải quy định chung",
    "[check] Tỷ lệ có mặt 2/3 và biểu quyết quá 1/2: theo hướng dẫn thường dùng "
      .. "của cấp ủy cấp trên",
  },
  settings = {
    quorum = { 2, 3 },          -- at least 2/3 of the summoned full members
    pass = { 1, 2 },            -- more than 1/2 of the full members
    min_minutes = 90,           -- HD 42
    min_minutes_combined = 120, -- HD 42
    thematic_per_quarter = 1,   -- [check] the usual rule
  },
  bands = {
    { min = 90, name = "tốt" },
    { min = 70, name = "khá" },
    { min = 50, name = "trung bình" },
    { min = 0, name = "kém" },
  },
  groups = {
    -- Full marks at the minimum duration; less in proportion.
    { id = "thoi-gian", title = "Thời gian, thời lượng", max = 5,
      score = function(f, s)
        if not f.duration then return nil end
        local min = f.combined and s.min_minutes_combined or s.min_minutes
        return share(5, f.duration, min)
      end },

    -- Full marks from 90% of the summoned members present; 0 below the
    -- quorum; in proportion in between.
    { id = "so-dang-vien-du", title = "Số đảng viên dự sinh hoạt", max = 5,
      score = function(f, s)
        if not (f.summoned_all and f.present_all and f.summoned_full and f.present_full)
           or f.summoned_all == 0 then
          return nil
        end
        if f.present_full * s.quorum[2] < f.summoned_full * s.quorum[1] then return 0 end
        if f.present_all * 10 >= f.summoned_all * 9 then return 5 end
        return share(5, f.present_all * 10, f.summoned_all * 9)
      end },

    -- The preparation HD 42 asks for, as confirmed by the chair.
    { id = "chuan-bi", title = "Công tác chuẩn bị", max = 10,
      score = function(f)
        if not f.required_done then return nil end
        return share(10, f.required_done, 100)
      end },

    { id = "tien-hanh", title = "Tiến hành buổi sinh hoạt", max = 30,
      ask = "Đúng trình tự; báo cáo gọn; thảo luận dân chủ, tập trung vào vấn đề "
        .. "trọng tâm, nhiều đảng viên phát biểu; có phê bình và tự phê bình; "
        .. "kết luận rõ việc, rõ người, rõ thời hạn." },

    { id = "dieu-hanh", title = "Điều hành của bí thư (người chủ trì)", max = 10,
      ask = "Gợi mở, dẫn dắt thảo luận đúng trọng tâm; giữ thời gian; lắng nghe "
        .. "và tổng hợp ý kiến; kết luận ngắn gọn, dễ thực hiện." },

    { id = "nguyen-tac", title = "Thực hiện nguyên tắc sinh hoạt đảng", max = 5,
      ask = "Tập trung dân chủ, tự phê bình và phê bình, đoàn kết; biểu quyết "
        .. "đúng quy định." },

    -- Share of last month's tasks reported done.
    { id = "ket-qua-thang-truoc", title = "Kết quả thực hiện nghị quyết tháng trước",
      max = 30,
      score = function(f)
        if not f.followed_up then return nil end
        return share(30, f.followed_up, 100)
      end },

    { id = "ket-thuc", title = "Kết thúc buổi sinh hoạt", max = 5,
      ask = "Giao việc cụ thể; biểu quyết thông qua nghị quyết hoặc kết luận; "
        .. "thư ký đọc biên bản, chi bộ thông qua; bế mạc đúng giờ." },
  },
}
