A lesson learnt from a file ("learn FILE.lua", a lesson not in the lesson
folders) that stops because input ended: the message tells how to continue
with a command that works — the file, not the lesson id, which "learn"
cannot find ("không có bài học 'hoi-lai'").

%% by-hand
%% run chibo --db $DB --user an learn tests/transcripts/lessons/hoi-lai.lua
%% stdin
1
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
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn tests/transcripts/lessons/hoi-lai.lua' để học tiếp.
%% # The command of the message continues the lesson.
%% sh
cmd=$(sed -n "s/.*Chạy 'chibo \(.*\)' để học tiếp.*/\1/p" .out)
cd "$REPO"
printf '3\nc\nc\n' | "$CHIBO" --db "$DB" --user an $cmd >"$SCRATCH/resumed" 2>&1 || { cat "$SCRATCH/resumed"; exit 1; }
