Lockout: each wrong passphrase is counted (committed although the run
fails) and the message says how many tries are left; the fifth locks the
account for 15 minutes (audit 'lockout') and says until when, in local
time.  While locked even the right passphrase is refused, saying until
when (TZ fixes the local time: the lock is set to a known instant with
SQL).  The admin sees the lock in "user list".  Once the lock has run out
the right passphrase works again and clears the count.

%% run CHIBO_NEW_PASSPHRASE="mật khẩu quản trị" chibo --db $DB user list
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; tester trở thành quản trị viên đầu tiên.
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% sh
sqlite3 "$DB" "INSERT INTO unit (id, kind, name, code, path, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000c1', 'cell', 'Chi bộ thôn Bản Cầu', 'BC', '/00000000-0000-4000-8000-0000000000c1/', 'x', 'x')"
%% run CHIBO_NEW_PASSPHRASE="mật khẩu của An" chibo --db $DB user add an --name "Nguyễn Văn An" --unit BC --role secretary --passphrase
%% exit 0
%% output
Đã thêm người dùng 'an' (Nguyễn Văn An).
Đã đặt mật khẩu: mỗi lần dùng chibo, an cần nhập mật khẩu này.
%% run CHIBO_PASSPHRASE="sai mật khẩu rồi" chibo --db $DB --user an cell show
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 4 lần thử trước khi tài khoản bị khóa 15 phút
%% run CHIBO_PASSPHRASE="sai mật khẩu rồi" chibo --db $DB --user an cell show
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 3 lần thử trước khi tài khoản bị khóa 15 phút
%% run CHIBO_PASSPHRASE="sai mật khẩu rồi" chibo --db $DB --user an cell show
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 2 lần thử trước khi tài khoản bị khóa 15 phút
%% run CHIBO_PASSPHRASE="sai mật khẩu rồi" chibo --db $DB --user an cell show
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 1 lần thử trước khi tài khoản bị khóa 15 phút
%% sql
SELECT failed_logins, locked_until IS NULL FROM person WHERE login = 'an';
SELECT count(*) FROM audit WHERE action = 'lockout';
%% rows
4|1
0
%% run CHIBO_PASSPHRASE="sai mật khẩu rồi" chibo --db $DB --user an cell show
%% exit 1
%% sh
grep -qE "^chibo: mật khẩu không đúng; đã sai 5 lần liên tiếp nên tài khoản 'an' bị khóa đến [0-2][0-9]:[0-5][0-9] [0-3][0-9]/[01][0-9]/20[0-9][0-9]; hãy thử lại sau thời điểm đó, hoặc nhờ quản trị viên đặt lại mật khẩu$" .out
test "$(wc -l <.out)" = 1
%% sql
SELECT failed_logins, abs(unixepoch(locked_until) - unixepoch() - 15 * 60) < 30 FROM person WHERE login = 'an';
SELECT a.subject = p.id, a.actor_id IS NULL, a.detail ->> 'failures', a.detail ->> 'until' = p.locked_until
FROM audit a JOIN person p ON p.login = 'an' WHERE a.action = 'lockout';
%% rows
5|1
1|1|5|1
%% sh
sqlite3 "$DB" "UPDATE person SET locked_until = '2099-01-01T00:00:00Z' WHERE login = 'an'"
%% run TZ=ICT-7 CHIBO_PASSPHRASE="mật khẩu của An" chibo --db $DB --user an cell show
%% exit 1
%% output
chibo: tài khoản 'an' đang bị khóa đến 07:00 01/01/2099 vì nhập sai mật khẩu nhiều lần; hãy thử lại sau thời điểm đó, hoặc nhờ quản trị viên đặt lại mật khẩu (chibo user passwd an)
%% run TZ=ICT-7 chibo --db $DB user list
%% exit 0
%% output
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
an              Nguyễn Văn An           Chi bộ thôn Bản Cầu       khóa đến 07:00 01/01/2099   bí thư (Chi bộ thôn Bản Cầu)
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% sql
SELECT failed_logins FROM person WHERE login = 'an';
%% rows
5
%% sh
sqlite3 "$DB" "UPDATE person SET locked_until = '2000-01-01T00:00:00Z' WHERE login = 'an'"
%% run CHIBO_PASSPHRASE="mật khẩu của An" chibo --db $DB --user an cell show
%% exit 0
%% output
Chi bộ: Chi bộ thôn Bản Cầu
Đảng bộ cấp trên: (chưa đặt)
Ký hiệu trong số văn bản: CB
Nhiệm kỳ: (chưa đặt)
Địa danh ghi trên văn bản: (chưa đặt)
Phiếu chấm chất lượng: hd42-100
%% sql
SELECT failed_logins, locked_until IS NULL FROM person WHERE login = 'an';
%% rows
0|1
%% run chibo --db $DB user list
%% exit 0
%% output
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
an              Nguyễn Văn An           Chi bộ thôn Bản Cầu       có mật khẩu                 bí thư (Chi bộ thôn Bản Cầu)
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
