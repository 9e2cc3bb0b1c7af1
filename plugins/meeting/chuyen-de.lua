-- meeting.chuyen-de — the wording of the thematic meeting (sinh hoạt chuyên
-- đề), shared by plugins/checklists/thematic.lua and combined.lua.  Used
-- like meeting.thuong-ky:
--   local C = require("meeting.chuyen-de")
--   details(C.part("chuyen-de"))
--
-- Duration: Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (at least 90 minutes;
-- 120 when held together with the regular meeting).  How often: "thường ít
-- nhất mỗi quý một lần", as the superior committee guides [check] — the
-- rubric setting thematic_per_quarter.
local M = {}

-- Preparation of a thematic meeting.  The last two are the HD 42
-- preparation every meeting needs; combined.lua takes only the first three
-- (M.PREP_TOPIC) next to the regular preparation.
M.PREP_TOPIC = {
  { id = "chon-chuyen-de", required = true,
    text = "Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và "
      .. "tình hình của thôn?",
    missing = "Ghi lại để rút kinh nghiệm: chuyên đề cần được chi ủy thống "
      .. "nhất trước, khi họp chi ủy." },
  { id = "nguoi-trinh-bay", required = true,
    text = "Đã phân công người chuẩn bị và trình bày chuyên đề?" },
  { id = "de-dan", required = true,
    text = "Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận?",
    missing = "Người trình bày nên có đề dẫn ngắn, kèm vài câu hỏi gợi ý để "
      .. "đảng viên thảo luận." },
}

M.PREP = {
  M.PREP_TOPIC[1], M.PREP_TOPIC[2], M.PREP_TOPIC[3],
  { id = "thong-bao", required = true,
    text = "Đã thông báo thời gian, địa điểm, chuyên đề cho đảng viên và đồng "
      .. "chí cấp ủy cấp trên theo dõi chi bộ?" },
  { id = "dang-tai-lieu", required = true,
    text = "Đã đăng tài liệu chuyên đề lên Sổ tay đảng viên điện tử ít nhất "
      .. "một ngày trước buổi sinh hoạt?",
    missing = "Ghi lại để rút kinh nghiệm: đảng viên cần đọc trước tài liệu "
      .. "thì thảo luận mới sâu." },
  { id = "bao-cao-vien",
    text = "Có mời báo cáo viên hoặc cán bộ chuyên môn của xã (nếu chuyên đề cần)?" },
}

local parts = {}

-- procedure
parts["chuan-bi"] = {
  title = "Chuẩn bị: các việc trước buổi sinh hoạt chuyên đề",
  text = "Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị. Việc chưa "
    .. "làm vẫn được ghi lại để rút kinh nghiệm, không chặn buổi sinh hoạt.",
  items = M.PREP,
}

-- details
parts["chuyen-de"] = {
  title = "Khai mạc: chuyên đề và người trình bày",
  text = "Ghi tên chuyên đề và người trình bày đã được chi ủy thống nhất.",
  record = "Tên chuyên đề; họ tên, chức vụ người trình bày.",
  fields = {
    { id = "ten", label = "Tên chuyên đề", set = "topic", required = true,
      hint = "Ví dụ: Phát huy vai trò nêu gương của đảng viên trong xây dựng "
        .. "nông thôn mới ở thôn" },
    { id = "nguoi-trinh-bay", label = "Họ tên, chức vụ người trình bày",
      set = "presenter", required = true },
  },
}

-- guests (thematic.lua; combined.lua has its own script)
parts["ly-do-dai-bieu"] = {
  title = "Khai mạc (a): tuyên bố lý do, giới thiệu đại biểu",
  text = "Người chủ trì tuyên bố lý do, mục đích buổi sinh hoạt chuyên đề và "
    .. "giới thiệu đại biểu dự (nếu có).",
  script = "Thưa các đồng chí! Thực hiện kế hoạch sinh hoạt chuyên đề của chi "
    .. "bộ, hôm nay, {ngay}, {chi_bo} tiến hành sinh hoạt chuyên đề "
    .. "“{answer:chuyen-de.ten}”. Qua buổi sinh hoạt, mỗi đồng chí hiểu rõ hơn "
    .. "vấn đề, liên hệ với trách nhiệm của mình và cùng chi bộ thống nhất "
    .. "những việc cần làm.",
  record = "Lý do buổi sinh hoạt, tên chuyên đề; họ tên, chức vụ đại biểu dự.",
}

