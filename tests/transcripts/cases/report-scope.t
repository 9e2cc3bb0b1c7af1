Reports read only the cells access.c puts in the scope: a mentor sees the
cells currently assigned to them (men1: C11 only, even with --unit X1), a
mentor whose assignment ended sees nothing, a secretary their own cell (an
account, bt11, and a profile without a passphrase, bt12), a commune admin
their commune's subtree.  A --unit outside one's scope is refused without
a figure; an unknown unit is named.

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user men1 report meetings --year 2025
%% exit 0
%% output
Số buổi sinh hoạt chi bộ
Phạm vi: mọi chi bộ bạn được xem (1 chi bộ)
Năm: 2025
Số liệu tính đến ngày: 31/12/2025

Đơn vị                 Định kỳ   Tỉ lệ                        Buổi chuyên đề  Họp chi ủy
────────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Một           12/12  100,0%  ████████████████████             3/4           3
  Chi bộ thôn Bản Cầu    12/12  100,0%  ████████████████████             3/4           3
────────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                12/12  100,0%  ████████████████████             3/4           3

* Kế hoạch mỗi chi bộ: 12 buổi sinh hoạt định kỳ một năm (mỗi tháng một buổi) và 4 buổi chuyên đề (mỗi quý một buổi).
* Buổi sinh hoạt kết hợp (định kỳ và chuyên đề) được tính ở cả hai cột.
* Chỉ tính các buổi họp thật đã kết thúc, không tính buổi tập dượt hay bỏ dở.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user men1 report quality --unit X1 --year 2025 --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,meetings,tot,tot_ratio,kha,kha_ratio,trung_binh,trung_binh_ratio,kem,kem_ratio,unscored,unscored_ratio
commune,Đảng ủy xã Một,X1,,,12,3,0.2500,5,0.4167,2,0.1667,1,0.0833,1,0.0833
total,,,,,12,3,0.2500,5,0.4167,2,0.1667,1,0.0833,1,0.0833
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user men1 report coverage --unit X2
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user men2 report coverage
%% exit 0
%% output
Độ phủ người hướng dẫn
Phạm vi: mọi chi bộ bạn được xem (0 chi bộ)
Số liệu tính đến ngày: 15/03/2026

(không có số liệu)

* Chi bộ có người hướng dẫn: có ít nhất một cán bộ được phân công vào chi ủy, còn hiệu lực vào ngày tính số liệu.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user bt11 report progress
%% exit 0
%% output
Tiến độ học của bí thư chi bộ
Phạm vi: mọi chi bộ bạn được xem (1 chi bộ)
Số liệu tính đến ngày: 15/03/2026

Đơn vị                 Bí thư           Bài đã học                        Học gần nhất
──────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Một                         2/4 (50,0%)  ██████████░░░░░░░░░░  10/03/2026
  Chi bộ thôn Bản Cầu  Bí Thư Bản Cầu  2/4 (50,0%)  ██████████░░░░░░░░░░  10/03/2026
──────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                              2/4 (50,0%)  ██████████░░░░░░░░░░  10/03/2026

* Bài học tính theo danh mục bài học trên máy này: 4 bài; chỉ tính bài đã học xong.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user bt12 report meetings --year 2025 --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,cells,regular,regular_planned,regular_ratio,thematic,thematic_planned,thematic_ratio,committee
commune,Đảng ủy xã Một,X1,,,1,12,12,1.0000,4,4,1.0000,0
cell,Đảng ủy xã Một,X1,Chi bộ thôn Nà Sác,C12,1,12,12,1.0000,4,4,1.0000,0
total,,,,,1,12,12,1.0000,4,4,1.0000,0
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user bt12 report meetings --unit C11
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user adm1 report coverage --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,covered,cells,ratio,mentors
commune,Đảng ủy xã Một,X1,,,1,3,0.3333,
cell,Đảng ủy xã Một,X1,Chi bộ khối Phố Mới,C13,0,1,0.0000,
cell,Đảng ủy xã Một,X1,Chi bộ thôn Bản Cầu,C11,1,1,1.0000,"Nông Văn Ba, Lò Văn Minh"
cell,Đảng ủy xã Một,X1,Chi bộ thôn Nà Sác,C12,0,1,0.0000,
total,,,,,1,3,0.3333,
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user adm1 report quality --unit C21
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user adm1 report coverage --unit KHONG-CO
%% exit 1
%% output
chibo: không có đơn vị 'KHONG-CO'; xem danh sách: chibo unit list
