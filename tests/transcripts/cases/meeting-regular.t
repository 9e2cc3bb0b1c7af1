A full regular monthly meeting (sinh hoạt thường kỳ) of "Chi bộ thôn Bản
Cầu", run with the content author's answers file
tests/meetings/regular.answers, the clock fixed at 20/11/2026 19:30.  The
cell is named on the command line, so no cell prompt comes first.

What the meeting must show, in this order: preparation (HD 42), opening
a–d (purpose and guests, chair and minute-taker, attendance with the
quorum arithmetic "12/15 … = 80% ≥ 2/3", agenda), report, last month's
tasks (no tasks in chibo yet: typed as counts, 4/5 = 80%), documents,
discussion, criticism, the time check (90 min ≥ 90), conclusion, three
tasks, the vote (12/15 = 80% > 1/2), the time before the assessment
(95 min), the self-assessment on hd42-100 (5+4+10+27+9+5+24+5 = 89, khá:
70 ≤ 89 < 90), the minutes, the end (21:15, 105 min), and the summary of
checks and scores.

Afterwards the database holds one done, live meeting with its score, band
and rubric id; every check ok except last month's tasks (4/5 done is not
all done); the scores adding up to the total; the three tasks; and the
checklist's lesson_run done.  "meeting list" and "meeting show" read it
back.

