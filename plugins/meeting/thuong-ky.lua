-- meeting.thuong-ky — the wording of the regular monthly meeting (sinh hoạt
-- thường kỳ), shared by plugins/checklists/regular.lua and combined.lua.
--
--   local S = require("meeting.thuong-ky")
--   procedure(S.part("chuan-bi"))                      -- the step as written here
--   guests(S.part("ly-do-dai-bieu", { script = "…" }))  -- … with fields replaced
--
-- Each part holds the fields of one step (its kind is named in the comment
-- above it); the checklist picks the kind and the order.  Order and content
-- follow Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (preparation, duration) and
-- Hướng dẫn 12-HD/BTCTW ngày 06/7/2018, mục II.1.2 (the opening a–d); the
-- content and closing follow the usual commune programme.  What is only a
-- local rule is written "thường" or "theo hướng dẫn của cấp ủy cấp trên".
-- Scripts may use {chi_bo}, {dang_bo}, {ngay}, {thang} (meeting.text.fill).
local M = {}

-- The preparation HD 42 asks for (required) and two useful extras.
M.PREP = {
  { id = "phan-cong", required = true,
    text = "Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội "
      .. "dung và dự thảo nghị quyết (nếu có)?",
    missing = "Ghi lại để rút kinh nghiệm: tháng sau phân công người chuẩn bị "
      .. "ngay sau buổi sinh hoạt này." },
  { id = "hop-chi-uy", required = true,
    text = "Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất "
      .. "nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn "
      .. "đề đưa ra chi bộ thảo luận?",
    hint = "Trình tự họp chi ủy: chibo meeting start --type committee",
    missing = "Ghi lại để rút kinh nghiệm: lần sau họp chi ủy trước buổi sinh "
      .. "hoạt, đủ sớm để kịp thông báo và đăng tài liệu." },
  { id = "thong-bao", required = true,
    text = "Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng "
      .. "viên và đồng chí cấp ủy cấp trên theo dõi chi bộ?",
    missing = "Ghi lại để rút kinh nghiệm; đồng chí báo cáo đồng chí cấp ủy "
      .. "cấp trên theo dõi chi bộ sau buổi sinh hoạt." },
  { id = "dang-tai-lieu", required = true,
    text = "Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất "
      .. "một ngày trước buổi sinh hoạt?",
    missing = "Ghi lại để rút kinh nghiệm: tháng sau đăng tài liệu ít nhất "
      .. "một ngày trước, để đảng viên đọc trước khi đến họp." },
  { id = "du-thao",
    text = "Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận?" },
  { id = "so-sach",
    text = "Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng "
      .. "viên và đại biểu?" },
}

local parts = {}

-- procedure
parts["chuan-bi"] = {
  title = "Chuẩn bị: các việc trước buổi sinh hoạt",
  text = "Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị theo Hướng dẫn "
    .. "42-HD/BTCTW. Hãy trả lời đúng như đã làm: việc chưa làm vẫn được ghi lại, "
    .. "để rút kinh nghiệm và tính vào điểm chất lượng, không chặn buổi sinh hoạt.",
  items = M.PREP,
}

-- clock (start)
parts["gio-bat-dau"] = {
  title = "Khai mạc: giờ bắt đầu",
  mark = "start",
  text = "Đúng giờ đã thông báo, người chủ trì (thường là bí thư) khai mạc. "
    .. "Ghi giờ bắt đầu thực tế.",
  record = "Thời gian bắt đầu, địa điểm sinh hoạt.",
}

-- guests
parts["ly-do-dai-bieu"] = {
  title = "Khai mạc (a): tuyên bố lý do, giới thiệu đại biểu",
  text = "Người chủ trì tuyên bố lý do, mục đích buổi sinh hoạt và giới thiệu "
    .. "đại biểu dự (nếu có).",
  script = "Thưa các đồng chí! Thực hiện Điều lệ Đảng và hướng dẫn của Ban Tổ "
    .. "chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ, hôm nay, "
    .. "{ngay}, {chi_bo} tiến hành sinh hoạt thường kỳ tháng {thang}. Buổi "
    .. "sinh hoạt đánh giá kết quả thực hiện nghị quyết tháng trước, thông tin "
    .. "văn bản của cấp trên, thảo luận và quyết định nhiệm vụ tháng tới.",
  record = "Lý do buổi sinh hoạt; họ tên, chức vụ đại biểu dự.",
}

