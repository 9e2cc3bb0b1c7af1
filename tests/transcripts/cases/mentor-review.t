A mentor comments on a mentee's step, lesson, meeting and draft, and signs
off a finished lesson and a finished meeting (once; each sign-off is in the
audit log and locks the record).  The secretary sees the new comments
first thing in the menu ("Góp ý mới từ người hướng dẫn"), and with `chibo
mentor comments`; reading marks them read.  Wrong targets get clear
messages.  The world is tests/access/world.sh.

%% ids
%% sh
export CHIBO_NOW=2026-11-20T19:00 CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NEW_PASSPHRASE=mat-khau-thu-nghiem
export CHIBO_DB=$DB
c() { "$CHIBO" "$@"; }
repo=$REPO log=$SCRATCH/world.log
. "$REPO/tests/access/world.sh"
printf '\n\n1\n' | c --user bt11 learn trinh-tu-sinh-hoat >/dev/null 2>&1 || true
sqlite3 "$DB" "UPDATE document SET id = '00000000-0000-4000-8000-0000000000d1';
  UPDATE document_revision SET document_id = '00000000-0000-4000-8000-0000000000d1';
  UPDATE lesson_run SET started_at = '2026-11-01T03:00:00Z',
    finished_at = CASE WHEN finished_at IS NULL THEN NULL ELSE '2026-11-02T03:00:00Z' END;
  UPDATE document SET created_at = '2026-11-03T03:00:00Z';"
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --lesson vai-tro-bi-thu --step so-toi-thieu "Xem lại Điều 24: ít nhất 3 đảng viên chính thức."
%% exit 0
%% output
Đã gửi góp ý cho bt11.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --lesson vai-tro-bi-thu "Bài làm chắc chắn."
%% exit 0
%% output
Đã gửi góp ý cho bt11.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --meeting $M1 "Cần ghi rõ ý kiến thảo luận của từng đồng chí."
%% exit 0
%% output
Đã gửi góp ý cho bt11.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --draft 00000000 "Phần căn cứ ghi đủ số và ngày văn bản cấp trên."
%% exit 0
%% output
Đã gửi góp ý cho bt11.
%% # wrong targets
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --lesson vai-tro-bi-thu --step khong-co "x"
%% exit 1
%% output
chibo: bt11 chưa làm bước 'khong-co' của bài vai-tro-bi-thu
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --lesson soan-nghi-quyet "x"
%% exit 1
%% output
chibo: bt11 chưa học bài soan-nghi-quyet
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --meeting ffffffff "x"
%% exit 1
%% output
chibo: không có buổi sinh hoạt ffffffff của chi bộ của bt11
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --draft 12345678 "x"
%% exit 1
%% output
chibo: không có văn bản 12345678 của chi bộ của người này
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --meeting $M1 --draft 00000000 "x"
%% exit 2
%% output
chibo: mentor comment cần đúng một trong --lesson BÀI [--step BƯỚC], --meeting MÃ, --draft MÃ
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor comment bt11 --meeting $M1 "   "
%% exit 2
%% output
chibo: nội dung góp ý trống hoặc không phải UTF-8 hợp lệ
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor signoff bt11 --lesson trinh-tu-sinh-hoat
%% exit 1
%% output
chibo: bt11 chưa học xong bài trinh-tu-sinh-hoat
%% # sign-offs: once each
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor signoff bt11 --lesson vai-tro-bi-thu
%% exit 0
%% output
Đã ký xác nhận bài vai-tro-bi-thu của bt11; bản ghi này nay được khóa.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor signoff bt11 --meeting $M1
%% exit 0
%% output
Đã ký xác nhận buổi sinh hoạt $M1 của chi bộ của bt11; bản ghi này nay được khóa.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor signoff bt11 --meeting $M1
%% exit 0
%% output
Đã ký xác nhận từ trước.
%% sql
SELECT action, json_extract(detail, '$.run') IS NOT NULL, json_extract(detail, '$.meeting') IS NOT NULL FROM audit WHERE action = 'signoff' ORDER BY at, rowid;
SELECT target, step_id, body, read_at IS NULL FROM review_comment ORDER BY created_at, rowid;
%% rows
signoff|1|0
signoff|0|1
step|so-toi-thieu|Xem lại Điều 24: ít nhất 3 đảng viên chính thức.|1
lesson||Bài làm chắc chắn.|1
meeting||Cần ghi rõ ý kiến thảo luận của từng đồng chí.|1
revision||Phần căn cứ ghi đủ số và ngày văn bản cấp trên.|1
%% sh
sqlite3 "$DB" "UPDATE review_comment SET created_at = '2026-11-21T0' || rowid || ':00:00Z'"
%% # the secretary: first thing in the menu, then read
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user bt11 --plain
%% stdin
1
8
%% exit 0
%% output
chibo — học làm bí thư chi bộ
  1. Góp ý mới từ người hướng dẫn (4)
  2. Học tiếp: Trình tự một buổi sinh hoạt chi bộ thường kỳ
  3. Danh sách bài học
  4. Bắt đầu buổi sinh hoạt chi bộ
  5. Tập dượt một buổi sinh hoạt
  6. Các buổi sinh hoạt đã ghi
  7. Soạn nghị quyết, biên bản
  8. Các văn bản đã soạn
  9. Thoát
