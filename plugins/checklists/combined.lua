-- Checklist: the regular monthly meeting held together with a thematic
-- meeting (sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề): at least 120
-- minutes (Hướng dẫn 42-HD/BTCTW ngày 28/10/2025; rubric setting
-- min_minutes_combined).
--   chibo meeting start --type combined [--rehearse]
--
-- One opening for both parts; part 1 is the regular content, part 2 the
-- topic; one closing (conclusion, tasks, resolution, self-assessment,
-- minutes).  Wording: plugins/meeting/thuong-ky.lua and chuyen-de.lua.
local S = require("meeting.thuong-ky")
local C = require("meeting.chuyen-de")
local F = require("meeting.facts")

-- Preparation: the regular one and the topic's.
local PREP = {}
for _, it in ipairs(S.PREP) do PREP[#PREP + 1] = it end
for _, it in ipairs(C.PREP_TOPIC) do PREP[#PREP + 1] = it end

local COMBINED = "min_minutes_combined"

return lesson {
  id = "meeting-combined",
  version = 1,
  title = "Sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề",
  summary = "Một buổi, hai phần: nội dung thường kỳ và chuyên đề; ít nhất "
    .. "120 phút.",
  minutes = 120,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương (mục II.1.2)",
    "Chỉ thị 50-CT/TW ngày 23/7/2025 của Bộ Chính trị",
    "Điều lệ Đảng Cộng sản Việt Nam, Điều 24",
  },
  steps = {
    procedure(S.part("chuan-bi", { items = PREP })),
    -- Opening
    clock(S.part("gio-bat-dau")),
    details(C.part("chuyen-de")),
    guests(S.part("ly-do-dai-bieu", {
      script = "Thưa các đồng chí! Thực hiện Điều lệ Đảng và hướng dẫn của Ban "
        .. "Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ, hôm nay, "
        .. "{ngay}, {chi_bo} tiến hành sinh hoạt thường kỳ tháng {thang} kết hợp "
        .. "sinh hoạt chuyên đề “{answer:chuyen-de.ten}”. Buổi sinh hoạt gồm hai "
        .. "phần: đánh giá kết quả tháng trước, quyết định nhiệm vụ tháng tới; "
        .. "và sinh hoạt chuyên đề.",
    })),
    details(S.part("chu-tri-thu-ky")),
    attendance(S.part("diem-danh")),
    agenda(S.part("chuong-trinh", { items = {
      { id = "bao-cao", title = "Phần thường kỳ: báo cáo kết quả thực hiện nghị "
        .. "quyết tháng trước; kiểm tra việc được giao; dự kiến nhiệm vụ tháng tới" },
      { id = "van-ban", title = "Phần thường kỳ: thông tin, phổ biến văn bản của "
        .. "cấp trên và định hướng của đảng ủy xã" },
      { id = "thao-luan", title = "Phần thường kỳ: thảo luận; phê bình và tự phê bình" },
      { id = "trinh-bay", title = "Phần chuyên đề: trình bày chuyên đề" },
      { id = "thao-luan-chuyen-de", title = "Phần chuyên đề: thảo luận, liên hệ "
        .. "trách nhiệm của chi bộ và của từng đảng viên" },
      { id = "ket-luan", title = "Kết luận, giao việc; biểu quyết thông qua nghị quyết" },
      { id = "danh-gia", title = "Tự đánh giá chất lượng buổi sinh hoạt; thông qua "
        .. "biên bản" },
    } })),
    -- Part 1: regular
    note(S.part("bao-cao")),
    followup(S.part("viec-thang-truoc")),
    note(S.part("van-ban")),
    note(S.part("thao-luan")),
    note(S.part("phe-binh")),
    -- Part 2: the topic
    note(C.part("trinh-bay")),
    note(C.part("thao-luan", { id = "thao-luan-chuyen-de" })),
    -- Closing
    clock(S.part("kiem-tra-gio", { setting = COMBINED })),
    note(S.part("ket-luan", {
      points = {
        "Đánh giá chung kết quả tháng trước",
        "Nhiệm vụ trọng tâm tháng tới",
        "Kết luận về chuyên đề: những điểm chi bộ đã thống nhất, việc sẽ làm",
      },
    })),
    tasks(S.part("giao-viec")),
    vote(S.part("bieu-quyet")),
    clock(S.part("gio-danh-gia", { setting = COMBINED })),
    assess(S.part("danh-gia", {
      combined = true,
      required = F.required_keys("chuan-bi", PREP),
    })),
    procedure(S.part("bien-ban")),
    clock(S.part("gio-ket-thuc", { setting = COMBINED })),
  },
}