-- details
parts["chu-tri-thu-ky"] = {
  title = "Khai mạc (b): người chủ trì, cử thư ký",
  text = "Người chủ trì cử thư ký ghi biên bản (thường là một chi ủy viên hoặc "
    .. "đảng viên đã được chi ủy phân công từ trước).",
  script = "Để ghi biên bản buổi sinh hoạt hôm nay, chi ủy đề nghị đồng chí … "
    .. "làm thư ký. Đồng chí nào nhất trí xin giơ tay.",
  record = "Họ tên người chủ trì và thư ký.",
  fields = {
    { id = "chu-tri", label = "Họ tên người chủ trì", set = "chair", required = true,
      hint = "Thường là bí thư chi bộ; bí thư vắng thì phó bí thư." },
    { id = "thu-ky", label = "Họ tên thư ký ghi biên bản", set = "minute_taker",
      required = true },
  },
}

-- attendance
parts["diem-danh"] = {
  title = "Khai mạc (c): báo cáo số đảng viên dự sinh hoạt",
  text = "Thư ký (hoặc người chủ trì) điểm danh theo danh sách đảng viên, rồi "
    .. "báo cáo chi bộ số có mặt, số vắng có lý do, số vắng không có lý do. "
    .. "chibo tính tỷ lệ có mặt theo phiếu chấm chi bộ đang dùng.",
  record = "Số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng "
    .. "có lý do, vắng không có lý do và họ tên người vắng.",
}

-- agenda
parts["chuong-trinh"] = {
  title = "Khai mạc (d): thông qua chương trình",
  text = "Người chủ trì đọc chương trình chi ủy đã thống nhất; chi bộ bổ sung "
    .. "(nếu có) và biểu quyết thông qua.",
  record = "Chương trình buổi sinh hoạt; kết quả biểu quyết thông qua chương trình.",
  items = {
    { id = "bao-cao", title = "Báo cáo kết quả thực hiện nghị quyết tháng trước; "
      .. "kiểm tra việc được giao; dự kiến nhiệm vụ tháng tới" },
    { id = "van-ban", title = "Thông tin, phổ biến văn bản của cấp trên và định "
      .. "hướng của đảng ủy xã" },
    { id = "thao-luan", title = "Thảo luận; phê bình và tự phê bình" },
    { id = "ket-luan", title = "Kết luận, giao việc; biểu quyết thông qua nghị quyết" },
    { id = "danh-gia", title = "Tự đánh giá chất lượng buổi sinh hoạt; thông qua "
      .. "biên bản" },
  },
}

-- note
parts["bao-cao"] = {
  title = "Nội dung: báo cáo kết quả tháng trước, dự kiến nhiệm vụ tháng tới",
  item = "bao-cao",
  text = "Đồng chí được phân công (thường là phó bí thư hoặc một chi ủy viên) "
    .. "thay mặt chi ủy trình bày báo cáo. Báo cáo nên gọn, vì tài liệu đã đăng "
    .. "trước trên Sổ tay đảng viên điện tử.",
  script = "Mời đồng chí … thay mặt chi ủy trình bày báo cáo kết quả thực hiện "
    .. "nghị quyết tháng trước và dự kiến nhiệm vụ tháng tới.",
  points = {
    "Kết quả nổi bật đã đạt được trong tháng",
    "Hạn chế, khuyết điểm và nguyên nhân",
    "Dự kiến nhiệm vụ, giải pháp tháng tới",
    "Những vấn đề chi ủy đề nghị chi bộ thảo luận, quyết định",
  },
  record = "Tóm tắt báo cáo: kết quả, hạn chế và nguyên nhân, nhiệm vụ tháng tới.",
}

-- followup
parts["viec-thang-truoc"] = {
  title = "Nội dung: kiểm tra việc được giao tháng trước",
  text = "Chi bộ điểm lại từng việc nghị quyết tháng trước đã giao: việc nào "
    .. "xong, việc nào chưa, vì sao, làm tiếp thế nào.",
  script = "Tiếp theo, chi bộ kiểm tra các việc được giao tại buổi sinh hoạt "
    .. "tháng trước. Đề nghị đồng chí được giao từng việc báo cáo ngắn gọn: đã "
    .. "làm đến đâu; chưa xong thì vì sao.",
  record = "Từng việc: người được giao, kết quả, lý do chưa xong.",
}

