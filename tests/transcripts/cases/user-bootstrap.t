The first admin: in a database without any admin, the first user who
manages people (here "user list") becomes the admin of every unit, once.
Without a passphrase they choose one first: from CHIBO_NEW_PASSPHRASE when
there is no terminal, and without it nothing changes.  The role and the
passphrase are audited; later users are not admins; the first admin's next
run goes on with the session opened then.

%% run chibo --db $DB user list
%% exit 1
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; tester sẽ là quản trị viên đầu tiên sau khi đặt mật khẩu.
chibo: cần đặt mật khẩu mới cho 'tester' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu mới vào biến môi trường CHIBO_NEW_PASSPHRASE
%% sql
SELECT count(*) FROM person_role;
SELECT count(*) FROM audit;
%% rows
0
0
%% run CHIBO_NEW_PASSPHRASE="mật khẩu quản trị" chibo --db $DB user list
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; tester trở thành quản trị viên đầu tiên.
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% sql
SELECT p.login, r.role, r.unit_id IS NULL, p.passphrase LIKE '$argon2id$%'
FROM person_role r JOIN person p ON p.id = r.person_id;
SELECT a.action, a.actor_id = p.id, a.subject = p.id, a.detail
FROM audit a, person p WHERE p.login = 'tester' ORDER BY a.rowid;
SELECT count(*) FROM session;
%% rows
tester|admin|1|1
passwd|1|1|{}
role_add|1|1|{"role": "admin", "unit_id": null, "first_admin": true}
1
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của Bình" chibo --db $DB --user binh user list
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
%% sql
SELECT count(*) FROM person_role;
SELECT login, passphrase IS NULL FROM person ORDER BY login;
%% rows
1
binh|1
tester|0
%% run chibo --db $DB user list
%% exit 0
%% output
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
binh            binh                    —                         chưa có mật khẩu            —
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
