"unit list": the tree under a unit, one line per unit (kind, code, and for
a province or commune how many cells are under it), children by name,
drawn with box characters (--plain: indentation only).  Without --unit,
every subtree the user administers: all of it for an admin of every unit
(with the roots of local profiles' cells), only the commune for an admin
of a commune.  On an empty database the first user becomes the admin and
is told how to add a unit.  Refused: a user who administers nothing, a
unit outside one's subtree.

%% run CHIBO_NEW_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; admin trở thành quản trị viên đầu tiên.
Chưa có đơn vị nào. Thêm một đơn vị: chibo unit add --kind province "Tỉnh ủy …"
%% sh
bash "$TRANSCRIPTS/data/unit-tree.sh"
# a local profile's own cell (chibo cell set) is a root of the tree
"$CHIBO" --db "$DB" --user an cell set --name "Chi bộ thôn Tân Thanh" >/dev/null
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list
%% exit 0
%% output
Chi bộ thôn Tân Thanh (cấp chi bộ)
Thành ủy Hà Nội (cấp tỉnh, mã HN, 1 chi bộ)
└── Đảng ủy phường Ba Đình (cấp xã, mã BD, 1 chi bộ)
    └── Chi bộ tổ dân phố số 1 (cấp chi bộ, mã BD-01)
Tỉnh ủy Lạng Sơn (cấp tỉnh, mã LS, 3 chi bộ)
├── Đảng ủy xã Cao Lộc (cấp xã, mã CL, 1 chi bộ)
│   └── Chi bộ thôn Nà Sla (cấp chi bộ, mã CL-01)
└── Đảng ủy xã Đồng Đăng (cấp xã, mã DD, 2 chi bộ)
    ├── Chi bộ thôn Bản Cầu (cấp chi bộ, mã DD-01)
    └── Chi bộ thôn Pò Mã (cấp chi bộ, mã DD-02)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin --plain unit list
%% exit 0
%% output
Chi bộ thôn Tân Thanh (cấp chi bộ)
Thành ủy Hà Nội (cấp tỉnh, mã HN, 1 chi bộ)
    Đảng ủy phường Ba Đình (cấp xã, mã BD, 1 chi bộ)
        Chi bộ tổ dân phố số 1 (cấp chi bộ, mã BD-01)
Tỉnh ủy Lạng Sơn (cấp tỉnh, mã LS, 3 chi bộ)
    Đảng ủy xã Cao Lộc (cấp xã, mã CL, 1 chi bộ)
        Chi bộ thôn Nà Sla (cấp chi bộ, mã CL-01)
    Đảng ủy xã Đồng Đăng (cấp xã, mã DD, 2 chi bộ)
        Chi bộ thôn Bản Cầu (cấp chi bộ, mã DD-01)
        Chi bộ thôn Pò Mã (cấp chi bộ, mã DD-02)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list --unit DD
%% exit 0
%% output
Đảng ủy xã Đồng Đăng (cấp xã, mã DD, 2 chi bộ)
├── Chi bộ thôn Bản Cầu (cấp chi bộ, mã DD-01)
└── Chi bộ thôn Pò Mã (cấp chi bộ, mã DD-02)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list --unit "Chi bộ thôn Pò Mã"
%% exit 0
%% output
Chi bộ thôn Pò Mã (cấp chi bộ, mã DD-02)
%% # lan administers Cao Lộc only (an account with the admin's passphrase)
%% sql
INSERT INTO person (id, login, display_name, passphrase, created_at, updated_at)
SELECT '00000000-0000-4000-8000-00000000000a', 'lan', 'Hoàng Thị Lan', passphrase, created_at, updated_at
FROM person WHERE login = 'admin';
INSERT INTO person_role (id, person_id, role, unit_id, created_at)
SELECT '00000000-0000-4000-8000-00000000000b', '00000000-0000-4000-8000-00000000000a', 'admin', id, ''
FROM unit WHERE code = 'CL';
%% rows
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit list
%% exit 0
%% output
Đảng ủy xã Cao Lộc (cấp xã, mã CL, 1 chi bộ)
└── Chi bộ thôn Nà Sla (cấp chi bộ, mã CL-01)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit list --unit DD
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user lan unit list --unit LS
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% # a secretary with no admin role
%% run chibo --db $DB --user an unit list
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
