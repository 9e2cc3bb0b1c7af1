Usage errors exit 2 with "chibo: what is wrong", the usage line of the
command and a pointer to --help, and touch nothing: the database is not even
created.  --help and --version exit 0.

%% run chibo --db $DB bogus
%% exit 2
%% output
chibo: không có lệnh 'bogus'
Xem thêm: chibo --help
%% run chibo --db $DB lesson
%% exit 2
%% output
chibo: thiếu lệnh con: list, show, check, test hoặc new
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson frobnicate
%% exit 2
%% output
chibo: không có lệnh con 'lesson frobnicate'
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson list extra
%% exit 2
%% output
chibo: sai số đối số cho lesson list
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson show
%% exit 2
%% output
chibo: sai số đối số cho lesson show
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson test lessons/vai-tro-bi-thu.lua
%% exit 2
%% output
chibo: lesson test cần TỆP.lua và --answers TỆP
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson check
%% exit 2
%% output
chibo: lesson check cần ít nhất một tệp hoặc thư mục
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB lesson new
%% exit 2
%% output
chibo: lesson new cần đúng một mã bài
Cách dùng: chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
Xem thêm: chibo --help
%% run chibo --db $DB learn --bogus
%% exit 2
%% output
chibo: tùy chọn không rõ: --bogus
Cách dùng: chibo learn [ID | TỆP.lua] [--restart]
Xem thêm: chibo --help
%% run chibo --db $DB learn trinh-tu-sinh-hoat vai-tro-bi-thu
%% exit 2
%% output
chibo: chỉ học một bài mỗi lần
Cách dùng: chibo learn [ID | TỆP.lua] [--restart]
Xem thêm: chibo --help
%% run chibo --db $DB --lang fr lesson list
%% exit 2
%% output
chibo: --lang: vi | en
%% run chibo --db
%% exit 2
%% output
chibo: --db cần một giá trị
Xem thêm: chibo --help
%% sh
test ! -e "$DB"
%% # A lesson id that does not exist is a usage error too (see lesson list).
%% run chibo --db $DB --user an learn khong-co-bai-nay
%% exit 2
%% output
chibo: không có bài học 'khong-co-bai-nay' (xem: chibo lesson list)
Cách dùng: chibo learn [ID | TỆP.lua] [--restart]
Xem thêm: chibo --help
%% # learn without a lesson and nothing in progress.
%% run chibo --db $DB --user an learn
%% exit 2
%% output
chibo: chưa có bài nào đang học dở; hãy chọn một bài (chibo lesson list)
Cách dùng: chibo learn [ID | TỆP.lua] [--restart]
Xem thêm: chibo --help
%% run chibo --help
%% exit 0
%% output
chibo 0.1.0 — học và làm công tác bí thư chi bộ

Cách dùng: chibo [tùy chọn] [lệnh] [đối số]
Không có lệnh: mở trình đơn (tiếp tục bài đang học, danh sách bài học).

Các lệnh:
  chibo learn [ID | TỆP.lua] [--restart]
      học một bài; bài đang học dở thì học tiếp từ câu chưa trả lời (--restart: học lại từ đầu, giữ lần học cũ)
  chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
      xem danh sách bài học và tiến độ; xem một bài; kiểm tra, chạy thử và tạo bài học mới (cho người soạn bài)
  chibo meeting start [--type regular|thematic|combined|committee] [--rehearse] [--cell TÊN] [--superior TÊN] [--rubric MÃ] | resume [MÃ] | list | show MÃ | abandon MÃ
      điều hành buổi sinh hoạt chi bộ thật theo từng bước (hoặc tập dượt), ghi lại diễn biến, kiểm tra thủ tục và chấm điểm chất lượng
  chibo rubric list | check TỆP | score TỆP --facts TỆP
      xem, kiểm tra và chạy thử phiếu chấm chất lượng buổi sinh hoạt (plugins/rubrics/)
  chibo cell show | set [--name TÊN] [--superior TÊN] [--issuer CB] [--term 2025-2027] [--place ĐỊA_DANH] [--rubric MÃ]
      xem và đặt thông tin chi bộ dùng trên văn bản: tên, đảng bộ cấp trên, ký hiệu, nhiệm kỳ, địa danh, phiếu chấm
  chibo draft new resolution|minutes [--meeting MÃ] [--template MÃ] | list | show MÃ | edit MÃ | finalize MÃ | export MÃ [-o TỆP]
      soạn nghị quyết, biên bản theo thể thức của Đảng (từ buổi sinh hoạt đã ghi), hoàn tất, đánh số và xuất ra .docx, .html, .txt
  chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
      cây đơn vị (tỉnh ủy/thành ủy, đảng ủy xã/phường/đặc khu, chi bộ thôn/tổ dân phố) và nhiệm kỳ: thêm, xem, chuyển, nhập chi bộ từ tệp CSV (cột ten, ma, cap_tren); ĐƠN_VỊ là mã, tên hoặc id
  chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI
       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] [--to NGÀY] [--term NHIỆM_KỲ]
       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] [--mentor NGƯỜI] [--history]
       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ | --draft MÃ) "GÓP Ý"
       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments [--all]
      người hướng dẫn: theo dõi bí thư được phân công (tiến độ bài học, sinh hoạt, văn bản, cảnh báo), xem chi tiết, góp ý, ký xác nhận; văn phòng đảng ủy: phân công và xem lịch sử phân công; bí thư: đọc góp ý (comments)
  chibo doc render MÔ_HÌNH.txt -o KẾT_QUẢ.docx|.html|.txt
      in một mô hình văn bản (docs/document-model.md) ra .docx, .html hoặc .txt
  chibo user add TÊN_ĐĂNG_NHẬP --name "HỌ TÊN" [--unit ĐƠN_VỊ] [--role secretary|mentor|admin]… [--passphrase]
       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]
       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout
      người dùng và tài khoản: thêm người (bí thư chi bộ, người hướng dẫn, quản trị viên), xem danh sách, đặt mật khẩu, cấp và bỏ vai trò, đăng xuất
  chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
      báo cáo trên các chi bộ bạn được xem (trong ĐƠN_VỊ: mã, tên hoặc id), theo từng đảng ủy xã và tổng cộng: coverage — độ phủ người hướng dẫn; meetings — số buổi sinh hoạt trong năm so với kế hoạch; quality — phân bố xếp loại chất lượng; progress — tiến độ học của bí thư; --year: năm của số liệu (mặc định năm nay; với coverage: tính vào ngày 31/12 năm đó); dạng bảng, CSV hoặc JSON

Tùy chọn chung:
  --user TÊN       người học (mặc định: $CHIBO_USER hoặc tên đăng nhập)
  --db ĐƯỜNG_DẪN   cơ sở dữ liệu (mặc định: $CHIBO_DB hoặc $XDG_DATA_HOME/chibo/chibo.db)
  --lessons THƯ_MỤC  thêm một thư mục bài học (lặp lại được)
  --lang vi|en     ngôn ngữ giao diện (mặc định: vi)
  --plain          không màu, không ký tự khung
  --debug          hiện vết lỗi (traceback) và print() của bài học
  --help, --version

Mã thoát: 0 xong; 1 lỗi; 2 sai cách dùng; 3 hết dữ liệu nhập trước khi xong bài (đã lưu tiến độ).
%% run chibo --version
%% exit 0
%% output
chibo 0.1.0
%% run chibo --help lesson
%% exit 0
%% output
chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua --answers TỆP | new ID
  xem danh sách bài học và tiến độ; xem một bài; kiểm tra, chạy thử và tạo bài học mới (cho người soạn bài)
