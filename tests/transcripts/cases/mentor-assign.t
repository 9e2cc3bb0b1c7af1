Mentor assignments: an admin puts a commune cadre (role mentor) in a cell's
committee from a day, to the end of the cell's current term unless --to
says otherwise; unassigning ends it that day and keeps the history
(`mentor list --history`); a mentor may follow several cells; every change
is in the audit log.  Refusals say why: not a mentor, not a cell, already
assigned, dates.

%% sh
export CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NEW_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00
c() { "$CHIBO" --db "$DB" --user root "$@" >/dev/null; }
c unit add --kind commune --code X "Đảng ủy xã Hòa Bình"
c unit add --kind cell --parent X --code A "Chi bộ thôn Nà Cạn"
c unit add --kind cell --parent X --code B "Chi bộ thôn Bản Chu"
c unit term A --from 2025-09-01 --to 2027-12-31 --name "2025–2027"
c user add hoa --name "Trần Thị Hoa" --unit X --role mentor
c user add son --name "Lý Văn Sơn" --unit A --role secretary
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell A
%% exit 0
%% output
Đã phân công hoa vào chi ủy Chi bộ thôn Nà Cạn từ 20/11/2026 đến 31/12/2027.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell B --role "Phó Bí thư chi bộ" --from 01/12/2026 --to 2027-06-30
%% exit 0
%% output
Đã phân công hoa vào chi ủy Chi bộ thôn Bản Chu từ 01/12/2026 đến 30/06/2027.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor list
%% exit 0
%% output
Chi bộ thôn Nà Cạn [A]
    Trần Thị Hoa (hoa), Chi ủy viên, từ 20/11/2026 đến 31/12/2027, nhiệm kỳ 2025–2027
%% # refusals
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell A
%% exit 1
%% output
chibo: người này đang được phân công cho chi bộ này; muốn đổi thời hạn thì kết thúc phân công cũ (mentor unassign) rồi phân công lại
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign son --cell B
%% exit 1
%% output
chibo: son chưa có vai trò người hướng dẫn; thêm bằng: chibo user role son +mentor --unit ĐẢNG_ỦY_XÃ
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell X
%% exit 1
%% output
chibo: 'Đảng ủy xã Hòa Bình' không phải một chi bộ; người hướng dẫn được phân công vào chi ủy của một chi bộ
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell "Chi bộ thôn Không Có"
%% exit 1
%% output
chibo: không có đơn vị 'Chi bộ thôn Không Có'; xem danh sách: chibo unit list
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell B --from 2026-02-30
%% exit 2
%% output
chibo: --from: ngày không hợp lệ: 2026-02-30
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign nobody --cell B
%% exit 1
%% output
chibo: không có người dùng 'nobody'; xem danh sách: chibo user list
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa
%% exit 2
%% output
chibo: mentor assign cần --cell CHI_BỘ
Cách dùng: chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-20T10:00 chibo --db $DB --user root mentor assign hoa --cell A --term "2030–2032"
%% exit 1
%% output
chibo: chi bộ Chi bộ thôn Nà Cạn không có nhiệm kỳ '2030–2032'; xem: chibo unit show A
%% # unassign keeps the history; a new assignment is a new row
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-25T10:00 chibo --db $DB --user root mentor unassign hoa --cell A
%% exit 0
%% output
Đã kết thúc phân công hoa ở Chi bộ thôn Nà Cạn (lịch sử vẫn giữ).
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-25T10:00 chibo --db $DB --user root mentor unassign hoa --cell A
%% exit 1
%% output
chibo: hoa hiện không được phân công cho Chi bộ thôn Nà Cạn
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-25T10:00 chibo --db $DB --user root mentor list
%% exit 0
%% output
Không có phân công nào đang hiệu lực (--history: cả các phân công đã kết thúc).
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2026-11-25T10:00 chibo --db $DB --user root mentor assign hoa --cell A --from 2027-01-01
%% exit 0
%% output
Đã phân công hoa vào chi ủy Chi bộ thôn Nà Cạn từ 01/01/2027 đến 31/12/2027.
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2027-01-05T10:00 chibo --db $DB --user root mentor list --history --unit X
%% exit 0
%% output
Chi bộ thôn Bản Chu [B]
    Trần Thị Hoa (hoa), Phó Bí thư chi bộ, từ 01/12/2026 đến 30/06/2027
Chi bộ thôn Nà Cạn [A]
    Trần Thị Hoa (hoa), Chi ủy viên, từ 20/11/2026 đến 31/12/2027, nhiệm kỳ 2025–2027 — đã kết thúc 25/11/2026
Chi bộ thôn Nà Cạn [A]
    Trần Thị Hoa (hoa), Chi ủy viên, từ 01/01/2027 đến 31/12/2027, nhiệm kỳ 2025–2027
%% run CHIBO_PASSPHRASE=mat-khau-thu-nghiem CHIBO_NOW=2027-01-05T10:00 chibo --db $DB --user hoa mentor list --mentor hoa
%% exit 1
%% output
chibo: việc này cần một tài khoản có mật khẩu, mà hồ sơ 'hoa' chưa có; hãy đặt mật khẩu (chibo user passwd) rồi nhờ quản trị viên cấp vai trò (chibo user role)
%% sql
SELECT action, json_extract(detail, '$.from'), json_extract(detail, '$.to'), json_extract(detail, '$.on') FROM audit WHERE action IN ('assign', 'unassign') ORDER BY rowid;
SELECT u.code, committee_role, starts_on, ends_on, ended_on FROM mentor_assignment ma JOIN unit u ON u.id = ma.unit_id ORDER BY ma.rowid;
%% rows
assign|2026-11-20|2027-12-31|
assign|2026-12-01|2027-06-30|
unassign|||2026-11-25
assign|2027-01-01|2027-12-31|
A|Chi ủy viên|2026-11-20|2027-12-31|2026-11-25
B|Phó Bí thư chi bộ|2026-12-01|2027-06-30|
A|Chi ủy viên|2027-01-01|2027-12-31|
