"unit term U --from --to [--name]": a term (nhiệm kỳ) of a unit's
committee, dates YYYY-MM-DD or DD/MM/YYYY, both days included; its name
defaults to the years with an en dash ("2025–2027").  Refused: a term that
overlaps another term of the same unit (even by one day), an end before
the start, a date that does not exist, a user who does not administer the
unit.  "unit show" lists the terms newest first and marks the current one.

%% sh
bash "$TRANSCRIPTS/data/unit-tree.sh"
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 2025-07-01 --to 2027-06-30
%% exit 0
%% output
Đã thêm nhiệm kỳ 2025–2027 (01/07/2025 – 30/06/2027) cho Chi bộ thôn Bản Cầu.
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 01/07/2020 --to 30/06/2025 --name "2020–2025 (khóa trước)"
%% exit 0
%% output
Đã thêm nhiệm kỳ 2020–2025 (khóa trước) (01/07/2020 – 30/06/2025) cho Chi bộ thôn Bản Cầu.
%% # another unit's terms are its own
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD --from 2025-07-01 --to 2030-06-30
%% exit 0
%% output
Đã thêm nhiệm kỳ 2025–2030 (01/07/2025 – 30/06/2030) cho Đảng ủy xã Đồng Đăng.
%% # refusals
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 2027-06-30 --to 2029-06-30
%% exit 1
%% output
chibo: không thêm được nhiệm kỳ '2027–2029' cho 'Chi bộ thôn Bản Cầu': trùng thời gian với nhiệm kỳ '2025–2027' (01/07/2025 – 30/06/2027)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 2019-01-01 --to 2031-01-01
%% exit 1
%% output
chibo: không thêm được nhiệm kỳ '2019–2031' cho 'Chi bộ thôn Bản Cầu': trùng thời gian với nhiệm kỳ '2020–2025 (khóa trước)' (01/07/2020 – 30/06/2025)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 2029-07-01 --to 2027-07-01
%% exit 1
%% output
chibo: không thêm được nhiệm kỳ '2029–2027': ngày kết thúc 01/07/2027 trước ngày bắt đầu 01/07/2029
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit term DD-01 --from 2027-07-01 --to 31/06/2029
%% exit 2
%% output
chibo: --to: '31/06/2029' không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)
Cách dùng: chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] [--code MÃ] [--superior TÊN] TÊN
       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ | move ĐƠN_VỊ --to ĐƠN_VỊ
       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]
       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD [--name 2025–2027]
Xem thêm: chibo --help
%% run chibo --db $DB --user an unit term DD-02 --from 2025-07-01 --to 2027-06-30
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% run CHIBO_NOW=2027-06-30T23:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show DD-01
%% exit 0
%% output
Đơn vị: Chi bộ thôn Bản Cầu
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-01
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ:
  2025–2027: 01/07/2025 – 30/06/2027 (hiện tại)
  2020–2025 (khóa trước): 01/07/2020 – 30/06/2025
Bí thư: (chưa có)
Người hướng dẫn: (chưa phân công)
%% run CHIBO_NOW=2027-07-01T08:00 CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit show DD-01
%% exit 0
%% output
Đơn vị: Chi bộ thôn Bản Cầu
Cấp: chi bộ thôn/tổ dân phố
Mã: DD-01
Thuộc: Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng
Cấp trên ghi trên văn bản: Đảng ủy xã Đồng Đăng
Nhiệm kỳ:
  2025–2027: 01/07/2025 – 30/06/2027
  2020–2025 (khóa trước): 01/07/2020 – 30/06/2025
Bí thư: (chưa có)
Người hướng dẫn: (chưa phân công)
%% sql
SELECT (SELECT code FROM unit WHERE id = unit_id), name, starts_on, ends_on FROM term ORDER BY 1, starts_on;
SELECT (SELECT code FROM unit WHERE id = subject), json_extract(detail, '$.name'),
       json_extract(detail, '$.from'), json_extract(detail, '$.to')
FROM audit WHERE action = 'unit.term' ORDER BY rowid;
%% rows
DD|2025–2030|2025-07-01|2030-06-30
DD-01|2020–2025 (khóa trước)|2020-07-01|2025-06-30
DD-01|2025–2027|2025-07-01|2027-06-30
DD-01|2025–2027|2025-07-01|2027-06-30
DD-01|2020–2025 (khóa trước)|2020-07-01|2025-06-30
DD|2025–2030|2025-07-01|2030-06-30
