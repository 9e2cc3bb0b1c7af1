chibo user passwd: a local profile gives itself a passphrase (from then on
it is an account); an account changes its own only after proving the
current one (a session is not enough; a wrong one counts as a failure);
a new passphrase of fewer than 8 characters is refused.  An admin resets
the passphrase of a person under their unit, which clears a lockout and
ends that person's sessions; an admin of another commune, or of a commune
only, cannot reset someone above them; someone who is no admin cannot
even learn whether a login exists.  Audited as passwd (own) and
passwd_reset (by an admin); the hashes never appear anywhere else.

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
%% run chibo --db $DB user add dung --name "Lê Văn Dũng" --unit CL --role admin
%% exit 0
%% output
Đã thêm người dùng 'dung' (Lê Văn Dũng).
Chưa có mật khẩu: dung tự đặt bằng chibo user passwd, hoặc quản trị viên đặt bằng chibo user passwd dung.
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của An" chibo --db $DB --user an user passwd
%% exit 0
%% output
Đã đặt mật khẩu: từ nay mỗi lần dùng chibo cần mật khẩu này (một lần đăng nhập dùng được 30 phút).
%% sql
SELECT count(*) FROM session s JOIN person p ON p.id = s.person_id WHERE p.login = 'an';
%% rows
1
%% run CHIBO_PASSPHRASE="không phải nó" CHIBO_NEW_PASSPHRASE="mật khẩu mới của An" chibo --db $DB --user an user passwd
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 4 lần thử trước khi tài khoản bị khóa 15 phút
%% run CHIBO_PASSPHRASE="mật khẩu của An" CHIBO_NEW_PASSPHRASE="ngắn" chibo --db $DB --user an user passwd
%% exit 1
%% output
chibo: mật khẩu mới trong CHIBO_NEW_PASSPHRASE không dùng được: mật khẩu cần ít nhất 8 ký tự
%% run CHIBO_PASSPHRASE="mật khẩu của An" CHIBO_NEW_PASSPHRASE="mật khẩu mới của An" chibo --db $DB --user an user passwd an
%% exit 0
%% output
Đã đổi mật khẩu.
%% sql
SELECT failed_logins FROM person WHERE login = 'an';
%% rows
0
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của người khác" chibo --db $DB --user an user passwd tester
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của người khác" chibo --db $DB --user dung user passwd an
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của Dũng" chibo --db $DB user passwd dung
%% exit 0
%% output
Đã đặt lại mật khẩu cho 'dung': tài khoản được mở khóa, các phiên đăng nhập của họ đã kết thúc.
%% run CHIBO_PASSPHRASE="mật khẩu của Dũng" CHIBO_NEW_PASSPHRASE="mật khẩu của người khác" chibo --db $DB --user dung user passwd tester
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
%% sh
sqlite3 "$DB" "UPDATE person SET failed_logins = 5, locked_until = '2099-01-01T00:00:00Z' WHERE login = 'an'"
%% run CHIBO_NEW_PASSPHRASE="mật khẩu đặt lại cho An" chibo --db $DB user passwd an
%% exit 0
%% output
Đã đặt lại mật khẩu cho 'an': tài khoản được mở khóa, các phiên đăng nhập của họ đã kết thúc.
%% sql
SELECT login, failed_logins, locked_until IS NULL FROM person WHERE login = 'an';
SELECT count(*) FROM session s JOIN person p ON p.id = s.person_id WHERE p.login = 'an';
%% rows
an|0|1
0
%% run CHIBO_PASSPHRASE="mật khẩu đặt lại cho An" chibo --db $DB --user an cell show
%% exit 0
%% output
Chi bộ: Chi bộ thôn Bản Cầu
Đảng bộ cấp trên: (chưa đặt)
Ký hiệu trong số văn bản: CB
Nhiệm kỳ: (chưa đặt)
Địa danh ghi trên văn bản: (chưa đặt)
Phiếu chấm chất lượng: hd42-100
%% run chibo --db $DB --user an user passwd ai-do
%% exit 1
%% output
chibo: không có quyền quản trị toàn bộ các đơn vị
%% run chibo --db $DB user passwd ai-do
%% exit 1
%% output
chibo: không có người dùng 'ai-do'; thêm bằng: chibo user add ai-do --name "HỌ TÊN"
%% run chibo --db $DB user passwd an dung
%% exit 2
%% output
chibo: user passwd nhận nhiều nhất một tên đăng nhập
Cách dùng: chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
Xem thêm: chibo --help
%% sql
SELECT a.action, p.login, coalesce(ac.login, 'chibo') FROM audit a
JOIN person p ON p.id = a.subject LEFT JOIN person ac ON ac.id = a.actor_id
WHERE a.action LIKE 'passwd%' ORDER BY a.rowid;
SELECT count(*) FROM audit WHERE detail LIKE '%argon%' OR detail LIKE '%mật khẩu%';
%% rows
passwd|tester|tester
passwd|an|an
passwd|an|an
passwd_reset|dung|tester
passwd_reset|an|tester
0
