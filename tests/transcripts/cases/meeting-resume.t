An interrupted meeting, resumed twice, records exactly what an
uninterrupted one does.  The answers of tests/meetings/regular.answers are
given in three sessions, the clock moving on between them:

  1. "meeting start" at 19:30 with lines 1–18: the input ends in the middle
     of the names of the absent (two names read, the closing "." not):
     exit 3, "chibo meeting resume" named.  Lines read from a file are not
     kept as a draft of that text (a draft keeps what a person types at
     the terminal, docs/meeting-api.md, ui.text): nothing of it is stored;
  2. "meeting resume" (no id: the cell's open meeting) at 20:10 with lines
     17–53: it starts again at the names of the absent (only that step's
     heading and the question, not the steps before), and stops after the
     second task's deadline: exit 3 again;
  3. "meeting resume $M1" (the id prefix) at 21:05 with lines 54–69: it
     continues at "Còn việc nào cần giao nữa không?" of task 2 and
     finishes.

The clock defaults are the time the prompt was first shown ([20:10] for
the check before the conclusion, asked in session 2) and do not move on a
resume.  Afterwards there is one lesson_run and one meeting, both done,
and a normalised dump of everything recorded (ids and timestamps left
out; the clock readings too, since the clock moved) is identical to the
one of the same meeting run without interruption in another database.

%% ids
%% sh
a=$REPO/tests/meetings/regular.answers
sed -n 1,18p "$a" >s1.answers
sed -n 17,53p "$a" >s2.answers
sed -n '54,$p' "$a" >s3.answers
test "$(wc -l <"$a")" = 69
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type regular --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin $SCRATCH/s1.answers
%% exit 3
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
chibo: buổi sinh hoạt chưa xong; mọi điều đã ghi đều được lưu. Tiếp tục: chibo meeting resume $M1
%% sql
.nullvalue NULL
SELECT type, mode, status, actual_start, present_full FROM meeting;
SELECT status FROM lesson_run;
SELECT key, name, role FROM meeting_person ORDER BY key;
SELECT key, ok FROM meeting_check ORDER BY rowid;
SELECT key, value FROM answer WHERE key LIKE 'diem-danh.ten-%' ORDER BY key;
%% rows
regular|live|in_progress|2026-11-20 19:30|12
in_progress
ly-do-dai-bieu.1|Hoàng Văn Tâm|guest
chuan-bi.phan-cong|1
chuan-bi.hop-chi-uy|1
chuan-bi.thong-bao|1
chuan-bi.dang-tai-lieu|1
chuan-bi.du-thao|1
chuan-bi.so-sach|1
quorum|1
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  định kỳ                       đang họp  
%% run CHIBO_NOW=2026-11-20T20:10 chibo --db $DB --user an meeting resume
%% stdin $SCRATCH/s2.answers
%% exit 3
%% output
Bước 5/19 [###.......] Khai mạc (c): báo cáo số đảng viên dự sinh hoạt
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
Bây giờ là (giờ:phút) [20:10]: 
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
chibo: buổi sinh hoạt chưa xong; mọi điều đã ghi đều được lưu. Tiếp tục: chibo meeting resume $M1
%% sql
.nullvalue NULL
SELECT status FROM meeting;
SELECT key, name, role, reason FROM meeting_person ORDER BY key;
SELECT key, what FROM meeting_task ORDER BY key;
SELECT key, value FROM answer WHERE key LIKE '_clock.%' ORDER BY key;
%% rows
in_progress
diem-danh.ten-vang-co-ly-do.1|Vi Văn Bình|absent_excused|đi làm ăn xa
diem-danh.ten-vang-co-ly-do.2|Hà Thị Lan|absent_excused|ốm
diem-danh.ten-vang-khong-ly-do.1|Lý Văn Sơn|absent_unexcused|NULL
ly-do-dai-bieu.1|Hoàng Văn Tâm|guest|NULL
giao-viec-1|Tiêm phòng bổ sung cho đàn trâu, bò còn lại của thôn
giao-viec-2|Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở thôn
_clock.gio-bat-dau|"2026-11-20 19:30"
_clock.kiem-tra-gio|"2026-11-20 20:10"
%% run CHIBO_NOW=2026-11-20T21:05 chibo --db $DB --user an meeting resume $M1
%% stdin $SCRATCH/s3.answers
%% exit 0
%% output
Bước 14/19 [#######...] Bế mạc: giao việc
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
Bây giờ là (giờ:phút) [21:05]: 
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
Giờ kết thúc (giờ:phút) [21:05]: 
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
SELECT count(*), status FROM lesson_run;
SELECT count(*), status, score, band, actual_end FROM meeting;
SELECT key, value FROM answer WHERE key LIKE '_clock.%' ORDER BY key;
SELECT count(*) FROM answer WHERE key LIKE '%#draft';
SELECT 'person', count(*) FROM meeting_person UNION ALL
SELECT 'agenda', count(*) FROM meeting_agenda UNION ALL
SELECT 'note', count(*) FROM meeting_note UNION ALL
SELECT 'decision', count(*) FROM meeting_decision UNION ALL
SELECT 'task', count(*) FROM meeting_task UNION ALL
SELECT 'check', count(*) FROM meeting_check UNION ALL
SELECT 'score', count(*) FROM meeting_score;
%% rows
1|done
1|done|89|khá|2026-11-20 21:15
_clock.gio-bat-dau|"2026-11-20 19:30"
_clock.gio-danh-gia|"2026-11-20 21:05"
_clock.gio-ket-thuc|"2026-11-20 21:05"
_clock.kiem-tra-gio|"2026-11-20 20:10"
10
person|4
agenda|5
note|5
decision|1
task|3
check|14
score|8
%% # The same meeting without interruption, in another database.
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $SCRATCH/full.db --user an meeting start --type regular --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin ../meetings/regular.answers
%% exit 0
%% sh
cat >dump.sql <<'SQL'
.mode list
.nullvalue NULL
SELECT 'meeting', type, mode, status, held_on, place, planned_start, planned_end,
	actual_start, actual_end, summoned_full, summoned_probationary, present_full,
	present_probationary, absent_excused, absent_unexcused, chair, minute_taker,
	topic, presenter, rubric_id, score, band FROM meeting;
SELECT 'unit', kind, name, superior_name, rubric_id FROM unit;
SELECT 'run', lesson_id, lesson_version, mode, status FROM lesson_run;
SELECT 'person', key, name, office, role, member, reason FROM meeting_person ORDER BY key;
SELECT 'agenda', key, position, title FROM meeting_agenda ORDER BY key;
SELECT 'note', key, item, text FROM meeting_note ORDER BY key;
SELECT 'decision', key, text, votes_for, votes_against, votes_abstain, passed FROM meeting_decision ORDER BY key;
SELECT 'task', key, owner, what, deadline FROM meeting_task ORDER BY key;
SELECT 'followup', key, task, what, done, why FROM meeting_followup ORDER BY key;
SELECT 'check', key, ok, detail FROM meeting_check ORDER BY key;
SELECT 'score', key, title, points, max FROM meeting_score ORDER BY key;
SELECT 'answer', key, value FROM answer WHERE key NOT LIKE '_clock.%' ORDER BY key;
SELECT 'step', step_id, status FROM step_progress ORDER BY step_id;
SQL
sqlite3 -batch chibo.db <dump.sql >resumed.dump
sqlite3 -batch full.db <dump.sql >full.dump
diff full.dump resumed.dump
# and the dump is not trivially empty
test "$(grep -c '^answer|' full.dump)" -gt 60
test "$(grep -c '^check|' full.dump)" = 14
