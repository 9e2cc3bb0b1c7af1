"lesson show ID": title, id and version, summary, minutes and number of
steps, file, sources (when there are any) and the steps (kind, id, title).
(The expected outputs were written by hand from the code's format; lesson
show crashed when they were written.)

%% run chibo --db $DB --user an lesson show vai-tro-bi-thu
%% exit 0
%% output
Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy (vai-tro-bi-thu, phiên bản 1)
Chi bộ được tổ chức thế nào theo Điều 24 Điều lệ Đảng, bí thư lo những việc gì, và chuẩn bị buổi họp chi ủy trước mỗi kỳ sinh hoạt.
Thời gian dự kiến: 15 phút; 14 bước.
Tệp: $REPO/lessons/vai-tro-bi-thu.lua
Nguồn:
  - Điều lệ Đảng Cộng sản Việt Nam, Điều 24
  - Hướng dẫn 42-HD/BTCTW ngày 28/10/2025
  - Báo Lạng Sơn ngày 09/02/2023, "Cán bộ, công chức là đảng viên tham gia chi ủy thôn, khối phố: Cách làm riêng tại Cao Lộc"
Các bước:
   1. [read] cau-chuyen — Một cách làm ở Cao Lộc
   2. [read] to-chuc-chi-bo — Chi bộ được tổ chức thế nào
   3. [quiz] so-toi-thieu
   4. [quiz] bau-chi-uy
   5. [step] chi-bo-cua-toi — Chi bộ của đồng chí
   6. [read] nhiem-vu — Chi bộ làm những việc gì
   7. [quiz] nhiem-vu-chi-bo
   8. [quiz] hop-thuong-le
   9. [read] hop-chi-uy — Họp chi ủy trước buổi sinh hoạt
  10. [read] chon-van-de — Chọn vấn đề trọng tâm
  11. [quiz] ai-hop
  12. [quiz] viec-cua-chi-bo
  13. [checklist] chuan-bi-hop-chi-uy — Chuẩn bị buổi họp chi ủy tháng này
  14. [read] ghi-nho — Ghi nhớ
%% run chibo --db $DB --user an lesson show trinh-tu-sinh-hoat
%% exit 0
%% output
Trình tự một buổi sinh hoạt chi bộ thường kỳ (trinh-tu-sinh-hoat, phiên bản 1)
Bốn việc chuẩn bị, bốn bước khai mạc, phần nội dung, bế mạc, thời lượng tối thiểu và cách tính số đảng viên có mặt.
Thời gian dự kiến: 20 phút; 18 bước.
Tệp: $REPO/lessons/trinh-tu-sinh-hoat.lua
Nguồn:
  - Hướng dẫn 42-HD/BTCTW ngày 28/10/2025
  - Hướng dẫn 12-HD/BTCTW ngày 06/7/2018
  - Chỉ thị 50-CT/TW ngày 23/7/2025
Các bước:
   1. [read] gioi-thieu — Vì sao cần nắm trình tự
   2. [read] chuan-bi — Phần 1. Bốn việc chuẩn bị
   3. [quiz] dang-tai-lieu
   4. [checklist] viec-chuan-bi — Tự kiểm tra: việc chuẩn bị cho buổi sinh hoạt tới
   5. [read] khai-mac — Phần 2. Khai mạc
   6. [quiz] khai-mac-tiep-theo
   7. [quiz] khai-mac-khong-co
   8. [read] noi-dung — Phần 3. Nội dung
   9. [read] be-mac — Phần 4. Bế mạc và biên bản
  10. [quiz] bien-ban
  11. [read] thoi-luong — Thời lượng
  12. [quiz] thoi-luong-toi-thieu
  13. [quiz] ket-hop-chuyen-de
  14. [read] co-mat-bieu-quyet — Số người có mặt và biểu quyết
  15. [quiz] ty-le-co-mat
  16. [form] chi-bo-cua-toi — Chi bộ của đồng chí
  17. [step] tinh-thu — Tính thử cho chi bộ của đồng chí
  18. [read] ghi-nho — Ghi nhớ
%% # A lesson without sources (from a --lessons folder).
%% run chibo --db $DB --user an --lessons tests/transcripts/lessons lesson show hoi-lai
%% exit 0
%% output
Kiểm thử hỏi lại (hoi-lai, phiên bản 1)
Thời gian dự kiến: 1 phút; 2 bước.
Tệp: $REPO/tests/transcripts/lessons/hoi-lai.lua
Các bước:
   1. [quiz] thoi-luong — Thời lượng
   2. [checklist] chuan-bi — Chuẩn bị
%% run chibo --db $DB --user an lesson show khong-co-bai-nay
%% exit 2
%% output
chibo: không có bài học 'khong-co-bai-nay' (xem: chibo lesson list)
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
