-- Bài học: ghi biên bản buổi sinh hoạt chi bộ — biên bản ghi những gì, ai
-- ký, ghi trung thực và ngắn gọn (ví dụ viết tốt, chưa tốt), phép tính số
-- vắng mặt, thông qua biên bản trước khi bế mạc, và phần thực hành với
-- chibo (ghi trong buổi sinh hoạt, in biên bản bằng chibo draft).
--
-- Những gì biên bản ghi: theo trình tự sinh hoạt của Hướng dẫn 12-HD/BTCTW
-- ngày 06/7/2018 (mục II.1.2) và Hướng dẫn 42-HD/BTCTW ngày 28/10/2025;
-- thể thức văn bản theo Hướng dẫn 36-HD/VPTW ngày 03/4/2018.  Mẫu soạn
-- thật: plugins/documents/bien-ban.lua.
-- (Mã bài "ghi-bien-ban" trùng mã bài mẫu trong docs/lesson-api.md, mục 12:
-- bài mẫu đặt trong thư mục riêng sẽ thay bài này, như mọi bài cùng mã.)

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

return lesson {
  id = "ghi-bien-ban",
  version = 1,
  title = "Ghi biên bản buổi sinh hoạt chi bộ",
  summary = "Biên bản ghi những gì, ai ký, ghi trung thực và ngắn gọn, tính số vắng mặt, "
    .. "thông qua biên bản; thực hành ghi bằng chibo và in biên bản.",
  minutes = 15,
  sources = {
    "Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương (mục II.1.2)",
    "Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương",
    "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
  },
  steps = {
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

    step {
      id = "in-bien-ban",
      title = "Thực hành: in biên bản bằng chibo",
      run = function(ui, ctx)
        if ctx.draft then return end
        ui.say([[
Sau buổi sinh hoạt đã ghi bằng chibo (chibo meeting start):

1. Xem mã buổi sinh hoạt: chibo meeting list
2. Soạn biên bản: chibo draft new minutes --meeting MÃ
   chibo lấy tất cả ghi chép của buổi sinh hoạt; chỉ hỏi điều còn thiếu (thường là địa điểm) và cho thư ký ghi thêm điều đã ghi trên giấy.
3. Xem: chibo draft show MÃ_VĂN_BẢN; in: chibo draft export MÃ_VĂN_BẢN -o bien-ban.docx
4. Khi thư ký và người chủ trì đã ký: chibo draft finalize MÃ_VĂN_BẢN (cấp số: Số 01-BB/CB, …).]])
        ui.confirm("Đồng chí (hoặc thư ký của chi bộ) sẽ ghi buổi sinh hoạt tới bằng chibo?",
          { key = "se-ghi", default = true })
      end,
    },
  },
}
