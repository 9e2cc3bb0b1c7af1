Logging in.  A local profile without a passphrase (an) keeps learning as
before, asked for nothing.  An account (tester, the first admin) without a
session and without a terminal fails with a message naming
CHIBO_PASSPHRASE; a wrong passphrase says so and how many tries are left.
The right one opens a session: a 0600 file in $XDG_STATE_HOME/chibo (0700)
holding a token whose hash is in table session; the next runs need no
passphrase.  A session file that others may read is not trusted (and is
removed); an expired session is deleted when seen.  "user logout" ends the
session (row and file) without asking anything; a second logout finds
none.

%% run chibo --db $DB --user an learn tests/transcripts/lessons/hoi-lai.lua
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
%% sh
test ! -e xdg-state/chibo || test -z "$(ls xdg-state/chibo)"
%% run CHIBO_NEW_PASSPHRASE="mật khẩu quản trị" chibo --db $DB user list
%% exit 0
%% output
chibo: cơ sở dữ liệu chưa có quản trị viên; tester trở thành quản trị viên đầu tiên.
Tên đăng nhập   Họ tên                  Đơn vị                    Tài khoản                   Vai trò
an              an                      —                         chưa có mật khẩu            —
tester          tester                  —                         có mật khẩu                 quản trị (toàn bộ)
%% run chibo --db $DB user logout
%% exit 0
%% output
Đã đăng xuất: lần sau chibo sẽ hỏi mật khẩu.
%% sql
SELECT count(*) FROM session;
%% rows
0
%% sh
test -z "$(ls xdg-state/chibo)"
%% run chibo --db $DB cell show
%% exit 1
%% output
chibo: cần mật khẩu của tài khoản 'tester' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu vào biến môi trường CHIBO_PASSPHRASE
%% run CHIBO_PASSPHRASE="mật khẩu quản trị sai" chibo --db $DB cell show
%% exit 1
%% output
chibo: mật khẩu không đúng; còn 4 lần thử trước khi tài khoản bị khóa 15 phút
%% run CHIBO_PASSPHRASE="mật khẩu quản trị" chibo --db $DB cell show
%% exit 0
%% output
Chưa có chi bộ. Đặt tên: chibo cell set --name "Chi bộ thôn …"
%% sh
test "$(stat -c %a xdg-state/chibo)" = 700
f=$(echo xdg-state/chibo/session-*)
test "$(stat -c %a "$f")" = 600
test "$(wc -c <"$f")" = 65
test "$(sqlite3 "$DB" "SELECT count(*) FROM session WHERE token_hash = '$(cat "$f")'")" = 0
%% sql
SELECT p.login, p.failed_logins, s.expires_at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+29 minutes')
FROM session s JOIN person p ON p.id = s.person_id;
%% rows
tester|0|1
%% run chibo --db $DB cell show
%% exit 0
%% output
Chưa có chi bộ. Đặt tên: chibo cell set --name "Chi bộ thôn …"
%% run chibo --db $DB --user an learn tests/transcripts/lessons/hoi-lai.lua
%% stdin
c
%% exit 3
%% output
Bước 2/2 [##########] Chuẩn bị
Đã thông báo cho đảng viên (c/k): 
Đã chuẩn bị nơi họp (c/k): 
chibo: bài học chưa xong; tiến độ đã được lưu. Chạy 'chibo learn tests/transcripts/lessons/hoi-lai.lua' để học tiếp.
%% sh
chmod 644 xdg-state/chibo/session-*
%% run chibo --db $DB cell show
%% exit 1
%% output
chibo: cần mật khẩu của tài khoản 'tester' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu vào biến môi trường CHIBO_PASSPHRASE
%% sh
test -z "$(ls xdg-state/chibo)"
%% run CHIBO_PASSPHRASE="mật khẩu quản trị" chibo --db $DB cell show
%% exit 0
%% output
Chưa có chi bộ. Đặt tên: chibo cell set --name "Chi bộ thôn …"
%% sh
sqlite3 "$DB" "UPDATE session SET expires_at = '2000-01-01T00:00:00Z'"
%% run chibo --db $DB cell show
%% exit 1
%% output
chibo: cần mật khẩu của tài khoản 'tester' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu vào biến môi trường CHIBO_PASSPHRASE
%% sql
SELECT count(*) FROM session;
%% rows
0
%% sh
test -z "$(ls xdg-state/chibo)"
%% run CHIBO_PASSPHRASE="mật khẩu quản trị" chibo --db $DB cell show
%% exit 0
%% output
Chưa có chi bộ. Đặt tên: chibo cell set --name "Chi bộ thôn …"
%% run chibo --db $DB user logout
%% exit 0
%% output
Đã đăng xuất: lần sau chibo sẽ hỏi mật khẩu.
%% sql
SELECT count(*) FROM session;
%% rows
0
%% sh
test -z "$(ls xdg-state/chibo)"
%% run chibo --db $DB user logout
%% exit 0
%% output
Không có phiên đăng nhập nào đang mở.
%% run chibo --db $DB cell show
%% exit 1
%% output
chibo: cần mật khẩu của tài khoản 'tester' nhưng không có bàn phím để hỏi; khi chạy không tương tác, hãy đặt mật khẩu vào biến môi trường CHIBO_PASSPHRASE
