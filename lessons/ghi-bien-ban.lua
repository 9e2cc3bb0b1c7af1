-- Bài học: ghi biên bản buổi sinh hoạt chi bộ — biên bản ghi những gì, ai
-- ký, ghi trung thực và ngắn gọn (ví dụ viết tốt, chưa tốt), phép tính số
-- vắng mặt, thông qua biên bản trước khi bế mạc, và phần thực hành: ghi
-- trọn một biên bản từ một tình huống (hoặc buổi sinh hoạt gần nhất của chi
-- bộ người học).
--
-- Phần thực hành là chính các bước của mẫu biên bản
-- (plugins/drafting/bien-ban-steps.lua, dùng chung với
-- plugins/documents/bien-ban.lua): cùng mã bước, cùng khóa câu trả lời.
-- Nhờ `draft = "bien-ban"`, học xong bài chibo lưu các câu trả lời thành
-- một bản thảo biên bản của chi bộ (khi đã có chibo cell set), xem và xuất
-- ra tệp được bằng chibo draft show / export.
--
-- Những gì biên bản ghi: theo trình tự sinh hoạt của Hướng dẫn 12-HD/BTCTW
-- ngày 06/7/2018 (mục II.1.2) và Hướng dẫn 42-HD/BTCTW ngày 28/10/2025;
-- thể thức văn bản theo Hướng dẫn 36-HD/VPTW ngày 03/4/2018.  Mẫu soạn
-- thật: plugins/documents/bien-ban.lua.
-- (Mã bài "ghi-bien-ban" trùng mã bài mẫu trong docs/lesson-api.md, mục 12:
-- bài mẫu đặt trong thư mục riêng sẽ thay bài này, như mọi bài cùng mã.)

local BB = require("drafting.bien-ban-steps")

-- Bài tập ghi một ý kiến: có người nói, có ý chính, ngắn.
local function ghi_dung(s)
  local ten, y = s:match("^(.-):%s*(.+)$")
  if not ten then return nil, "Hãy ghi theo dạng “Họ tên: ý chính”, ví dụ “Đ/c Mai: …”." end
  if not (ten:find("Đ/c", 1, true) or ten:find("đ/c", 1, true) or ten:find("ồng chí", 1, true)) then
    return nil, "Trước dấu hai chấm ghi người phát biểu: “Đ/c …” hoặc “Đồng chí …”."
  end
  if utf8.len(s) and utf8.len(s) > 220 then
    return nil, "Dài quá: thư ký ghi ý chính, không ghi từng lời. Hãy rút gọn còn một, hai câu."
  end
  if utf8.len(y) and utf8.len(y) < 15 then
    return nil, "Ngắn quá: ghi ý chính đồng chí ấy đề nghị (việc gì, ai làm)."
  end
  return true
end

