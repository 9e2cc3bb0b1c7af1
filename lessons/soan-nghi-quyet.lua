-- Bài học: soạn nghị quyết chi bộ — thể thức theo Hướng dẫn 36-HD/VPTW
-- ngày 03/4/2018 (các thành phần bắt buộc, số và ký hiệu, địa danh và ngày
-- tháng, chữ ký "T/M CHI BỘ / BÍ THƯ", nơi nhận), các phần thường có của
-- một nghị quyết chi bộ thôn, cách viết tốt và chưa tốt, và phần thực hành:
-- soạn một nghị quyết thật từ một tình huống (hoặc buổi sinh hoạt gần nhất
-- của chi bộ người học).
--
-- Phần thực hành là chính các bước của mẫu nghị quyết
-- (plugins/drafting/nghi-quyet-steps.lua, dùng chung với
-- plugins/documents/nghi-quyet.lua): cùng mã bước, cùng khóa câu trả lời.
-- Nhờ `draft = "nghi-quyet"`, học xong bài chibo lưu các câu trả lời thành
-- một bản thảo nghị quyết của chi bộ (khi đã có chibo cell set), xem và
-- xuất ra tệp được bằng chibo draft show / export.
--
-- Không có mẫu nghị quyết chi bộ thôn của Trung ương: bố cục trong bài là
-- bố cục "thường có"; lề trang 20/20/30/15 mm là cách "thường dùng" (có
-- văn bản cũ ghi khác), nên bài nói "thường", "theo hướng dẫn của cấp ủy
-- cấp trên".  Mẫu soạn thật: plugins/documents/nghi-quyet.lua.

local NQ = require("drafting.nghi-quyet-steps")

-- Bài tập viết lại một việc: cần có người làm và thời hạn.
local function co_thoi_han(s)
  return s:match("%d%d?/%d%d?/%d%d%d%d") ~= nil
end

local NGUOI = { "đồng chí", "Đồng chí", "đ/c", "Đ/c", "Đ/C", "giao", "Giao", "chi hội",
  "Chi hội", "tổ ", "Tổ ", "ban ", "Ban " }

local function co_nguoi_lam(s)
  for _, w in ipairs(NGUOI) do
    if s:find(w, 1, true) then return true end
  end
  return false
end

