-- Checklist: the cell committee meeting before the monthly cell meeting
-- (họp chi ủy; in a cell without a committee: the secretary and the deputy).
--   chibo meeting start --type committee [--rehearse]
--
-- What HD 42 asks of it (Hướng dẫn 42-HD/BTCTW ngày 28/10/2025): agree the
-- content of the cell meeting, evaluate last month, set next month's tasks,
-- choose what the cell will discuss and vote on (new or complex local
-- issues), prepare the draft resolution; then notify the members and the
-- superior committee member who follows the cell, and post the documents on
-- Sổ tay đảng viên điện tử at least one day before.  The committee meets
-- monthly (Điều lệ Đảng, Điều 24).  No minimum duration and no quality score.

return lesson {
  id = "meeting-committee",
  version = 1,
  title = "Họp chi ủy chuẩn bị buổi sinh hoạt chi bộ",
  summary = "Đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề "
    .. "trọng tâm, thống nhất nội dung và dự thảo nghị quyết, phân công thông "
    .. "báo và đăng tài liệu.",
  minutes = 60,
  sources = {
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Điều lệ Đảng Cộng sản Việt Nam, Điều 24",
    "Quy định 339-QĐ/TW ngày 10/7/2025 (Sổ tay đảng viên điện tử)",
  },
  steps = {
    clock {
      id = "gio-bat-dau",
      title = "Họp chi ủy: giờ bắt đầu",
      mark = "start",
      text = "Bí thư chủ trì họp chi ủy; chi bộ không có chi ủy thì bí thư và "
        .. "phó bí thư họp. Nên họp sớm, đủ thời gian để thông báo cho đảng viên "
        .. "và đăng tài liệu ít nhất một ngày trước buổi sinh hoạt chi bộ.",
      record = "Thời gian, địa điểm họp.",
    },
    details {
      id = "chu-tri-thu-ky",
      title = "Người chủ trì, người ghi biên bản",
      record = "Họ tên người chủ trì và người ghi biên bản.",
      fields = {
        { id = "chu-tri", label = "Họ tên người chủ trì", set = "chair",
          required = true, hint = "Thường là bí thư chi bộ." },
        { id = "thu-ky", label = "Họ tên người ghi biên bản", set = "minute_taker",
          required = true },
      },
    },
    attendance {
      id = "diem-danh",
      title = "Chi ủy viên dự họp",
      members = "chi ủy viên",
      probationary = false,
      text = "Điểm số chi ủy viên dự họp (chi bộ không có chi ủy: bí thư và phó "
        .. "bí thư) và đồng chí được mời dự (nếu có).",
      record = "Số chi ủy viên, số có mặt, vắng (lý do); người được mời dự.",
      guests = true,
      event = "buổi họp",
    },
    followup {
      id = "viec-thang-truoc",
      title = "Kiểm tra việc được giao tháng trước",
      text = "Chi ủy xem lại từng việc nghị quyết tháng trước đã giao, để chuẩn "
        .. "bị phần đánh giá trong báo cáo.",
      record = "Từng việc: kết quả, lý do chưa xong.",
    },
    note {
      id = "danh-gia-thang-truoc",
      title = "Đánh giá kết quả tháng trước",
      text = "Chi ủy thống nhất đánh giá kết quả thực hiện nghị quyết tháng trước: "
        .. "đây là phần I của báo cáo và của dự thảo nghị quyết.",
      points = {
        "Kết quả nổi bật",
        "Hạn chế, khuyết điểm và nguyên nhân",
      },
      record = "Những điểm chi ủy thống nhất.",
    },
    note {
      id = "nhiem-vu-thang-toi",
      title = "Dự kiến nhiệm vụ tháng tới",
      text = "Chi ủy dự kiến nhiệm vụ, giải pháp tháng tới, căn cứ chủ trương của "
        .. "cấp trên, định hướng của đảng ủy xã và tình hình của thôn.",
      points = {
        "Nhiệm vụ trọng tâm",
        "Việc gì, ai phụ trách, bao giờ xong",
      },
      record = "Nhiệm vụ dự kiến.",
    },
    note {
      id = "van-de-trong-tam",
      title = "Chọn vấn đề đưa ra chi bộ thảo luận, biểu quyết",
      text = "Chọn một, hai vấn đề thật sự cần chi bộ bàn và quyết, nhất là việc "
        .. "mới, việc phức tạp ở địa phương. Với mỗi vấn đề, chuẩn bị tình hình, "
        .. "các cách có thể làm, đề xuất của chi ủy.",
      points = {
        "Vấn đề, vì sao cần chi bộ bàn",
        "Đề xuất của chi ủy",
      },
      prompt = "Vấn đề đã chọn và đề xuất",
      required = true,
      record = "Vấn đề đã chọn, đề xuất của chi ủy.",
    },
    note {
      id = "noi-dung-sinh-hoat",
      title = "Thống nhất nội dung buổi sinh hoạt chi bộ",
      text = "Thống nhất chương trình, thời gian, địa điểm buổi sinh hoạt chi bộ. "
        .. "Sinh hoạt chuyên đề thường ít nhất mỗi quý một lần, theo hướng dẫn của "
        .. "cấp ủy cấp trên: xem tháng này có kết hợp chuyên đề không (khi đó buổi "
        .. "sinh hoạt ít nhất 120 phút).",
      points = {
        "Ngày, giờ, địa điểm buổi sinh hoạt",
        "Văn bản của cấp trên cần phổ biến",
        "Có kết hợp sinh hoạt chuyên đề không; chuyên đề gì, ai trình bày",
        "Việc khác (kết nạp đảng viên, chuyển sinh hoạt…), nếu có",
      },
      prompt = "Nội dung đã thống nhất",
      required = true,
      record = "Chương trình, thời gian, địa điểm buổi sinh hoạt.",
    },
    procedure {
      id = "du-thao",
      title = "Dự thảo nghị quyết",
      text = "Chi ủy thống nhất những nội dung chính của dự thảo nghị quyết "
        .. "(thường gồm: kết quả tháng trước; nhiệm vụ tháng tới; tổ chức thực "
        .. "hiện).",
      items = {
        { id = "noi-dung-chinh", required = true,
          text = "Chi ủy đã thống nhất nội dung chính của dự thảo nghị quyết?" },
        { id = "nguoi-hoan-chinh", required = true,
          text = "Đã phân công người hoàn chỉnh báo cáo và dự thảo nghị quyết?" },
        { id = "gop-y",
          text = "Đã nhờ đồng chí cán bộ xã trong chi ủy hoặc đồng chí cấp ủy cấp "
            .. "trên theo dõi chi bộ góp ý dự thảo (nếu có)?" },
      },
    },
    tasks {
      id = "phan-cong",
      title = "Phân công chuẩn bị",
      text = "Giao việc chuẩn bị cho từng người, có thời hạn. Thông báo và đăng "
        .. "tài liệu phải xong ít nhất một ngày trước buổi sinh hoạt.",
      record = "Từng việc, người làm, thời hạn.",
      items = {
        "Hoàn chỉnh báo cáo và dự thảo nghị quyết",
        "Thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên "
          .. "và đồng chí cấp ủy cấp trên theo dõi chi bộ",
        "Đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử, ít nhất một ngày "
          .. "trước buổi sinh hoạt",
      },
    },
    clock {
      id = "gio-ket-thuc",
      title = "Kết thúc họp chi ủy",
      mark = "end",
      since = "gio-bat-dau",
      text = "Người chủ trì tóm tắt những điểm đã thống nhất và việc đã phân công; "
        .. "người ghi biên bản ghi giờ kết thúc.",
      record = "Thời gian kết thúc; chữ ký người chủ trì và người ghi biên bản.",
    },
  },
}
