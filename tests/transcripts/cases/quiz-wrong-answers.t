Wrong quiz answers: the question is asked again; after each wrong answer the
next hint is shown, and once the hints are used up, the explanation.  Every
wrong answer counts as an attempt in the database (answer.attempts, value
NULL until the right answer), also when input ends before the right answer
— and the count goes on after resuming (the third wrong answer, in the
second session, shows the explanation).  A required checklist item answered
"không" is asked again and counts an attempt too; yes/no in any spelling.

%% run chibo --db $DB --user an --lessons tests/transcripts/lessons learn hoi-lai
%% stdin
1
2
%% exit 3
%% output
Bước 1/2 [#####.....] Thời lượng
Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 30 phút
  2. 60 phút
  3. 90 phút
  4. 120 phút
Chọn 1–4: 
! Chưa đúng. Gợi ý: Hơn một tiếng.
Chọn 1–4: 
! Chưa đúng. Gợi ý: Một tiếng rưỡi.
Chọn 1–4: 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn hoi-lai' để học tiếp.
%% sql
SELECT key, quote(value), attempts FROM answer ORDER BY key;
%% rows
thoi-luong.answer|NULL|2
%% run chibo --db $DB --user an --lessons tests/transcripts/lessons learn hoi-lai
%% stdin
4
3
không
y
NO
%% exit 0
%% output
Bước 1/2 [#####.....] Thời lượng
Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 30 phút
  2. 60 phút
  3. 90 phút
  4. 120 phút
Chọn 1–4: 
! Chưa đúng. Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).
Chọn 1–4: 
Đúng. Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).
Bước 2/2 [##########] Chuẩn bị
Đã thông báo cho đảng viên (c/k): 
! Việc này bắt buộc. Hãy làm xong rồi trả lời c (có).
Đã thông báo cho đảng viên (c/k): 
Đã chuẩn bị nơi họp (c/k): 
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% sql
SELECT key, value, attempts FROM answer ORDER BY key;
%% rows
chuan-bi.noi-hop|false|1
chuan-bi.thong-bao|true|2
thoi-luong.answer|3|4
%% sql
SELECT count(*), status FROM lesson_run;
%% rows
1|done
