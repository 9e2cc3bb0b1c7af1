A rehearsal is not counted.  Two days before the real meeting the
secretary rehearses a combined meeting with --rehearse
(tests/meetings/combined.answers, clock 18/11/2026): the heading says
"— TẬP DƯỢT", the meeting runs as a real one (checks, score, two tasks
assigned), and the end says it is stored as a rehearsal, not counted as a
meeting.  It is stored with mode 'rehearse' (meeting and lesson_run) and
shown as "tập dượt" in "meeting list".

The live regular meeting of 20/11/2026 (tests/meetings/regular.answers)
then ignores it: previous_tasks() gives nothing (the chair types last
month's tasks as counts, no meeting_followup rows), and history() does
not count the rehearsed thematic part ("Quý này chi bộ chưa sinh hoạt
chuyên đề"); its score is the same 89 as in meeting-regular.t.

%% ids
%% run CHIBO_NOW=2026-11-18T19:30 chibo --db $DB --user an meeting start --type combined --rehearse --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin ../meetings/combined.answers
%% exit 0
%% output
Buổi sinh hoạt định kỳ + chuyên đề của Chi bộ thôn Bản Cầu, ngày 2026-11-18 — TẬP DƯỢT (mã $M1)
Bước 1/22 [..........] Chuẩn bị: các việc trước buổi sinh hoạt
Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị theo Hướng dẫn 42-HD/BTCTW. Hãy trả lời đúng như đã làm: việc chưa làm vẫn được ghi lại, để rút kinh nghiệm và tính vào điểm chất lượng, không chặn buổi sinh hoạt.
Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có)? (c/k): 
Trình tự họp chi ủy: chibo meeting start --type committee
Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận? (c/k): 
Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ? (c/k): 
Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt? (c/k): 
Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận? (c/k): 
Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu? (c/k): 
Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn? (c/k): 
Đã phân công người chuẩn bị và trình bày chuyên đề? (c/k): 
Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận? (c/k): 
Bước 2/22 [#.........] Khai mạc: giờ bắt đầu
Đúng giờ đã thông báo, người chủ trì (thường là bí thư) khai mạc. Ghi giờ bắt đầu thực tế.

Thư ký ghi vào biên bản: Thời gian bắt đầu, địa điểm sinh hoạt.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ bắt đầu (giờ:phút) [19:30]: 
Thư ký ghi: bắt đầu lúc 19:30.
Bước 3/22 [#.........] Khai mạc: chuyên đề và người trình bày
Ghi tên chuyên đề và người trình bày đã được chi ủy thống nhất.

Thư ký ghi vào biên bản: Tên chuyên đề; họ tên, chức vụ người trình bày.
Ví dụ: Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn
Tên chuyên đề: 
Họ tên, chức vụ người trình bày: 
Bước 4/22 [##........] Khai mạc (a): tuyên bố lý do, giới thiệu đại biểu
Người chủ trì tuyên bố lý do, mục đích buổi sinh hoạt và giới thiệu đại biểu dự (nếu có).

Lời chủ trì (đọc to):
  Thưa các đồng chí! Thực hiện Điều lệ Đảng và hướng dẫn của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ, hôm nay, ngày 18 tháng 11 năm 2026, Chi bộ thôn Bản Cầu tiến hành sinh hoạt thường kỳ tháng 11/2026 kết hợp sinh hoạt chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”. Buổi sinh hoạt gồm hai phần: đánh giá kết quả tháng trước, quyết định nhiệm vụ tháng tới; và sinh hoạt chuyên đề.

Thư ký ghi vào biên bản: Lý do buổi sinh hoạt; họ tên, chức vụ đại biểu dự.
Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ
Đại biểu dự buổi sinh hoạt, mỗi dòng một người: họ tên, chức vụ; không có đại biểu thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Lời chủ trì (giới thiệu đại biểu):
  Đến dự buổi sinh hoạt hôm nay có đồng chí Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ. Thay mặt chi bộ, xin nhiệt liệt chào mừng đồng chí.
Bước 5/22 [##........] Khai mạc (b): người chủ trì, cử thư ký
Người chủ trì cử thư ký ghi biên bản (thường là một chi ủy viên hoặc đảng viên đã được chi ủy phân công từ trước).

Lời chủ trì (đọc to):
  Để ghi biên bản buổi sinh hoạt hôm nay, chi ủy đề nghị đồng chí … làm thư ký. Đồng chí nào nhất trí xin giơ tay.

Thư ký ghi vào biên bản: Họ tên người chủ trì và thư ký.
Thường là bí thư chi bộ; bí thư vắng thì phó bí thư.
Họ tên người chủ trì: 
Họ tên thư ký ghi biên bản: 
Bước 6/22 [###.......] Khai mạc (c): báo cáo số đảng viên dự sinh hoạt
Thư ký (hoặc người chủ trì) điểm danh theo danh sách đảng viên, rồi báo cáo chi bộ số có mặt, số vắng có lý do, số vắng không có lý do. chibo tính tỷ lệ có mặt theo phiếu chấm chi bộ đang dùng.

Thư ký ghi vào biên bản: Số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng có lý do, vắng không có lý do và họ tên người vắng.
Đếm theo danh sách của chi bộ.
Số đảng viên chính thức được triệu tập: 
Số đảng viên dự bị được triệu tập (không có thì nhập 0): 
Số đảng viên chính thức có mặt (0–15): 
Số đảng viên dự bị có mặt (0–2): 
Trong 2 đồng chí vắng, bao nhiêu đồng chí vắng có lý do? (0–2): 
Lời chủ trì (báo cáo số đảng viên dự họp):
  Thưa các đồng chí! Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự bị). Có mặt: 15 đồng chí (13 chính thức, 2 dự bị). Vắng mặt: 2 đồng chí, đều có lý do. Số đảng viên chính thức có mặt là 13/15, đạt 86,7%, từ 2/3 trở lên; buổi sinh hoạt đủ điều kiện tiến hành.

Kiểm tra: 13/15 đảng viên chính thức có mặt = 86,7% ≥ 2/3 — đủ điều kiện tiến hành.
Ví dụ: Nguyễn Văn Bình: đi làm ăn xa
Họ tên 2 đồng chí vắng có lý do, mỗi dòng một người, kèm lý do (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 7/22 [###.......] Khai mạc (d): thông qua chương trình
Người chủ trì đọc chương trình chi ủy đã thống nhất; chi bộ bổ sung (nếu có) và biểu quyết thông qua.

Thư ký ghi vào biên bản: Chương trình buổi sinh hoạt; kết quả biểu quyết thông qua chương trình.
Lời chủ trì (đọc chương trình):
  Chương trình buổi sinh hoạt hôm nay gồm 7 nội dung:
  1. Phần thường kỳ: báo cáo kết quả thực hiện nghị quyết tháng trước; kiểm tra việc được giao; dự kiến nhiệm vụ tháng tới
  2. Phần thường kỳ: thông tin, phổ biến văn bản của cấp trên và định hướng của đảng ủy xã
  3. Phần thường kỳ: thảo luận; phê bình và tự phê bình
  4. Phần chuyên đề: trình bày chuyên đề
  5. Phần chuyên đề: thảo luận, liên hệ trách nhiệm của chi bộ và của từng đảng viên
  6. Kết luận, giao việc; biểu quyết thông qua nghị quyết
  7. Tự đánh giá chất lượng buổi sinh hoạt; thông qua biên bản
  Đồng chí nào có ý kiến bổ sung chương trình?
Nội dung chi bộ đề nghị bổ sung, mỗi dòng một nội dung; không có thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
Lời chủ trì: “Đồng chí nào nhất trí với chương trình xin giơ tay.”
Chi bộ biểu quyết (giơ tay) thông qua chương trình. Chương trình đã được thông qua? (c/k) [c]: 
Bước 8/22 [####......] Nội dung: báo cáo kết quả tháng trước, dự kiến nhiệm vụ tháng tới
Đồng chí được phân công (thường là phó bí thư hoặc một chi ủy viên) thay mặt chi ủy trình bày báo cáo. Báo cáo nên gọn, vì tài liệu đã đăng trước trên Sổ tay đảng viên điện tử.

Lời chủ trì (đọc to):
  Mời đồng chí … thay mặt chi ủy trình bày báo cáo kết quả thực hiện nghị quyết tháng trước và dự kiến nhiệm vụ tháng tới.

Thư ký ghi vào biên bản: Tóm tắt báo cáo: kết quả, hạn chế và nguyên nhân, nhiệm vụ tháng tới.
Cần nêu được:
- Kết quả nổi bật đã đạt được trong tháng
- Hạn chế, khuyết điểm và nguyên nhân
- Dự kiến nhiệm vụ, giải pháp tháng tới
- Những vấn đề chi ủy đề nghị chi bộ thảo luận, quyết định
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 9/22 [####......] Nội dung: kiểm tra việc được giao tháng trước
Chi bộ điểm lại từng việc nghị quyết tháng trước đã giao: việc nào xong, việc nào chưa, vì sao, làm tiếp thế nào.

Lời chủ trì (đọc to):
  Tiếp theo, chi bộ kiểm tra các việc được giao tại buổi sinh hoạt tháng trước. Đề nghị đồng chí được giao từng việc báo cáo ngắn gọn: đã làm đến đâu; chưa xong thì vì sao.

Thư ký ghi vào biên bản: Từng việc: người được giao, kết quả, lý do chưa xong.
chibo chưa có danh sách việc được giao tháng trước (buổi sinh hoạt trước chưa ghi bằng chibo). Đồng chí mở nghị quyết tháng trước và nhập số việc.
Không có nghị quyết hoặc không giao việc cụ thể thì nhập 0.
Nghị quyết tháng trước giao bao nhiêu việc cụ thể? (0–200): 
Trong 5 việc đó, bao nhiêu việc đã hoàn thành? (0–5): 
1 việc chưa xong: mỗi dòng một việc, ghi việc gì, ai làm, vì sao chưa xong (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Kết quả: Việc được giao tháng trước: 4/5 đã hoàn thành (80%).
Việc chưa xong (đưa vào phần thảo luận và giao lại nếu cần):
- Tiêm phòng cho đàn trâu, bò (đ/c Hà Văn Phúc): mới đạt 70%; làm tiếp đợt bổ sung.
Bước 10/22 [#####.....] Nội dung: thông tin, phổ biến văn bản của cấp trên
Phổ biến ngắn gọn văn bản mới của cấp trên và định hướng của đảng ủy xã liên quan đến thôn; thông tin thời sự cần thiết. Chỉ nêu những việc chi bộ, thôn phải làm; toàn văn đã có trên Sổ tay đảng viên điện tử.

Lời chủ trì (đọc to):
  Sau đây tôi thông tin đến các đồng chí những văn bản mới của cấp trên và định hướng của Đảng bộ xã Đồng Đăng trong tháng, những việc chi bộ ta cần thực hiện.

Thư ký ghi vào biên bản: Tên, số, ngày văn bản đã phổ biến; nội dung chính liên quan đến chi bộ.
Cần nêu được:
- Tên, số, ngày của từng văn bản
- Những việc văn bản yêu cầu chi bộ, thôn thực hiện
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Bước 11/22 [#####.....] Nội dung: thảo luận
Chi bộ thảo luận báo cáo và những vấn đề chi ủy đã chọn. Đại biểu cấp trên (nếu có) phát biểu. Người chủ trì nêu câu hỏi gợi ý, mời từng đảng viên phát biểu, nhất là những đồng chí ít phát biểu; giữ đúng trọng tâm, không để bàn lan man.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí tập trung thảo luận vấn đề chi ủy đã nêu: … Mỗi ý kiến xin nói rõ: việc gì, ai làm, làm thế nào, bao giờ xong.

Thư ký ghi vào biên bản: Họ tên người phát biểu và tóm tắt từng ý kiến.
Cần nêu được:
- Ý kiến về báo cáo kết quả tháng trước
- Ý kiến về vấn đề trọng tâm chi ủy đã chọn
- Đề xuất cách làm, người làm
Ý kiến thảo luận, mỗi dòng một ý kiến, ví dụ "Đ/c Hùng: đề nghị …" (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Bước 12/22 [#####.....] Nội dung: phê bình và tự phê bình
Đảng viên tự phê bình và phê bình trên tinh thần xây dựng, đoàn kết: về việc thực hiện nhiệm vụ được giao và trách nhiệm nêu gương ở nơi cư trú.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí tự phê bình và phê bình thẳng thắn, trên tinh thần xây dựng. Việc được giao chưa làm tốt, đồng chí được giao tự nhận và nêu cách khắc phục.

Thư ký ghi vào biên bản: Ý kiến tự phê bình, phê bình và hướng khắc phục.
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
Bước 13/22 [######....] Chuyên đề: trình bày
Người được phân công trình bày chuyên đề, ngắn gọn, gắn với tình hình của thôn; cuối phần trình bày nêu câu hỏi gợi ý thảo luận.

Lời chủ trì (đọc to):
  Mời đồng chí Lý Văn Hùng, phó bí thư chi bộ trình bày chuyên đề “Phát huy vai trò nêu gương của đảng viên trong xây dựng nông thôn mới ở thôn”.

Thư ký ghi vào biên bản: Tóm tắt nội dung trình bày.
Cần nêu được:
- Vì sao chi bộ chọn chuyên đề này
- Nội dung chính của chuyên đề
- Liên hệ tình hình thôn, chi bộ: làm được gì, còn gì chưa làm được
- Câu hỏi gợi ý để đảng viên thảo luận
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 14/22 [######....] Chuyên đề: thảo luận, liên hệ
Đảng viên thảo luận theo câu hỏi gợi ý, liên hệ với trách nhiệm của chi bộ và của bản thân. Người chủ trì mời từng đồng chí phát biểu, giữ đúng chuyên đề, khuyến khích đề xuất việc làm cụ thể.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí thảo luận: chuyên đề này đặt ra cho chi bộ ta những việc gì, mỗi đồng chí sẽ làm gì, bắt đầu từ đâu.

Thư ký ghi vào biên bản: Họ tên người phát biểu và tóm tắt từng ý kiến.
Cần nêu được:
- Nhận thức của đảng viên về chuyên đề
- Liên hệ bản thân, gia đình, thôn
- Đề xuất việc làm cụ thể
Ý kiến thảo luận, mỗi dòng một ý kiến, ví dụ "Đ/c Hùng: …" (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 15/22 [#######...] Bế mạc: xem lại thời gian trước khi kết luận
Trước khi kết luận, xem lại thời gian đã sinh hoạt. Chưa đủ thời lượng tối thiểu thì dành thêm thời gian cho thảo luận.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Bây giờ là (giờ:phút) [19:30]: 
Đã sinh hoạt 115 phút (từ 19:30).
Kiểm tra: mới 115 phút — tối thiểu 120 phút, còn thiếu 5 phút. Đồng chí dành thêm thời gian cho thảo luận trước khi kết luận (Hướng dẫn 42-HD/BTCTW: ít nhất 90 phút; kết hợp chuyên đề ít nhất 120 phút).
Bước 16/22 [#######...] Bế mạc: người chủ trì kết luận
Người chủ trì tổng hợp ý kiến, kết luận từng vấn đề: việc gì chi bộ đã thống nhất, ai làm, bao giờ xong. Kết luận là cơ sở để hoàn chỉnh nghị quyết.

Lời chủ trì (đọc to):
  Qua ý kiến của các đồng chí, tôi xin kết luận như sau: một là …; hai là …

Thư ký ghi vào biên bản: Nội dung kết luận của người chủ trì.
Cần nêu được:
- Đánh giá chung kết quả tháng trước
- Nhiệm vụ trọng tâm tháng tới
- Kết luận về chuyên đề: những điểm chi bộ đã thống nhất, việc sẽ làm
Nội dung kết luận (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 17/22 [########..] Bế mạc: giao việc
Giao từng việc cho người cụ thể, có thời hạn, để tháng sau chi bộ kiểm tra lại (chibo sẽ nhắc ở buổi sinh hoạt tới).

Lời chủ trì (đọc to):
  Căn cứ kết luận, chi bộ phân công như sau: …

Thư ký ghi vào biên bản: Từng việc, người thực hiện, thời hạn hoàn thành.
Ghi cụ thể việc gì, làm đến đâu; ví dụ: Vận động 12 hộ xóm Đông góp ngày công làm đường
Việc 1: nội dung công việc: 
Ví dụ: đồng chí Lý Văn Hùng, chi hội trưởng Chi hội Nông dân
Việc 1: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 1: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn”, người thực hiện: Đ/c Hà Văn Phúc, phối hợp thú y xã, hoàn thành trước ngày 10/12/2026.
Còn việc nào cần giao nữa không? (c/k): 
Việc 2: nội dung công việc: 
Việc 2: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 2: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Mỗi đảng viên vận động 5 hộ gần nhà phân loại rác tại nguồn”, người thực hiện: Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung, hoàn thành trước ngày 31/01/2027.
Còn việc nào cần giao nữa không? (c/k): 
Các việc đã giao (chủ trì đọc lại để chi bộ thống nhất):
1. Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn — Đ/c Hà Văn Phúc, phối hợp thú y xã — hạn 10/12/2026
2. Mỗi đảng viên vận động 5 hộ gần nhà phân loại rác tại nguồn — Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung — hạn 31/01/2027
Bước 18/22 [########..] Bế mạc: biểu quyết thông qua nghị quyết
Người chủ trì đọc (hoặc tóm tắt) dự thảo nghị quyết đã chỉnh sửa theo ý kiến thảo luận. Đảng viên chính thức biểu quyết bằng giơ tay; có nơi biểu quyết thêm trên Sổ tay đảng viên điện tử.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua nghị quyết sinh hoạt chi bộ tháng 11/2026.

Thư ký ghi vào biên bản: Số tán thành, không tán thành, không biểu quyết; nghị quyết được thông qua hay không.
Enter: giữ nguyên nội dung trong ngoặc vuông.
Nội dung đưa ra biểu quyết [Nghị quyết sinh hoạt chi bộ tháng 11/2026]: 
Lời chủ trì: “Đồng chí nào tán thành xin giơ tay.” (Chỉ đếm đảng viên chính thức; có mặt 13 đồng chí.)
Số đồng chí tán thành (0–13): 
Lời chủ trì (công bố kết quả):
  Kết quả biểu quyết: tán thành 13, không tán thành 0, không biểu quyết 0. Số tán thành là 13/15 đảng viên chính thức của chi bộ, bằng 86,7%, quá 1/2. Nghị quyết sinh hoạt chi bộ tháng 11/2026 đã được chi bộ thông qua.

Kiểm tra: 13/15 đảng viên chính thức tán thành = 86,7% > 1/2 — thông qua.
Bước 19/22 [#########.] Bế mạc: thời lượng đến lúc tự đánh giá
Ghi giờ hiện tại; thời lượng tính đến lúc này được dùng trong phiếu tự đánh giá.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Bây giờ là (giờ:phút) [19:30]: 
Đã sinh hoạt 125 phút (từ 19:30).
Kiểm tra: 125 phút ≥ 120 phút tối thiểu.
Bước 20/22 [#########.] Bế mạc: tự đánh giá chất lượng buổi sinh hoạt
Chi bộ tự đánh giá chất lượng buổi sinh hoạt theo phiếu chấm của cấp ủy cấp trên. chibo tính sẵn các mục có số liệu; các mục còn lại người chủ trì gợi ý, chi bộ thống nhất số điểm.

Lời chủ trì (đọc to):
  Đề nghị chi bộ tự đánh giá chất lượng buổi sinh hoạt hôm nay theo phiếu chấm của cấp ủy cấp trên.

Thư ký ghi vào biên bản: Điểm từng mục, tổng điểm, xếp loại.
Phiếu chấm: Phiếu chấm 100 điểm theo Hướng dẫn 42-HD/BTCTW (mẫu của một đảng ủy phường, cần đối chiếu với hướng dẫn của cấp ủy cấp trên).
Số liệu của buổi sinh hoạt này:
- Thời lượng: 125 phút (tối thiểu 120 phút).
- Có mặt: 15/17 đảng viên (88,2%); chính thức 13/15 (86,7%).
- Việc chuẩn bị bắt buộc đã làm: 7/7 (100%).
- Việc được giao tháng trước đã xong: 4/5 (80%).
- Biểu quyết: 1/1 nội dung được thông qua.
Đúng trình tự; báo cáo gọn; thảo luận dân chủ, tập trung vào vấn đề trọng tâm, nhiều đảng viên phát biểu; có phê bình và tự phê bình; kết luận rõ việc, rõ người, rõ thời hạn.
4. Tiến hành buổi sinh hoạt — số điểm chi bộ tự chấm (0–30): 
Gợi mở, dẫn dắt thảo luận đúng trọng tâm; giữ thời gian; lắng nghe và tổng hợp ý kiến; kết luận ngắn gọn, dễ thực hiện.
5. Điều hành của bí thư (người chủ trì) — số điểm chi bộ tự chấm (0–10): 
Tập trung dân chủ, tự phê bình và phê bình, đoàn kết; biểu quyết đúng quy định.
6. Thực hiện nguyên tắc sinh hoạt đảng — số điểm chi bộ tự chấm (0–5): 
Giao việc cụ thể; biểu quyết thông qua nghị quyết hoặc kết luận; thư ký đọc biên bản, chi bộ thông qua; bế mạc đúng giờ.
8. Kết thúc buổi sinh hoạt — số điểm chi bộ tự chấm (0–5): 
Phiếu tự đánh giá:
1. Thời gian, thời lượng: 5/5 (theo số liệu)
2. Số đảng viên dự sinh hoạt: 4/5 (theo số liệu)
3. Công tác chuẩn bị: 10/10 (theo số liệu)
4. Tiến hành buổi sinh hoạt: 27/30 (chi bộ tự chấm)
5. Điều hành của bí thư (người chủ trì): 9/10 (chi bộ tự chấm)
6. Thực hiện nguyên tắc sinh hoạt đảng: 5/5 (chi bộ tự chấm)
7. Kết quả thực hiện nghị quyết tháng trước: 24/30 (theo số liệu)
8. Kết thúc buổi sinh hoạt: 5/5 (chi bộ tự chấm)
Tổng: 89/100 điểm — xếp loại: khá.
Quý này chi bộ đã sinh hoạt chuyên đề 1 lần (thường ít nhất 1 lần mỗi quý).

Lời chủ trì (công bố kết quả tự đánh giá):
  Căn cứ phiếu chấm của cấp ủy cấp trên, chi bộ tự đánh giá buổi sinh hoạt hôm nay đạt 89/100 điểm, xếp loại khá. Kết quả này được ghi vào biên bản và báo cáo đảng ủy xã.
Bước 21/22 [##########] Bế mạc: thông qua biên bản
Thư ký đọc toàn văn biên bản; chi bộ góp ý, biểu quyết thông qua; người chủ trì và thư ký ký biên bản.

Lời chủ trì (đọc to):
  Đề nghị đồng chí thư ký đọc biên bản buổi sinh hoạt. … Đồng chí nào nhất trí với biên bản xin giơ tay.
Thư ký đã đọc biên bản trước chi bộ? (c/k): 
Chi bộ đã thông qua biên bản? (c/k): 
Người chủ trì và thư ký đã ký biên bản? (c/k): 
Bước 22/22 [##########] Bế mạc
Người chủ trì bế mạc buổi sinh hoạt; thư ký ghi giờ kết thúc.

Lời chủ trì (đọc to):
  Buổi sinh hoạt chi bộ tháng 11/2026 đến đây đã hoàn thành chương trình. Đề nghị các đồng chí thực hiện tốt những việc đã được phân công. Tôi tuyên bố bế mạc buổi sinh hoạt.

Thư ký ghi vào biên bản: Thời gian kết thúc; chữ ký của người chủ trì và thư ký.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ kết thúc (giờ:phút) [19:30]: 
Thư ký ghi: kết thúc lúc 21:45. Thời lượng: từ 19:30 đến 21:45, 135 phút.
Kiểm tra: 135 phút ≥ 120 phút tối thiểu.
Kiểm tra thủ tục:
  ✓ (bắt buộc) Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có): có
  ✓ (bắt buộc) Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận: có
  ✓ (bắt buộc) Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
  ✓ (bắt buộc) Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
  ✓ Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận: có
  ✓ Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu: có
  ✓ (bắt buộc) Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn: có
  ✓ (bắt buộc) Đã phân công người chuẩn bị và trình bày chuyên đề: có
  ✓ (bắt buộc) Đã có báo cáo chuyên đề (đề dẫn) và câu hỏi gợi ý thảo luận: có
  ✓ 13/15 đảng viên chính thức có mặt = 86,7% ≥ 2/3 — đủ điều kiện tiến hành
  ✓ Chương trình 7 nội dung được chi bộ thông qua
  ! Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
  ✓ 13/15 đảng viên chính thức tán thành = 86,7% > 1/2 — thông qua
  ✓ (bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
  ✓ (bắt buộc) Chi bộ đã thông qua biên bản: có
  ✓ (bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
  ✓ 135 phút ≥ 120 phút tối thiểu
Chấm điểm chất lượng:
  Thời gian, thời lượng                      5 / 5
  Số đảng viên dự sinh hoạt                  4 / 5
  Công tác chuẩn bị                         10 / 10
  Tiến hành buổi sinh hoạt                  27 / 30
  Điều hành của bí thư (người chủ trì)       9 / 10
  Thực hiện nguyên tắc sinh hoạt đảng        5 / 5
  Kết quả thực hiện nghị quyết tháng trước   24 / 30
  Kết thúc buổi sinh hoạt                    5 / 5
Buổi tập dượt đã xong. Buổi này được lưu là tập dượt, không tính là một buổi sinh hoạt.
%% sql
.nullvalue NULL
SELECT m.type, m.mode, m.status, m.held_on, m.score, m.band, r.mode, r.status FROM meeting m JOIN lesson_run r ON r.id = m.run_id;
SELECT key, owner, deadline FROM meeting_task ORDER BY key;
%% rows
combined|rehearse|done|2026-11-18|89|khá|rehearse|done
giao-viec-1|Đ/c Hà Văn Phúc, phối hợp thú y xã|10/12/2026
giao-viec-2|Các đồng chí đảng viên, đ/c Hoàng Thị Mai theo dõi chung|31/01/2027
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-18  $M1  định kỳ + chuyên đề tập dượt  xong      89 khá
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type regular
%% stdin ../meetings/regular.answers
%% exit 0
%% sh
head -1 .out | grep -qx 'Buổi sinh hoạt định kỳ của Chi bộ thôn Bản Cầu, ngày 2026-11-20 (mã [0-9a-f]\{8\})'
grep -qxF 'chibo chưa có danh sách việc được giao tháng trước (buổi sinh hoạt trước chưa ghi bằng chibo). Đồng chí mở nghị quyết tháng trước và nhập số việc.' .out
! grep -q 'Buổi sinh hoạt trước giao' .out
grep -qxF 'Quý này chi bộ chưa sinh hoạt chuyên đề; thường ít nhất 1 lần mỗi quý (theo hướng dẫn của cấp ủy cấp trên): chi ủy nên đưa vào kế hoạch.' .out
grep -qxF 'Tổng: 89/100 điểm — xếp loại: khá.' .out
! grep -q 'TẬP DƯỢT\|tập dượt' .out
%% sql
.nullvalue NULL
SELECT m.held_on, m.type, m.mode, m.status, m.score, r.mode FROM meeting m JOIN lesson_run r ON r.id = m.run_id ORDER BY m.held_on;
SELECT m.mode, c.ok, c.detail FROM meeting_check c JOIN meeting m ON m.id = c.meeting_id WHERE c.key = 'followup' ORDER BY m.held_on;
SELECT count(*) FROM meeting_followup;
%% rows
2026-11-18|combined|rehearse|done|89|rehearse
2026-11-20|regular|live|done|89|live
rehearse|0|Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
live|0|Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
0
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-18  $M1  định kỳ + chuyên đề tập dượt  xong      89 khá
2026-11-20  $M2  định kỳ                       xong      89 khá
