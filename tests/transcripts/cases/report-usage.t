chibo report: the report's name is required and checked, and so are
--format, --year (coverage takes it as "on 31/12 of that year"; progress
does not take it) and unknown options; --help (anywhere) shows the usage.
Nothing is read, and no database is made, before the arguments are right.

%% run chibo --db $DB report
%% exit 2
%% output
chibo: cần tên báo cáo: coverage, meetings, quality hoặc progress
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report thang
%% exit 2
%% output
chibo: không có báo cáo 'thang'; cần: coverage, meetings, quality hoặc progress
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report coverage --format xml
%% exit 2
%% output
chibo: --format: table, csv hoặc json (không phải 'xml')
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report meetings --year 20x5
%% exit 2
%% output
chibo: --year: một năm như 2026 (không phải '20x5')
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report progress --year 2025
%% exit 2
%% output
chibo: report progress không nhận --year: tiến độ học tính đến hôm nay
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report quality --nam 2025
%% exit 2
%% output
chibo: tùy chọn không rõ: --nam
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report coverage meetings
%% exit 2
%% output
chibo: đối số thừa: meetings
Cách dùng: chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
Xem thêm: chibo --help
%% run chibo --db $DB report --help
%% exit 0
%% output
chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
  báo cáo trên các chi bộ bạn được xem (trong ĐƠN_VỊ: mã, tên hoặc id), theo từng đảng ủy xã và tổng cộng: coverage — độ phủ người hướng dẫn; meetings — số buổi sinh hoạt trong năm so với kế hoạch; quality — phân bố xếp loại chất lượng; progress — tiến độ học của bí thư; --year: năm của số liệu (mặc định năm nay; với coverage: tính vào ngày 31/12 năm đó); dạng bảng, CSV hoặc JSON
%% run chibo --db $DB report meetings --year 2025 --help
%% exit 0
%% output
chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
  báo cáo trên các chi bộ bạn được xem (trong ĐƠN_VỊ: mã, tên hoặc id), theo từng đảng ủy xã và tổng cộng: coverage — độ phủ người hướng dẫn; meetings — số buổi sinh hoạt trong năm so với kế hoạch; quality — phân bố xếp loại chất lượng; progress — tiến độ học của bí thư; --year: năm của số liệu (mặc định năm nay; với coverage: tính vào ngày 31/12 năm đó); dạng bảng, CSV hoặc JSON
%% sh
# no database was opened, let alone created
test ! -e "$DB"