-- agenda
parts["chuong-trinh"] = {
  title = "Khai mạc (d): thông qua chương trình",
  text = "Người chủ trì đọc chương trình; chi bộ bổ sung (nếu có) và biểu "
    .. "quyết thông qua.",
  record = "Chương trình buổi sinh hoạt; kết quả biểu quyết thông qua chương trình.",
  items = {
    { id = "trinh-bay", title = "Trình bày chuyên đề" },
    { id = "thao-luan-chuyen-de", title = "Thảo luận, liên hệ trách nhiệm của "
      .. "chi bộ và của từng đảng viên" },
    { id = "ket-luan-chuyen-de", title = "Kết luận, thống nhất việc làm; biểu quyết" },
    { id = "bien-ban", title = "Thông qua biên bản" },
  },
}

-- note
parts["trinh-bay"] = {
  title = "Chuyên đề: trình bày",
  item = "trinh-bay",
  text = "Người được phân công trình bày chuyên đề, ngắn gọn, gắn với tình hình "
    .. "của thôn; cuối phần trình bày nêu câu hỏi gợi ý thảo luận.",
  script = "Mời đồng chí {answer:chuyen-de.nguoi-trinh-bay} trình bày chuyên "
    .. "đề “{answer:chuyen-de.ten}”.",
  points = {
    "Vì sao chi bộ chọn chuyên đề này",
    "Nội dung chính của chuyên đề",
    "Liên hệ tình hình thôn, chi bộ: làm được gì, còn gì chưa làm được",
    "Câu hỏi gợi ý để đảng viên thảo luận",
  },
  record = "Tóm tắt nội dung trình bày.",
}

-- note
parts["thao-luan"] = {
  title = "Chuyên đề: thảo luận, liên hệ",
  item = "thao-luan-chuyen-de",
  text = "Đảng viên thảo luận theo câu hỏi gợi ý, liên hệ với trách nhiệm của "
    .. "chi bộ và của bản thân. Người chủ trì mời từng đồng chí phát biểu, "
    .. "giữ đúng chuyên đề, khuyến khích đề xuất việc làm cụ thể.",
  script = "Đề nghị các đồng chí thảo luận: chuyên đề này đặt ra cho chi bộ ta "
    .. "những việc gì, mỗi đồng chí sẽ làm gì, bắt đầu từ đâu.",
  points = {
    "Nhận thức của đảng viên về chuyên đề",
    "Liên hệ bản thân, gia đình, thôn",
    "Đề xuất việc làm cụ thể",
  },
  prompt = "Ý kiến thảo luận, mỗi dòng một ý kiến, ví dụ \"Đ/c Hùng: …\"",
  record = "Họ tên người phát biểu và tóm tắt từng ý kiến.",
}

-- clock (check)
parts["kiem-tra-gio"] = {
  title = "Chuyên đề: xem lại thời gian trước khi kết luận",
  mark = "check",
  since = "gio-bat-dau",
  setting = "min_minutes",
  text = "Trước khi kết luận, xem lại thời gian đã sinh hoạt. Chưa đủ thời lượng "
    .. "tối thiểu thì dành thêm thời gian cho thảo luận.",
}

-- note
parts["ket-luan"] = {
  title = "Chuyên đề: kết luận",
  item = "ket-luan-chuyen-de",
  required = true,
  text = "Người chủ trì kết luận: những điểm chi bộ đã thống nhất về nhận thức, "
    .. "những việc chi bộ và mỗi đảng viên sẽ làm.",
  script = "Qua trình bày và ý kiến thảo luận, tôi xin kết luận buổi sinh hoạt "
    .. "chuyên đề như sau: …",
  points = {
    "Những điểm chi bộ đã thống nhất",
    "Những việc chi bộ, đảng viên sẽ làm; ai làm, bao giờ xong",
  },
  prompt = "Nội dung kết luận",
  record = "Nội dung kết luận.",
}

-- tasks
parts["giao-viec"] = {
  title = "Chuyên đề: giao việc",
  text = "Giao những việc rút ra từ chuyên đề cho người cụ thể, có thời hạn, để "
    .. "chi bộ kiểm tra ở các buổi sinh hoạt sau.",
  record = "Từng việc, người thực hiện, thời hạn.",
}

-- vote
parts["bieu-quyet"] = {
  title = "Chuyên đề: biểu quyết thông qua kết luận",
  attendance = "diem-danh",
  decision = "Kết luận buổi sinh hoạt chuyên đề “{answer:chuyen-de.ten}”",
  text = "Đảng viên chính thức biểu quyết thông qua kết luận (giơ tay).",
  script = "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua kết "
    .. "luận buổi sinh hoạt chuyên đề.",
  record = "Số tán thành, không tán thành, không biểu quyết.",
}

M.parts = parts

function M.part(name, over)
  local p = parts[name]
  if not p then error("meeting.chuyen-de: không có phần '" .. tostring(name) .. "'", 2) end
  local t = { id = name }
  for k, v in pairs(p) do t[k] = v end
  for k, v in pairs(over or {}) do t[k] = v end
  return t
end

return M
