The mentor's dashboard (chibo mentor) and drill-down (chibo mentor show):
for each secretary of a cell currently assigned — lessons done of all with
a bar, last activity, meetings this year against 12, the last meeting's
band, drafts waiting for review — and the flags: no activity for --idle
days (14 by default), the same step failed 3+ times, no meeting this month,
no thematic meeting this quarter.  The last meeting's band is the last
cell meeting's (a committee meeting has none).  The world is tests/access/world.sh;
activity times are pinned with SQL so that the days count is stable.

%% ids
%% sh
export CHIBO_NOW=2026-11-20T19:00 CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NEW_PASSPHRASE=mat-khau-thu-nghiem
export CHIBO_DB=$DB
c() { "$CHIBO" "$@"; }
repo=$REPO log=$SCRATCH/world.log
. "$REPO/tests/access/world.sh"
# a committee meeting after the regular one: not scored, so the board
# still shows the regular meeting's band
sqlite3 "$DB" "INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode, status, started_at, finished_at, updated_at)
  SELECT '00000000-0000-4000-8000-0000000000e1', id, 'hop-chi-uy', 1, 'live', 'done', '2026-11-22T12:00:00Z', '2026-11-22T13:00:00Z', '2026-11-22T13:00:00Z' FROM person WHERE login = 'bt11';
INSERT INTO meeting (id, unit_id, run_id, type, mode, status, held_on, created_at, updated_at)
  SELECT 'c0000000-0000-4000-8000-0000000000e2', id, '00000000-0000-4000-8000-0000000000e1', 'committee', 'live', 'done', '2026-11-22', '2026-11-22T12:00:00Z', '2026-11-22T13:00:00Z' FROM unit WHERE code = 'C11';"
# bt11 fails a quiz of trinh-tu-sinh-hoat three times, then stops
printf '\n\n1\n1\n1\n' | c --user bt11 learn trinh-tu-sinh-hoat >/dev/null 2>&1 || true
sqlite3 "$DB" "UPDATE lesson_run SET updated_at = '2026-11-02T03:00:00Z',
    started_at = '2026-11-01T03:00:00Z',
    finished_at = CASE WHEN finished_at IS NULL THEN NULL ELSE '2026-11-02T03:00:00Z' END;
  UPDATE document SET id = '00000000-0000-4000-8000-0000000000d1', created_at = '2026-11-03T03:00:00Z', updated_at = '2026-11-03T03:00:00Z';
  UPDATE document_revision SET document_id = '00000000-0000-4000-8000-0000000000d1';
  UPDATE step_progress SET updated_at = '2026-11-02T03:00:00Z';
  UPDATE meeting SET updated_at = '2026-11-05T12:00:00Z' WHERE type <> 'committee';"
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 mentor
%% exit 0
%% output
Theo dõi chi bộ — ngày 26/11/2026

Chi bộ thôn Một — Bí Thư Một (bt11)
  Bài học       1/6 ██░░░░░░░░░░
  Hoạt động     22/11/2026 (4 ngày trước)
  Sinh hoạt     1/12 buổi năm 2026 · buổi gần nhất 20/11/2026: khá
  Văn bản chờ góp ý: 1
  ⚑ Bước trinh-tu-sinh-hoat › dang-tai-lieu sai 3 lần
  ⚑ Chưa có buổi sinh hoạt chuyên đề trong quý này
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 mentor --idle 3
%% exit 0
%% output
Theo dõi chi bộ — ngày 26/11/2026

Chi bộ thôn Một — Bí Thư Một (bt11)
  Bài học       1/6 ██░░░░░░░░░░
  Hoạt động     22/11/2026 (4 ngày trước)
  Sinh hoạt     1/12 buổi năm 2026 · buổi gần nhất 20/11/2026: khá
  Văn bản chờ góp ý: 1
  ⚑ Không hoạt động 4 ngày
  ⚑ Bước trinh-tu-sinh-hoat › dang-tai-lieu sai 3 lần
  ⚑ Chưa có buổi sinh hoạt chuyên đề trong quý này
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-12-02T08:00 chibo --db $DB --user men1 mentor dashboard --plain
%% exit 0
%% output
Theo dõi chi bộ — ngày 02/12/2026