-- Phần học: đọc, câu hỏi, tập ghi.
local HOC = {
  read {
    id = "vi-sao",
    title = "Biên bản để làm gì",
    text = [[
Biên bản là bản ghi chính thức của buổi sinh hoạt: ai dự, bàn những gì, ai nói gì, chi bộ kết luận và biểu quyết ra sao. Từ biên bản, chi ủy hoàn chỉnh nghị quyết; khi cấp trên kiểm tra, biên bản là căn cứ; tháng sau chi bộ mở biên bản ra để xem việc đã giao.

Thư ký ghi biên bản từ lúc khai mạc đến lúc bế mạc. Người chủ trì cử thư ký ngay đầu buổi (thường là một chi ủy viên hoặc đảng viên đã được phân công trước). Biên bản phải trung thực: ghi đúng điều đã diễn ra, không thêm, không bớt, không "làm đẹp".]],
  },

  read {
    id = "ghi-gi",
    title = "Biên bản ghi những gì",
    text = [[
Một biên bản sinh hoạt chi bộ ghi:

- thời gian bắt đầu, địa điểm;
- số đảng viên được triệu tập (chính thức, dự bị);
- số có mặt; số vắng có lý do, vắng không có lý do, kèm họ tên người vắng (và lý do);
- đại biểu dự (họ tên, chức vụ);
- người chủ trì, thư ký;
- chương trình buổi sinh hoạt;
- tóm tắt từng nội dung: ai trình bày, nội dung chính;
- ý kiến thảo luận: họ tên người phát biểu và ý chính của từng ý kiến; phê bình, tự phê bình;
- kết luận của người chủ trì; việc giao cho ai, thời hạn;
- kết quả biểu quyết: số tán thành, không tán thành, không biểu quyết;
- giờ kết thúc;
- chữ ký của thư ký và người chủ trì.

Biên bản cũng trình bày theo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW ngày 03/4/2018): tên đảng bộ cấp trên và chi bộ ở góc trái, "ĐẢNG CỘNG SẢN VIỆT NAM" ở góc phải, số (ví dụ "Số 05-BB/CB"), địa danh và ngày, chữ "BIÊN BẢN" và trích yếu.]],
  },

  quiz {
    id = "ai-ky",
    title = "Câu hỏi: ai ký biên bản",
    question = "Ai ký biên bản buổi sinh hoạt chi bộ?",
    choices = {
      "Chỉ bí thư chi bộ",
      "Thư ký và người chủ trì",
      "Tất cả đảng viên có mặt",
    },
    answer = 2,
    hints = { "Một người ghi, một người điều hành." },
    explain = "Thư ký (người ghi) và người chủ trì cùng ký biên bản. Nghị quyết thì "
      .. "khác: bí thư ký thay mặt chi bộ (T/M CHI BỘ).",
  },

  read {
    id = "trung-thuc",
    title = "Ghi trung thực, ngắn gọn",
    text = [[
Thư ký không ghi từng lời, mà ghi ý chính của từng người, đúng ý người nói. Vài ví dụ:

Ý kiến thảo luận:
- Chưa tốt: "Các đồng chí thảo luận sôi nổi, nhất trí cao với báo cáo."
- Tốt: "Đ/c Hà Văn Phúc: đề nghị thú y xã về tận thôn tiêm bổ sung vào một ngày cố định."

Người vắng mặt:
- Chưa tốt: "Vắng 3 đồng chí."
- Tốt: "Vắng 3 đồng chí. Có lý do 2: Vi Văn Bình (đi làm ăn xa), Hà Thị Lan (ốm). Không có lý do 1: Lý Văn Sơn."

Biểu quyết:
- Chưa tốt: "Chi bộ nhất trí thông qua."
- Tốt: "Biểu quyết thông qua nghị quyết: tán thành 12, không tán thành 0, không biểu quyết 0 (12/15 đảng viên chính thức, quá một nửa)."

Ý kiến khác nhau cũng ghi cả, kể cả ý kiến không được chi bộ đồng ý. Điều không diễn ra trong buổi sinh hoạt thì không ghi vào biên bản.]],
  },

  quiz {
    id = "y-kien",
    title = "Câu hỏi: ghi một ý kiến",
    question = "Cách ghi nào đúng cho một ý kiến thảo luận?",
    choices = {
      "Đ/c Mai phát biểu rất hay, được mọi người đồng tình.",
      "Đ/c Hoàng Thị Mai: Chi hội Phụ nữ nhận vận động các hộ còn lại đưa trâu, bò về chuồng.",
      "Có ý kiến đề nghị phụ nữ vào cuộc.",
    },
    answer = 2,
    hints = { "Biên bản cần biết ai nói và nói ý gì, không cần lời khen." },
    explain = "Ghi họ tên người phát biểu và ý chính, cụ thể (việc gì, ai làm). Lời "
      .. "nhận xét của thư ký không đưa vào biên bản.",
  },

  quiz {
    id = "so-vang",
    title = "Câu hỏi: tính số vắng",
    question = "Chi bộ triệu tập 15 đảng viên chính thức và 2 dự bị; có mặt 12 chính "
      .. "thức và 2 dự bị; vắng có lý do 2 đồng chí. Biên bản ghi vắng không có lý do mấy "
      .. "đồng chí?",
    choices = { "0", "1", "3" },
    answer = 2,
    hints = { "Tổng triệu tập trừ tổng có mặt, rồi trừ số vắng có lý do." },
    explain = "Triệu tập 17, có mặt 14, vắng 3; có lý do 2, nên không có lý do 1. "
      .. "Các con số phải khớp: có mặt + vắng có lý do + vắng không lý do = số được triệu tập.",
  },

  read {
    id = "thong-qua",
    title = "Thông qua biên bản",
    text = [[
Trước khi bế mạc, thư ký đọc lại toàn văn biên bản; chi bộ góp ý, thư ký sửa ngay những chỗ chưa đúng; chi bộ biểu quyết thông qua; thư ký và người chủ trì ký. Biên bản được lưu ở chi bộ cùng nghị quyết.

Khi ghi bằng chibo: trong buổi sinh hoạt, mỗi bước đều nhắc "Thư ký ghi vào biên bản: …" và thư ký gõ ngay ghi chép của phần đó; số người dự, giờ giấc, biểu quyết, việc giao được chibo ghi lại. Sau buổi sinh hoạt, chibo in ra biên bản đúng thể thức từ chính những ghi chép đó, giữ nguyên lời thư ký đã ghi.]],
  },

  quiz {
    id = "khi-nao",
    title = "Câu hỏi: thông qua lúc nào",
    question = "Biên bản buổi sinh hoạt được chi bộ thông qua khi nào?",
    choices = {
      "Ở buổi sinh hoạt tháng sau",
      "Cuối chính buổi sinh hoạt đó, trước khi bế mạc",
      "Không cần thông qua, thư ký tự hoàn chỉnh",
    },
    answer = 2,
    hints = { "Lúc mọi người còn nhớ rõ điều mình đã nói." },
    explain = "Thư ký đọc biên bản trước khi bế mạc; chi bộ thông qua; thư ký và người "
      .. "chủ trì ký.",
  },

  step {
    id = "tap-ghi",
    title = "Tập ghi một ý kiến",
    run = function(ui, ctx)
      ui.say("Trong buổi sinh hoạt, đồng chí Lý Văn Hùng phát biểu: “Thưa các đồng chí, "
        .. "tôi thấy việc làm đường xóm Đông còn chậm là do mấy hộ đầu xóm chưa đồng ý "
        .. "hiến đất. Tôi đề nghị chi ủy giao cho tôi với đồng chí trưởng thôn đến gặp "
        .. "từng hộ trong tuần này, rồi báo lại chi bộ. Tôi nghĩ là làm được.”\n"
        .. "Hãy ghi ý kiến này vào biên bản, một hai câu, theo dạng “Đ/c …: …”.")
      ui.ask("Ghi vào biên bản", {
        key = "y-kien",
        required = true,
        validate = function(v, lan)
          local ok, why = ghi_dung(v)
          if ok then return true end
          if lan >= 2 then
            why = why .. " Ví dụ: “Đ/c Lý Văn Hùng: đường xóm Đông chậm do một số hộ "
              .. "đầu xóm chưa đồng ý hiến đất; đề nghị giao đồng chí cùng trưởng thôn gặp "
              .. "từng hộ trong tuần, báo lại chi bộ.”"
          end
          return nil, why
        end,
      })
      ui.say("Tốt: có người nói, có lý do và đề nghị cụ thể. Lời chào, lời tự nhận xét "
        .. "(“tôi nghĩ là làm được”) không cần ghi.")
    end,
  },
}

