An answers file saved by a Windows editor — a UTF-8 byte order mark at the
start and CRLF line ends — works like a plain one, for "lesson test" and for
"learn" (the mark and the CR are not part of the answers).

%% run chibo lesson test tests/transcripts/lessons/nhap-lieu.lua --answers /dev/stdin
%% stdin printf
\xef\xbb\xbfNguyễn Văn Ánh\r
12\r
\r
Bí thư\r
9\r
không\r
Bản Cầu\r
1\r
%% exit 0
%% output
Bước 1/2 [#####.....] Hồ sơ
Họ và tên: 
> Nguyễn Văn Ánh
Tuổi đảng (0–80): 
> 12
Ghi chú (có thể bỏ trống): 
> 
Chức vụ
  1. Bí thư
  2. Phó bí thư
  3. Chi ủy viên
Chọn 1–3: 
> Bí thư
Bước 2/2 [##########] Hỏi đáp
Số đảng viên chính thức (3–50): 
> 9
Chi bộ có chi ủy không? (c/k): 
> không
Đã ghi: 9 đảng viên, không có chi ủy.
Tên thôn: 
> Bản Cầu
Thôn: Bản Cầu (7 ký tự)
Kỳ sinh hoạt
  1. Tháng
  2. Quý
  3. Năm
Chọn 1–3: 
> 1
Chọn: 1
Họ tên đã lưu: Nguyễn Văn Ánh
%% run chibo --db $DB --user an learn tests/transcripts/lessons/nhap-lieu.lua
%% stdin printf
\xef\xbb\xbfNguyễn Văn Ánh\r
12\r
\r
Bí thư\r
9\r
không\r
Bản Cầu\r
1\r
%% exit 0
%% output
Bước 1/2 [#####.....] Hồ sơ
Họ và tên: 
Tuổi đảng (0–80): 
Ghi chú (có thể bỏ trống): 
Chức vụ
  1. Bí thư
  2. Phó bí thư
  3. Chi ủy viên
Chọn 1–3: 
Bước 2/2 [##########] Hỏi đáp
Số đảng viên chính thức (3–50): 
Chi bộ có chi ủy không? (c/k): 
Đã ghi: 9 đảng viên, không có chi ủy.
Tên thôn: 
Thôn: Bản Cầu (7 ký tự)
Kỳ sinh hoạt
  1. Tháng
  2. Quý
  3. Năm
Chọn 1–3: 
Chọn: 1
Họ tên đã lưu: Nguyễn Văn Ánh
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% sql
SELECT key, value FROM answer ORDER BY key;
%% rows
ho-so.chuc-vu|1
ho-so.ghi-chu|""
ho-so.ho-ten|"Nguyễn Văn Ánh"
ho-so.tuoi|12
hoi-dap.co-chi-uy|false
hoi-dap.ky|1
hoi-dap.so|9
hoi-dap.thon|"Bản Cầu"