Chi bộ thôn Một — Bí Thư Một (bt11)
  Bài học       1/6 ##..........
  Hoạt động     22/11/2026 (10 ngày trước)
  Sinh hoạt     1/12 buổi năm 2026 · buổi gần nhất 20/11/2026: khá
  Văn bản chờ góp ý: 1
  ! Bước trinh-tu-sinh-hoat › dang-tai-lieu sai 3 lần
  ! Chưa ghi buổi sinh hoạt nào trong tháng này
  ! Chưa có buổi sinh hoạt chuyên đề trong quý này
%% # an admin sees every secretary of the subtree
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user adm1 mentor --unit X1
%% exit 0
%% output
Theo dõi chi bộ — ngày 26/11/2026

Chi bộ thôn Hai — Bí Thư Hai (bt12)
  Bài học       0/6 ░░░░░░░░░░░░
  Hoạt động     chưa có
  Sinh hoạt     0/12 buổi năm 2026
  ⚑ Chưa có hoạt động nào
  ⚑ Chưa ghi buổi sinh hoạt nào trong tháng này
  ⚑ Chưa có buổi sinh hoạt chuyên đề trong quý này

Chi bộ thôn Một — Bí Thư Một (bt11)
  Bài học       1/6 ██░░░░░░░░░░
  Hoạt động     22/11/2026 (4 ngày trước)
  Sinh hoạt     1/12 buổi năm 2026 · buổi gần nhất 20/11/2026: khá
  Văn bản chờ góp ý: 1
  ⚑ Bước trinh-tu-sinh-hoat › dang-tai-lieu sai 3 lần
  ⚑ Chưa có buổi sinh hoạt chuyên đề trong quý này
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 mentor show bt11
%% exit 0
%% output
Bí Thư Một (bt11) — Chi bộ thôn Một

Bài học
  trinh-tu-sinh-hoat — Trình tự một buổi sinh hoạt chi bộ thường kỳ
    đang học, từ 01/11/2026, 2 bước xong
      dang-tai-lieu.answer                —  (sai 3 lần)
  vai-tro-bi-thu — Vai trò của bí thư chi bộ và việc chuẩn bị họp chi ủy
    xong 02/11/2026, 14 bước xong
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
  $M1  20/11/2026  định kỳ  đã xong  89 khá
  $M3  22/11/2026  họp chi ủy  đã xong

Văn bản của chi bộ
  00000000  03/11/2026  nghị quyết  bản nháp, 1 bản sửa · chờ góp ý
%% # a mentor with no cell now: an empty board that says why
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men2 mentor
%% exit 0
%% output
Theo dõi chi bộ — ngày 26/11/2026

Chưa có bí thư chi bộ nào trong phạm vi theo dõi (người hướng dẫn: cần được phân công vào chi bộ — chibo mentor assign).
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user bt11 mentor
%% exit 1
%% output
chibo: bảng theo dõi dành cho người hướng dẫn và văn phòng đảng ủy; tài khoản này chưa có vai trò đó (quản trị viên cấp: chibo user role bt11 +mentor)
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor --idle 0
%% exit 2
%% output
chibo: --idle cần một số ngày lớn hơn 0
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor show
%% exit 2
%% output
chibo: mentor show cần TÊN_ĐĂNG_NHẬP
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem chibo --db $DB --user men1 mentor show nguoi-la
%% exit 1
%% output
chibo: không có người dùng 'nguoi-la'; xem danh sách: chibo user list
%% # the menu of a mentor without a cell of their own: lessons and the board
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user men1 --plain
%% stdin
2
3
%% exit 0
%% output
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Theo dõi các chi bộ được phân công
  3. Thoát
Chọn: 
Theo dõi chi bộ — ngày 26/11/2026

Chi bộ thôn Một — Bí Thư Một (bt11)
  Bài học       1/6 ##..........
  Hoạt động     22/11/2026 (4 ngày trước)
  Sinh hoạt     1/12 buổi năm 2026 · buổi gần nhất 20/11/2026: khá
  Văn bản chờ góp ý: 1
  ! Bước trinh-tu-sinh-hoat › dang-tai-lieu sai 3 lần
  ! Chưa có buổi sinh hoạt chuyên đề trong quý này
chibo — học làm bí thư chi bộ
  1. Danh sách bài học
  2. Theo dõi các chi bộ được phân công
  3. Thoát
Chọn: 