-- note
parts["van-ban"] = {
  title = "Nội dung: thông tin, phổ biến văn bản của cấp trên",
  item = "van-ban",
  text = "Phổ biến ngắn gọn văn bản mới của cấp trên và định hướng của đảng ủy "
    .. "xã liên quan đến thôn; thông tin thời sự cần thiết. Chỉ nêu những việc "
    .. "chi bộ, thôn phải làm; toàn văn đã có trên Sổ tay đảng viên điện tử.",
  script = "Sau đây tôi thông tin đến các đồng chí những văn bản mới của cấp "
    .. "trên và định hướng của {dang_bo} trong tháng, những việc chi bộ ta "
    .. "cần thực hiện.",
  points = {
    "Tên, số, ngày của từng văn bản",
    "Những việc văn bản yêu cầu chi bộ, thôn thực hiện",
  },
  record = "Tên, số, ngày văn bản đã phổ biến; nội dung chính liên quan đến chi bộ.",
}

-- note
parts["thao-luan"] = {
  title = "Nội dung: thảo luận",
  item = "thao-luan",
  text = "Chi bộ thảo luận báo cáo và những vấn đề chi ủy đã chọn. Đại biểu cấp "
    .. "trên (nếu có) phát biểu. Người chủ trì nêu câu hỏi gợi ý, mời từng đảng "
    .. "viên phát biểu, nhất là những đồng chí ít phát biểu; giữ đúng trọng tâm, "
    .. "không để bàn lan man.",
  script = "Đề nghị các đồng chí tập trung thảo luận vấn đề chi ủy đã nêu: … "
    .. "Mỗi ý kiến xin nói rõ: việc gì, ai làm, làm thế nào, bao giờ xong.",
  points = {
    "Ý kiến về báo cáo kết quả tháng trước",
    "Ý kiến về vấn đề trọng tâm chi ủy đã chọn",
    "Đề xuất cách làm, người làm",
  },
  prompt = "Ý kiến thảo luận, mỗi dòng một ý kiến, ví dụ \"Đ/c Hùng: đề nghị …\"",
  record = "Họ tên người phát biểu và tóm tắt từng ý kiến.",
}

-- note
parts["phe-binh"] = {
  title = "Nội dung: phê bình và tự phê bình",
  item = "thao-luan",
  text = "Đảng viên tự phê bình và phê bình trên tinh thần xây dựng, đoàn kết: "
    .. "về việc thực hiện nhiệm vụ được giao và trách nhiệm nêu gương ở nơi cư trú.",
  script = "Đề nghị các đồng chí tự phê bình và phê bình thẳng thắn, trên tinh "
    .. "thần xây dựng. Việc được giao chưa làm tốt, đồng chí được giao tự nhận "
    .. "và nêu cách khắc phục.",
  record = "Ý kiến tự phê bình, phê bình và hướng khắc phục.",
}

-- clock (check)
parts["kiem-tra-gio"] = {
  title = "Bế mạc: xem lại thời gian trước khi kết luận",
  mark = "check",
  since = "gio-bat-dau",
  setting = "min_minutes",
  text = "Trước khi kết luận, xem lại thời gian đã sinh hoạt. Chưa đủ thời lượng "
    .. "tối thiểu thì dành thêm thời gian cho thảo luận.",
}

-- note
parts["ket-luan"] = {
  title = "Bế mạc: người chủ trì kết luận",
  item = "ket-luan",
  required = true,
  text = "Người chủ trì tổng hợp ý kiến, kết luận từng vấn đề: việc gì chi bộ "
    .. "đã thống nhất, ai làm, bao giờ xong. Kết luận là cơ sở để hoàn chỉnh "
    .. "nghị quyết.",
  script = "Qua ý kiến của các đồng chí, tôi xin kết luận như sau: một là …; "
    .. "hai là …",
  points = {
    "Đánh giá chung kết quả tháng trước",
    "Nhiệm vụ trọng tâm tháng tới",
    "Kết luận về từng vấn đề đã thảo luận",
  },
  prompt = "Nội dung kết luận",
  record = "Nội dung kết luận của người chủ trì.",
}

