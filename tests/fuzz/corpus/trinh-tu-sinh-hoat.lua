-- Bài học: trình tự một buổi sinh hoạt chi bộ thường kỳ hằng tháng.
--
-- Nội dung bám theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (chuẩn bị, thời
-- lượng) và Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (thứ tự khai mạc). Những
-- điểm chỉ thấy trong hướng dẫn của địa phương (tỷ lệ có mặt, biểu quyết,
-- số lần sinh hoạt chuyên đề) được viết là "thường", "theo hướng dẫn của
-- cấp ủy cấp trên", không phải quy định chung của Trung ương.

-- Lựa chọn của trường "hinh-thuc" trong biểu mẫu; bước "tinh-thu" đọc lại.
local THUONG_KY = "Sinh hoạt thường kỳ"
local KET_HOP = "Thường kỳ kết hợp sinh hoạt chuyên đề"

-- Câu trả lời đã lưu có thể là số hoặc chuỗi; trả về số nguyên hoặc nil.
local function as_integer(v)
  local n = tonumber(v)
  return n and math.tointeger(n)
end

-- Trường lựa chọn có thể được lưu theo số thứ tự hoặc theo chữ.
local function chose(v, index, text)
  return v == text or as_integer(v) == index
end

-- "80%" khi chia hết, "66,7%" khi không (dấu phẩy thập phân kiểu Việt).
local function percent(part, whole)
  if (part * 100) % whole == 0 then
    return ("%d%%"):format(part * 100 // whole)
  end
  local s = ("%.1f%%"):format(part * 100 / whole)
  return (s:gsub("%.", ","))
end

return lesson {
  id = "trinh-tu-sinh-hoat",
  version = 1,
  title = "Trình tự một buổi sinh hoạt chi bộ thường kỳ",
  summary = "Bốn việc chuẩn bị, bốn bước khai mạc, phần nội dung, bế mạc, "
    .. "thời lượng tối thiểu và cách tính số đảng viên có mặt.",
  minutes = 20,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018",
    "Chỉ thị 50-CT/TW ngày 23/7/2025",
  },
  steps = {
    read {
      id = "gioi-thieu",
      title = "Vì sao cần nắm trình tự",
      text = [[
Mỗi tháng chi bộ sinh hoạt thường kỳ một lần. Đây là lúc đảng viên trong thôn cùng nhìn lại việc tháng trước, bàn việc tháng tới và thống nhất ai làm việc gì.

Văn bản mới nhất về việc này là Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương. Cùng với Chỉ thị 50-CT/TW ngày 23/7/2025, hướng dẫn này yêu cầu tiếp tục nâng cao chất lượng sinh hoạt chi bộ. Trước đó có Hướng dẫn 12-HD/BTCTW ngày 06/7/2018; phần khai mạc trong bài này vẫn làm theo thứ tự quen thuộc của hướng dẫn đó.

Lưu ý: có một văn bản khác cũng mang số 12-HD/BTCTW (ngày 18/01/2022) nói về việc khác. Khi nhắc đến văn bản, đồng chí luôn ghi cả số và ngày.

Bài này đi qua bốn phần: chuẩn bị, khai mạc, nội dung, bế mạc; sau đó là thời lượng và cách tính số người có mặt.]],
    },

    read {
      id = "chuan-bi",
      title = "Phần 1. Bốn việc chuẩn bị",
      text = [[
Theo Hướng dẫn 42-HD/BTCTW (Hướng dẫn 12-HD/BTCTW trước đây cũng tương tự), trước mỗi buổi sinh hoạt có bốn việc:

1. Bí thư phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có).

2. Chi ủy họp để thống nhất nội dung; nơi không có chi ủy thì bí thư và phó bí thư họp. Buổi họp đánh giá kết quả tháng trước, đề ra nhiệm vụ tháng tới, chọn những vấn đề đưa ra chi bộ thảo luận và biểu quyết, nhất là việc mới, việc phức tạp ở địa phương.

3. Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và cho đồng chí cấp ủy cấp trên theo dõi chi bộ.

4. Đăng tài liệu sinh hoạt lên ứng dụng Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt.

Việc thứ hai, họp chi ủy, được nói kỹ trong bài "Vai trò của bí thư chi bộ".]],
    },

    quiz {
      id = "dang-tai-lieu",
      question = "Tài liệu sinh hoạt chi bộ cần được đăng lên Sổ tay đảng viên "
        .. "điện tử chậm nhất là khi nào?",
      choices = {
        "Ngay đầu buổi sinh hoạt",
        "Ít nhất một ngày trước buổi sinh hoạt",
        "Trong vòng một tuần sau buổi sinh hoạt",
      },
      answer = 2,
      hints = {
        "Đảng viên cần có thời gian đọc trước khi đến họp.",
      },
      explain = "Hướng dẫn 42-HD/BTCTW yêu cầu đăng tài liệu ít nhất một ngày "
        .. "trước, để đảng viên đọc trước và đến họp đã có ý kiến.",
    },

    checklist {
      id = "viec-chuan-bi",
      title = "Tự kiểm tra: việc chuẩn bị cho buổi sinh hoạt tới",
      text = "Xác nhận từng việc đồng chí sẽ làm trước buổi sinh hoạt tới. "
        .. "Bốn việc đầu là việc hướng dẫn yêu cầu, cần xác nhận.",
      items = {
        { id = "phan-cong", required = true,
          text = "Phân công phó bí thư hoặc chi ủy viên chuẩn bị nội dung, "
            .. "dự thảo nghị quyết (nếu có)" },
        { id = "hop-chi-uy", required = true,
          text = "Họp chi ủy (hoặc bí thư với phó bí thư) để thống nhất nội dung" },
        { id = "thong-bao", required = true,
          text = "Thông báo thời gian, địa điểm, nội dung cho đảng viên và "
            .. "đồng chí cấp ủy cấp trên theo dõi chi bộ" },
        { id = "dang-tai-lieu", required = true,
          text = "Đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước" },
        { id = "nho-gop-y", required = false,
          text = "Nhờ đồng chí cán bộ xã trong chi ủy (nếu có) xem trước dự thảo nghị quyết" },
        { id = "noi-hop", required = false,
          text = "Chuẩn bị nơi họp, sổ biên bản, danh sách đảng viên" },
      },
    },

    read {
      id = "khai-mac",
      title = "Phần 2. Khai mạc",
      text = [[
Phần khai mạc thường làm theo thứ tự của Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (mục II.1.2):

a) Tuyên bố lý do, giới thiệu đại biểu dự (nếu có).

b) Cử thư ký ghi biên bản.

c) Báo cáo tình hình đảng viên dự sinh hoạt: bao nhiêu đồng chí có mặt, bao nhiêu vắng có lý do, bao nhiêu vắng không có lý do.

d) Thông qua chương trình buổi sinh hoạt.

