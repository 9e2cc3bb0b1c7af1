-- Checklist: the thematic cell meeting (sinh hoạt chuyên đề).
--   chibo meeting start --type thematic [--rehearse]
--
-- Topic, presenter, discussion, conclusion.  At least 90 minutes (Hướng dẫn
-- 42-HD/BTCTW ngày 28/10/2025); usually at least once a quarter, as the
-- superior committee guides (rubric setting thematic_per_quarter).  The
-- opening a–d is the one of every cell meeting (Hướng dẫn 12-HD/BTCTW ngày
-- 06/7/2018, mục II.1.2).  Wording: plugins/meeting/chuyen-de.lua and, for
-- the parts every meeting shares, plugins/meeting/thuong-ky.lua.
--
-- No quality score here: the scoring sheets (plugins/rubrics/) grade the
-- regular meeting (last month's resolution…).  A province that scores its
-- thematic meetings adds an assess step with its own rubric.
local S = require("meeting.thuong-ky")
local C = require("meeting.chuyen-de")

return lesson {
  id = "meeting-thematic",
  version = 1,
  title = "Sinh hoạt chi bộ chuyên đề",
  summary = "Chuẩn bị, khai mạc, trình bày chuyên đề, thảo luận và liên hệ, "
    .. "kết luận, giao việc, biểu quyết, thông qua biên bản.",
  minutes = 90,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương (mục II.1.2)",
    "Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị",
  },
  steps = {
    procedure(C.part("chuan-bi")),
    -- Opening
    clock(S.part("gio-bat-dau")),
    details(C.part("chuyen-de")),
    guests(C.part("ly-do-dai-bieu")),
    details(S.part("chu-tri-thu-ky")),
    attendance(S.part("diem-danh")),
    agenda(C.part("chuong-trinh")),
    -- The topic
    note(C.part("trinh-bay")),
    note(C.part("thao-luan")),
    -- Closing
    clock(C.part("kiem-tra-gio")),
    note(C.part("ket-luan")),
    tasks(C.part("giao-viec")),
    vote(C.part("bieu-quyet")),
    procedure(S.part("bien-ban")),
    clock(S.part("gio-ket-thuc", {
      script = "Buổi sinh hoạt chuyên đề đến đây đã hoàn thành chương trình. Đề "
        .. "nghị các đồng chí thực hiện tốt những việc chi bộ đã thống nhất. Tôi "
        .. "tuyên bố bế mạc buổi sinh hoạt.",
    })),
  },
}
