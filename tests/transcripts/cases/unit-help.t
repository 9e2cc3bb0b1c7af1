"chibo unit --help" (and "--help" after any subcommand) prints the usage
of every subcommand and what the command does, without opening the
database; a missing or unknown subcommand is a usage error (exit 2).

%% run chibo --db $DB unit --help
%% exit 0
%% output
chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
  cây đơn vị (tỉnh ủy/thành ủy, đảng ủy xã/phường/đặc khu, chi bộ thôn/tổ dân phố) và nhiệm kỳ: thêm, xem, chuyển, nhập chi bộ từ tệp CSV (cột ten, ma, cap_tren); ĐƠN_VỊ là mã, tên hoặc id
%% run chibo --db $DB unit import --help
%% exit 0
%% output
chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
  cây đơn vị (tỉnh ủy/thành ủy, đảng ủy xã/phường/đặc khu, chi bộ thôn/tổ dân phố) và nhiệm kỳ: thêm, xem, chuyển, nhập chi bộ từ tệp CSV (cột ten, ma, cap_tren); ĐƠN_VỊ là mã, tên hoặc id
%% run chibo --db $DB unit
%% exit 2
%% output
chibo: thiếu lệnh con: add, list, show, move, import hoặc term
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit frobnicate
%% exit 2
%% output
chibo: không có lệnh con 'unit frobnicate'
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit show
%% exit 2
%% output
chibo: cần chỉ rõ đơn vị muốn xem
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit show a b
%% exit 2
%% output
chibo: đối số thừa: b
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit list --bogus
%% exit 2
%% output
chibo: tùy chọn không rõ: --bogus
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit move DD
%% exit 2
%% output
chibo: cần: unit move ĐƠN_VỊ --to ĐƠN_VỊ_CẤP_TRÊN
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit term DD --from 2025-02-30 --to 2027-01-01
%% exit 2
%% output
chibo: --from: '2025-02-30' không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB unit import cells.csv
%% exit 2
%% output
chibo: cần: unit import TỆP.csv --parent ĐƠN_VỊ
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% sh
test ! -e "$DB"
