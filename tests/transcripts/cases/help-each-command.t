DESIGN: "--help on each" command: "chibo learn --help" and "chibo lesson
--help" print the command's usage and summary and exit 0 (like "chibo --help
lesson"), without opening the database.

%% by-hand
%% run chibo --db $DB learn --help
%% exit 0
%% output
chibo learn [ID | TỆP.lua] [--restart]
  học một bài; bài đang học dở thì học tiếp từ câu chưa trả lời (--restart: học lại từ đầu, giữ lần học cũ)
%% run chibo --db $DB lesson --help
%% exit 0
%% output
chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
  xem danh sách bài học và tiến độ; xem một bài; kiểm tra, chạy thử và tạo bài học mới (cho người soạn bài)
%% sh
test ! -e "$DB"
