A lesson that fails while running (tests/transcripts/lessons/loi-khi-chay.lua
calls ui.sya, which does not exist): chibo reports the error with FILE:LINE,
says that the answers are kept, and exits 1; the answers given before the
error are in the database, the run stays in progress, and learning again
fails the same way without asking again what was answered.

%% run chibo --db $DB --user an learn tests/transcripts/lessons/loi-khi-chay.lua
%% stdin
2
7
%% exit 1
%% output
Bước 1/2 [#####.....]
Một cộng một bằng mấy?
  1. 1
  2. 2
Chọn 1–2: 
Đúng. 
Bước 2/2 [##########] Tính
Số đảng viên (1–99): 
chibo: tests/transcripts/lessons/loi-khi-chay.lua:13: attempt to call a nil value (field 'sya')
chibo: bài học dừng ở đây; những câu đã trả lời vẫn được lưu.  Hãy báo cho người soạn bài.
%% sql
SELECT r.status, a.key, a.value FROM lesson_run r JOIN answer a ON a.run_id = r.id ORDER BY a.key;
%% rows
in_progress|cau-1.answer|2
in_progress|tinh.so|7
%% run chibo --db $DB --user an learn tests/transcripts/lessons/loi-khi-chay.lua
%% exit 1
%% output
chibo: tests/transcripts/lessons/loi-khi-chay.lua:13: attempt to call a nil value (field 'sya')
chibo: bài học dừng ở đây; những câu đã trả lời vẫn được lưu.  Hãy báo cho người soạn bài.
%% sql
SELECT count(*) FROM answer;
%% rows
2
