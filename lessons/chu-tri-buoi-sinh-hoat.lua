-- Bài học: chủ trì buổi sinh hoạt chi bộ — lời khai mạc, báo cáo số đảng
-- viên có mặt (có phép tính), dẫn dắt thảo luận, kết luận, đưa ra biểu quyết
-- và công bố kết quả; cuối bài là phần tập dượt.
--
-- Thứ tự khai mạc theo Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (mục II.1.2);
-- thời lượng theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025.  Tỷ lệ có mặt
-- (2/3) và biểu quyết (quá 1/2) chỉ thấy trong hướng dẫn của địa phương:
-- bài viết là "thường", "theo hướng dẫn của cấp ủy cấp trên".  Lời chủ trì
-- là lời mẫu, đồng chí nói theo cách của mình.
--
-- Hai bước tập tính dùng loại bước của buổi họp thật (attendance, vote):
-- ngoài buổi họp, chúng chỉ hỏi và tính, không ghi gì vào biên bản.

return lesson {
  id = "chu-tri-buoi-sinh-hoat",
  version = 1,
  title = "Chủ trì buổi sinh hoạt chi bộ",
  summary = "Lời khai mạc, báo cáo số đảng viên có mặt và phép tính 2/3, dẫn "
    .. "dắt thảo luận, kết luận, đưa ra biểu quyết và công bố kết quả; tập dượt.",
  minutes = 20,
  sources = {
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (mục II.1.2)",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025",
    "Chỉ thị 50-CT/TW ngày 23/7/2025",
  },
  steps = {
    read {
      id = "vai-tro",
      title = "Người chủ trì làm gì",
      text = [[
Người chủ trì buổi sinh hoạt thường là bí thư chi bộ (bí thư vắng thì phó bí thư). Việc của người chủ trì không phải là nói nhiều nhất, mà là giữ cho buổi sinh hoạt đi đúng trình tự, đúng trọng tâm, đủ thời gian, và kết thúc bằng những việc rõ ràng.

Bài này đưa ra lời mẫu cho từng lúc: khai mạc, báo cáo số đảng viên có mặt, dẫn dắt thảo luận, kết luận, biểu quyết. Đồng chí không cần đọc thuộc; khi chạy buổi sinh hoạt bằng chibo, lời mẫu hiện đúng lúc, với tên chi bộ, ngày tháng và các con số của buổi đó.]],
    },

    read {
      id = "khai-mac",
      title = "Lời khai mạc",
      text = [[
Phần khai mạc làm theo thứ tự của Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 (mục II.1.2): tuyên bố lý do và giới thiệu đại biểu; cử thư ký; báo cáo số đảng viên dự; thông qua chương trình. Lời mẫu:

a) "Thưa các đồng chí! Hôm nay, ngày … tháng … năm …, Chi bộ thôn … tiến hành sinh hoạt thường kỳ tháng …, để đánh giá kết quả thực hiện nghị quyết tháng trước, bàn và quyết định nhiệm vụ tháng tới. Đến dự có đồng chí …, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ."

b) "Để ghi biên bản, chi ủy đề nghị đồng chí … làm thư ký. Đồng chí nào nhất trí xin giơ tay."

c) Báo cáo số đảng viên có mặt (xem phần sau).

d) "Chương trình hôm nay gồm … nội dung: … Đồng chí nào có ý kiến bổ sung? … Đồng chí nào nhất trí với chương trình xin giơ tay."]],
    },

    read {
      id = "bao-cao-co-mat",
      title = "Báo cáo số đảng viên có mặt",
      text = [[
Sau khi điểm danh, người chủ trì (hoặc thư ký) báo cáo đủ bốn con số: số được triệu tập (chính thức, dự bị), số có mặt, số vắng có lý do, số vắng không có lý do.

Buổi sinh hoạt thường được coi là đủ điều kiện khi số đảng viên chính thức có mặt đạt ít nhất hai phần ba (2/3) số đảng viên chính thức được triệu tập; tỷ lệ cụ thể theo hướng dẫn của cấp ủy cấp trên. Nói kèm phép tính để mọi người cùng thấy. Lời mẫu, với chi bộ 15 đảng viên chính thức và 2 dự bị:

"Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự bị). Có mặt: 14 đồng chí (12 chính thức, 2 dự bị). Vắng 3 đồng chí: 2 có lý do, 1 không có lý do. Số đảng viên chính thức có mặt là 12/15, bằng 80%, từ hai phần ba trở lên; buổi sinh hoạt đủ điều kiện tiến hành."

Cách tính nhanh: lấy số chính thức được triệu tập nhân 2, chia 3, làm tròn lên: 15 × 2 / 3 = 10 đồng chí. Đảng viên dự bị được tính vào số có mặt nhưng không tính vào tỷ lệ 2/3 này.

Nếu chưa đủ: nói rõ con số, rồi mời thêm đảng viên đến dự hoặc xin ý kiến đảng ủy xã; không biểu quyết nghị quyết khi chưa đủ số theo hướng dẫn của cấp trên.]],
    },

    quiz {
      id = "du-so",
      title = "Câu hỏi: đủ số chưa",
      question = "Chi bộ có 14 đảng viên chính thức được triệu tập, 9 đồng chí "
        .. "chính thức có mặt. Theo cách tính thường dùng, buổi sinh hoạt thế nào?",
      choices = {
        "Đủ, vì 9 là quá nửa của 14",
        "Chưa đủ: 9/14 = 64,3%, dưới 2/3; cần ít nhất 10 đồng chí",
        "Đủ, vì có thêm đảng viên dự bị",
      },
      answer = 2,
      hints = {
        "Tỷ lệ để tiến hành là 2/3, không phải 1/2.",
        "14 × 2 / 3 = 9,33…; làm tròn lên.",
      },
      explain = "9/14 = 64,3% < 2/3. Cần ít nhất 10 đồng chí chính thức (14 × 2 / 3 "
        .. "= 9,33, làm tròn lên). Đảng viên dự bị không tính vào tỷ lệ này.",
    },

    attendance {
      id = "tap-diem-danh",
      title = "Tập tính: số đảng viên có mặt",
      names = false,
      text = "Nhập các con số của một buổi sinh hoạt (của chi bộ đồng chí, hoặc "
        .. "tự đặt). chibo đọc lời báo cáo và phép tính như trong buổi họp thật.",
    },

    read {
      id = "dan-dat",
      title = "Dẫn dắt thảo luận",
      text = [[
Thảo luận là phần quan trọng nhất và thường dài nhất. Vài cách làm của người chủ trì:

- Nêu rõ vấn đề cần bàn và một, hai câu hỏi gợi ý: "Việc tiêm phòng cho trâu, bò còn chậm; các đồng chí thấy vướng ở đâu, mỗi đoàn thể làm được gì?"
- Mời từng người, nhất là những đồng chí ít phát biểu; gọi tên, hỏi ý kiến về phần việc đồng chí đó phụ trách.
- Đề nghị mỗi ý kiến nói gọn (ví dụ không quá 5 phút) và nói rõ việc gì, ai làm, làm thế nào.
- Khi ý kiến đi xa vấn đề, cảm ơn rồi đưa về: "Ý đồng chí nêu, chi ủy sẽ ghi lại để bàn riêng; bây giờ xin tập trung vào …".
- Khi có ý kiến khác nhau, nêu lại từng ý cho rõ, không vội bác bỏ; để chi bộ bàn và quyết.
- Phê bình và tự phê bình: bắt đầu bằng việc, không bằng con người; người chủ trì tự phê bình trước nếu phần việc của mình chưa tốt.

Xem thời gian: trước khi kết luận, nếu chưa đủ thời lượng tối thiểu (Hướng dẫn 42-HD/BTCTW: ít nhất 90 phút), dành thêm thời gian cho thảo luận.]],
    },

    quiz {
      id = "y-kien-lac-de",
      title = "Câu hỏi: ý kiến lạc đề",
      question = "Đang bàn việc tiêm phòng cho trâu, bò, một đồng chí nói dài về "
        .. "chuyện tranh chấp đất của hai hộ. Người chủ trì nên làm gì?",
      choices = {
        "Để đồng chí nói hết, rồi chuyển sang vấn đề đó luôn",
        "Cảm ơn, ghi lại để chi ủy bàn riêng, rồi đề nghị chi bộ trở lại việc tiêm phòng",
        "Ngắt lời và phê bình ngay trước chi bộ",
      },
      answer = 2,
      hints = { "Giữ trọng tâm, nhưng vẫn tôn trọng người phát biểu." },
      explain = "Ghi nhận ý kiến, hẹn xử lý riêng, và đưa thảo luận về vấn đề "
        .. "chi ủy đã chọn: vừa giữ trọng tâm, vừa giữ đoàn kết.",
    },

    read {
      id = "ket-luan",
      title = "Kết luận và giao việc",
      text = [[
Kết luận không nhắc lại mọi ý kiến. Người chủ trì tổng hợp thành vài điểm chi bộ đã thống nhất, mỗi điểm có việc, người làm, thời hạn. Lời mẫu:

"Qua ý kiến của các đồng chí, tôi xin kết luận: Một là, hoàn thành tiêm phòng đợt bổ sung trước ngày 10/12; giao đồng chí Phúc phối hợp thú y xã. Hai là, Chi hội Phụ nữ vận động các hộ còn lại đưa trâu, bò về chuồng trong tuần này; giao đồng chí Mai. Ba là, …"

Kết luận là cơ sở để hoàn chỉnh nghị quyết. Những việc đã giao được kiểm tra lại ở buổi sinh hoạt tháng sau; chibo nhắc lại từng việc khi đến phần kiểm tra việc tháng trước.]],
    },

    read {
      id = "bieu-quyet",
      title = "Đưa ra biểu quyết và công bố kết quả",
      text = [[
Người chủ trì đọc (hoặc tóm tắt) nội dung đưa ra biểu quyết, rồi hỏi lần lượt ba câu; chỉ đảng viên chính thức biểu quyết:

"Đồng chí nào tán thành xin giơ tay. … Đồng chí nào không tán thành? … Đồng chí nào không biểu quyết?"

Nghị quyết thường được thông qua khi có quá nửa (hơn một nửa) số đảng viên chính thức của chi bộ tán thành; tỷ lệ cụ thể theo hướng dẫn của cấp ủy cấp trên. Chú ý: so với số đảng viên chính thức của chi bộ, không phải chỉ số người có mặt. Công bố kèm phép tính:

"Kết quả: tán thành 12, không tán thành 0, không biểu quyết 0. Số tán thành là 12/15 đảng viên chính thức, bằng 80%, quá một nửa. Nghị quyết đã được chi bộ thông qua."

Nếu chưa đủ: công bố đúng kết quả; chi bộ có thể thảo luận tiếp, sửa nội dung rồi biểu quyết lại, hoặc để chi ủy chuẩn bị lại cho buổi sau. Thư ký ghi rõ từng lần biểu quyết vào biên bản.]],
    },

    quiz {
      id = "thong-qua",
      title = "Câu hỏi: có được thông qua không",
      question = "Chi bộ có 15 đảng viên chính thức, 12 đồng chí có mặt. Biểu quyết "
        .. "nghị quyết: 7 tán thành, 3 không tán thành, 2 không biểu quyết. Theo "
        .. "cách tính thường dùng, kết quả thế nào?",
      choices = {
        "Thông qua, vì 7 là đa số trong 12 người có mặt",
        "Chưa thông qua: 7/15 = 46,7%, chưa quá một nửa số đảng viên chính thức",
        "Thông qua, vì số tán thành nhiều hơn số không tán thành",
      },
      answer = 2,
      hints = {
        "So với số đảng viên chính thức của chi bộ (15), không phải số người có mặt.",
      },
      explain = "Cần quá nửa của 15, tức ít nhất 8 đồng chí tán thành. 7/15 = "
        .. "46,7% nên nghị quyết chưa được thông qua.",
    },

    vote {
      id = "tap-bieu-quyet",
      title = "Tập tính: công bố kết quả biểu quyết",
      attendance = "tap-diem-danh",
      decision = "Nghị quyết sinh hoạt chi bộ tháng …",
      text = "Dùng các con số ở bước tập điểm danh. Nhập số tán thành, không tán "
        .. "thành, không biểu quyết; chibo đọc lời công bố và phép tính.",
    },

    read {
      id = "ghi-nho",
      title = "Ghi nhớ",
      text = [[
- Khai mạc: lý do và đại biểu; cử thư ký; báo cáo số có mặt; thông qua chương trình.
- Báo cáo số có mặt kèm phép tính: số chính thức có mặt / số chính thức được triệu tập, so với 2/3 (thường dùng, theo hướng dẫn của cấp ủy cấp trên).
- Thảo luận: câu hỏi gợi ý, mời từng người, giữ trọng tâm, đủ thời gian.
- Kết luận: vài điểm, mỗi điểm có việc, người làm, thời hạn.
- Biểu quyết: so với số đảng viên chính thức của chi bộ, cần quá nửa (thường dùng); công bố kèm phép tính.]],
    },

    checklist {
      id = "tap-duot",
      title = "Tập dượt trước buổi sinh hoạt tới",
      text = "Trước buổi sinh hoạt tới, đồng chí nên tập dượt một lần bằng lệnh "
        .. "\"chibo meeting start --rehearse\" (hoặc chọn \"Tập dượt một buổi sinh "
        .. "hoạt\" trong trình đơn của chibo). Buổi tập dượt chạy đúng các bước "
        .. "của buổi họp thật, hiện lời mẫu với tên chi bộ và các con số đồng chí "
        .. "nhập, nhưng được lưu là tập dượt: không bao giờ được tính là một buổi "
        .. "sinh hoạt của chi bộ, không vào báo cáo, không dùng cho việc kiểm tra "
        .. "tháng sau. Có thể tập nhiều lần.",
      items = {
        { id = "se-tap", required = false,
          text = "Đồng chí sẽ tập dượt một lần trước buổi sinh hoạt tới?",
          hint = "Lệnh: chibo meeting start --rehearse (buổi kết hợp chuyên đề: "
            .. "thêm --type combined)" },
        { id = "nho-nguoi-tap", required = false,
          text = "Đồng chí sẽ nhờ thư ký hoặc đồng chí cán bộ xã trong chi ủy cùng "
            .. "tập (một người đọc số liệu, một người nhập)?" },
      },
    },
  },
}
