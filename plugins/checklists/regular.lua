-- Checklist: the regular monthly cell meeting (sinh hoạt chi bộ thường kỳ).
--   chibo meeting start --type regular [--rehearse]
--
-- Order: preparation (Hướng dẫn 42-HD/BTCTW ngày 28/10/2025); opening a–d
-- (Hướng dẫn 12-HD/BTCTW ngày 06/7/2018, mục II.1.2); content and closing as
-- in the usual commune programme.  The wording of each step is in
-- plugins/meeting/thuong-ky.lua (shared with combined.lua); a province that
-- wants other wording or another order edits that file or this one.
-- Step kinds: plugins/kinds/{procedure,clock,guests,details,attendance,
-- agenda,note,followup,tasks,vote,assess}.lua.
local S = require("meeting.thuong-ky")
local F = require("meeting.facts")
local P = S.part

return lesson {
  id = "meeting-regular",
  version = 1,
  title = "Sinh hoạt chi bộ thường kỳ",
  summary = "Trình tự buổi sinh hoạt hằng tháng: chuẩn bị, khai mạc, báo cáo, "
    .. "kiểm tra việc tháng trước, thảo luận, kết luận, giao việc, biểu quyết, "
    .. "tự đánh giá, thông qua biên bản.",
  minutes = 90,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương (mục II.1.2)",
    "Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị",
    "Điều lệ Đảng Cộng sản Việt Nam, Điều 24",
  },
  steps = {
    procedure(P("chuan-bi")),
    -- Opening
    clock(P("gio-bat-dau")),
    guests(P("ly-do-dai-bieu")),
    details(P("chu-tri-thu-ky")),
    attendance(P("diem-danh")),
    agenda(P("chuong-trinh")),
    -- Content
    note(P("bao-cao")),
    followup(P("viec-thang-truoc")),
    note(P("van-ban")),
    note(P("thao-luan")),
    note(P("phe-binh")),
    -- Closing
    clock(P("kiem-tra-gio")),
    note(P("ket-luan")),
    tasks(P("giao-viec")),
    vote(P("bieu-quyet")),
    clock(P("gio-danh-gia")),
    assess(P("danh-gia", { required = F.required_keys("chuan-bi", S.PREP) })),
    procedure(P("bien-ban")),
    clock(P("gio-ket-thuc")),
  },
}