-- Phần học: đọc, câu hỏi, tập viết.
local HOC = {
  read {
    id = "vi-sao",
    title = "Nghị quyết để làm gì",
    text = [[
Nghị quyết của buổi sinh hoạt ghi lại những điều chi bộ đã thống nhất: tháng qua làm được gì, còn gì chưa làm được và vì sao, tháng tới làm những việc gì, ai làm, bao giờ xong. Tháng sau, chi bộ lấy chính nghị quyết này ra để kiểm tra.

Nghị quyết tốt thì ngắn, rõ, có số liệu, và mỗi việc đều có người chịu trách nhiệm và thời hạn. Nghị quyết chung chung ("tiếp tục đẩy mạnh…", "thực hiện tốt…") thì tháng sau không kiểm tra được.

Dự thảo nghị quyết thường do đồng chí được bí thư phân công chuẩn bị (phó bí thư hoặc một chi ủy viên), chi ủy thống nhất trước, rồi đưa ra chi bộ thảo luận, sửa và biểu quyết thông qua.]],
  },

  read {
    id = "the-thuc",
    title = "Thể thức: những gì phải có trên trang",
    text = [[
Văn bản của Đảng, kể cả nghị quyết chi bộ, trình bày theo Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng. Những thành phần phải có:

- Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM": góc phải, đầu trang thứ nhất, chữ in hoa đậm, có một đường kẻ ngang bên dưới dài bằng dòng chữ.
- Tên cơ quan ban hành: góc trái. Dòng trên là tên đảng bộ cấp trên (ví dụ "ĐẢNG BỘ XÃ ĐỒNG ĐĂNG"), dòng dưới là tên chi bộ in đậm ("CHI BỘ THÔN BẢN CẦU"), dưới cùng là dấu sao (*).
- Số và ký hiệu: dưới tên chi bộ, ví dụ "Số 05-NQ/CB".
- Địa danh và ngày tháng: dưới tiêu đề, chữ nghiêng, ví dụ "Bản Cầu, ngày 20 tháng 11 năm 2026".
- Tên loại văn bản và trích yếu: "NGHỊ QUYẾT" in hoa, đậm, cỡ chữ lớn hơn; dòng dưới là trích yếu, ví dụ "Sinh hoạt chi bộ tháng 11/2026".
- Nội dung.
- Thể thức đề ký, chức vụ, họ tên và chữ ký: "T/M CHI BỘ", dòng dưới "BÍ THƯ", chữ ký, rồi họ tên. Chi bộ thường không có dấu.
- Nơi nhận: góc trái, dưới cùng.

Giấy A4, phông chữ Times New Roman, chữ nội dung cỡ 13–14. Lề trang thường dùng: trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm; nơi nào cấp ủy cấp trên hướng dẫn khác thì làm theo hướng dẫn đó. Khi soạn bằng chibo, các thành phần này được trình bày sẵn.]],
  },

  quiz {
    id = "so-ky-hieu",
    title = "Câu hỏi: số và ký hiệu",
    question = "Trong dòng \"Số 05-NQ/CB\", các phần có nghĩa gì?",
    choices = {
      "05 là tháng ban hành; NQ là nghị quyết; CB là cán bộ",
      "05 là số thứ tự của nghị quyết; NQ là loại văn bản (nghị quyết); CB là chi bộ ban hành",
      "05 là số đảng viên biểu quyết; NQ/CB là tên viết tắt của chi bộ",
    },
    answer = 2,
    hints = { "Sau dấu gạch ngang là loại văn bản, sau dấu gạch chéo là nơi ban hành." },
    explain = "Số thứ tự, gạch ngang, mã loại văn bản (NQ: nghị quyết; BB: biên bản; "
      .. "BC: báo cáo; KH: kế hoạch; TB: thông báo), gạch chéo, ký hiệu nơi ban hành (CB: chi bộ).",
  },

  quiz {
    id = "danh-so",
    title = "Câu hỏi: đánh số",
    question = "Nhiệm kỳ trước chi bộ đã ban hành 11 nghị quyết. Nghị quyết đầu tiên "
      .. "của nhiệm kỳ chi ủy mới mang số nào?",
    choices = { "Số 12-NQ/CB", "Số 01-NQ/CB", "Số 01-BB/CB" },
    answer = 2,
    hints = { "Số được đánh lại từ đầu khi sang nhiệm kỳ mới." },
    explain = "Số văn bản đánh từ 01 cho từng loại văn bản trong mỗi nhiệm kỳ chi ủy. "
      .. "Biên bản (BB) có dãy số riêng, không chung với nghị quyết (NQ). chibo cấp số "
      .. "khi đồng chí hoàn thành văn bản (chibo draft finalize); bản nháp để trống số: "
      .. "\"Số   -NQ/CB\".",
  },

  read {
    id = "bo-cuc",
    title = "Các phần của một nghị quyết chi bộ",
    text = [[
Trung ương không ban hành mẫu nghị quyết riêng cho chi bộ thôn; cấp ủy cấp trên có thể hướng dẫn thêm. Một nghị quyết sinh hoạt hằng tháng thường có:

1. Đoạn mở đầu: ngày, địa điểm; tổng số đảng viên được triệu tập, số có mặt, số vắng (có lý do, không có lý do); người chủ trì, thư ký; đại biểu (nếu có).
2. Phần I — kết quả thực hiện nhiệm vụ tháng trước: kết quả đạt được; hạn chế, khuyết điểm và nguyên nhân.
3. Phần II — nhiệm vụ tháng tới: từng việc, người (hoặc tổ chức) thực hiện, thời hạn.
4. Phần III — tổ chức thực hiện: ai theo dõi, đôn đốc; phổ biến nghị quyết đến đâu; khi nào chi bộ kiểm tra. Cuối phần này thường ghi kết quả biểu quyết thông qua nghị quyết.
5. Có nơi thêm phần IV — chi bộ tự đánh giá chất lượng buổi sinh hoạt (số điểm, xếp loại).

Nội dung lấy từ buổi sinh hoạt: báo cáo của chi ủy, việc kiểm tra tháng trước, ý kiến thảo luận, kết luận của người chủ trì, các việc đã giao. Nghị quyết không đưa vào điều chi bộ chưa bàn.]],
  },

  read {
    id = "cach-viet",
    title = "Viết tốt và viết chưa tốt",
    text = [[
Kết quả đạt được — có việc, có số liệu, so với kế hoạch:
- Chưa tốt: "Các mặt công tác đều đạt kết quả tốt."
- Tốt: "Hoàn thành bê tông hóa 250 m đường xóm Đông, đạt kế hoạch; 15/15 đảng viên đóng đảng phí đủ, đúng hạn."

Hạn chế và nguyên nhân — nói thẳng việc chưa đạt, nêu nguyên nhân chủ quan trước:
- Chưa tốt: "Vẫn còn một số hạn chế nhất định."
- Tốt: "Tiêm phòng cho đàn trâu, bò mới đạt 70% kế hoạch; nguyên nhân: chi ủy chưa phối hợp với thú y xã để tiêm bổ sung, nhiều hộ chăn thả trên rừng."

Nhiệm vụ — việc gì, ai làm, bao giờ xong:
- Chưa tốt: "Tiếp tục đẩy mạnh công tác tiêm phòng."
- Tốt: "Tiêm phòng bổ sung cho số trâu, bò còn lại của thôn — giao đồng chí Hà Văn Phúc phối hợp thú y xã; thời hạn hoàn thành: 10/12/2026."

Tổ chức thực hiện — ai đôn đốc, khi nào kiểm tra:
- Chưa tốt: "Đề nghị các đồng chí thực hiện tốt nghị quyết."
- Tốt: "Đồng chí phó bí thư theo dõi, đôn đốc các việc ở phần II; chi bộ kiểm tra kết quả tại buổi sinh hoạt tháng 12/2026."

Câu ngắn, mỗi ý một dòng; dùng "đồng chí" trước họ tên; ngày viết đủ ngày/tháng/năm.]],
  },

  quiz {
    id = "viec-ro-rang",
    title = "Câu hỏi: một việc viết rõ",
    question = "Câu nào trong phần II (nhiệm vụ tháng tới) viết đúng cách?",
    choices = {
      "Tiếp tục vận động nhân dân tham gia xây dựng nông thôn mới.",
      "Vận động 12 hộ xóm Đông góp ngày công làm đường — giao đồng chí Lý Văn Hùng; "
        .. "thời hạn hoàn thành: 15/12/2026.",
      "Các đoàn thể tích cực phối hợp, phấn đấu hoàn thành tốt nhiệm vụ.",
    },
    answer = 2,
    hints = { "Tháng sau chi bộ phải kiểm tra được: ai làm, xong chưa, đúng hạn không." },
    explain = "Một việc viết rõ có ba phần: việc gì (cụ thể, đo được), ai chịu trách "
      .. "nhiệm, thời hạn. Hai câu kia không có người làm và thời hạn.",
  },

  quiz {
    id = "cau-han-che",
    title = "Câu hỏi: hạn chế và nguyên nhân",
    question = "Câu nào nêu hạn chế đúng cách?",
    choices = {
      "Bên cạnh kết quả đạt được, vẫn còn một số tồn tại cần khắc phục.",
      "Do thời tiết không thuận lợi nên một số việc chưa hoàn thành.",
      "Mới thu 10/15 suất đảng phí tháng 10; nguyên nhân: chi ủy chưa phân công người "
        .. "thu, 3 đồng chí đi làm ăn xa.",
    },
    answer = 3,
    hints = { "Cần nêu đúng việc gì chưa đạt, và nguyên nhân, nhất là nguyên nhân từ chi bộ." },
    explain = "Nêu cụ thể việc chưa đạt (có số liệu) và nguyên nhân, nguyên nhân chủ "
      .. "quan trước, để có cách khắc phục ở phần II.",
  },

  quiz {
    id = "ai-ky",
    title = "Câu hỏi: ai ký nghị quyết",
    question = "Khối chữ ký ở cuối nghị quyết chi bộ viết thế nào?",
    choices = {
      "\"NGƯỜI VIẾT\", chữ ký, họ tên người soạn dự thảo",
      "\"T/M CHI BỘ\", dòng dưới \"BÍ THƯ\", chữ ký, họ tên bí thư",
      "\"CHỦ TỌA\" và \"THƯ KÝ\", hai chữ ký",
    },
    answer = 2,
    hints = { "Nghị quyết là của cả chi bộ; người ký ký thay mặt chi bộ." },
    explain = "Bí thư ký thay mặt (T/M) chi bộ; bí thư vắng thì phó bí thư ký "
      .. "(\"PHÓ BÍ THƯ\"). Biên bản thì khác: thư ký và người chủ trì cùng ký.",
  },

  step {
    id = "tap-viet",
    title = "Tập viết: một việc rõ ràng",
    run = function(ui, ctx)
      ui.say("Dự thảo nghị quyết có câu: “Tiếp tục vận động các hộ tiêm phòng cho trâu, "
        .. "bò.” Hãy viết lại thành một việc rõ ràng: việc gì, giao ai, thời hạn "
        .. "(ngày/tháng/năm). Có thể đặt tên người, con số theo thôn của đồng chí.")
      ui.ask("Việc viết lại", {
        key = "viec",
        required = true,
        hint = "Ví dụ về cách viết: “… — giao đồng chí …; thời hạn hoàn thành: …/…/….”",
        validate = function(v, lan)
          local nguoi, han = co_nguoi_lam(v), co_thoi_han(v)
          if nguoi and han then return true end
          local thieu = {}
          if not nguoi then thieu[#thieu + 1] = "người thực hiện (ví dụ: giao đồng chí Hà Văn Phúc)" end
          if not han then thieu[#thieu + 1] = "thời hạn ngày/tháng/năm (ví dụ: 10/12/2026)" end
          local why = "Còn thiếu " .. table.concat(thieu, " và ") .. "."
          if lan >= 2 then
            why = why .. " Câu mẫu: “Tiêm phòng bổ sung cho số trâu, bò còn lại của "
              .. "thôn — giao đồng chí Hà Văn Phúc phối hợp thú y xã; thời hạn hoàn "
              .. "thành: 10/12/2026.”"
          end
          return nil, why
        end,
      })
      ui.say("Tốt. Việc có người làm và thời hạn thì tháng sau chi bộ kiểm tra được. "
        .. "Khi soạn bằng chibo, mỗi việc đã giao trong buổi sinh hoạt được đưa sẵn vào "
        .. "phần II, kèm người làm và thời hạn.")
    end,
  },
}
-- Phần thực hành: tình huống, rồi các bước của mẫu nghị quyết (bỏ bước giới
-- thiệu của mẫu: bài đã dạy phần đó).  Khóa câu trả lời là khóa của mẫu.
local TINH_HUONG = read {
  id = "thuc-hanh",
  title = "Thực hành: soạn một nghị quyết",
  text = [[
Bây giờ đồng chí soạn trọn một nghị quyết, từng phần như khi soạn thật bằng chibo. Mỗi phần có ví dụ viết tốt và chưa tốt. Học xong bài, chibo lưu những gì đồng chí soạn thành một bản thảo nghị quyết của chi bộ: xem, sửa, in ra được bằng chibo draft.

Đồng chí soạn theo buổi sinh hoạt gần nhất của chi bộ mình, hoặc theo tình huống sau:

- Chi bộ thôn Bản Cầu sinh hoạt thường kỳ ngày 05/11/2026 tại nhà văn hóa thôn Bản Cầu.
- Triệu tập 15 đảng viên chính thức, 2 dự bị; có mặt 13 chính thức, 2 dự bị; vắng 2 đồng chí: Vi Văn Bình (có lý do: đi làm ăn xa), Lý Văn Sơn (không có lý do).
- Dự có đồng chí Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ.
- Chủ trì: đồng chí Nông Văn Thành, bí thư chi bộ; thư ký: đồng chí Lương Thị Hoa.
- Báo cáo tháng 10/2026: đổ xong 250 m bê tông đường xóm Đông, đạt kế hoạch; 15/15 đảng viên chính thức đóng đảng phí đủ, đúng hạn; tiêm phòng cho trâu, bò mới đạt 70% kế hoạch, vì chi ủy chưa phối hợp với thú y xã để tiêm bổ sung, nhiều hộ chăn thả trên rừng.
- Chi bộ thống nhất ba việc tháng 11: tiêm bổ sung cho 40 con trâu, bò còn lại (đồng chí Hà Văn Phúc phối hợp thú y xã, xong trước 30/11/2026); vận động các hộ đưa trâu, bò về chuồng trước ngày tiêm (Chi hội Phụ nữ thôn, đồng chí Hoàng Thị Mai, trước 20/11/2026); vận động 12 hộ xóm Đông góp ngày công làm rãnh thoát nước (đồng chí Lý Văn Hùng, phó bí thư, cùng trưởng thôn, trước 25/11/2026).
- Biểu quyết thông qua nghị quyết: 13 đồng chí tán thành, không có ý kiến khác.

Để chibo lưu được bản thảo, chi bộ phải được khai báo một lần (nếu chưa làm): chibo cell set --name "Chi bộ thôn …" --superior "Đảng bộ xã …" --term 2025-2027 --place "…". Có thể dừng bài (Ctrl-C), khai báo, rồi học tiếp: những gì đã trả lời vẫn còn.]],
}

local THUC_HANH = NQ.steps({ read = read, step = step },
  { intro = false, title = "Thực hành: " })

local SOAN_THAT = read {
  id = "soan-that",
  title = "Soạn nghị quyết thật",
  text = [[
Sau buổi sinh hoạt đã ghi bằng chibo (chibo meeting start), đồng chí soạn nghị quyết thật với đúng các bước vừa tập, nhưng nhanh hơn: chibo lấy sẵn những gì buổi sinh hoạt đã ghi.

1. Xem mã buổi sinh hoạt: chibo meeting list
2. Soạn nghị quyết: chibo draft new resolution --meeting MÃ — chibo lấy sẵn ngày, số đảng viên, chủ trì, thư ký, các việc đã giao, kết quả biểu quyết; đồng chí xác nhận và viết phần kết quả, hạn chế.
3. Xem lại: chibo draft show MÃ_VĂN_BẢN (mã ở chibo draft list); sửa: chibo draft edit MÃ_VĂN_BẢN
4. In ra để trình ký: chibo draft export MÃ_VĂN_BẢN -o nghi-quyet.docx (hoặc .html để in từ trình duyệt)
5. Khi chi bộ đã thông qua và bí thư ký: chibo draft finalize MÃ_VĂN_BẢN — chibo kiểm tra các thành phần bắt buộc và cấp số (Số 01-NQ/CB, …).

Buổi sinh hoạt không ghi bằng chibo thì soạn bằng chibo draft new resolution (không có --meeting): chibo hỏi từng phần như trong bài này.]],
}

-- Các bước của bài, theo thứ tự: phần học, tình huống, thực hành, soạn thật.
local function noi(...)
  local all = {}
  for _, part in ipairs({ ... }) do
    for _, st in ipairs(part) do all[#all + 1] = st end
  end
  return all
end

return lesson {
  id = "soan-nghi-quyet",
  version = 2,
  title = "Soạn nghị quyết chi bộ",
  summary = "Thể thức nghị quyết theo Hướng dẫn 36-HD/VPTW, số và ký hiệu, các phần "
    .. "của nghị quyết, cách viết tốt và chưa tốt; thực hành soạn một nghị quyết, lưu "
    .. "thành bản thảo của chi bộ.",
  minutes = 40,
  sources = {
    "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương",
  },
  -- học xong, các câu trả lời của phần thực hành thành bản thảo nghị quyết
  draft = "nghi-quyet",
  steps = noi(HOC, { TINH_HUONG }, THUC_HANH, { SOAN_THAT }),
}