Chọn: 
* 21/11/2026 — Cán Bộ men1, văn bản nghị quyết (bản nháp), bản sửa 1:
    Phần căn cứ ghi đủ số và ngày văn bản cấp trên.
* 21/11/2026 — Cán Bộ men1, buổi sinh hoạt 20/11/2026:
    Cần ghi rõ ý kiến thảo luận của từng đồng chí.
* 21/11/2026 — Cán Bộ men1, bài vai-tro-bi-thu:
    Bài làm chắc chắn.
* 21/11/2026 — Cán Bộ men1, bước vai-tro-bi-thu › so-toi-thieu:
    Xem lại Điều 24: ít nhất 3 đảng viên chính thức.
chibo — học làm bí thư chi bộ
  1. Học tiếp: Trình tự một buổi sinh hoạt chi bộ thường kỳ
  2. Danh sách bài học
  3. Bắt đầu buổi sinh hoạt chi bộ
  4. Tập dượt một buổi sinh hoạt
  5. Các buổi sinh hoạt đã ghi
  6. Soạn nghị quyết, biên bản
  7. Các văn bản đã soạn
  8. Thoát
Chọn: 
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user bt11 mentor comments
%% exit 0
%% output
Không có góp ý mới.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user bt11 mentor comments --all
%% exit 0
%% output
21/11/2026 — Cán Bộ men1, văn bản nghị quyết (bản nháp), bản sửa 1:
    Phần căn cứ ghi đủ số và ngày văn bản cấp trên.
21/11/2026 — Cán Bộ men1, buổi sinh hoạt 20/11/2026:
    Cần ghi rõ ý kiến thảo luận của từng đồng chí.
21/11/2026 — Cán Bộ men1, bài vai-tro-bi-thu:
    Bài làm chắc chắn.
21/11/2026 — Cán Bộ men1, bước vai-tro-bi-thu › so-toi-thieu:
    Xem lại Điều 24: ít nhất 3 đảng viên chính thức.
%% sql
SELECT count(*) FROM review_comment WHERE read_at IS NULL;
%% rows
0
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 mentor show bt11
%% exit 0
%% output
Bí Thư Một (bt11) — Chi bộ thôn Một

Bài học
  trinh-tu-sinh-hoat — Trình tự một buổi sinh hoạt chi bộ thường kỳ
    đang học, từ 01/11/2026, 2 bước xong
      dang-tai-lieu.answer                —  (sai 1 lần)
  vai-tro-bi-thu — Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
    xong 02/11/2026, 14 bước xong, đã ký xác nhận
      so-toi-thieu.answer                 2  (sai 1 lần)
      bau-chi-uy.answer                   3
      chi-bo-cua-toi.so-chinh-thuc        7
      nhiem-vu-chi-bo.answer              3
      hop-thuong-le.answer                2
      ai-hop.answer                       2
      viec-cua-chi-bo.answer              3  (sai 1 lần)
      chuan-bi-hop-chi-uy.xem-nghi-quyet  true
      chuan-bi-hop-chi-uy.phan-cong       true
      chuan-bi-hop-chi-uy.van-ban-cap-tren true
      chuan-bi-hop-chi-uy.chon-van-de     true
      chuan-bi-hop-chi-uy.hen-lich        true
      chuan-bi-hop-chi-uy.hoi-y-kien      false
      chuan-bi-hop-chi-uy.dang-phi        true

