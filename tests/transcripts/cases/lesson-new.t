"lesson new ID" writes a commented scaffold ID.lua in the current folder;
the scaffold passes "lesson check" and runs to the end with "lesson test"
(answers: the quiz's right choice, then c and k for the checklist).  It
never overwrites a file (exit 1), and refuses an invalid id (exit 2).

%% cd $SCRATCH
%% run chibo lesson new bai-cua-toi
%% exit 0
%% output
Đã tạo bai-cua-toi.lua.  Sửa nội dung rồi chạy: chibo lesson check bai-cua-toi.lua
%% run chibo lesson check bai-cua-toi.lua
%% exit 0
%% output
bai-cua-toi.lua: hợp lệ (bài 'bai-cua-toi', 3 bước)
%% run chibo lesson test bai-cua-toi.lua --answers /dev/stdin
%% stdin
1
2
c
k
%% exit 0
%% output
Bước 1/3 [###.......] Mở đầu
Nội dung cần đọc. Để một dòng trống giữa hai đoạn.
Bước 2/3 [#######...]
Câu hỏi?
  1. Lựa chọn 1
  2. Lựa chọn 2
  3. Lựa chọn 3
Chọn 1–3: 
> 1
! Chưa đúng. Gợi ý: Gợi ý sau lần sai thứ nhất
Chọn 1–3: 
> 2
Đúng. Giải thích vì sao đúng.
Bước 3/3 [##########] Việc cần làm
Việc thứ nhất (c/k): 
> c
Việc thứ hai (c/k): 
> k
%% run chibo lesson new bai-cua-toi
%% exit 1
%% sh
# The reason comes from the C library (its language depends on the system).
grep -q "^chibo: không tạo được bai-cua-toi.lua: ..*" .out
%% run chibo lesson new Bai_Cua_Toi
%% exit 2
%% output
chibo: mã bài 'Bai_Cua_Toi' chỉ được gồm chữ thường không dấu, số và '-'
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% sh
test -f bai-cua-toi.lua
test ! -e Bai_Cua_Toi.lua
