Global options and their environment variables: CHIBO_DB and CHIBO_USER
stand for --db and --user (the options win); --lessons DIR adds lessons, and
a lesson there with the id of a bundled one replaces it, visibly ("thay bản
có sẵn" in the list).  --plain and NO_COLOR change nothing when output is
not a terminal.

%% run CHIBO_DB=$DB CHIBO_USER=an chibo learn hoi-lai --lessons tests/transcripts/lessons
%% stdin
3
c
c
%% exit 0
%% output
Bước 1/2 [#####.....] Thời lượng
Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 30 phút
  2. 60 phút
  3. 90 phút
  4. 120 phút
Chọn 1–4: 
Đúng. Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).
Bước 2/2 [##########] Chuẩn bị
Đã thông báo cho đảng viên (c/k): 
Đã chuẩn bị nơi họp (c/k): 
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% run CHIBO_DB=$DB CHIBO_USER=an chibo --lessons tests/transcripts/lessons lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15        0%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
hoi-lai                       1      100%  Kiểm thử hỏi lại
loi-khi-chay                  0        0%  Lỗi khi chạy
nhap-lieu                     1        0%  Kiểm thử nhập liệu
%% run CHIBO_DB=$SCRATCH/khac.db CHIBO_USER=binh chibo --db $DB --user an --lessons tests/transcripts/lessons lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu               15        0%  Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
hoi-lai                       1      100%  Kiểm thử hỏi lại
loi-khi-chay                  0        0%  Lỗi khi chạy
nhap-lieu                     1        0%  Kiểm thử nhập liệu
%% sql
SELECT login FROM person ORDER BY login;
%% rows
an
%% sh
test ! -e khac.db
mkdir -p rieng
cat >rieng/vai-tro.lua <<'LUA'
return lesson {
  id = "vai-tro-bi-thu",
  version = 2,
  title = "Bản riêng của tỉnh",
  minutes = 5,
  steps = { read { id = "mo-dau", title = "Mở đầu", text = "Bản riêng." } },
}
LUA
%% run chibo --db $DB --user an --lessons $SCRATCH/rieng lesson list
%% exit 0
%% output
MÃ BÀI                     PHÚT   TIẾN ĐỘ  TÊN BÀI
chu-tri-buoi-sinh-hoat       20        0%  Chủ trì buổi sinh hoạt chi bộ
ghi-bien-ban                 35        0%  Ghi biên bản buổi sinh hoạt chi bộ
sinh-hoat-chuyen-de          15        0%  Sinh hoạt chi bộ chuyên đề
soan-nghi-quyet              40        0%  Soạn nghị quyết chi bộ
trinh-tu-sinh-hoat           20        0%  Trình tự một buổi sinh hoạt chi bộ thường kỳ
vai-tro-bi-thu                5        0%  Bản riêng của tỉnh (thay bản có sẵn)
%% run chibo --db $DB --user an --lessons $SCRATCH/rieng --plain learn vai-tro-bi-thu
%% exit 0
%% output
Bước 1/1 [##########] Mở đầu
Bản riêng.
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% run NO_COLOR=1 chibo --db $DB --user an learn hoi-lai --lessons tests/transcripts/lessons --restart
%% stdin
3
%% exit 3
%% output
Bước 1/2 [#####.....] Thời lượng
Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 30 phút
  2. 60 phút
  3. 90 phút
  4. 120 phút
Chọn 1–4: 
Đúng. Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).
Bước 2/2 [##########] Chuẩn bị
Đã thông báo cho đảng viên (c/k): 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn hoi-lai' để học tiếp.