-- Phần thực hành: tình huống, rồi các bước của mẫu biên bản (bỏ bước giới
-- thiệu của mẫu: bài đã dạy phần đó).  Khóa câu trả lời là khóa của mẫu.
local TINH_HUONG = read {
  id = "thuc-hanh",
  title = "Thực hành: ghi một biên bản",
  text = [[
Bây giờ đồng chí ghi trọn một biên bản, từng phần như khi soạn biên bản bằng chibo. Mỗi phần có ví dụ ghi tốt và chưa tốt. Học xong bài, chibo lưu những gì đồng chí ghi thành một bản thảo biên bản của chi bộ: xem, sửa, in ra được bằng chibo draft.

Đồng chí ghi theo sổ ghi chép buổi sinh hoạt gần nhất của chi bộ mình, hoặc theo tình huống sau (ghi chép vội của thư ký):

- Ngày 05/11/2026, 19 giờ 30, tại nhà văn hóa thôn Bản Cầu, Chi bộ thôn Bản Cầu sinh hoạt thường kỳ tháng 11/2026.
- Triệu tập 15 đảng viên chính thức, 2 dự bị; có mặt 13 chính thức, 2 dự bị. Vắng có lý do: Vi Văn Bình (đi làm ăn xa). Vắng không có lý do: Lý Văn Sơn.
- Dự có đồng chí Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ.
- Chủ trì: đồng chí Nông Văn Thành, bí thư chi bộ; thư ký: đồng chí Lương Thị Hoa.
- Chương trình: báo cáo kết quả tháng 10 và nhiệm vụ tháng 11; thảo luận, biểu quyết nghị quyết.
- Đồng chí Lý Văn Hùng, phó bí thư, trình bày báo cáo: đã đổ xong 250 m bê tông đường xóm Đông; 15/15 đảng viên chính thức đóng đảng phí đủ; tiêm phòng trâu, bò mới đạt 70%.
- Thảo luận: đồng chí Hà Văn Phúc đề nghị thú y xã về tận thôn tiêm bổ sung vào một ngày cố định, đồng chí nhận phối hợp; đồng chí Hoàng Thị Mai nói Chi hội Phụ nữ nhận vận động các hộ đưa trâu, bò về chuồng trước ngày tiêm; đồng chí Lý Văn Hùng nói còn 12 hộ xóm Đông chưa đăng ký ngày công làm rãnh thoát nước, đề nghị giao đồng chí cùng trưởng thôn gặp từng hộ.
- Đồng chí Thành kết luận: giao đồng chí Phúc phối hợp thú y xã tiêm bổ sung cho 40 con trâu, bò, xong trước 30/11/2026; Chi hội Phụ nữ vận động các hộ đưa trâu, bò về chuồng, xong trước 20/11/2026; đồng chí Hùng cùng trưởng thôn vận động 12 hộ xóm Đông, xong trước 25/11/2026.
- Biểu quyết thông qua nghị quyết tháng 11/2026: 13 tán thành, 0 không tán thành, 0 không biểu quyết.
- Thư ký đọc lại biên bản, chi bộ thông qua; kết thúc lúc 21 giờ 15.

Để chibo lưu được bản thảo, chi bộ phải được khai báo một lần (nếu chưa làm): chibo cell set --name "Chi bộ thôn …" --superior "Đảng bộ xã …" --term 2025-2027 --place "…". Có thể dừng bài (Ctrl-C), khai báo, rồi học tiếp: những gì đã trả lời vẫn còn.]],
}

