"unit show": a unit's name, kind, code, the chain of units above it, the
superior name its documents print, its terms (newest first, the current
one marked), for a commune or province how many units are right under it
and how many cells in all, for a cell its secretary and the mentors
assigned to it today (not an assignment that ended or has not started)
with their committee role and dates.  Who may see a unit: an admin over
it, the cell's own secretary (no account needed), a mentor currently
assigned to the cell — not its commune, and not once unassigned.

%% sh
bash "$TRANSCRIPTS/data/unit-tree.sh"
export CHIBO_PASSPHRASE=mat-khau-thu-1
"$CHIBO" --db "$DB" --user admin unit term DD-01 --from 2020-07-01 --to 2025-06-30 >/dev/null
"$CHIBO" --db "$DB" --user admin unit term DD-01 --from 2025-07-01 --to 2027-06-30 >/dev/null
"$CHIBO" --db "$DB" --user admin unit term DD --from 2025-07-01 --to 2030-06-30 >/dev/null
%% # an: secretary of Bản Cầu (a local profile); lan: a mentor with an
%% # account, assigned to Bản Cầu (and once before, and later again);
%% # hoa: a mentor whose assignment ended
%% sql
INSERT INTO person (id, login, display_name, created_at, updated_at) VALUES
 ('00000000-0000-4000-8000-0000000000a1', 'an', 'Nguyễn Văn An', '', '');
INSERT INTO person (id, login, display_name, passphrase, created_at, updated_at)
SELECT '00000000-0000-4000-8000-0000000000a2', 'lan', 'Hoàng Thị Lan', passphrase, '', ''
FROM person WHERE login = 'admin';
INSERT INTO person (id, login, display_name, passphrase, created_at, updated_at)
SELECT '00000000-0000-4000-8000-0000000000a3', 'hoa', 'Lường Thị Hoa', passphrase, '', ''
FROM person WHERE login = 'admin';
INSERT INTO person_role (id, person_id, role, unit_id, created_at)
SELECT '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', 'secretary', id, ''
FROM unit WHERE code = 'DD-01';
INSERT INTO mentor_assignment (id, mentor_id, unit_id, committee_role, starts_on, ends_on, ended_on, created_at, updated_at)
SELECT '00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000a2', id, 'chi ủy viên', '2025-07-01', '2027-06-30', NULL, '', ''
FROM unit WHERE code = 'DD-01';
INSERT INTO mentor_assignment (id, mentor_id, unit_id, committee_role, starts_on, ends_on, ended_on, created_at, updated_at)
SELECT '00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000a3', id, 'phó bí thư', '2025-07-01', NULL, '2026-01-10', '', ''
FROM unit WHERE code = 'DD-01';
INSERT INTO mentor_assignment (id, mentor_id, unit_id, committee_role, starts_on, ends_on, ended_on, created_at, updated_at)
SELECT '00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000a3', id, 'chi ủy viên', '2026-06-01', NULL, NULL, '', ''
FROM unit WHERE code = 'DD-02';
%% rows
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show DD-01
%% exit 0
%% output
Đơn vị: Chi bộ thôn Bản Cầu
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-01
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ:
  2025–2027: 01/07/2025 – 30/06/2027 (hiện tại)
  2020–2025: 01/07/2020 – 30/06/2025
Bí thư: Nguyễn Văn An (an)
Người hướng dẫn đang được phân công:
  Hoàng Thị Lan (lan), chi ủy viên, từ 01/07/2025 đến 30/06/2027
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show "Chi bộ thôn Pò Mã"
%% exit 0
%% output
Đơn vị: Chi bộ thôn Pò Mã
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-02
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ: (chưa có)
Bí thư: (chưa có)
Người hướng dẫn: (chưa phân công)
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show DD
%% exit 0
%% output
Đơn vị: Đảng ủy xã Đồng Đăng
Cấp: đảng ủy xã/phường/đặc khu
Mã: DD
Thuộc: Tỉnh ủy Lạng Sơn
Đơn vị trực thuộc: 2; tổng số chi bộ: 2
Nhiệm kỳ:
  2025–2030: 01/07/2025 – 30/06/2030 (hiện tại)
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show LS
%% exit 0
%% output
Đơn vị: Tỉnh ủy Lạng Sơn
Cấp: tỉnh ủy/thành ủy
Mã: LS
Thuộc: (đơn vị gốc)
Đơn vị trực thuộc: 2; tổng số chi bộ: 3
Nhiệm kỳ: (chưa có)
%% # the secretary sees their cell, not the one next to it
%% run CHIBO_NOW=2026-03-15T09:00 chibo --db $DB --user an unit show DD-01
%% exit 0
%% output
Đơn vị: Chi bộ thôn Bản Cầu
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-01
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ:
  2025–2027: 01/07/2025 – 30/06/2027 (hiện tại)
  2020–2025: 01/07/2020 – 30/06/2025
Bí thư: Nguyễn Văn An (an)
Người hướng dẫn đang được phân công:
  Hoàng Thị Lan (lan), chi ủy viên, từ 01/07/2025 đến 30/06/2027
%% run CHIBO_NOW=2026-03-15T09:00 chibo --db $DB --user an unit show DD-02
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% # the mentor sees the assigned cell, not its commune
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit show DD-01
%% exit 0
%% output
Đơn vị: Chi bộ thôn Bản Cầu
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-01
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ:
  2025–2027: 01/07/2025 – 30/06/2027 (hiện tại)
  2020–2025: 01/07/2020 – 30/06/2025
Bí thư: Nguyễn Văn An (an)
Người hướng dẫn đang được phân công:
  Hoàng Thị Lan (lan), chi ủy viên, từ 01/07/2025 đến 30/06/2027
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit show DD
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% # hoa's assignment ended on 10/01/2026; the next one starts 01/06/2026
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user hoa unit show DD-01
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% run CHIBO_NOW=2026-03-15T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user hoa unit show DD-02
%% exit 1
%% output
chibo: không có quyền xem đơn vị này: nó không thuộc phạm vi của bạn
%% run CHIBO_NOW=2026-06-01T09:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show DD-02
%% exit 0
%% output
Đơn vị: Chi bộ thôn Pò Mã
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-02
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ: (chưa có)
Bí thư: (chưa có)
Người hướng dẫn đang được phân công:
  Lường Thị Hoa (hoa), chi ủy viên, từ 01/06/2026
