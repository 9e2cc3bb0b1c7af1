-- Bài học: vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy trước
-- buổi sinh hoạt chi bộ hằng tháng.
--
-- Nội dung theo Điều 24 Điều lệ Đảng (tổ chức, nhiệm vụ của chi bộ) và
-- Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 (các việc chuẩn bị). Câu chuyện ở
-- Cao Lộc theo Báo Lạng Sơn ngày 09/02/2023. Các gợi ý chọn vấn đề trọng
-- tâm là kinh nghiệm, không phải quy định.

return lesson {
  id = "vai-tro-bi-thu",
  version = 1,
  title = "Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy",
  summary = "Chi bộ được tổ chức thế nào theo Điều 24 Điều lệ Đảng, bí thư "
    .. "lo những việc gì, và chuẩn bị buổi họp chi ủy trước mỗi kỳ sinh hoạt.",
  minutes = 15,
  sources = {
    "Điều lệ Đảng Cộng sản Việt Nam, Điều 24",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025",
    "Báo Lạng Sơn ngày 09/02/2023, \"Cán bộ, công chức là đảng viên tham gia "
      .. "chi ủy thôn, khối phố: Cách làm riêng tại Cao Lộc\"",
  },
  steps = {
    read {
      id = "cau-chuyen",
      title = "Một cách làm ở Cao Lộc",
      text = [[
Ở Cao Lộc (Lạng Sơn), khi đại hội chi bộ nhiệm kỳ 2022–2025, cấp ủy đề nghị mỗi chi bộ thôn, khối phố đưa một cán bộ, công chức xã là đảng viên vào chi ủy. 122 trên 143 chi bộ (85,3%) đã làm được.

Các đồng chí cán bộ xã ấy đánh máy và lưu giữ văn bản của chi bộ, trước kia chỉ viết tay trong sổ. Họ kèm cặp những bí thư còn trẻ hoặc mới làm: cách điều hành buổi sinh hoạt, cách chọn vấn đề trọng tâm để bàn, cách sinh hoạt chuyên đề. Họ cũng góp ý để cách làm vừa đúng chủ trương cấp trên, vừa hợp với tình hình thôn.

Năm 2022, các chi bộ ở đây sinh hoạt 11–12 buổi trong năm; buổi nào cũng đạt từ khá trở lên, trên 95% đạt tốt.

Không phải thôn nào cũng có người kèm như vậy, trong khi bí thư thường kiêm luôn trưởng thôn nên rất ít thời gian. Bài này giúp đồng chí nắm vai trò của mình và chuẩn bị buổi họp chi ủy cho gọn, cho chắc.]],
    },

    read {
      id = "to-chuc-chi-bo",
      title = "Chi bộ được tổ chức thế nào",
      text = [[
Điều 24 Điều lệ Đảng nói về chi bộ:

- Chi bộ có ít nhất 3 đảng viên chính thức.
- Chi bộ có dưới 9 đảng viên chính thức: bầu bí thư; nếu cần thì bầu thêm phó bí thư. Chi bộ này không có chi ủy.
- Chi bộ có từ 9 đảng viên chính thức trở lên: bầu chi ủy, rồi bầu bí thư, phó bí thư trong số các chi ủy viên.
- Chi bộ và chi ủy họp thường lệ mỗi tháng một lần.
- Đại hội chi bộ họp hai lần trong một nhiệm kỳ 5 năm của cấp ủy cấp trên, nên mỗi nhiệm kỳ của chi bộ khoảng hai năm rưỡi.

Các mốc 3 và 9 tính theo đảng viên chính thức, không tính đảng viên dự bị.]],
    },

    quiz {
      id = "so-toi-thieu",
      question = "Theo Điều lệ Đảng, một chi bộ có ít nhất bao nhiêu đảng viên "
        .. "chính thức?",
      choices = { "2", "3", "5", "9" },
      answer = 2,
      hints = { "Nhỏ hơn 5." },
      explain = "Chi bộ có ít nhất 3 đảng viên chính thức (Điều 24 Điều lệ Đảng).",
    },

    quiz {
      id = "bau-chi-uy",
      question = "Chi bộ thôn có 12 đảng viên chính thức và 2 đảng viên dự bị. "
        .. "Tại đại hội, chi bộ bầu như thế nào?",
      choices = {
        "Chỉ bầu bí thư",
        "Bầu bí thư và phó bí thư, không có chi ủy",
        "Bầu chi ủy, rồi bầu bí thư, phó bí thư trong số chi ủy viên",
      },
      answer = 3,
      hints = {
        "Mốc cần nhớ là 9 đảng viên chính thức.",
        "Chỉ đếm đảng viên chính thức: 12.",
      },
      explain = "Có 12 đảng viên chính thức, từ 9 trở lên, nên chi bộ bầu chi "
        .. "ủy; bí thư, phó bí thư được bầu trong số chi ủy viên.",
    },

    step {
      id = "chi-bo-cua-toi",
      title = "Chi bộ của đồng chí",
      run = function(ui, _ctx)
        local n = ui.number("Chi bộ của đồng chí có bao nhiêu đảng viên chính thức?",
          { key = "so-chinh-thuc", required = true, min = 3, max = 999,
            hint = "Chỉ tính đảng viên chính thức, không tính dự bị." })
        if n >= 9 then
          ui.say(("Có %d đảng viên chính thức (từ 9 trở lên): chi bộ bầu chi "
            .. "ủy. Trước mỗi buổi sinh hoạt, chi ủy họp để thống nhất nội "
            .. "dung."):format(n))
        else
          ui.say(("Có %d đảng viên chính thức (dưới 9): chi bộ bầu bí thư, nếu "
            .. "cần thì bầu thêm phó bí thư, không có chi ủy. Trước mỗi buổi "
            .. "sinh hoạt, bí thư và phó bí thư họp để thống nhất nội "
            .. "dung."):format(n))
        end
      end,
    },

    read {
      id = "nhiem-vu",
      title = "Chi bộ làm những việc gì",
      text = [[
Điều 24 Điều lệ Đảng giao cho chi bộ các nhiệm vụ:

- Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị (ở đây là thôn, tổ dân phố).
- Giáo dục, quản lý và phân công công việc cho đảng viên.
- Làm công tác vận động quần chúng.
- Phát triển đảng viên mới.
- Kiểm tra và thi hành kỷ luật đảng.
- Thu, nộp đảng phí.

Bí thư đứng đầu chi bộ, cùng chi ủy lo cho chi bộ làm đủ những việc đó. Buổi sinh hoạt hằng tháng là nơi gặp nhau để nhìn lại, phân công và kiểm tra, nên chuẩn bị tốt buổi sinh hoạt là một việc quan trọng hằng tháng của bí thư.]],
    },

    quiz {
      id = "nhiem-vu-chi-bo",
      question = "Việc nào KHÔNG phải nhiệm vụ của chi bộ theo Điều 24 Điều lệ Đảng?",
      choices = {
        "Phát triển đảng viên mới",
        "Thu, nộp đảng phí",
        "Cấp giấy chứng nhận quyền sử dụng đất cho hộ dân",
        "Giáo dục, quản lý và phân công công việc cho đảng viên",
      },
      answer = 3,
      hints = {
        "Một việc là việc hành chính của chính quyền, không phải của tổ chức đảng.",
      },
      explain = "Cấp giấy chứng nhận quyền sử dụng đất là việc của cơ quan nhà "
        .. "nước. Chi bộ lãnh đạo, không làm thay chính quyền.",
    },

    quiz {
      id = "hop-thuong-le",
      question = "Theo Điều lệ Đảng, chi ủy họp thường lệ bao lâu một lần?",
      choices = { "Mỗi tuần một lần", "Mỗi tháng một lần", "Mỗi quý một lần",
        "Chỉ khi có việc" },
      answer = 2,
      hints = { "Giống như chi bộ sinh hoạt thường kỳ." },
      explain = "Chi bộ và chi ủy họp thường lệ mỗi tháng một lần (Điều 24 "
        .. "Điều lệ Đảng).",
    },

    read {
      id = "hop-chi-uy",
      title = "Họp chi ủy trước buổi sinh hoạt",
      text = [[
Theo Hướng dẫn 42-HD/BTCTW ngày 28/10/2025, trước mỗi buổi sinh hoạt chi bộ có bốn việc chuẩn bị, và họp chi ủy là việc ở giữa:

1. Trước đó, bí thư phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có).

2. Chi ủy họp. Nơi không có chi ủy thì bí thư và phó bí thư họp. Buổi họp thống nhất:
   - nội dung buổi sinh hoạt;
   - đánh giá kết quả tháng trước: việc gì xong, việc gì chưa, vì sao;
   - nhiệm vụ tháng tới;
   - những vấn đề đưa ra chi bộ thảo luận và biểu quyết, nhất là việc mới, việc phức tạp ở địa phương.

3. Sau đó, thông báo thời gian, địa điểm, nội dung cho đảng viên và cho đồng chí cấp ủy cấp trên theo dõi chi bộ.

4. Đăng tài liệu lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt.

Vì vậy nên họp chi ủy sớm, đủ thời gian để kịp thông báo và đăng tài liệu.]],
    },

    read {
      id = "chon-van-de",
      title = "Chọn vấn đề trọng tâm",
      text = [[
Chọn vấn đề trọng tâm là việc mà các đồng chí cán bộ xã ở Cao Lộc hay kèm bí thư mới. Vài gợi ý khi họp chi ủy (kinh nghiệm, không phải quy định):

- Mỗi tháng chọn một, hai vấn đề thật sự cần chi bộ bàn và quyết: một việc dân đang kiến nghị, một công trình đang làm dở, một việc cấp trên mới giao.
- Với mỗi vấn đề, chuẩn bị sẵn: tình hình hiện nay, các cách có thể làm, đề xuất của chi ủy.
- Đối chiếu với chủ trương của cấp trên và định hướng của đảng ủy xã, để cách làm vừa đúng chủ trương vừa hợp với thôn.
- Dự kiến rõ mỗi việc giao cho ai, bao giờ xong, để tháng sau chi bộ kiểm tra lại.
- Nếu chi ủy có cán bộ xã tham gia, nhờ đồng chí ấy xem trước dự thảo nghị quyết.]],
    },

    quiz {
      id = "ai-hop",
      question = "Chi bộ thôn có 7 đảng viên chính thức. Trước buổi sinh hoạt "
        .. "tháng, ai họp để thống nhất nội dung?",
      choices = {
        "Cả 7 đảng viên",
        "Bí thư và phó bí thư",
        "Đảng ủy xã",
      },
      answer = 2,
      hints = { "Dưới 9 đảng viên chính thức thì chi bộ không có chi ủy." },
      explain = "Chi bộ dưới 9 đảng viên chính thức không có chi ủy; theo "
        .. "Hướng dẫn 42-HD/BTCTW, bí thư và phó bí thư họp thay.",
    },

    quiz {
      id = "viec-cua-chi-bo",
      question = "Việc nào KHÔNG làm ở buổi họp chi ủy, mà để cả chi bộ quyết "
        .. "tại buổi sinh hoạt?",
      choices = {
        "Đánh giá kết quả tháng trước",
        "Chọn vấn đề đưa ra chi bộ thảo luận",
        "Biểu quyết thông qua nghị quyết của chi bộ",
        "Thống nhất dự kiến nhiệm vụ tháng tới",
      },
      answer = 3,
      hints = {
        "Chi ủy chuẩn bị và đề xuất; ai mới là người quyết?",
      },
      explain = "Chi ủy chỉ chuẩn bị và thống nhất đề xuất. Nghị quyết do chi "
        .. "bộ thảo luận và biểu quyết tại buổi sinh hoạt.",
    },

    checklist {
      id = "chuan-bi-hop-chi-uy",
      title = "Chuẩn bị buổi họp chi ủy tháng này",
      text = "Xác nhận từng việc trước khi họp chi ủy. Năm việc đầu cần làm; "
        .. "hai việc sau nên làm nếu có điều kiện.",
      items = {
        { id = "xem-nghi-quyet", required = true,
          text = "Xem lại nghị quyết tháng trước, ghi việc đã xong, việc chưa xong" },
        { id = "phan-cong", required = true,
          text = "Phân công người chuẩn bị nội dung và dự thảo nghị quyết (nếu có)" },
        { id = "van-ban-cap-tren", required = true,
          text = "Tập hợp văn bản cấp trên và định hướng của đảng ủy xã cần phổ biến" },
        { id = "chon-van-de", required = true,
          text = "Chọn một, hai vấn đề trọng tâm để chi bộ thảo luận, biểu quyết" },
        { id = "hen-lich", required = true,
          text = "Hẹn ngày họp chi ủy đủ sớm để kịp thông báo và đăng tài liệu "
            .. "ít nhất một ngày trước buổi sinh hoạt" },
        { id = "hoi-y-kien", required = false,
          text = "Hỏi ý kiến đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp "
            .. "ủy cấp trên theo dõi chi bộ" },
        { id = "dang-phi", required = false,
          text = "Xem lại sổ thu, nộp đảng phí tháng này" },
      },
    },

    read {
      id = "ghi-nho",
      title = "Ghi nhớ",
      text = [[
- Chi bộ có ít nhất 3 đảng viên chính thức; từ 9 đảng viên chính thức trở lên thì bầu chi ủy.
- Chi bộ và chi ủy họp thường lệ mỗi tháng một lần.
- Trước buổi sinh hoạt: phân công người chuẩn bị, họp chi ủy (hoặc bí thư với phó bí thư), thông báo, đăng tài liệu ít nhất một ngày trước.
- Chi ủy chuẩn bị và đề xuất; chi bộ thảo luận và quyết.

Xem thêm bài "Trình tự một buổi sinh hoạt chi bộ thường kỳ".]],
    },
  },
}