local THUC_HANH = BB.steps({ read = read, step = step },
  { intro = false, title = "Thực hành: " })

local IN_BIEN_BAN = read {
  id = "in-bien-ban",
  title = "Biên bản thật: ghi trong buổi sinh hoạt, in bằng chibo",
  text = [[
Khi buổi sinh hoạt được ghi bằng chibo (chibo meeting start), thư ký gõ ghi chép ngay trong buổi; sau đó chibo lấy tất cả ghi chép đó làm biên bản, không phải gõ lại như vừa tập:

1. Xem mã buổi sinh hoạt: chibo meeting list
2. Soạn biên bản: chibo draft new minutes --meeting MÃ — chibo chỉ hỏi điều còn thiếu (thường là địa điểm) và cho thư ký ghi thêm điều đã ghi trên giấy.
3. Xem: chibo draft show MÃ_VĂN_BẢN; in: chibo draft export MÃ_VĂN_BẢN -o bien-ban.docx
4. Khi thư ký và người chủ trì đã ký: chibo draft finalize MÃ_VĂN_BẢN (cấp số: Số 01-BB/CB, …).

Buổi sinh hoạt không ghi bằng chibo thì soạn bằng chibo draft new minutes (không có --meeting): chibo hỏi từng phần như trong bài này.]],
}

-- Các bước của bài, theo thứ tự: phần học, tình huống, thực hành, in thật.
local function noi(...)
  local all = {}
  for _, part in ipairs({ ... }) do
    for _, st in ipairs(part) do all[#all + 1] = st end
  end
  return all
end

return lesson {
  id = "ghi-bien-ban",
  version = 2,
  title = "Ghi biên bản buổi sinh hoạt chi bộ",
  summary = "Biên bản ghi những gì, ai ký, ghi trung thực và ngắn gọn, tính số vắng mặt, "
    .. "thông qua biên bản; thực hành ghi một biên bản, lưu thành bản thảo của chi bộ.",
  minutes = 35,
  sources = {
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương (mục II.1.2)",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
  },
  -- học xong, các câu trả lời của phần thực hành thành bản thảo biên bản
  draft = "bien-ban",
  steps = noi(HOC, { TINH_HUONG }, THUC_HANH, { IN_BIEN_BAN }),
}