Hướng dẫn không nêu nghi thức chào cờ trong phần này. Một số nơi thêm việc báo cáo thu, nộp đảng phí; việc đó làm theo hướng dẫn của cấp ủy cấp trên, không phải quy định chung.]],
    },

    quiz {
      id = "khai-mac-tiep-theo",
      question = "Sau khi tuyên bố lý do và giới thiệu đại biểu, việc tiếp theo "
        .. "trong phần khai mạc là gì?",
      choices = {
        "Thông qua chương trình buổi sinh hoạt",
        "Cử thư ký ghi biên bản",
        "Báo cáo kết quả tháng trước",
        "Biểu quyết nghị quyết",
      },
      answer = 2,
      hints = {
        "Phải có người ghi lại ngay từ đầu buổi.",
        "Thứ tự là: lý do và đại biểu, thư ký, số người có mặt, chương trình.",
      },
      explain = "Thứ tự khai mạc: (a) lý do, đại biểu; (b) cử thư ký; "
        .. "(c) báo cáo số đảng viên có mặt, vắng mặt; (d) thông qua chương trình.",
    },

    quiz {
      id = "khai-mac-khong-co",
      question = "Việc nào KHÔNG nằm trong bốn bước khai mạc theo Hướng dẫn "
        .. "12-HD/BTCTW ngày 06/7/2018?",
      choices = {
        "Cử thư ký ghi biên bản",
        "Báo cáo số đảng viên có mặt, vắng có lý do, vắng không lý do",
        "Báo cáo thu, nộp đảng phí",
        "Thông qua chương trình buổi sinh hoạt",
      },
      answer = 3,
      hints = {
        "Có một việc chỉ một số nơi thêm vào, theo hướng dẫn của địa phương.",
      },
      explain = "Báo cáo đảng phí không thuộc bốn bước khai mạc; một số nơi "
        .. "thêm vào theo hướng dẫn của cấp ủy cấp trên.",
    },

    read {
      id = "noi-dung",
      title = "Phần 3. Nội dung",
      text = [[
Đây là phần chính và dài nhất. Theo chương trình sinh hoạt mà các chi bộ thường dùng, phần này thường gồm:

- Báo cáo kết quả thực hiện nghị quyết tháng trước và dự kiến nhiệm vụ tháng tới.
- Phổ biến văn bản của cấp trên và định hướng của đảng ủy xã.
- Đại biểu cấp trên phát biểu (nếu có).
- Đảng viên thảo luận: nói thẳng ý kiến, phê bình và tự phê bình.
- Người chủ trì kết luận, giao việc cụ thể cho từng người, có thời hạn.
- Biểu quyết thông qua kết luận hoặc nghị quyết: giơ tay; có nơi biểu quyết thêm trên ứng dụng Sổ tay đảng viên điện tử.
- Kết nạp đảng viên, chuyển sinh hoạt đảng (nếu có).

Gợi ý: nên dành nhiều thời gian nhất cho phần thảo luận những việc chi ủy đã chọn. Phần báo cáo nên gọn, vì tài liệu đã được đăng trước.]],
    },

    read {
      id = "be-mac",
      title = "Phần 4. Bế mạc và biên bản",
      text = [[
Cuối buổi thường có ba việc:

- Chi bộ đánh giá chất lượng buổi sinh hoạt theo bảng tiêu chí của cấp ủy cấp trên (mỗi tỉnh, mỗi đảng bộ có thể có bảng riêng).
- Thư ký đọc biên bản để chi bộ thông qua.
- Người chủ trì bế mạc.

Biên bản cần ghi: thời gian, địa điểm; số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng có lý do, vắng không lý do và tên người vắng; đại biểu; người chủ trì và thư ký; chương trình; tóm tắt từng nội dung và ý kiến thảo luận; kết luận; kết quả biểu quyết; giờ kết thúc; chữ ký của người chủ trì và thư ký.]],
    },

    quiz {
      id = "bien-ban",
      question = "Trước khi bế mạc, biên bản buổi sinh hoạt được xử lý thế nào?",
      choices = {
        "Thư ký đọc biên bản để chi bộ thông qua",
        "Thư ký giữ lại, tháng sau mới đọc",
        "Bí thư tự ký, không cần đọc",
      },
      answer = 1,
      hints = {
        "Mọi người có mặt cần được nghe và đồng ý với những gì đã ghi.",
      },
      explain = "Thư ký đọc biên bản ngay cuối buổi để chi bộ thông qua; "
        .. "người chủ trì và thư ký ký biên bản.",
    },

    read {
      id = "thoi-luong",
      title = "Thời lượng",
      text = [[
Hướng dẫn 42-HD/BTCTW nêu rõ:

- Mỗi buổi sinh hoạt chi bộ kéo dài ít nhất 90 phút.
- Sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề trong cùng một buổi: ít nhất 120 phút.
- Chi bộ có rất ít đảng viên: thời lượng do cấp ủy cấp trên quyết định.

Sinh hoạt chuyên đề thường tổ chức ít nhất mỗi quý một lần; số lần và chủ đề cụ thể theo hướng dẫn của cấp ủy cấp trên.

Với 90 phút, đồng chí có thể tự chia thời gian, ví dụ: khai mạc khoảng 10 phút; báo cáo và phổ biến văn bản khoảng 25 phút; thảo luận khoảng 40 phút; kết luận, biểu quyết và bế mạc khoảng 15 phút. Đây chỉ là gợi ý.]],
    },

    quiz {
      id = "thoi-luong-toi-thieu",
      question = "Theo Hướng dẫn 42-HD/BTCTW, một buổi sinh hoạt chi bộ thường kỳ "
        .. "kéo dài ít nhất bao lâu?",
      choices = { "60 phút", "90 phút", "120 phút" },
      answer = 2,
      hints = { "Một tiếng rưỡi." },
      explain = "Ít nhất 90 phút. Nếu kết hợp với sinh hoạt chuyên đề thì ít "
        .. "nhất 120 phút.",
    },

    quiz {
      id = "ket-hop-chuyen-de",
      question = "Chi bộ sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề trong "
        .. "cùng một buổi. Buổi đó cần ít nhất bao lâu?",
      choices = { "90 phút", "100 phút", "120 phút", "150 phút" },
      answer = 3,
      hints = { "Dài hơn buổi thường kỳ 30 phút." },
      explain = "Hướng dẫn 42-HD/BTCTW: buổi kết hợp cần ít nhất 120 phút. "
        .. "Chi bộ rất ít đảng viên thì cấp ủy cấp trên quyết định thời lượng.",
    },

    read {
      id = "co-mat-bieu-quyet",
      title = "Số người có mặt và biểu quyết",
      text = [[
Hai tỷ lệ dưới đây thường được áp dụng theo hướng dẫn của cấp ủy cấp trên. Đồng chí nên hỏi lại đảng ủy xã xem nơi mình áp dụng thế nào.

- Buổi sinh hoạt hợp lệ khi có mặt ít nhất hai phần ba (2/3) số đảng viên chính thức được triệu tập.
- Nghị quyết được thông qua khi quá nửa (hơn một nửa) số đảng viên chính thức của chi bộ tán thành.

Ví dụ: chi bộ có 15 đảng viên chính thức được triệu tập, 12 đồng chí có mặt: 12/15 = 80% ≥ 2/3, đủ số người. Để nghị quyết được thông qua cần ít nhất 8 đồng chí tán thành, vì 8 là quá nửa của 15.]],
    },

    quiz {
      id = "ty-le-co-mat",
      question = "Theo cách tính thường dùng, chi bộ có 15 đảng viên chính thức "
        .. "được triệu tập cần ít nhất bao nhiêu đồng chí có mặt?",
      choices = { "8", "10", "12", "15" },
      answer = 2,
      hints = {
        "Lấy 15 chia 3, rồi nhân 2.",
      },
      explain = "Hai phần ba của 15 là 10 (10/15 = 2/3). Tỷ lệ này thường do "
        .. "hướng dẫn của cấp ủy cấp trên quy định; hãy hỏi lại đảng ủy xã.",
    },

    form {
      id = "chi-bo-cua-toi",
      title = "Chi bộ của đồng chí",
      fields = {
        { id = "ten-chi-bo", label = "Tên chi bộ (ví dụ: Chi bộ thôn Bản Cầu)",
          type = "text",
          required = true },
        { id = "so-chinh-thuc", label = "Số đảng viên chính thức",
          type = "integer", required = true, min = 3, max = 999 },
        { id = "so-du-bi", label = "Số đảng viên dự bị",
          type = "integer", required = false, min = 0, max = 999 },
        { id = "ngay-sinh-hoat", label = "Ngày dự kiến sinh hoạt",
          type = "date", required = true },
        { id = "hinh-thuc", label = "Hình thức buổi sinh hoạt",
          type = "choice", required = true, choices = { THUONG_KY, KET_HOP } },
      },
    },

    step {
      id = "tinh-thu",
      title = "Tính thử cho chi bộ của đồng chí",
      run = function(ui, ctx)
        local n = as_integer(ctx.answer("chi-bo-cua-toi.so-chinh-thuc"))
        if not n or n < 1 then
          ui.say("Chưa có số đảng viên chính thức; bỏ qua phần tính thử.")
          return
        end
        local ket_hop = chose(ctx.answer("chi-bo-cua-toi.hinh-thuc"), 2, KET_HOP)
        local can_co_mat = (2 * n + 2) // 3 -- làm tròn lên của 2n/3
        ui.say(("%s có %d đảng viên chính thức. Theo cách tính "
          .. "thường dùng, cần ít nhất %d đồng chí có mặt (2/3)."):format(
          tostring(ctx.answer("chi-bo-cua-toi.ten-chi-bo")), n, can_co_mat))
        local m = ui.number("Đồng chí dự kiến bao nhiêu đảng viên chính thức có mặt?",
          { key = "co-mat", required = true, min = 0, max = n })
        if 3 * m >= 2 * n then
          ui.say(("%d/%d = %s ≥ 2/3: đủ số người có mặt theo cách tính "
            .. "thường dùng."):format(m, n, percent(m, n)))
        else
          ui.say(("%d/%d = %s < 2/3: chưa đủ theo cách tính thường dùng. "
            .. "Cần vận động thêm đảng viên dự, hoặc xin ý kiến đảng ủy xã."):format(
            m, n, percent(m, n)))
        end
        ui.say(("Nghị quyết thường cần quá nửa số đảng viên chính thức tán "
          .. "thành: với %d đồng chí là ít nhất %d đồng chí."):format(n, n // 2 + 1))
        ui.say(("Thời lượng tối thiểu theo Hướng dẫn 42-HD/BTCTW cho hình thức "
          .. "này: %d phút (chi bộ rất ít đảng viên: cấp ủy cấp trên quyết "
          .. "định)."):format(ket_hop and 120 or 90))
      end,
    },

    read {
      id = "ghi-nho",
      title = "Ghi nhớ",
      text = [[
- Chuẩn bị: phân công người chuẩn bị, họp chi ủy, thông báo, đăng tài liệu ít nhất một ngày trước.
- Khai mạc: lý do và đại biểu, cử thư ký, báo cáo số có mặt và vắng mặt, thông qua chương trình.
- Nội dung: báo cáo, phổ biến văn bản, thảo luận, kết luận và giao việc, biểu quyết.
- Bế mạc: đánh giá chất lượng, thông qua biên bản, bế mạc.
- Thời lượng: ít nhất 90 phút; kết hợp chuyên đề ít nhất 120 phút.
- Tỷ lệ có mặt và biểu quyết: làm theo hướng dẫn của cấp ủy cấp trên.]],
    },
  },
}
