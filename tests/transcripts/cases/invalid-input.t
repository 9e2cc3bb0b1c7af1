Invalid input when standard input is not a terminal: chibo prints the reason
("! …") and reads the next line, for every kind of prompt — an empty required
field, blanks only, a line that is not UTF-8 (\xff\xfe, \xc3\x28), a letter
where a number is wanted, a number out of range, an option out of range, an
invalid yes/no.  Accepted text is trimmed and NFC-normalised: the name is
typed decomposed (NFD, combining marks) with blanks around it and stored as
"Nguyễn Văn Ánh" (precomposed).  A choice is taken by number or by its exact
text; yes/no in any case.  Rejected lines are not stored and do not count as
attempts.

%% run chibo --db $DB --user an learn tests/transcripts/lessons/nhap-lieu.lua
%% stdin printf

   
\xff\xfeabc
   Nguye\xcc\x82\xcc\x83n Va\xcc\x86n A\xcc\x81nh  
năm
81
-1

12

x
0
4
Phó bí thư
mười
2
9
maybe

CÓ
\xc3\x28
Bản Cầu
Năm
%% exit 0
%% output
Bước 1/2 [#####.....] Hồ sơ
Họ và tên: 
! Không được để trống; hãy nhập nội dung.
Họ và tên: 
! Không được để trống; hãy nhập nội dung.
Họ và tên: 
! Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập lại.
Họ và tên: 
Tuổi đảng (0–80): 
! Hãy nhập một số nguyên (chỉ gồm chữ số).
Tuổi đảng (0–80): 
! Hãy nhập một số từ 0 đến 80.
Tuổi đảng (0–80): 
! Hãy nhập một số từ 0 đến 80.
Tuổi đảng (0–80): 
! Không được để trống; hãy nhập một số.
Tuổi đảng (0–80): 
Ghi chú (có thể bỏ trống): 
Chức vụ
  1. Bí thư
  2. Phó bí thư
  3. Chi ủy viên
Chọn 1–3: 
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
Bước 2/2 [##########] Hỏi đáp
Số đảng viên chính thức (3–50): 
! Hãy nhập một số nguyên (chỉ gồm chữ số).
Số đảng viên chính thức (3–50): 
! Hãy nhập một số từ 3 đến 50.
Số đảng viên chính thức (3–50): 
Chi bộ có chi ủy không? (c/k): 
! Hãy trả lời c (có) hoặc k (không).
Chi bộ có chi ủy không? (c/k): 
! Hãy trả lời c (có) hoặc k (không).
Chi bộ có chi ủy không? (c/k): 
Đã ghi: 9 đảng viên, có chi ủy.
Tên thôn: 
! Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập lại.
Tên thôn: 
Thôn: Bản Cầu (7 ký tự)
Kỳ sinh hoạt
  1. Tháng
  2. Quý
  3. Năm
Chọn 1–3: 
Chọn: 3
Họ tên đã lưu: Nguyễn Văn Ánh
Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
%% sql
SELECT key, value, attempts FROM answer ORDER BY key;
%% rows
ho-so.chuc-vu|2|1
ho-so.ghi-chu|""|1
ho-so.ho-ten|"Nguyễn Văn Ánh"|1
ho-so.tuoi|12|1
hoi-dap.co-chi-uy|true|1
hoi-dap.ky|3|1
hoi-dap.so|9|1
hoi-dap.thon|"Bản Cầu"|1
%% sql
SELECT hex(json_extract(value, '$')) = hex('Nguyễn Văn Ánh'), length(json_extract(value, '$'))
  FROM answer WHERE key = 'ho-so.ho-ten';
%% rows
1|14
%% sql
SELECT status FROM lesson_run;
%% rows
done
%% # The same lines through "lesson test", which echoes each line read ("> …";
%% # an invalid byte shows as U+FFFD).
%% run chibo lesson test tests/transcripts/lessons/nhap-lieu.lua --answers /dev/stdin
%% stdin printf

   
\xff\xfeabc
   Nguye\xcc\x82\xcc\x83n Va\xcc\x86n A\xcc\x81nh  
năm
81
-1

12

x
0
4
Phó bí thư
mười
2
9
maybe

CÓ
\xc3\x28
Bản Cầu
Năm
%% exit 0
%% output
Bước 1/2 [#####.....] Hồ sơ
Họ và tên: 
> 
! Không được để trống; hãy nhập nội dung.
Họ và tên: 
> 
! Không được để trống; hãy nhập nội dung.
Họ và tên: 
> ��abc
! Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập lại.
Họ và tên: 
> Nguyễn Văn Ánh
Tuổi đảng (0–80): 
> năm
! Hãy nhập một số nguyên (chỉ gồm chữ số).
Tuổi đảng (0–80): 
> 81
! Hãy nhập một số từ 0 đến 80.
Tuổi đảng (0–80): 
> -1
! Hãy nhập một số từ 0 đến 80.
Tuổi đảng (0–80): 
> 
! Không được để trống; hãy nhập một số.
Tuổi đảng (0–80): 
> 12
Ghi chú (có thể bỏ trống): 
> 
Chức vụ
  1. Bí thư
  2. Phó bí thư
  3. Chi ủy viên
Chọn 1–3: 
> x
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
> 0
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
> 4
! Hãy chọn một số từ 1 đến 3, hoặc gõ đúng nội dung một lựa chọn.
Chọn 1–3: 
> Phó bí thư
Bước 2/2 [##########] Hỏi đáp
Số đảng viên chính thức (3–50): 
> mười
! Hãy nhập một số nguyên (chỉ gồm chữ số).
Số đảng viên chính thức (3–50): 
> 2
! Hãy nhập một số từ 3 đến 50.
Số đảng viên chính thức (3–50): 
> 9
Chi bộ có chi ủy không? (c/k): 
> maybe
! Hãy trả lời c (có) hoặc k (không).
Chi bộ có chi ủy không? (c/k): 
> 
! Hãy trả lời c (có) hoặc k (không).
Chi bộ có chi ủy không? (c/k): 
> CÓ
Đã ghi: 9 đảng viên, có chi ủy.
Tên thôn: 
> �(
! Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập lại.
Tên thôn: 
> Bản Cầu
Thôn: Bản Cầu (7 ký tự)
Kỳ sinh hoạt
  1. Tháng
  2. Quý
  3. Năm
Chọn 1–3: 
> Năm
Chọn: 3
Họ tên đã lưu: Nguyễn Văn Ánh
