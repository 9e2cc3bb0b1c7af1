-- Bài học: sinh hoạt chi bộ chuyên đề — là gì, bao lâu một lần, chọn
-- chuyên đề, người trình bày, thảo luận, kết luận, và buổi kết hợp với sinh
-- hoạt thường kỳ.
--
-- Thời lượng theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (ít nhất 90 phút;
-- kết hợp với sinh hoạt thường kỳ ít nhất 120 phút). Số lần sinh hoạt chuyên
-- đề ("thường ít nhất mỗi quý một lần") chỉ thấy trong hướng dẫn của địa
-- phương: bài viết là "thường", "theo hướng dẫn của cấp ủy cấp trên". Cách
-- chọn chuyên đề, cách dẫn dắt là kinh nghiệm, không phải quy định.

return lesson {
  id = "sinh-hoat-chuyen-de",
  version = 1,
  title = "Sinh hoạt chi bộ chuyên đề",
  summary = "Sinh hoạt chuyên đề là gì, bao lâu một lần, chọn chuyên đề, người "
    .. "trình bày, thảo luận, kết luận; buổi kết hợp với sinh hoạt thường kỳ.",
  minutes = 15,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025",
    "Chỉ thị 50-CT/TW ngày 23/7/2025",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018",
  },
  steps = {
    read {
      id = "la-gi",
      title = "Sinh hoạt chuyên đề là gì",
      text = [[
Buổi sinh hoạt thường kỳ hằng tháng bàn nhiều việc: kết quả tháng trước, văn bản cấp trên, nhiệm vụ tháng tới. Buổi sinh hoạt chuyên đề thì dành cả buổi cho một vấn đề, để chi bộ hiểu sâu hơn và thống nhất cách làm.

Chuyên đề có thể là một nội dung cấp trên định hướng (ví dụ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; vai trò nêu gương của đảng viên), hoặc một việc khó của thôn (xây dựng nông thôn mới, giữ gìn an ninh trật tự, phát triển sản xuất, vệ sinh môi trường).

Một buổi chuyên đề có bốn phần chính:
- chọn chuyên đề (chi ủy chuẩn bị từ trước);
- người được phân công trình bày;
- chi bộ thảo luận, mỗi đảng viên liên hệ với trách nhiệm của mình;
- người chủ trì kết luận: chi bộ thống nhất điều gì, ai làm việc gì.]],
    },

    read {
      id = "bao-lau",
      title = "Bao lâu một lần, kéo dài bao lâu",
      text = [[
Số lần: chi bộ thường sinh hoạt chuyên đề ít nhất mỗi quý một lần. Số lần và chủ đề cụ thể làm theo hướng dẫn của cấp ủy cấp trên; đồng chí hỏi lại đảng ủy xã xem nơi mình áp dụng thế nào.

Thời lượng, theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025:
- Mỗi buổi sinh hoạt chi bộ kéo dài ít nhất 90 phút.
- Sinh hoạt thường kỳ kết hợp sinh hoạt chuyên đề trong cùng một buổi: ít nhất 120 phút.
- Chi bộ có rất ít đảng viên: thời lượng do cấp ủy cấp trên quyết định.

Nhiều chi bộ thôn kết hợp chuyên đề vào buổi sinh hoạt thường kỳ của một tháng trong quý, để đảng viên không phải họp thêm một buổi. Khi đó buổi sinh hoạt có hai phần: phần thường kỳ và phần chuyên đề, chung một phần khai mạc và một phần bế mạc.]],
    },

    quiz {
      id = "bao-lau-mot-lan",
      title = "Câu hỏi: số lần",
      question = "Chi bộ thôn thường sinh hoạt chuyên đề bao lâu một lần?",
      choices = {
        "Mỗi tháng một lần, thay cho sinh hoạt thường kỳ",
        "Thường ít nhất mỗi quý một lần, theo hướng dẫn của cấp ủy cấp trên",
        "Mỗi năm một lần, vào dịp tổng kết",
      },
      answer = 2,
      hints = { "Không thay cho buổi thường kỳ hằng tháng, nhưng cũng không để "
        .. "cả năm mới có một lần." },
      explain = "Thường ít nhất mỗi quý một lần; số lần và chủ đề cụ thể theo "
        .. "hướng dẫn của cấp ủy cấp trên. Sinh hoạt thường kỳ vẫn giữ mỗi "
        .. "tháng một lần.",
    },

    quiz {
      id = "thoi-luong-ket-hop",
      title = "Câu hỏi: thời lượng buổi kết hợp",
      question = "Tháng này chi bộ sinh hoạt thường kỳ kết hợp sinh hoạt chuyên "
        .. "đề trong cùng một buổi. Buổi đó cần ít nhất bao lâu?",
      choices = { "90 phút", "120 phút", "150 phút" },
      answer = 2,
      hints = { "Dài hơn buổi thường kỳ (90 phút) nửa tiếng." },
      explain = "Hướng dẫn 42-HD/BTCTW: buổi kết hợp cần ít nhất 120 phút; buổi "
        .. "chỉ có chuyên đề, như mọi buổi sinh hoạt chi bộ, ít nhất 90 phút.",
    },

    read {
      id = "chon-chuyen-de",
      title = "Chọn chuyên đề",
      text = [[
Chi ủy (chi bộ không có chi ủy: bí thư và phó bí thư) chọn chuyên đề khi họp chuẩn bị, căn cứ định hướng của cấp ủy cấp trên và tình hình của thôn. Vài kinh nghiệm:

- Chọn vấn đề hẹp, gần với thôn, để đảng viên có điều để nói và có việc để làm. "Vai trò nêu gương của đảng viên trong phân loại rác ở thôn" dễ bàn hơn "Bảo vệ môi trường".
- Gắn với một việc thôn đang làm dở hoặc dân đang kiến nghị.
- Đặt tên chuyên đề thành một câu rõ ý; tên này được ghi vào biên bản.
- Thông báo chuyên đề cùng thời gian, địa điểm cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ; đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt (Hướng dẫn 42-HD/BTCTW).]],
    },

    quiz {
      id = "chuyen-de-nao",
      title = "Câu hỏi: chọn chuyên đề",
      question = "Thôn đang vận động làm đường và phân loại rác nhưng còn nhiều "
        .. "hộ chưa làm. Chuyên đề nào phù hợp hơn cho buổi sinh hoạt quý này?",
      choices = {
        "Tình hình kinh tế, xã hội của cả nước",
        "Vai trò nêu gương của đảng viên trong làm đường và phân loại rác ở thôn",
        "Lịch sử Đảng Cộng sản Việt Nam",
      },
      answer = 2,
      hints = { "Chọn vấn đề hẹp, gần với việc thôn đang làm, để đảng viên có "
        .. "việc cụ thể để làm." },
      explain = "Chuyên đề gắn với việc thôn đang làm giúp đảng viên liên hệ "
        .. "được trách nhiệm của mình và thống nhất việc làm cụ thể.",
    },

    read {
      id = "nguoi-trinh-bay",
      title = "Người trình bày",
      text = [[
Chi ủy phân công người chuẩn bị và trình bày chuyên đề: có thể là bí thư, một chi ủy viên, một đảng viên am hiểu vấn đề, hoặc mời báo cáo viên, cán bộ chuyên môn của xã khi chuyên đề cần.

Người trình bày nên chuẩn bị một bản đề dẫn ngắn:
- vì sao chi bộ chọn chuyên đề này;
- nội dung chính, nói bằng lời dễ hiểu;
- liên hệ tình hình thôn, chi bộ: đã làm được gì, còn gì chưa làm được;
- vài câu hỏi gợi ý để đảng viên thảo luận.

Phần trình bày nên gọn (gợi ý: khoảng 20–30 phút), để dành phần lớn thời gian cho thảo luận.]],
    },

    read {
      id = "thao-luan-ket-luan",
      title = "Thảo luận và kết luận",
      text = [[
Thảo luận: người chủ trì nêu lại câu hỏi gợi ý, mời từng đồng chí phát biểu, nhất là những đồng chí ít phát biểu. Mỗi đảng viên liên hệ với bản thân, gia đình và phần việc mình phụ trách, rồi đề xuất việc làm cụ thể. Thư ký ghi họ tên người phát biểu và tóm tắt ý kiến.

Kết luận: người chủ trì tóm tắt những điểm chi bộ đã thống nhất và những việc sẽ làm, nói rõ ai làm, bao giờ xong. Chi bộ biểu quyết thông qua kết luận. Các việc này được kiểm tra lại ở các buổi sinh hoạt sau, như việc của nghị quyết tháng.

Khi chạy buổi sinh hoạt thật bằng chibo: "chibo meeting start --type thematic" cho buổi chuyên đề riêng, "--type combined" cho buổi kết hợp với sinh hoạt thường kỳ. chibo nhắc từng phần, tính thời lượng và ghi biên bản.]],
    },

    quiz {
      id = "ket-luan",
      title = "Câu hỏi: kết luận",
      question = "Kết luận của buổi sinh hoạt chuyên đề cần có gì?",
      choices = {
        "Nhắc lại toàn bộ nội dung người trình bày đã nói",
        "Những điểm chi bộ đã thống nhất và những việc sẽ làm, ai làm, bao giờ xong",
        "Chỉ cần cảm ơn người trình bày và các đại biểu",
      },
      answer = 2,
      hints = { "Tháng sau chi bộ cần kiểm tra lại được." },
      explain = "Kết luận nêu điều chi bộ thống nhất và việc cụ thể có người "
        .. "làm, có thời hạn, để các buổi sau kiểm tra lại.",
    },

    checklist {
      id = "chuan-bi-chuyen-de",
      title = "Tự kiểm tra: chuẩn bị buổi chuyên đề tới",
      text = "Xác nhận từng việc đồng chí sẽ làm cho buổi sinh hoạt chuyên đề "
        .. "tới. Bốn việc đầu cần làm; việc cuối nên làm nếu chuyên đề cần.",
      items = {
        { id = "chon", required = true,
          text = "Chi ủy chọn chuyên đề, theo định hướng của cấp ủy cấp trên và "
            .. "tình hình thôn" },
        { id = "phan-cong", required = true,
          text = "Phân công người chuẩn bị đề dẫn và trình bày" },
        { id = "thong-bao", required = true,
          text = "Thông báo chuyên đề, thời gian, địa điểm cho đảng viên và đồng "
            .. "chí cấp ủy cấp trên theo dõi chi bộ" },
        { id = "dang-tai-lieu", required = true,
          text = "Đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước" },
        { id = "moi-bao-cao-vien", required = false,
          text = "Mời báo cáo viên hoặc cán bộ chuyên môn của xã" },
      },
    },

    read {
      id = "ghi-nho",
      title = "Ghi nhớ",
      text = [[
- Sinh hoạt chuyên đề: cả buổi cho một vấn đề; thường ít nhất mỗi quý một lần, theo hướng dẫn của cấp ủy cấp trên.
- Ít nhất 90 phút; kết hợp với sinh hoạt thường kỳ ít nhất 120 phút (Hướng dẫn 42-HD/BTCTW).
- Chuyên đề hẹp, gần với thôn; người trình bày có đề dẫn và câu hỏi gợi ý.
- Thảo luận để liên hệ trách nhiệm; kết luận rõ việc, rõ người, rõ thời hạn.

Xem thêm bài "Chủ trì buổi sinh hoạt chi bộ".]],
    },
  },
}
