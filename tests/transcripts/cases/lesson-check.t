"lesson check" lists every error of a broken lesson as FILE:LINE: what, with
"did you mean" for a near-miss name, and exits 1 with the number of broken
files; valid lessons (a file or a whole folder) are reported valid, exit 0.
"learn" refuses a broken lesson file with the same errors (exit 1, nothing
stored), and "lesson list" skips broken lessons of a --lessons folder with a
pointer to "lesson check".  The broken lessons are under
tests/transcripts/lessons/broken/ (a comment marks each error).
(The order of several errors on one line changes from run to run, see
lesson-check-complete.t, so those outputs are compared as sorted lines.)

%% run chibo lesson check tests/transcripts/lessons/broken/loi-truong.lua
%% exit 1
%% output sorted
chibo: 1 tệp có lỗi.
tests/transcripts/lessons/broken/loi-truong.lua:13: read 'mo-dau' thiếu trường bắt buộc 'text'
tests/transcripts/lessons/broken/loi-truong.lua:13: trường 'txt' không có trong read 'mo-dau'; có phải ý bạn là 'text'?
tests/transcripts/lessons/broken/loi-truong.lua:14: quiz 'cau-1': answer = 5 nằm ngoài các lựa chọn 1..2
tests/transcripts/lessons/broken/loi-truong.lua:15: trường 'hint' không có trong quiz 'cau-3'; có phải ý bạn là 'hints'?
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'id' của checklist 'Viec-Can-Lam' phải gồm chữ thường không dấu, số và '-', tối đa 64 ký tự (ví dụ "mo-dau"), không phải "Viec-Can-Lam"
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'items' của checklist 'Viec-Can-Lam': trùng id 'a'
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'requred' không có trong checklist 'Viec-Can-Lam' items[1]; có phải ý bạn là 'required'?
tests/transcripts/lessons/broken/loi-truong.lua:20: form 'bieu-mau': ô 1: type = "number" không có; dùng text, integer, date hoặc choice
tests/transcripts/lessons/broken/loi-truong.lua:22: form 'bieu-mau-2' fields[1] thiếu trường bắt buộc 'label'
tests/transcripts/lessons/broken/loi-truong.lua:22: trường 'lable' không có trong form 'bieu-mau-2' fields[1]; có phải ý bạn là 'label'?
tests/transcripts/lessons/broken/loi-truong.lua:24: quiz 'cau-2' thiếu trường bắt buộc 'question'
tests/transcripts/lessons/broken/loi-truong.lua:25: trùng id bước 'mo-dau' (đã dùng ở dòng 13)
tests/transcripts/lessons/broken/loi-truong.lua:6: lesson thiếu trường bắt buộc 'title'
tests/transcripts/lessons/broken/loi-truong.lua:6: phần tử 9 của steps không phải một bước (hãy dùng read { … }, quiz { … }, …)
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'minutes' của lesson phải là số nguyên, không phải số thực
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'tac_gia' không có trong lesson
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'titel' không có trong lesson; có phải ý bạn là 'title'?
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'version' của lesson phải là số nguyên, không phải chuỗi văn bản
%% run chibo lesson check tests/transcripts/lessons/broken/cu-phap.lua tests/transcripts/lessons/broken/khong-tra-ve.lua tests/transcripts/lessons/broken/bien-toan-cuc.lua
%% exit 1
%% output
tests/transcripts/lessons/broken/cu-phap.lua:8: '}' expected (to close '{' at line 6) near 'read'
tests/transcripts/lessons/broken/khong-tra-ve.lua: tệp không trả về lesson { … } (dòng cuối phải là: return lesson { … })
tests/transcripts/lessons/broken/bien-toan-cuc.lua:2: biến toàn cục 'leson' chưa được khai báo; có phải ý bạn là 'lesson'?
chibo: 3 tệp có lỗi.
%% run chibo lesson check tests/transcripts/lessons/
%% exit 0
%% output
tests/transcripts/lessons/hoi-lai.lua: hợp lệ (bài 'hoi-lai', 2 bước)
tests/transcripts/lessons/loi-khi-chay.lua: hợp lệ (bài 'loi-khi-chay', 2 bước)
tests/transcripts/lessons/nhap-lieu.lua: hợp lệ (bài 'nhap-lieu', 2 bước)
%% run chibo lesson check lessons tests/transcripts/lessons/hoi-lai.lua
%% exit 0
%% output
lessons/chu-tri-buoi-sinh-hoat.lua: hợp lệ (bài 'chu-tri-buoi-sinh-hoat', 13 bước)
lessons/ghi-bien-ban.lua: hợp lệ (bài 'ghi-bien-ban', 16 bước)
lessons/sinh-hoat-chuyen-de.lua: hợp lệ (bài 'sinh-hoat-chuyen-de', 11 bước)
lessons/soan-nghi-quyet.lua: hợp lệ (bài 'soan-nghi-quyet', 22 bước)
lessons/trinh-tu-sinh-hoat.lua: hợp lệ (bài 'trinh-tu-sinh-hoat', 18 bước)
lessons/vai-tro-bi-thu.lua: hợp lệ (bài 'vai-tro-bi-thu', 14 bước)
tests/transcripts/lessons/hoi-lai.lua: hợp lệ (bài 'hoi-lai', 2 bước)
%% run chibo --db $DB --user an learn tests/transcripts/lessons/broken/loi-truong.lua
%% exit 1
%% output sorted
chibo: bài học có lỗi; hãy sửa rồi thử lại (chibo lesson check tests/transcripts/lessons/broken/loi-truong.lua).
tests/transcripts/lessons/broken/loi-truong.lua:13: read 'mo-dau' thiếu trường bắt buộc 'text'
tests/transcripts/lessons/broken/loi-truong.lua:13: trường 'txt' không có trong read 'mo-dau'; có phải ý bạn là 'text'?
tests/transcripts/lessons/broken/loi-truong.lua:14: quiz 'cau-1': answer = 5 nằm ngoài các lựa chọn 1..2
tests/transcripts/lessons/broken/loi-truong.lua:15: trường 'hint' không có trong quiz 'cau-3'; có phải ý bạn là 'hints'?
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'id' của checklist 'Viec-Can-Lam' phải gồm chữ thường không dấu, số và '-', tối đa 64 ký tự (ví dụ "mo-dau"), không phải "Viec-Can-Lam"
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'items' của checklist 'Viec-Can-Lam': trùng id 'a'
tests/transcripts/lessons/broken/loi-truong.lua:17: trường 'requred' không có trong checklist 'Viec-Can-Lam' items[1]; có phải ý bạn là 'required'?
tests/transcripts/lessons/broken/loi-truong.lua:20: form 'bieu-mau': ô 1: type = "number" không có; dùng text, integer, date hoặc choice
tests/transcripts/lessons/broken/loi-truong.lua:22: form 'bieu-mau-2' fields[1] thiếu trường bắt buộc 'label'
tests/transcripts/lessons/broken/loi-truong.lua:22: trường 'lable' không có trong form 'bieu-mau-2' fields[1]; có phải ý bạn là 'label'?
tests/transcripts/lessons/broken/loi-truong.lua:24: quiz 'cau-2' thiếu trường bắt buộc 'question'
tests/transcripts/lessons/broken/loi-truong.lua:25: trùng id bước 'mo-dau' (đã dùng ở dòng 13)
tests/transcripts/lessons/broken/loi-truong.lua:6: lesson thiếu trường bắt buộc 'title'
tests/transcripts/lessons/broken/loi-truong.lua:6: phần tử 9 của steps không phải một bước (hãy dùng read { … }, quiz { … }, …)
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'minutes' của lesson phải là số nguyên, không phải số thực
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'tac_gia' không có trong lesson
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'titel' không có trong lesson; có phải ý bạn là 'title'?
tests/transcripts/lessons/broken/loi-truong.lua:6: trường 'version' của lesson phải là số nguyên, không phải chuỗi văn bản
%% sql
SELECT count(*) FROM lesson_run;
%% rows
0
%% run chibo --db $DB --user an --lessons tests/transcripts/lessons/broken lesson list
%% exit 0
%% output
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/bien-toan-cuc.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/bien-toan-cuc.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/cu-phap.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/cu-phap.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/dong-bai.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/dong-bai.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/khong-tra-ve.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/khong-tra-ve.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/loai-buoc-sai.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/loai-buoc-sai.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/loi-truong.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/loi-truong.lua)
chibo: bỏ qua $REPO/tests/transcripts/lessons/broken/qua-nhieu-lua-chon.lua vì có lỗi (xem: chibo lesson check $REPO/tests/transcripts/lessons/broken/qua-nhieu-lua-chon.lua)
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15        0%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
