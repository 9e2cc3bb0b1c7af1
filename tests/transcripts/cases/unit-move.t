"unit move U --to P": U and everything under it move under P in one
transaction: every path in the subtree is rewritten (each path stays its
parent's path and its id), a cell whose superior name was its old
parent's name takes the new parent's (a name typed by hand stays), and an
audit entry records where from and where to.  Moving a unit where it
already is changes nothing.  Refused: into itself, into a unit under it,
into a cell, next to a unit of the same name; a user who does not
administer both the unit and its new parent.

%% sh
bash "$TRANSCRIPTS/data/unit-tree.sh"
CHIBO_PASSPHRASE=mat-khau-thu-1 "$CHIBO" --db "$DB" --user admin unit add --kind cell --parent DD --superior "Đảng bộ xã Đồng Đăng cũ" "Chi bộ thôn Nà Pàn" >/dev/null
%% # a commune and its cells go to another province
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move DD --to HN
%% exit 0
%% output
Đã chuyển Đảng ủy xã Đồng Đăng vào Thành ủy Hà Nội.
Thuộc: Thành ủy Hà Nội
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list --unit HN
%% exit 0
%% output
Thành ủy Hà Nội (cấp tỉnh, mã HN, 4 chi bộ)
├── Đảng ủy phường Ba Đình (cấp xã, mã BD, 1 chi bộ)
│   └── Chi bộ tổ dân phố số 1 (cấp chi bộ, mã BD-01)
└── Đảng ủy xã Đồng Đăng (cấp xã, mã DD, 3 chi bộ)
    ├── Chi bộ thôn Bản Cầu (cấp chi bộ, mã DD-01)
    ├── Chi bộ thôn Nà Pàn (cấp chi bộ)
    └── Chi bộ thôn Pò Mã (cấp chi bộ, mã DD-02)
%% # a cell goes to another commune: its default superior name follows
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move DD-01 --to "Đảng ủy xã Cao Lộc"
%% exit 0
%% output
Đã chuyển Chi bộ thôn Bản Cầu vào Đảng ủy xã Cao Lộc.
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Cao Lộc
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move "Chi bộ thôn Nà Pàn" --to CL
%% exit 0
%% output
Đã chuyển Chi bộ thôn Nà Pàn vào Đảng ủy xã Cao Lộc.
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Cao Lộc
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move DD-01 --to CL
%% exit 0
%% output
Chi bộ thôn Bản Cầu đã thuộc Đảng ủy xã Cao Lộc; không có gì thay đổi.
%% sql
SELECT u.name, coalesce(p.name, '-'), coalesce(u.superior_name, '-'),
       u.path = coalesce(p.path, '/') || u.id || '/'
FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.name;
SELECT count(*) FROM unit u, unit h WHERE h.code = 'HN'
  AND u.path >= h.path AND u.path < h.path || '~';
SELECT action, (SELECT coalesce(code, name) FROM unit WHERE id = subject),
       (SELECT code FROM unit WHERE id = json_extract(detail, '$.from')),
       (SELECT code FROM unit WHERE id = json_extract(detail, '$.to'))
FROM audit WHERE action = 'unit.move' ORDER BY rowid;
%% rows
Chi bộ thôn Bản Cầu|Đảng ủy xã Cao Lộc|Đảng ủy xã Cao Lộc|1
Chi bộ thôn Nà Pàn|Đảng ủy xã Cao Lộc|Đảng bộ xã Đồng Đăng cũ|1
Chi bộ thôn Nà Sla|Đảng ủy xã Cao Lộc|Đảng ủy xã Cao Lộc|1
Chi bộ thôn Pò Mã|Đảng ủy xã Đồng Đăng|Đảng ủy xã Đồng Đăng|1
Chi bộ tổ dân phố số 1|Đảng ủy phường Ba Đình|Đảng ủy phường Ba Đình|1
Thành ủy Hà Nội|-|-|1
Tỉnh ủy Lạng Sơn|-|-|1
Đảng ủy phường Ba Đình|Thành ủy Hà Nội|-|1
Đảng ủy xã Cao Lộc|Tỉnh ủy Lạng Sơn|-|1
Đảng ủy xã Đồng Đăng|Thành ủy Hà Nội|-|1
5
unit.move|DD|LS|HN
unit.move|DD-01|DD|CL
unit.move|Chi bộ thôn Nà Pàn|DD|CL
%% # refusals
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move HN --to HN
%% exit 1
%% output
chibo: không chuyển được 'Thành ủy Hà Nội': không chuyển một đơn vị vào chính nó
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move HN --to DD
%% exit 1
%% output
chibo: không chuyển được 'Thành ủy Hà Nội': 'Đảng ủy xã Đồng Đăng' là đơn vị cấp dưới của nó
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move BD --to DD-02
%% exit 1
%% output
chibo: không chuyển được 'Đảng ủy phường Ba Đình': 'Chi bộ thôn Pò Mã' là chi bộ, không có đơn vị trực thuộc
%% sh
CHIBO_PASSPHRASE=mat-khau-thu-1 "$CHIBO" --db "$DB" --user admin unit add --kind cell --parent BD --code BD-02 "Chi bộ thôn Nà Sla" >/dev/null
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit move BD-02 --to CL
%% exit 1
%% output
chibo: không chuyển được 'Chi bộ thôn Nà Sla': 'Đảng ủy xã Cao Lộc' đã có đơn vị trực thuộc cùng tên
%% # lan administers Cao Lộc only
%% sql
INSERT INTO person (id, login, display_name, passphrase, created_at, updated_at)
SELECT '00000000-0000-4000-8000-00000000000a', 'lan', 'Hoàng Thị Lan', passphrase, '', ''
FROM person WHERE login = 'admin';
INSERT INTO person_role (id, person_id, role, unit_id, created_at)
SELECT '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000a', 'admin', id, ''
FROM unit WHERE code = 'CL';
%% rows
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit move DD-01 --to BD
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit move BD-01 --to CL
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% sql
SELECT count(*) FROM audit WHERE action = 'unit.move';
SELECT count(*) FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
WHERE u.path <> coalesce(p.path, '/') || u.id || '/';
%% rows
3
0
