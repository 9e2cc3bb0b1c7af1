Units: "unit add" builds the tree (tỉnh ủy → đảng ủy xã → chi bộ, any
depth).  The first user to manage units becomes the first admin (with
CHIBO_NEW_PASSPHRASE); a unit is found by its code or its exact name; a
cell's superior name defaults to its parent's name; each unit's path is
its parent's path and its id.  Refused: a cell without a parent (usage),
anything under a cell, a code in use or badly formed, a second child of the
same name, an unknown parent; and anyone who is not an admin.

%% run CHIBO_NEW_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind province --code LS "Tỉnh ủy Lạng Sơn"
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; admin trở thành quản trị viên đầu tiên.
Đã thêm tỉnh ủy/thành ủy: Tỉnh ủy Lạng Sơn (mã LS)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind commune --parent LS --code DD "Đảng ủy xã Đồng Đăng"
%% exit 0
%% output
Đã thêm đảng ủy xã/phường/đặc khu: Đảng ủy xã Đồng Đăng (mã DD)
Thuộc: Tỉnh ủy Lạng Sơn
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind commune --parent "Tỉnh ủy Lạng Sơn" "  Đảng ủy xã Cao Lộc "
%% exit 0
%% output
Đã thêm đảng ủy xã/phường/đặc khu: Đảng ủy xã Cao Lộc
Thuộc: Tỉnh ủy Lạng Sơn
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent DD --code DD-01 "Chi bộ thôn Bản Cầu"
%% exit 0
%% output
Đã thêm chi bộ thôn/tổ dân phố: Chi bộ thôn Bản Cầu (mã DD-01)
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent "Đảng ủy xã Cao Lộc" --code CL-01 --superior "Đảng bộ xã Cao Lộc" "Chi bộ thôn Bản Cầu"
%% exit 0
%% output
Đã thêm chi bộ thôn/tổ dân phố: Chi bộ thôn Bản Cầu (mã CL-01)
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Cao Lộc
%% # a commune may sit under a commune
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind commune --parent DD "Đảng ủy khối cơ quan"
%% exit 0
%% output
Đã thêm đảng ủy xã/phường/đặc khu: Đảng ủy khối cơ quan
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
%% # refusals
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell "Chi bộ lẻ"
%% exit 2
%% output
chibo: chi bộ cần --parent: đảng ủy cấp trên của nó
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind town "Thị trấn"
%% exit 2
%% output
chibo: cần --kind province, commune hoặc cell
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent DD-01 "Tổ đảng"
%% exit 1
%% output
chibo: không thêm được 'Tổ đảng': 'Chi bộ thôn Bản Cầu' là chi bộ, không có đơn vị trực thuộc
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent DD --code DD-01 "Chi bộ thôn Pò Mã"
%% exit 1
%% output
chibo: không thêm được 'Chi bộ thôn Pò Mã': mã 'DD-01' đã dùng cho 'Chi bộ thôn Bản Cầu'; hãy chọn mã khác
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent DD --code "DD 02" "Chi bộ thôn Pò Mã"
%% exit 1
%% output
chibo: không thêm được 'Chi bộ thôn Pò Mã': mã 'DD 02' không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent DD "Chi bộ thôn Bản Cầu"
%% exit 1
%% output
chibo: không thêm được 'Chi bộ thôn Bản Cầu': 'Đảng ủy xã Đồng Đăng' đã có đơn vị trực thuộc cùng tên
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind cell --parent XX "Chi bộ thôn Pò Mã"
%% exit 1
%% output
chibo: không tìm thấy đơn vị 'XX'; hãy gõ mã, tên đúng hoặc id (xem: chibo unit list)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit add --kind province ""
%% exit 1
%% output
chibo: không thêm được đơn vị: tên không được để trống
%% # not an admin (lan has no role)
%% run chibo --db $DB --user lan unit add --kind cell --parent DD "Chi bộ thôn Pò Mã"
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% sql
SELECT u.name, u.kind, coalesce(u.code, '-'), coalesce(u.superior_name, '-'),
       u.path = coalesce(p.path, '/') || u.id || '/'
FROM unit u LEFT JOIN unit p ON p.id = u.parent_id ORDER BY u.name, u.code;
SELECT action, json_extract(detail, '$.kind'), json_extract(detail, '$.name'),
       (SELECT login FROM person WHERE id = actor_id)
FROM audit WHERE action = 'unit.add' ORDER BY rowid;
SELECT p.login, r.role, r.unit_id IS NULL FROM person_role r JOIN person p ON p.id = r.person_id;
%% rows
Chi bộ thôn Bản Cầu|cell|CL-01|Đảng bộ xã Cao Lộc|1
Chi bộ thôn Bản Cầu|cell|DD-01|Đảng ủy xã Đồng Đăng|1
Tỉnh ủy Lạng Sơn|province|LS|-|1
Đảng ủy khối cơ quan|commune|-|-|1
Đảng ủy xã Cao Lộc|commune|-|-|1
Đảng ủy xã Đồng Đăng|commune|DD|-|1
unit.add|province|Tỉnh ủy Lạng Sơn|admin
unit.add|commune|Đảng ủy xã Đồng Đăng|admin
unit.add|commune|Đảng ủy xã Cao Lộc|admin
unit.add|cell|Chi bộ thôn Bản Cầu|admin
unit.add|cell|Chi bộ thôn Bản Cầu|admin
unit.add|commune|Đảng ủy khối cơ quan|admin
admin|admin|1
