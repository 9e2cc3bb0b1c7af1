chibo user role: an admin gives and takes roles (+ROLE / -ROLE, several at
once, --unit for their unit).  Without --unit: admin means every unit; a
removal takes the one role of that kind the person holds; otherwise the
person's unit.  A mentor works for a commune, not a cell; a secretary
belongs to a cell.  An admin of commune CL manages roles under CL only,
and only of people who belong under CL (an, of commune DD, cannot be given
cell K1 by them).
The last admin of every unit cannot be removed; once another person holds
that role, it can.  Every change is audited as role_add / role_remove;
asking for a role already held, or removing one not held, writes nothing.

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
%% run chibo --db $DB user add an --name "Nguyễn Văn An" --unit BC --role secretary
%% exit 0
%% output
Đã thêm người dùng 'an' (Nguyễn Văn An).
Chưa có mật khẩu: an tự đặt bằng chibo user passwd, hoặc quản trị viên đặt bằng chibo user passwd an.
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của Dũng" chibo --db $DB user add dung --name "Lê Văn Dũng" --unit CL --role admin --passphrase
%% exit 0
%% output
Đã thêm người dùng 'dung' (Lê Văn Dũng).
Đã đặt mật khẩu: mỗi lần dùng chibo, dung cần nhập mật khẩu này.
%% run chibo --db $DB user role an +mentor --unit DD
%% exit 0
%% output
Đã cấp vai trò người hướng dẫn (Đảng ủy xã Đồng Đăng).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), người hướng dẫn (Đảng ủy xã Đồng Đăng)
%% run chibo --db $DB user role an -secretary
%% exit 0
%% output
Đã bỏ vai trò bí thư (Chi bộ thôn Bản Cầu).
Vai trò của an bây giờ: người hướng dẫn (Đảng ủy xã Đồng Đăng)
%% run chibo --db $DB user role an +secretary --unit NL
%% exit 0
%% output
Đã cấp vai trò bí thư (Chi bộ thôn Nà Lầu).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Nà Lầu), người hướng dẫn (Đảng ủy xã Đồng Đăng)
%% run chibo --db $DB user role an +secretary
%% exit 0
%% output
Đã cấp vai trò bí thư (Chi bộ thôn Bản Cầu).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu), người hướng dẫn (Đảng ủy xã Đồng Đăng)
%% run chibo --db $DB user role an -secretary
%% exit 1
%% output
chibo: an có nhiều vai trò bí thư; hãy chọn vai trò cần bỏ bằng --unit ĐƠN_VỊ
%% run chibo --db $DB user role an +admin --unit DD
%% exit 0
%% output
Đã cấp vai trò quản trị (Đảng ủy xã Đồng Đăng).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu), người hướng dẫn (Đảng ủy xã Đồng Đăng), quản trị (Đảng ủy xã Đồng Đăng)
%% run chibo --db $DB user role an -admin -mentor
%% exit 0
%% output
Đã bỏ vai trò quản trị (Đảng ủy xã Đồng Đăng).
Đã bỏ vai trò người hướng dẫn (Đảng ủy xã Đồng Đăng).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu)
%% run chibo --db $DB user role an -mentor
%% exit 0
%% output
Không có vai trò người hướng dẫn để bỏ.
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu)
%% run chibo --db $DB user role an +mentor
%% exit 1
%% output
chibo: vai trò người hướng dẫn cần đơn vị nơi cán bộ công tác (đảng ủy xã), không phải một chi bộ; chi bộ được giao qua chibo mentor assign
%% run chibo --db $DB user role an +mentor --unit NL
%% exit 1
%% output
chibo: vai trò người hướng dẫn cần đơn vị nơi cán bộ công tác (đảng ủy xã), không phải một chi bộ; chi bộ được giao qua chibo mentor assign
%% run chibo --db $DB user role an +secretary +admin --unit NL
%% exit 0
%% output
Đã có vai trò bí thư (Chi bộ thôn Nà Lầu) từ trước.
Đã cấp vai trò quản trị (Chi bộ thôn Nà Lầu).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu), quản trị (Chi bộ thôn Nà Lầu)
%% run chibo --db $DB user role tester -admin
%% exit 1
%% output
chibo: không bỏ được vai trò quản trị này: đó là quản trị viên cuối cùng của toàn bộ các đơn vị; hãy cấp vai trò quản trị (không --unit) cho người khác trước
%% run CHIBO_PASSPHRASE="mật khẩu của Dũng" chibo --db $DB --user dung user role an +mentor --unit DD
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_PASSPHRASE="mật khẩu của Dũng" chibo --db $DB --user dung user role an +secretary --unit K1
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_PASSPHRASE="mật khẩu của Dũng" chibo --db $DB --user dung user role dung +secretary --unit K1
%% exit 0
%% output
Đã cấp vai trò bí thư (Chi bộ khối 1).
Vai trò của dung bây giờ: bí thư (Chi bộ khối 1), quản trị (Đảng ủy xã Cao Lộc)
%% run chibo --db $DB user role an +boss
%% exit 2
%% output
chibo: đối số không rõ: +boss (vai trò: +secretary, -mentor, +admin, …)
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user role an
%% exit 2
%% output
chibo: user role cần tên đăng nhập và ít nhất một +VAI_TRÒ hoặc -VAI_TRÒ
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% run chibo --db $DB user role ai-do +admin
%% exit 1
%% output
chibo: không có người dùng 'ai-do'; thêm bằng: chibo user add ai-do --name "HỌ TÊN"
%% run chibo --db $DB user role an +admin
%% exit 0
%% output
Đã cấp vai trò quản trị (toàn bộ).
Vai trò của an bây giờ: bí thư (Chi bộ thôn Bản Cầu), bí thư (Chi bộ thôn Nà Lầu), quản trị (toàn bộ), quản trị (Chi bộ thôn Nà Lầu)
%% run chibo --db $DB user role tester -admin
%% exit 0
%% output
Đã bỏ vai trò quản trị (toàn bộ).
Vai trò của tester bây giờ: không có
%% run chibo --db $DB user list
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
%% sql
SELECT p.login, r.role, coalesce(u.code, '*') FROM person_role r
JOIN person p ON p.id = r.person_id LEFT JOIN unit u ON u.id = r.unit_id
ORDER BY p.login, r.role, u.code;
SELECT a.action, p.login, coalesce(ac.login, 'chibo'), a.detail ->> 'role',
coalesce((SELECT code FROM unit WHERE id = a.detail ->> 'unit_id'), '*')
FROM audit a JOIN person p ON p.id = a.subject
LEFT JOIN person ac ON ac.id = a.actor_id
WHERE a.action LIKE 'role%' ORDER BY a.rowid;
%% rows
an|admin|*
an|admin|NL
an|secretary|BC
an|secretary|NL
dung|admin|CL
dung|secretary|K1
role_add|tester|tester|admin|*
role_add|an|tester|secretary|BC
role_add|dung|tester|admin|CL
role_add|an|tester|mentor|DD
role_remove|an|tester|secretary|BC
role_add|an|tester|secretary|NL
role_add|an|tester|secretary|BC
role_add|an|tester|admin|DD
role_remove|an|tester|admin|DD
role_remove|an|tester|mentor|DD
role_add|an|tester|admin|NL
role_add|dung|dung|secretary|K1
role_add|an|tester|admin|*
role_remove|tester|tester|admin|*