Các buổi sinh hoạt của chi bộ
  $M1  20/11/2026  định kỳ  đã xong  89 khá  · đã ký xác nhận  · 1 góp ý

Văn bản của chi bộ
  00000000  03/11/2026  nghị quyết  bản nháp, 1 bản sửa · đã góp ý bản mới nhất
%% # the mentor reads the draft as the cell wrote it (its cell, not the reader's)
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 draft show 00000000
%% exit 0
%% output
                             ĐẢNG BỘ XÃ MỘT
                            CHI BỘ THÔN MỘT
                                   *
                              Số   -NQ/CB

                         ĐẢNG CỘNG SẢN VIỆT NAM
                         ──────────────────────

                                     Thôn Một, ngày 09 tháng 10 năm 2026

                               NGHỊ QUYẾT
                     Sinh hoạt chi bộ tháng 10/2026

    Ngày 09/10/2026, tại nhà văn hóa thôn Bản Cầu, Chi bộ thôn Một tiến
hành sinh hoạt chi bộ tháng 10/2026.
    Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự
bị); có mặt: 14 đồng chí (13 chính thức, 1 dự bị); vắng mặt: 3 đồng chí
(2 có lý do, 1 không có lý do).
    Chủ trì: đồng chí Nông Văn Thành, Bí thư chi bộ. Thư ký: đồng chí
Lương Thị Hoa.
    Sau khi nghe báo cáo kết quả thực hiện nhiệm vụ tháng 9/2026 và thảo
luận, Chi bộ thống nhất quyết nghị:

    I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9/2026
    1. Kết quả đạt được
    - Thu đảng phí tháng 9 đủ 15/15 đảng viên chính thức, đúng hạn.
    - Vận động 38/40 hộ đăng ký góp ngày công làm đường xóm Đông; đã đổ
bê tông 120 m.
    - Không có đảng viên, gia đình đảng viên vi phạm pháp luật, quy định
nơi cư trú.
    2. Hạn chế, khuyết điểm và nguyên nhân
    - Thu hoạch lúa mùa chậm ở xóm Tây; nguyên nhân chủ quan: chi ủy
chưa phân công đảng viên giúp các hộ neo đơn; khách quan: mưa kéo dài.
    - 2 đảng viên chưa tham gia buổi sinh hoạt tổ dân cư tháng 9, chưa
báo lý do.

    II. NHIỆM VỤ THÁNG 10/2026
    1. Hoàn thành đổ bê tông 130 m còn lại của đường xóm Đông — giao
đồng chí Lý Văn Hùng, phó bí thư, phối hợp trưởng thôn; thời hạn hoàn
thành: 31/10/2026.
    2. Tổ chức cho đảng viên giúp 4 hộ neo đơn xóm Tây thu hoạch lúa mùa
— giao đồng chí Hoàng Thị Mai, chi hội trưởng Chi hội Phụ nữ; thời hạn
hoàn thành: 20/10/2026.

    III. TỔ CHỨC THỰC HIỆN
    - Các đồng chí được giao việc ở mục II chủ động thực hiện, báo cáo
chi ủy kết quả trước thời hạn.
    - Mỗi đảng viên phổ biến nghị quyết đến gia đình và các hộ mình phụ
trách; các đồng chí phụ trách đoàn thể triển khai trong hội viên.
    - Chi ủy theo dõi, đôn đốc; chi bộ kiểm tra kết quả thực hiện nghị
quyết tại buổi sinh hoạt tháng 11/2026.
    Nghị quyết được Chi bộ biểu quyết thông qua tại buổi sinh hoạt ngày
09/10/2026: 13 đồng chí tán thành, 0 không tán thành, 0 không biểu quyết
(số tán thành bằng 86,7% số đảng viên chính thức của chi bộ).

    IV. TỰ ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT
    Chi bộ tự đánh giá chất lượng buổi sinh hoạt đạt 92/100 điểm, xếp
loại tốt.

Nơi nhận:
- Đảng ủy xã Một (để báo cáo),
- Đảng viên trong chi bộ (để thực hiện),
- Lưu chi bộ.


                               T/M CHI BỘ
                                 BÍ THƯ

                             Nông Văn Thành