-- tasks
parts["giao-viec"] = {
  title = "Bế mạc: giao việc",
  text = "Giao từng việc cho người cụ thể, có thời hạn, để tháng sau chi bộ kiểm "
    .. "tra lại (chibo sẽ nhắc ở buổi sinh hoạt tới).",
  script = "Căn cứ kết luận, chi bộ phân công như sau: …",
  record = "Từng việc, người thực hiện, thời hạn hoàn thành.",
}

-- vote
parts["bieu-quyet"] = {
  title = "Bế mạc: biểu quyết thông qua nghị quyết",
  attendance = "diem-danh",
  decision = "Nghị quyết sinh hoạt chi bộ tháng {thang}",
  text = "Người chủ trì đọc (hoặc tóm tắt) dự thảo nghị quyết đã chỉnh sửa theo "
    .. "ý kiến thảo luận. Đảng viên chính thức biểu quyết bằng giơ tay; có nơi "
    .. "biểu quyết thêm trên Sổ tay đảng viên điện tử.",
  script = "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua nghị "
    .. "quyết sinh hoạt chi bộ tháng {thang}.",
  record = "Số tán thành, không tán thành, không biểu quyết; nghị quyết được "
    .. "thông qua hay không.",
}

-- clock (check)
parts["gio-danh-gia"] = {
  title = "Bế mạc: thời lượng đến lúc tự đánh giá",
  mark = "check",
  since = "gio-bat-dau",
  setting = "min_minutes",
  text = "Ghi giờ hiện tại; thời lượng tính đến lúc này được dùng trong phiếu "
    .. "tự đánh giá.",
}

-- assess
parts["danh-gia"] = {
  title = "Bế mạc: tự đánh giá chất lượng buổi sinh hoạt",
  attendance = "diem-danh",
  start = "gio-bat-dau",
  finish = "gio-danh-gia",
  followup = "viec-thang-truoc",
  votes = { "bieu-quyet" },
  text = "Chi bộ tự đánh giá chất lượng buổi sinh hoạt theo phiếu chấm của cấp "
    .. "ủy cấp trên. chibo tính sẵn các mục có số liệu; các mục còn lại người "
    .. "chủ trì gợi ý, chi bộ thống nhất số điểm.",
  script = "Đề nghị chi bộ tự đánh giá chất lượng buổi sinh hoạt hôm nay theo "
    .. "phiếu chấm của cấp ủy cấp trên.",
  record = "Điểm từng mục, tổng điểm, xếp loại.",
}

-- procedure
parts["bien-ban"] = {
  title = "Bế mạc: thông qua biên bản",
  text = "Thư ký đọc toàn văn biên bản; chi bộ góp ý, biểu quyết thông qua; "
    .. "người chủ trì và thư ký ký biên bản.",
  script = "Đề nghị đồng chí thư ký đọc biên bản buổi sinh hoạt. … Đồng chí nào "
    .. "nhất trí với biên bản xin giơ tay.",
  items = {
    { id = "doc", required = true, text = "Thư ký đã đọc biên bản trước chi bộ?" },
    { id = "thong-qua", required = true, text = "Chi bộ đã thông qua biên bản?",
      missing = "Thư ký sửa biên bản theo ý kiến chi bộ, đọc lại phần đã sửa." },
    { id = "ky", required = true, text = "Người chủ trì và thư ký đã ký biên bản?" },
  },
}

-- clock (end)
parts["gio-ket-thuc"] = {
  title = "Bế mạc",
  mark = "end",
  since = "gio-bat-dau",
  setting = "min_minutes",
  text = "Người chủ trì bế mạc buổi sinh hoạt; thư ký ghi giờ kết thúc.",
  script = "Buổi sinh hoạt chi bộ tháng {thang} đến đây đã hoàn thành chương "
    .. "trình. Đề nghị các đồng chí thực hiện tốt những việc đã được phân công. "
    .. "Tôi tuyên bố bế mạc buổi sinh hoạt.",
  record = "Thời gian kết thúc; chữ ký của người chủ trì và thư ký.",
}

M.parts = parts

-- A copy of one part with id = name, fields in `over` replacing its own.
function M.part(name, over)
  local p = parts[name]
  if not p then error("meeting.thuong-ky: không có phần '" .. tostring(name) .. "'", 2) end
  local t = { id = name }
  for k, v in pairs(p) do t[k] = v end
  for k, v in pairs(over or {}) do t[k] = v end
  return t
end

return M
