"lesson check" lists EVERY error with FILE:LINE — also (1) when a step kind
is misspelled (quizz): the other errors of the file are still listed, and
(2) for errors of the lesson itself (here: version = "1") in the canonical
form "return lesson { … }": the line of "return lesson {"; and (3) the
report is the same at every run.

%% by-hand
%% run chibo lesson check tests/transcripts/lessons/broken/loai-buoc-sai.lua
%% exit 1
%% output
tests/transcripts/lessons/broken/loai-buoc-sai.lua:9: không có loại bước 'quizz'; có phải ý bạn là 'quiz'?
tests/transcripts/lessons/broken/loai-buoc-sai.lua:10: read 'ket-thuc' thiếu trường bắt buộc 'text'
tests/transcripts/lessons/broken/loai-buoc-sai.lua:10: trường 'txt' không có trong read 'ket-thuc'; có phải ý bạn là 'text'?
chibo: 1 tệp có lỗi.
%% run chibo lesson check tests/transcripts/lessons/broken/dong-bai.lua
%% exit 1
%% output
tests/transcripts/lessons/broken/dong-bai.lua:3: trường 'version' của lesson phải là số nguyên, không phải chuỗi văn bản
chibo: 1 tệp có lỗi.
%% # (3) The same lesson gives the same report every time (the order of the
%% # errors found on one line must not change from run to run).
%% sh
f=tests/transcripts/lessons/broken/loi-truong.lua
cd "$REPO"
"$CHIBO" lesson check "$f" >"$SCRATCH/first" 2>&1 || true
for i in 1 2 3 4 5 6 7 8; do
  "$CHIBO" lesson check "$f" >"$SCRATCH/again" 2>&1 || true
  if ! cmp -s "$SCRATCH/first" "$SCRATCH/again"; then
    echo "lesson check $f: the report changed between two runs:"
    diff "$SCRATCH/first" "$SCRATCH/again"
    exit 1
  fi
done
