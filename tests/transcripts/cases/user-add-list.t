chibo user add and list.  The first admin (of every unit) adds people with
a name, a unit (its code) and roles: a secretary of a cell (their unit
becomes that cell), a mentor working for a commune with a first passphrase
(CHIBO_NEW_PASSPHRASE), an admin of another commune.  A local profile that
already learns on this laptop (cuong) is adopted, not refused; a login that
already has roles is refused, and so are a secretary of a commune and an
unknown unit, without writing anything.  "user list" shows everyone to the
admin of every unit, and the people of a commune with --unit.  Every
change is in the audit log.

The units are written with SQL (commune DD with cells BC and NL, commune
CL with cell K1).

%% run CHIBO_NEW_PASSPHRASE="mật khẩu quản trị" chibo --db $DB user list
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; tester trở thành quản trị viên đầu tiên.
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% sh
sqlite3 "$DB" <<'SQL'
INSERT INTO unit (id, parent_id, kind, name, code, path, created_at, updated_at) VALUES
('00000000-0000-4000-8000-0000000000d1', NULL, 'commune', 'Đảng ủy xã Đồng Đăng', 'DD', '/00000000-0000-4000-8000-0000000000d1/', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000d1', 'cell', 'Chi bộ thôn Bản Cầu', 'BC', '/00000000-0000-4000-8000-0000000000d1/00000000-0000-4000-8000-0000000000c1/', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000d1', 'cell', 'Chi bộ thôn Nà Lầu', 'NL', '/00000000-0000-4000-8000-0000000000d1/00000000-0000-4000-8000-0000000000c2/', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('00000000-0000-4000-8000-0000000000d2', NULL, 'commune', 'Đảng ủy xã Cao Lộc', 'CL', '/00000000-0000-4000-8000-0000000000d2/', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000d2', 'cell', 'Chi bộ khối 1', 'K1', '/00000000-0000-4000-8000-0000000000d2/00000000-0000-4000-8000-0000000000c3/', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
SQL
%% run chibo --db $DB --user cuong learn tests/transcripts/lessons/hoi-lai.lua
%% stdin
3
%% exit 3
%% output
Bước 1/2 [#####.....] Thời lượng
Buổi sinh hoạt chi bộ thường kỳ kéo dài ít nhất bao lâu?
  1. 30 phút
  2. 60 phút
  3. 90 phút
  4. 120 phút
Chọn 1–4: 
Đúng. Ít nhất 90 phút (Hướng dẫn 42-HD/BTCTW).
Bước 2/2 [##########] Chuẩn bị
Đã thông báo cho đảng viên (c/k): 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn tests/transcripts/lessons/hoi-lai.lua' để học tiếp.
%% run chibo --db $DB user add an --name "Nguyễn Văn An" --unit BC --role secretary
%% exit 0
%% output
Đã thêm người dùng 'an' (Nguyễn Văn An).
Chưa có mật khẩu: an tự đặt bằng chibo user passwd, hoặc quản trị viên đặt bằng chibo user passwd an.
%% run CHIBO_NEW_PASSPHRASE="  mật khẩu của Bình " chibo --db $DB user add binh --name "Hoàng Thị Bình" --unit DD --role mentor --passphrase
%% exit 0
%% output
Đã thêm người dùng 'binh' (Hoàng Thị Bình).
Đã đặt mật khẩu: mỗi lần dùng chibo, binh cần nhập mật khẩu này.
%% run chibo --db $DB user add dung --name "Lê Văn Dũng" --unit CL --role admin
%% exit 0
%% output
Đã thêm người dùng 'dung' (Lê Văn Dũng).
Chưa có mật khẩu: dung tự đặt bằng chibo user passwd, hoặc quản trị viên đặt bằng chibo user passwd dung.
%% run chibo --db $DB user add cuong --name "Phạm Văn Cường" --unit NL --role secretary
%% exit 0
%% output
Đã nhận hồ sơ có sẵn 'cuong' (Phạm Văn Cường).
Chưa có mật khẩu: cuong tự đặt bằng chibo user passwd, hoặc quản trị viên đặt bằng chibo user passwd cuong.
%% run chibo --db $DB user add an --name "Nguyễn An"
%% exit 1
%% output
chibo: đã có người dùng 'an' với vai trò; để đổi vai trò: chibo user role an +VAI_TRÒ|-VAI_TRÒ
%% run chibo --db $DB user add em --name "Trần Em" --unit DD --role secretary
%% exit 1
%% output
chibo: vai trò bí thư cần một chi bộ, không phải đảng bộ
%% run chibo --db $DB user add em --name "Trần Em" --unit XX
%% exit 1
%% output
chibo: không có đơn vị 'XX'; xem các đơn vị: chibo unit list
%% run chibo --db $DB user add em --name "Trần Em" --role boss
%% exit 2
%% output
chibo: không có vai trò 'boss' (có: secretary, mentor, admin)
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user add em
%% exit 2
%% output
chibo: user add cần --name "HỌ TÊN"
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user add "em út" --name "Trần Em"
%% exit 2
%% output
chibo: tên đăng nhập không được có dấu cách hay ký tự điều khiển
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user add em --name "Trần Em" --passphrase
%% exit 1
%% output
chibo: cần đặt mật khẩu mới cho 'em' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu mới vào biến môi trường CHIBO_NEW_PASSPHRASE
%% run chibo --db $DB user list
%% exit 0
%% output
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
an              Nguyễn Văn An           Chi bộ thôn Bản Cầu       chưa có mật khẩu            bí thư (Chi bộ thôn Bản Cầu)
binh            Hoàng Thị Bình          Đảng ủy xã Đồng Đăng      có mật khẩu                 người hướng dẫn (Đảng ủy xã Đồng Đăng)
cuong           Phạm Văn Cường          Chi bộ thôn Nà Lầu        chưa có mật khẩu            bí thư (Chi bộ thôn Nà Lầu)
dung            Lê Văn Dũng             Đảng ủy xã Cao Lộc        chưa có mật khẩu            quản trị (Đảng ủy xã Cao Lộc)
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% run chibo --db $DB user list --unit DD
%% exit 0
%% output
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
an              Nguyễn Văn An           Chi bộ thôn Bản Cầu       chưa có mật khẩu            bí thư (Chi bộ thôn Bản Cầu)
binh            Hoàng Thị Bình          Đảng ủy xã Đồng Đăng      có mật khẩu                 người hướng dẫn (Đảng ủy xã Đồng Đăng)
cuong           Phạm Văn Cường          Chi bộ thôn Nà Lầu        chưa có mật khẩu            bí thư (Chi bộ thôn Nà Lầu)
%% run chibo --db $DB user list --unit K1
%% exit 0
%% output
Chưa có ai thuộc đơn vị này.
%% sql
SELECT p.login, p.display_name, coalesce(u.code, '-'), p.passphrase IS NOT NULL
FROM person p LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.login;
SELECT p.login, r.role, coalesce(u.code, '*') FROM person_role r
JOIN person p ON p.id = r.person_id LEFT JOIN unit u ON u.id = r.unit_id
ORDER BY p.login, r.role;
SELECT a.action, p.login, coalesce(ac.login, 'chibo') FROM audit a
JOIN person p ON p.id = a.subject LEFT JOIN person ac ON ac.id = a.actor_id
ORDER BY a.rowid;
SELECT count(*) FROM lesson_run r JOIN person p ON p.id = r.person_id WHERE p.login = 'cuong';
%% rows
an|Nguyễn Văn An|BC|0
binh|Hoàng Thị Bình|DD|1
cuong|Phạm Văn Cường|NL|0
dung|Lê Văn Dũng|CL|0
tester|tester|-|1
an|secretary|BC
binh|mentor|DD
cuong|secretary|NL
dung|admin|CL
tester|admin|*
passwd|tester|tester
role_add|tester|tester
person_add|an|tester
role_add|an|tester
person_add|binh|tester
role_add|binh|tester
passwd_reset|binh|tester
person_add|dung|tester
role_add|dung|tester
person_update|cuong|tester
role_add|cuong|tester
1