%% ids
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type regular --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin ../meetings/regular.answers
%% exit 0
%% output
Buổi sinh hoạt định kỳ của Chi bộ thôn Bản Cầu, ngày 2026-11-20 (mã $M1)
Bước 1/19 [#.........] Chuẩn bị: các việc trước buổi sinh hoạt
Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị theo Hướng dẫn 42-HD/BTCTW. Hãy trả lời đúng như đã làm: việc chưa làm vẫn được ghi lại, để rút kinh nghiệm và tính vào điểm chất lượng, không chặn buổi sinh hoạt.
Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có)? (c/k): 
Trình tự họp chi ủy: chibo meeting start --type committee
Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận? (c/k): 
Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ? (c/k): 
Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt? (c/k): 
Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận? (c/k): 
Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu? (c/k): 
Bước 2/19 [#.........] Khai mạc: giờ bắt đầu
Đúng giờ đã thông báo, người chủ trì (thường là bí thư) khai mạc. Ghi giờ bắt đầu thực tế.

Thư ký ghi vào biên bản: Thời gian bắt đầu, địa điểm sinh hoạt.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ bắt đầu (giờ:phút) [19:30]: 
Thư ký ghi: bắt đầu lúc 19:30.
Bước 3/19 [##........] Khai mạc (a): tuyên bố lý do, giới thiệu đại biểu
Người chủ trì tuyên bố lý do, mục đích buổi sinh hoạt và giới thiệu đại biểu dự (nếu có).

Lời chủ trì (đọc to):
  Thưa các đồng chí! Thực hiện Điều lệ Đảng và hướng dẫn của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ, hôm nay, ngày 20 tháng 11 năm 2026, Chi bộ thôn Bản Cầu tiến hành sinh hoạt thường kỳ tháng 11/2026. Buổi sinh hoạt đánh giá kết quả thực hiện nghị quyết tháng trước, thông tin văn bản của cấp trên, thảo luận và quyết định nhiệm vụ tháng tới.

Thư ký ghi vào biên bản: Lý do buổi sinh hoạt; họ tên, chức vụ đại biểu dự.
Ví dụ: Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ
Đại biểu dự buổi sinh hoạt, mỗi dòng một người: họ tên, chức vụ; không có đại biểu thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Lời chủ trì (giới thiệu đại biểu):
  Đến dự buổi sinh hoạt hôm nay có đồng chí Hoàng Văn Tâm, Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ. Thay mặt chi bộ, xin nhiệt liệt chào mừng đồng chí.
Bước 4/19 [##........] Khai mạc (b): người chủ trì, cử thư ký
Người chủ trì cử thư ký ghi biên bản (thường là một chi ủy viên hoặc đảng viên đã được chi ủy phân công từ trước).

Lời chủ trì (đọc to):
  Để ghi biên bản buổi sinh hoạt hôm nay, chi ủy đề nghị đồng chí … làm thư ký. Đồng chí nào nhất trí xin giơ tay.

Thư ký ghi vào biên bản: Họ tên người chủ trì và thư ký.
Thường là bí thư chi bộ; bí thư vắng thì phó bí thư.
Họ tên người chủ trì: 
Họ tên thư ký ghi biên bản: 
Bước 5/19 [###.......] Khai mạc (c): báo cáo số đảng viên dự sinh hoạt
Thư ký (hoặc người chủ trì) điểm danh theo danh sách đảng viên, rồi báo cáo chi bộ số có mặt, số vắng có lý do, số vắng không có lý do. chibo tính tỷ lệ có mặt theo phiếu chấm chi bộ đang dùng.

Thư ký ghi vào biên bản: Số đảng viên được triệu tập (chính thức, dự bị); số có mặt; số vắng có lý do, vắng không có lý do và họ tên người vắng.
Đếm theo danh sách của chi bộ.
Số đảng viên chính thức được triệu tập: 
Số đảng viên dự bị được triệu tập (không có thì nhập 0): 
Số đảng viên chính thức có mặt (0–15): 
Số đảng viên dự bị có mặt (0–2): 
Trong 3 đồng chí vắng, bao nhiêu đồng chí vắng có lý do? (0–3): 
Lời chủ trì (báo cáo số đảng viên dự họp):
  Thưa các đồng chí! Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự bị). Có mặt: 14 đồng chí (12 chính thức, 2 dự bị). Vắng mặt: 3 đồng chí, trong đó vắng có lý do 2 đồng chí, vắng không có lý do 1 đồng chí. Số đảng viên chính thức có mặt là 12/15, đạt 80%, từ 2/3 trở lên; buổi sinh hoạt đủ điều kiện tiến hành.

Kiểm tra: 12/15 đảng viên chính thức có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành.
Ví dụ: Nguyễn Văn Bình: đi làm ăn xa
Họ tên 2 đồng chí vắng có lý do, mỗi dòng một người, kèm lý do (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Họ tên 1 đồng chí vắng không có lý do, mỗi dòng một người (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Bước 6/19 [###.......] Khai mạc (d): thông qua chương trình
Người chủ trì đọc chương trình chi ủy đã thống nhất; chi bộ bổ sung (nếu có) và biểu quyết thông qua.

Thư ký ghi vào biên bản: Chương trình buổi sinh hoạt; kết quả biểu quyết thông qua chương trình.
Lời chủ trì (đọc chương trình):
  Chương trình buổi sinh hoạt hôm nay gồm 5 nội dung:
  1. Báo cáo kết quả thực hiện nghị quyết tháng trước; kiểm tra việc được giao; dự kiến nhiệm vụ tháng tới
  2. Thông tin, phổ biến văn bản của cấp trên và định hướng của đảng ủy xã
  3. Thảo luận; phê bình và tự phê bình
  4. Kết luận, giao việc; biểu quyết thông qua nghị quyết
  5. Tự đánh giá chất lượng buổi sinh hoạt; thông qua biên bản
  Đồng chí nào có ý kiến bổ sung chương trình?
Nội dung chi bộ đề nghị bổ sung, mỗi dòng một nội dung; không có thì để trống (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
Lời chủ trì: “Đồng chí nào nhất trí với chương trình xin giơ tay.”
Chi bộ biểu quyết (giơ tay) thông qua chương trình. Chương trình đã được thông qua? (c/k) [c]: 
Bước 7/19 [####......] Nội dung: báo cáo kết quả tháng trước, dự kiến nhiệm vụ tháng tới
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
  … 
  … 
Bước 8/19 [####......] Nội dung: kiểm tra việc được giao tháng trước
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
- Tiêm phòng cho đàn trâu, bò (đ/c Hà Văn Phúc): mới đạt 70%, nhiều hộ chăn thả trên rừng; làm tiếp đợt bổ sung trong tháng 11.
Bước 9/19 [#####.....] Nội dung: thông tin, phổ biến văn bản của cấp trên
Phổ biến ngắn gọn văn bản mới của cấp trên và định hướng của đảng ủy xã liên quan đến thôn; thông tin thời sự cần thiết. Chỉ nêu những việc chi bộ, thôn phải làm; toàn văn đã có trên Sổ tay đảng viên điện tử.

Lời chủ trì (đọc to):
  Sau đây tôi thông tin đến các đồng chí những văn bản mới của cấp trên và định hướng của Đảng bộ xã Đồng Đăng trong tháng, những việc chi bộ ta cần thực hiện.

Thư ký ghi vào biên bản: Tên, số, ngày văn bản đã phổ biến; nội dung chính liên quan đến chi bộ.
Cần nêu được:
- Tên, số, ngày của từng văn bản
- Những việc văn bản yêu cầu chi bộ, thôn thực hiện
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
Bước 10/19 [#####.....] Nội dung: thảo luận
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
  … 
  … 
Bước 11/19 [######....] Nội dung: phê bình và tự phê bình
Đảng viên tự phê bình và phê bình trên tinh thần xây dựng, đoàn kết: về việc thực hiện nhiệm vụ được giao và trách nhiệm nêu gương ở nơi cư trú.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí tự phê bình và phê bình thẳng thắn, trên tinh thần xây dựng. Việc được giao chưa làm tốt, đồng chí được giao tự nhận và nêu cách khắc phục.

Thư ký ghi vào biên bản: Ý kiến tự phê bình, phê bình và hướng khắc phục.
Tóm tắt để ghi vào biên bản (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
Bước 12/19 [######....] Bế mạc: xem lại thời gian trước khi kết luận
Trước khi kết luận, xem lại thời gian đã sinh hoạt. Chưa đủ thời lượng tối thiểu thì dành thêm thời gian cho thảo luận.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Bây giờ là (giờ:phút) [19:30]: 
Đã sinh hoạt 90 phút (từ 19:30).
Kiểm tra: 90 phút ≥ 90 phút tối thiểu.
Bước 13/19 [#######...] Bế mạc: người chủ trì kết luận
Người chủ trì tổng hợp ý kiến, kết luận từng vấn đề: việc gì chi bộ đã thống nhất, ai làm, bao giờ xong. Kết luận là cơ sở để hoàn chỉnh nghị quyết.

Lời chủ trì (đọc to):
  Qua ý kiến của các đồng chí, tôi xin kết luận như sau: một là …; hai là …

Thư ký ghi vào biên bản: Nội dung kết luận của người chủ trì.
Cần nêu được:
- Đánh giá chung kết quả tháng trước
- Nhiệm vụ trọng tâm tháng tới
- Kết luận về từng vấn đề đã thảo luận
Nội dung kết luận (nhiều dòng; kết thúc bằng một dòng chỉ có dấu chấm .): 
  … 
  … 
  … 
Bước 14/19 [#######...] Bế mạc: giao việc
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
Chủ trì đọc lại: việc “Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn”, người thực hiện: Đ/c Hoàng Thị Mai, trưởng Ban công tác Mặt trận thôn, hoàn thành trước ngày 30/11/2026.
Còn việc nào cần giao nữa không? (c/k): 
Việc 3: nội dung công việc: 
Việc 3: người (hoặc tổ chức) chịu trách nhiệm: 
Việc 3: thời hạn hoàn thành (ngày/tháng/năm): 
Chủ trì đọc lại: việc “Lập tổ tuần tra phòng, chống cháy rừng”, người thực hiện: Đ/c Lý Văn Sơn, tổ trưởng tổ bảo vệ rừng, hoàn thành trước ngày 31/12/2026.
Còn việc nào cần giao nữa không? (c/k): 
Các việc đã giao (chủ trì đọc lại để chi bộ thống nhất):
1. Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn — Đ/c Hà Văn Phúc, phối hợp thú y xã — hạn 10/12/2026
2. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn — Đ/c Hoàng Thị Mai, trưởng Ban công tác Mặt trận thôn — hạn 30/11/2026
3. Lập tổ tuần tra phòng, chống cháy rừng — Đ/c Lý Văn Sơn, tổ trưởng tổ bảo vệ rừng — hạn 31/12/2026
Bước 15/19 [########..] Bế mạc: biểu quyết thông qua nghị quyết
Người chủ trì đọc (hoặc tóm tắt) dự thảo nghị quyết đã chỉnh sửa theo ý kiến thảo luận. Đảng viên chính thức biểu quyết bằng giơ tay; có nơi biểu quyết thêm trên Sổ tay đảng viên điện tử.

Lời chủ trì (đọc to):
  Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua nghị quyết sinh hoạt chi bộ tháng 11/2026.

Thư ký ghi vào biên bản: Số tán thành, không tán thành, không biểu quyết; nghị quyết được thông qua hay không.
Enter: giữ nguyên nội dung trong ngoặc vuông.
Nội dung đưa ra biểu quyết [Nghị quyết sinh hoạt chi bộ tháng 11/2026]: 
Lời chủ trì: “Đồng chí nào tán thành xin giơ tay.” (Chỉ đếm đảng viên chính thức; có mặt 12 đồng chí.)
Số đồng chí tán thành (0–12): 
Lời chủ trì (công bố kết quả):
  Kết quả biểu quyết: tán thành 12, không tán thành 0, không biểu quyết 0. Số tán thành là 12/15 đảng viên chính thức của chi bộ, bằng 80%, quá 1/2. Nghị quyết sinh hoạt chi bộ tháng 11/2026 đã được chi bộ thông qua.

Kiểm tra: 12/15 đảng viên chính thức tán thành = 80% > 1/2 — thông qua.
Bước 16/19 [########..] Bế mạc: thời lượng đến lúc tự đánh giá
Ghi giờ hiện tại; thời lượng tính đến lúc này được dùng trong phiếu tự đánh giá.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Bây giờ là (giờ:phút) [19:30]: 
Đã sinh hoạt 95 phút (từ 19:30).
Kiểm tra: 95 phút ≥ 90 phút tối thiểu.
Bước 17/19 [#########.] Bế mạc: tự đánh giá chất lượng buổi sinh hoạt
Chi bộ tự đánh giá chất lượng buổi sinh hoạt theo phiếu chấm của cấp ủy cấp trên. chibo tính sẵn các mục có số liệu; các mục còn lại người chủ trì gợi ý, chi bộ thống nhất số điểm.

Lời chủ trì (đọc to):
  Đề nghị chi bộ tự đánh giá chất lượng buổi sinh hoạt hôm nay theo phiếu chấm của cấp ủy cấp trên.

Thư ký ghi vào biên bản: Điểm từng mục, tổng điểm, xếp loại.
Phiếu chấm: Phiếu chấm 100 điểm theo Hướng dẫn 42-HD/BTCTW (mẫu của một đảng ủy phường, cần đối chiếu với hướng dẫn của cấp ủy cấp trên).
Số liệu của buổi sinh hoạt này:
- Thời lượng: 95 phút (tối thiểu 90 phút).
- Có mặt: 14/17 đảng viên (82,4%); chính thức 12/15 (80%).
- Việc chuẩn bị bắt buộc đã làm: 4/4 (100%).
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
Quý này chi bộ chưa sinh hoạt chuyên đề; thường ít nhất 1 lần mỗi quý (theo hướng dẫn của cấp ủy cấp trên): chi ủy nên đưa vào kế hoạch.

Lời chủ trì (công bố kết quả tự đánh giá):
  Căn cứ phiếu chấm của cấp ủy cấp trên, chi bộ tự đánh giá buổi sinh hoạt hôm nay đạt 89/100 điểm, xếp loại khá. Kết quả này được ghi vào biên bản và báo cáo đảng ủy xã.
Bước 18/19 [#########.] Bế mạc: thông qua biên bản
Thư ký đọc toàn văn biên bản; chi bộ góp ý, biểu quyết thông qua; người chủ trì và thư ký ký biên bản.

Lời chủ trì (đọc to):
  Đề nghị đồng chí thư ký đọc biên bản buổi sinh hoạt. … Đồng chí nào nhất trí với biên bản xin giơ tay.
Thư ký đã đọc biên bản trước chi bộ? (c/k): 
Chi bộ đã thông qua biên bản? (c/k): 
Người chủ trì và thư ký đã ký biên bản? (c/k): 
Bước 19/19 [##########] Bế mạc
Người chủ trì bế mạc buổi sinh hoạt; thư ký ghi giờ kết thúc.

Lời chủ trì (đọc to):
  Buổi sinh hoạt chi bộ tháng 11/2026 đến đây đã hoàn thành chương trình. Đề nghị các đồng chí thực hiện tốt những việc đã được phân công. Tôi tuyên bố bế mạc buổi sinh hoạt.

Thư ký ghi vào biên bản: Thời gian kết thúc; chữ ký của người chủ trì và thư ký.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ kết thúc (giờ:phút) [19:30]: 
Thư ký ghi: kết thúc lúc 21:15. Thời lượng: từ 19:30 đến 21:15, 105 phút.
Kiểm tra: 105 phút ≥ 90 phút tối thiểu.
Kiểm tra thủ tục:
  ✓ (bắt buộc) Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có): có
  ✓ (bắt buộc) Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận: có
  ✓ (bắt buộc) Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
  ✓ (bắt buộc) Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
  ✓ Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận: có
  ✓ Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu: có
  ✓ 12/15 đảng viên chính thức có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành
  ✓ Chương trình 5 nội dung được chi bộ thông qua
  ! Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
  ✓ 12/15 đảng viên chính thức tán thành = 80% > 1/2 — thông qua
  ✓ (bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
  ✓ (bắt buộc) Chi bộ đã thông qua biên bản: có
  ✓ (bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
  ✓ 105 phút ≥ 90 phút tối thiểu
Chấm điểm chất lượng:
  Thời gian, thời lượng                      5 / 5
  Số đảng viên dự sinh hoạt                  4 / 5
  Công tác chuẩn bị                         10 / 10
  Tiến hành buổi sinh hoạt                  27 / 30
  Điều hành của bí thư (người chủ trì)       9 / 10
  Thực hiện nguyên tắc sinh hoạt đảng        5 / 5
  Kết quả thực hiện nghị quyết tháng trước   24 / 30
  Kết thúc buổi sinh hoạt                    5 / 5
Buổi sinh hoạt đã kết thúc và được lưu. Xem lại: chibo meeting show $M1
%% sql
.nullvalue NULL
SELECT type, mode, status, held_on, actual_start, actual_end, rubric_id, score, band FROM meeting;
SELECT summoned_full, summoned_probationary, present_full, present_probationary, absent_excused, absent_unexcused, chair, minute_taker FROM meeting;
SELECT u.name, u.superior_name, u.rubric_id FROM unit u JOIN meeting m ON m.unit_id = u.id;
SELECT r.lesson_id, r.mode, r.status FROM lesson_run r JOIN meeting m ON m.run_id = r.id;
%% rows
regular|live|done|2026-11-20|2026-11-20 19:30|2026-11-20 21:15|hd42-100|89|khá
15|2|12|2|2|1|Nông Văn Thành|Lương Thị Hoa
Chi bộ thôn Bản Cầu|Đảng bộ xã Đồng Đăng|hd42-100
meeting-regular|live|done
%% sql
SELECT key, ok, detail FROM meeting_check ORDER BY rowid;
%% rows
chuan-bi.phan-cong|1|(bắt buộc) Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có): có
chuan-bi.hop-chi-uy|1|(bắt buộc) Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận: có
chuan-bi.thong-bao|1|(bắt buộc) Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
chuan-bi.dang-tai-lieu|1|(bắt buộc) Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
chuan-bi.du-thao|1|Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận: có
chuan-bi.so-sach|1|Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu: có
quorum|1|12/15 đảng viên chính thức có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành
agenda|1|Chương trình 5 nội dung được chi bộ thông qua
followup|0|Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
bieu-quyet|1|12/15 đảng viên chính thức tán thành = 80% > 1/2 — thông qua
bien-ban.doc|1|(bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
bien-ban.thong-qua|1|(bắt buộc) Chi bộ đã thông qua biên bản: có
bien-ban.ky|1|(bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
duration|1|105 phút ≥ 90 phút tối thiểu
%% sql
SELECT count(*), sum(ok) FROM meeting_check;
SELECT key, points, max FROM meeting_score ORDER BY rowid;
SELECT sum(s.points) = m.score, sum(s.max) FROM meeting_score s JOIN meeting m ON m.id = s.meeting_id;
%% rows
14|13
thoi-gian|5|5
so-dang-vien-du|4|5
chuan-bi|10|10
tien-hanh|27|30
dieu-hanh|9|10
nguyen-tac|5|5
ket-qua-thang-truoc|24|30
ket-thuc|5|5
1|100
%% sql
.nullvalue NULL
SELECT key, owner, what, deadline FROM meeting_task ORDER BY key;
SELECT key, name, role, member, reason FROM meeting_person ORDER BY rowid;
SELECT key, position FROM meeting_agenda ORDER BY position;
SELECT key, item, length(text) > 0 FROM meeting_note ORDER BY rowid;
SELECT key, text, votes_for, votes_against, votes_abstain, passed FROM meeting_decision;
SELECT count(*) FROM meeting_followup;
%% rows
giao-viec-1|Đ/c Hà Văn Phúc, phối hợp thú y xã|Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn|10/12/2026
giao-viec-2|Đ/c Hoàng Thị Mai, trưởng Ban công tác Mặt trận thôn|Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn|30/11/2026
giao-viec-3|Đ/c Lý Văn Sơn, tổ trưởng tổ bảo vệ rừng|Lập tổ tuần tra phòng, chống cháy rừng|31/12/2026
ly-do-dai-bieu.1|Hoàng Văn Tâm|guest|NULL|NULL
diem-danh.ten-vang-co-ly-do.1|Vi Văn Bình|absent_excused|NULL|đi làm ăn xa
diem-danh.ten-vang-co-ly-do.2|Hà Thị Lan|absent_excused|NULL|ốm
diem-danh.ten-vang-khong-ly-do.1|Lý Văn Sơn|absent_unexcused|NULL|NULL
bao-cao|1
van-ban|2
thao-luan|3
ket-luan|4
danh-gia|5
bao-cao|bao-cao|1
van-ban|van-ban|1
thao-luan|thao-luan|1
phe-binh|thao-luan|1
ket-luan|ket-luan|1
bieu-quyet|Nghị quyết sinh hoạt chi bộ tháng 11/2026|12|0|0|1
0
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  định kỳ                       xong      89 khá
%% run chibo --db $DB --user an meeting show $M1
%% exit 0
%% output
Buổi sinh hoạt định kỳ, ngày 2026-11-20 — xong (mã $M1)
  Ngày: 2026-11-20
  Giờ bắt đầu: 2026-11-20 19:30
  Giờ kết thúc: 2026-11-20 21:15
  Đảng viên chính thức được triệu tập: 15
  Đảng viên dự bị được triệu tập: 2
  Đảng viên chính thức có mặt: 12
  Đảng viên dự bị có mặt: 2
  Vắng có lý do: 2
  Vắng không lý do: 1
  Chủ trì: Nông Văn Thành
  Thư ký: Lương Thị Hoa
  Điểm: 89
  Xếp loại: khá
Người dự, vắng:
  - Họ tên: Hoàng Văn Tâm; Chức vụ: Đảng ủy viên, cán bộ Đảng ủy xã theo dõi chi bộ; Tư cách: khách mời;
  - Họ tên: Vi Văn Bình; Tư cách: vắng có lý do; Lý do: đi làm ăn xa;
  - Họ tên: Hà Thị Lan; Tư cách: vắng có lý do; Lý do: ốm;
  - Họ tên: Lý Văn Sơn; Tư cách: vắng không lý do;
Chương trình:
  - Thứ tự: 1; Nội dung: Báo cáo kết quả thực hiện nghị quyết tháng trước; kiểm tra việc được giao; dự kiến nhiệm vụ tháng tới;
  - Thứ tự: 2; Nội dung: Thông tin, phổ biến văn bản của cấp trên và định hướng của đảng ủy xã;
  - Thứ tự: 3; Nội dung: Thảo luận; phê bình và tự phê bình;
  - Thứ tự: 4; Nội dung: Kết luận, giao việc; biểu quyết thông qua nghị quyết;
  - Thứ tự: 5; Nội dung: Tự đánh giá chất lượng buổi sinh hoạt; thông qua biên bản;
Ghi chép:
  - Mục: bao-cao; Nội dung: Đ/c Lý Văn Hùng, phó bí thư, trình bày báo cáo.
      Tháng 10: hoàn thành bê tông hóa 250 m đường xóm Đông; thu đảng phí đủ 100%.
      Hạn chế: tiêm phòng cho đàn trâu, bò mới đạt 70%, do nhiều hộ chăn thả trên rừng.
      Tháng 11: vận động tiêm phòng đợt bổ sung; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc.;
  - Mục: van-ban; Nội dung: Phổ biến kế hoạch của Đảng ủy xã về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026.
      Thông tin về phòng, chống cháy rừng mùa khô.;
  - Mục: thao-luan; Nội dung: Đ/c Hà Văn Phúc: đề nghị thú y xã về tận thôn tiêm bổ sung vào một ngày cố định.
      Đ/c Hoàng Thị Mai: Chi hội Phụ nữ nhận vận động các hộ còn lại đưa trâu, bò về chuồng.
      Đ/c Hoàng Văn Tâm (đại biểu): đề nghị chi bộ gắn việc tiêm phòng với ngày hội ở thôn.;
  - Mục: thao-luan; Nội dung: Đ/c Hà Văn Phúc tự nhận chậm đôn đốc việc tiêm phòng, hứa làm xong trong tháng.;
  - Mục: ket-luan; Nội dung: Chi bộ thống nhất: hoàn thành tiêm phòng đợt bổ sung trước 10/12/2026.
      Tổ chức Ngày hội Đại đoàn kết ở thôn chu đáo, tiết kiệm.
      Tăng cường tuần tra phòng, chống cháy rừng.;
Quyết định và biểu quyết:
  - Nội dung: Nghị quyết sinh hoạt chi bộ tháng 11/2026; Tán thành: 12; Không tán thành: 0; Không biểu quyết: 0; Thông qua: có;
Nhiệm vụ:
  - Người thực hiện: Đ/c Hà Văn Phúc, phối hợp thú y xã; Việc: Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn; Thời hạn: 10/12/2026;
  - Người thực hiện: Đ/c Hoàng Thị Mai, trưởng Ban công tác Mặt trận thôn; Việc: Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn; Thời hạn: 30/11/2026;
  - Người thực hiện: Đ/c Lý Văn Sơn, tổ trưởng tổ bảo vệ rừng; Việc: Lập tổ tuần tra phòng, chống cháy rừng; Thời hạn: 31/12/2026;
Kiểm tra thủ tục:
  ✓ (bắt buộc) Bí thư đã phân công phó bí thư hoặc một chi ủy viên chuẩn bị nội dung và dự thảo nghị quyết (nếu có): có
  ✓ (bắt buộc) Chi ủy (nơi không có chi ủy: bí thư và phó bí thư) đã họp thống nhất nội dung, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới, chọn vấn đề đưa ra chi bộ thảo luận: có
  ✓ (bắt buộc) Đã thông báo thời gian, địa điểm, nội dung buổi sinh hoạt cho đảng viên và đồng chí cấp ủy cấp trên theo dõi chi bộ: có
  ✓ (bắt buộc) Đã đăng tài liệu sinh hoạt lên Sổ tay đảng viên điện tử ít nhất một ngày trước buổi sinh hoạt: có
  ✓ Có dự thảo nghị quyết (hoặc dự thảo kết luận) để chi bộ thảo luận: có
  ✓ Có sổ biên bản, danh sách đảng viên để điểm danh, chỗ ngồi cho đảng viên và đại biểu: có
  ✓ 12/15 đảng viên chính thức có mặt = 80% ≥ 2/3 — đủ điều kiện tiến hành
  ✓ Chương trình 5 nội dung được chi bộ thông qua
  ! Việc được giao tháng trước: 4/5 đã hoàn thành (80%)
  ✓ 12/15 đảng viên chính thức tán thành = 80% > 1/2 — thông qua
  ✓ (bắt buộc) Thư ký đã đọc biên bản trước chi bộ: có
  ✓ (bắt buộc) Chi bộ đã thông qua biên bản: có
  ✓ (bắt buộc) Người chủ trì và thư ký đã ký biên bản: có
  ✓ 105 phút ≥ 90 phút tối thiểu
Chấm điểm chất lượng:
  Thời gian, thời lượng                      5 / 5
  Số đảng viên dự sinh hoạt                  4 / 5
  Công tác chuẩn bị                         10 / 10
  Tiến hành buổi sinh hoạt                  27 / 30
  Điều hành của bí thư (người chủ trì)       9 / 10
  Thực hiện nguyên tắc sinh hoạt đảng        5 / 5
  Kết quả thực hiện nghị quyết tháng trước   24 / 30
  Kết thúc buổi sinh hoạt                    5 / 5
