A lesson's practice kept as a draft document (lesson { draft = "nghi-quyet" }).
The cell is set first; the lesson soan-nghi-quyet is learned to the end
from its answers file (tests/transcripts/soan-nghi-quyet.answers), clock
fixed at 26/11/2026 08:00.  Its practice steps are the nghi-quyet
template's own wizard (plugins/drafting/nghi-quyet-steps.lua), so the
run's answers, under the template's keys, become revision 1 of a draft
resolution: the last line of the lesson names it.

The draft id is random, so the checks that need it are sh sections that
read it from the database: "draft list" shows the draft; "draft show"
builds the whole resolution from the lesson's answers (the cell's name,
superior and place from cell set; no meeting: everything was typed); and
finalize passes the template's checks and gives it Số 01-NQ/CB.  SQL: one
document of template nghi-quyet, its run the lesson's (done), one
revision holding the template's answer keys.

Then the same for the minutes: ghi-bien-ban (draft = "bien-ban") from its
answers file gives a second draft, of template bien-ban, whose checks pass
(finalize: Số 01-BB/CB).

%% run CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user an cell set --name "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng" --term 2025-2027 --place "Bản Cầu"
%% exit 0
%% output
Chi bộ: Chi bộ thôn Bản Cầu
Đảng bộ cấp trên: Đảng bộ xã Đồng Đăng
Ký hiệu trong số văn bản: CB
Nhiệm kỳ: 2025-2027
Địa danh ghi trên văn bản: Bản Cầu
Phiếu chấm chất lượng: hd42-100
%% run CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user an learn lessons/soan-nghi-quyet.lua
%% stdin soan-nghi-quyet.answers
%% exit 0
%% sh
# the lesson's last lines: finished, and the draft kept under its id
id=$(sqlite3 "$DB" "SELECT substr(id, 1, 8) FROM document")
[ "$(tail -2 .out)" = "Đồng chí đã hoàn thành bài học. Tiến độ đã được lưu.
Bản thảo nghị quyết luyện tập đã được lưu. Xem: chibo draft show $id; xuất ra tệp: chibo draft export $id" ] ||
  { echo "last lines:"; tail -2 .out; exit 1; }
%% run CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user an draft list
%% exit 0
%% sh
id=$(sqlite3 "$DB" "SELECT substr(id, 1, 8) FROM document")
[ "$(cat .out)" = "2026-11-26  $id  nghị quyết  bản thảo, 1 lần lưu" ] ||
  { echo "draft list:"; cat .out; exit 1; }
%% sql
SELECT d.template_id, d.type, d.code, d.status, d.number IS NULL, d.meeting_id IS NULL,
       r.lesson_id, r.lesson_version, r.status, d.run_id = v.run_id, v.n
  FROM document d JOIN lesson_run r ON r.id = d.run_id
  JOIN document_revision v ON v.document_id = d.id;
%% rows
nghi-quyet|resolution|NQ|draft|1|1|soan-nghi-quyet|2|done|1|1
%% sql
SELECT json_extract(data, '$."mo-dau.ngay"'), json_extract(data, '$."mo-dau.co-mat-chinh-thuc"'),
       json_extract(data, '$."nhiem-vu.viec-3"'), json_extract(data, '$."nhiem-vu.han-3"'),
       json_extract(data, '$."bieu-quyet.tan-thanh"'), json_extract(data, '$."ky.dung"')
  FROM document_revision;
%% rows
05/11/2026|13|Vận động 12 hộ xóm Đông góp ngày công làm rãnh thoát nước|25/11/2026|13|1
%% sh
# the draft as the learner sees it, then finalized
export LC_ALL=C.UTF-8 TERM=dumb XDG_DATA_HOME=$SCRATCH/xdg-data
id=$(sqlite3 "$DB" "SELECT substr(id, 1, 8) FROM document")
"$CHIBO" --db "$DB" --user an draft show "$id" >show.txt
cat >want.txt <<'TXT'
                          ĐẢNG BỘ XÃ ĐỒNG ĐĂNG
                          CHI BỘ THÔN BẢN CẦU
                                   *
                              Số   -NQ/CB

                         ĐẢNG CỘNG SẢN VIỆT NAM
                         ──────────────────────

                                      Bản Cầu, ngày 05 tháng 11 năm 2026

                               NGHỊ QUYẾT
                     Sinh hoạt chi bộ tháng 11/2026

    Ngày 05/11/2026, tại nhà văn hóa thôn Bản Cầu, Chi bộ thôn Bản Cầu
tiến hành sinh hoạt chi bộ tháng 11/2026.
    Tổng số đảng viên được triệu tập: 17 đồng chí (15 chính thức, 2 dự
bị); có mặt: 15 đồng chí (13 chính thức, 2 dự bị); vắng mặt: 2 đồng chí
(1 có lý do, 1 không có lý do).
    Chủ trì: đồng chí Nông Văn Thành, Bí thư chi bộ. Thư ký: đồng chí
Lương Thị Hoa.
    Dự buổi sinh hoạt có đồng chí Hoàng Văn Tâm, Đảng ủy viên, cán bộ
Đảng ủy xã theo dõi chi bộ.
    Sau khi nghe báo cáo kết quả thực hiện nhiệm vụ tháng 10/2026 và
thảo luận, Chi bộ thống nhất quyết nghị:

    I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10/2026
    1. Kết quả đạt được
    - Đổ xong 250 m bê tông đường xóm Đông, đạt kế hoạch.
    - 15/15 đảng viên chính thức đóng đảng phí đủ, đúng hạn.
    2. Hạn chế, khuyết điểm và nguyên nhân
    - Tiêm phòng cho trâu, bò mới đạt 70% kế hoạch; nguyên nhân chủ
quan: chi ủy chưa phối hợp với thú y xã để tiêm bổ sung; khách quan:
nhiều hộ chăn thả trên rừng.

    II. NHIỆM VỤ THÁNG 11/2026
    1. Tiêm phòng bổ sung cho 40 con trâu, bò còn lại của thôn — giao
đồng chí Hà Văn Phúc phối hợp thú y xã; thời hạn hoàn thành: 30/11/2026.
    2. Vận động các hộ đưa trâu, bò về chuồng trước ngày tiêm — giao Chi
hội Phụ nữ thôn (đ/c Hoàng Thị Mai, chi hội trưởng); thời hạn hoàn
thành: 20/11/2026.
    3. Vận động 12 hộ xóm Đông góp ngày công làm rãnh thoát nước — giao
đồng chí Lý Văn Hùng, phó bí thư, cùng trưởng thôn; thời hạn hoàn thành:
25/11/2026.

    III. TỔ CHỨC THỰC HIỆN
    - Các đồng chí được giao việc ở mục II chủ động thực hiện, báo cáo
chi ủy kết quả trước thời hạn.
    - Mỗi đảng viên phổ biến nghị quyết đến gia đình và các hộ mình phụ
trách; các đồng chí phụ trách đoàn thể triển khai trong hội viên.
    - Chi ủy theo dõi, đôn đốc; chi bộ kiểm tra kết quả thực hiện nghị
quyết tại buổi sinh hoạt tháng 12/2026.
    Nghị quyết được Chi bộ biểu quyết thông qua tại buổi sinh hoạt ngày
05/11/2026: 13 đồng chí tán thành, 0 không tán thành, 0 không biểu quyết
(số tán thành bằng 86,7% số đảng viên chính thức của chi bộ).

Nơi nhận:
- Đảng ủy xã Đồng Đăng (để báo cáo),
- Đảng viên trong chi bộ (để thực hiện),
- Lưu chi bộ.


                               T/M CHI BỘ
                                 BÍ THƯ

                             Nông Văn Thành
TXT
diff want.txt show.txt
CHIBO_NOW=2026-11-26T08:00 "$CHIBO" --db "$DB" --user an draft finalize "$id" >final.txt
grep -q "Số 01-NQ/CB" final.txt || { cat final.txt; exit 1; }
%% run CHIBO_NOW=2026-11-26T08:00 chibo --db $DB --user an learn lessons/ghi-bien-ban.lua
%% stdin ghi-bien-ban.answers
%% exit 0
%% sh
id=$(sqlite3 "$DB" "SELECT substr(id, 1, 8) FROM document WHERE template_id = 'bien-ban'")
[ "$(tail -1 .out)" = "Bản thảo biên bản luyện tập đã được lưu. Xem: chibo draft show $id; xuất ra tệp: chibo draft export $id" ] ||
  { echo "last line:"; tail -1 .out; exit 1; }
export LC_ALL=C.UTF-8 TERM=dumb XDG_DATA_HOME=$SCRATCH/xdg-data
CHIBO_NOW=2026-11-26T08:00 "$CHIBO" --db "$DB" --user an draft finalize "$id" >final-bb.txt
grep -q "Số 01-BB/CB" final-bb.txt || { cat final-bb.txt; exit 1; }
%% sql
SELECT d.template_id, d.type, d.status, d.number, r.lesson_id, r.status,
       (SELECT count(*) FROM document_revision v WHERE v.document_id = d.id)
  FROM document d JOIN lesson_run r ON r.id = d.run_id ORDER BY d.template_id;
%% rows
bien-ban|minutes|final|1|ghi-bien-ban|done|1
nghi-quyet|resolution|final|1|soan-nghi-quyet|done|1
