One open live meeting per cell.  A live meeting interrupted after the
preparation (exit 3) stays open; starting another live meeting of the
same cell, of any type, is refused with exit 1 and a message that names
the open meeting (date, id) and the two ways out, resume or abandon;
nothing is created (one lesson_run, one meeting).  A rehearsal may still
be started meanwhile.  "meeting abandon" closes the live meeting (status
abandoned for the meeting and its lesson_run, its answers kept), after
which a new live meeting starts.  An abandoned meeting cannot be resumed;
an unknown id is reported.

The messages name the meeting to continue by its id ("resume $M1"): an
interrupted rehearsal, while a live meeting is open, would otherwise be
confused with the live one (resume without an id takes the live one
first).

%% ids
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng"
%% stdin
c
c
c
c
c
c
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
chibo: buổi sinh hoạt chưa xong; mọi điều đã ghi đều được lưu. Tiếp tục: chibo meeting resume $M1
%% run CHIBO_NOW=2026-11-20T19:40 chibo --db $DB --user an meeting start --type thematic
%% exit 1
%% output
chibo: chi bộ đang có một buổi sinh hoạt chưa kết thúc (bắt đầu ngày 2026-11-20, mã $M1); hãy tiếp tục bằng 'chibo meeting resume $M1' hoặc bỏ nó bằng 'chibo meeting abandon $M1'
%% run CHIBO_NOW=2026-11-20T19:40 chibo --db $DB --user an meeting start --type regular
%% exit 1
%% output
chibo: chi bộ đang có một buổi sinh hoạt chưa kết thúc (bắt đầu ngày 2026-11-20, mã $M1); hãy tiếp tục bằng 'chibo meeting resume $M1' hoặc bỏ nó bằng 'chibo meeting abandon $M1'
%% sql
SELECT count(*) FROM lesson_run;
SELECT type, mode, status FROM meeting;
%% rows
1
regular|live|in_progress
%% run CHIBO_NOW=2026-11-20T19:45 chibo --db $DB --user an meeting start --rehearse --type committee
%% exit 3
%% output
Buổi sinh hoạt họp chi ủy của Chi bộ thôn Bản Cầu, ngày 2026-11-20 — TẬP DƯỢT (mã $M2)
Bước 1/11 [#.........] Họp chi ủy: giờ bắt đầu
Bí thư chủ trì họp chi ủy; chi bộ không có chi ủy thì bí thư và phó bí thư họp. Nên họp sớm, đủ thời gian để thông báo cho đảng viên và đăng tài liệu ít nhất một ngày trước buổi sinh hoạt chi bộ.

Thư ký ghi vào biên bản: Thời gian, địa điểm họp.
Enter: nhận giờ của máy trong ngoặc vuông; giờ thực tế khác thì gõ lại, ví dụ 19:30.
Giờ bắt đầu (giờ:phút) [19:45]: 
chibo: buổi sinh hoạt chưa xong; mọi điều đã ghi đều được lưu. Tiếp tục: chibo meeting resume $M2
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  định kỳ                       đang họp  
2026-11-20  $M2  họp chi ủy          tập dượt  đang họp  
%% run chibo --db $DB --user an meeting abandon $M1
%% exit 0
%% output
Đã bỏ buổi sinh hoạt $M1; những gì đã ghi vẫn được giữ.
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  định kỳ                       đã bỏ     
2026-11-20  $M2  họp chi ủy          tập dượt  đang họp  
%% sql
SELECT m.type, m.mode, m.status, r.status FROM meeting m JOIN lesson_run r ON r.id = m.run_id ORDER BY m.rowid;
SELECT count(*) FROM answer a JOIN meeting m ON m.run_id = a.run_id WHERE m.status = 'abandoned';
SELECT count(*) FROM meeting_check c JOIN meeting m ON m.id = c.meeting_id WHERE m.status = 'abandoned';
%% rows
regular|live|abandoned|abandoned
committee|rehearse|in_progress|in_progress
7
6
%% run CHIBO_NOW=2026-11-20T19:50 chibo --db $DB --user an meeting start --type thematic
%% exit 3
%% output
Buổi sinh hoạt chuyên đề của Chi bộ thôn Bản Cầu, ngày 2026-11-20 (mã $M3)
Bước 1/15 [#.........] Chuẩn bị: các việc trước buổi sinh hoạt chuyên đề
Trước khi khai mạc, đồng chí xác nhận các việc chuẩn bị. Việc chưa làm vẫn được ghi lại để rút kinh nghiệm, không chặn buổi sinh hoạt.
Chi ủy đã chọn chuyên đề, theo định hướng của cấp ủy cấp trên và tình hình của thôn? (c/k): 
chibo: buổi sinh hoạt chưa xong; mọi điều đã ghi đều được lưu. Tiếp tục: chibo meeting resume $M3
%% run chibo --db $DB --user an meeting resume $M1
%% exit 1
%% output
chibo: không có buổi sinh hoạt nào đang dở để tiếp tục (xem: chibo meeting list)
%% run chibo --db $DB --user an meeting abandon khong-co
%% exit 1
%% output
chibo: không có buổi sinh hoạt 'khong-co'
%% run chibo --db $DB --user an meeting show khong-co
%% exit 1
%% output
chibo: không có buổi sinh hoạt 'khong-co' (xem: chibo meeting list)
