"unit import FILE.csv --parent U": a commune's cells from a spreadsheet
(data/cells.csv: UTF-8 with a byte order mark, CRLF line ends, a quoted
name with a comma and "" quotes, a blank line, spaces around a name,
Vietnamese column names in any case, an extra STT column).  A cell that is
already under U with the same name is skipped, so importing the file again
adds nothing; --dry-run checks and writes nothing.  A file with any bad
row adds nothing, and every bad row is named by its line
(data/cells-bad.csv: invalid UTF-8 — saved in a legacy code page —, an
empty name, a name or code twice in the file, a code another unit has, a
code with a space, an unquoted comma, a quote never closed).  Files saved
with ';' (spreadsheets in Vietnamese settings) work as well.

%% sh
bash "$TRANSCRIPTS/data/unit-tree.sh"
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells.csv --parent CL --dry-run
%% exit 0
%% output
Kiểm tra xong, chưa ghi gì: sẽ thêm 3 chi bộ (bỏ qua 1 đã có) vào Đảng ủy xã Cao Lộc.
%% sql
SELECT count(*) FROM unit;
%% rows
9
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells.csv --parent CL
%% exit 0
%% output
Đã thêm 3 chi bộ (bỏ qua 1 đã có) vào Đảng ủy xã Cao Lộc.
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list --unit CL
%% exit 0
%% output
Đảng ủy xã Cao Lộc (cấp xã, mã CL, 4 chi bộ)
├── Chi bộ thôn Bản Cầu (cấp chi bộ)
├── Chi bộ thôn Khòn Khuyên, xóm "Mới" (cấp chi bộ, mã CL-02)
├── Chi bộ thôn Nà Sla (cấp chi bộ, mã CL-01)
└── Chi bộ tổ dân phố 1 (cấp chi bộ)
%% sql
SELECT name, coalesce(code, '-'), superior_name FROM unit
WHERE parent_id = (SELECT id FROM unit WHERE code = 'CL') ORDER BY name;
SELECT action, (SELECT code FROM unit WHERE id = subject), detail FROM audit WHERE action = 'unit.import';
%% rows
Chi bộ thôn Bản Cầu|-|Đảng ủy xã Cao Lộc
Chi bộ thôn Khòn Khuyên, xóm "Mới"|CL-02|Đảng bộ xã Cao Lộc
Chi bộ thôn Nà Sla|CL-01|Đảng ủy xã Cao Lộc
Chi bộ tổ dân phố 1|-|Đảng ủy xã Cao Lộc
unit.import|CL|{"added": 3, "skipped": 1}
%% # the same file again
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells.csv --parent CL
%% exit 0
%% output
Đã thêm 0 chi bộ (bỏ qua 4 đã có) vào Đảng ủy xã Cao Lộc.
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells-bad.csv --parent CL
%% exit 1
%% output
$REPO/tests/transcripts/data/cells-bad.csv:3: không phải văn bản UTF-8 hợp lệ (hãy lưu tệp với bảng mã UTF-8)
$REPO/tests/transcripts/data/cells-bad.csv:4: tên không được để trống
$REPO/tests/transcripts/data/cells-bad.csv:5: tên 'Chi bộ thôn Pò Mã' trùng với dòng 2
$REPO/tests/transcripts/data/cells-bad.csv:6: mã 'CL-11' trùng với dòng 2
$REPO/tests/transcripts/data/cells-bad.csv:7: mã 'DD-01' đã dùng cho 'Chi bộ thôn Bản Cầu'
$REPO/tests/transcripts/data/cells-bad.csv:8: mã 'CL 15' không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -
$REPO/tests/transcripts/data/cells-bad.csv:9: có 4 trường, nhiều hơn dòng tiêu đề (3); tên có dấu phẩy phải đặt trong ngoặc kép
$REPO/tests/transcripts/data/cells-bad.csv:11: thiếu dấu ngoặc kép đóng trường
chibo: không nhập được $REPO/tests/transcripts/data/cells-bad.csv: 8 dòng có lỗi (ở trên); chưa thêm chi bộ nào. Hãy sửa tệp rồi nhập lại.
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells-bad.csv --parent CL --dry-run
%% exit 1
%% output
$REPO/tests/transcripts/data/cells-bad.csv:3: không phải văn bản UTF-8 hợp lệ (hãy lưu tệp với bảng mã UTF-8)
$REPO/tests/transcripts/data/cells-bad.csv:4: tên không được để trống
$REPO/tests/transcripts/data/cells-bad.csv:5: tên 'Chi bộ thôn Pò Mã' trùng với dòng 2
$REPO/tests/transcripts/data/cells-bad.csv:6: mã 'CL-11' trùng với dòng 2
$REPO/tests/transcripts/data/cells-bad.csv:7: mã 'DD-01' đã dùng cho 'Chi bộ thôn Bản Cầu'
$REPO/tests/transcripts/data/cells-bad.csv:8: mã 'CL 15' không hợp lệ: mã chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -
$REPO/tests/transcripts/data/cells-bad.csv:9: có 4 trường, nhiều hơn dòng tiêu đề (3); tên có dấu phẩy phải đặt trong ngoặc kép
$REPO/tests/transcripts/data/cells-bad.csv:11: thiếu dấu ngoặc kép đóng trường
chibo: không nhập được $REPO/tests/transcripts/data/cells-bad.csv: 8 dòng có lỗi (ở trên); chưa thêm chi bộ nào. Hãy sửa tệp rồi nhập lại.
%% sql
SELECT count(*) FROM unit;
SELECT count(*) FROM audit WHERE action = 'unit.import';
%% rows
12
1
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells-semicolon.csv --parent BD
%% exit 0
%% output
Đã thêm 2 chi bộ (bỏ qua 0 đã có) vào Đảng ủy phường Ba Đình.
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit list --unit BD
%% exit 0
%% output
Đảng ủy phường Ba Đình (cấp xã, mã BD, 3 chi bộ)
├── Chi bộ tổ dân phố số 1 (cấp chi bộ, mã BD-01)
├── Chi bộ tổ dân phố số 2 (cấp chi bộ, mã BD-02)
└── Chi bộ tổ dân phố số 3; số 4 (cấp chi bộ, mã BD-03)
%% # files that cannot be read as a list of cells
%% sh
printf 'ma,cap_tren\nX-1,Đảng ủy\n' >no-name.csv
printf 'ten,ma,Tên\nA,B,C\n' >twice.csv
: >empty.csv
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $SCRATCH/no-name.csv --parent CL
%% exit 1
%% output
chibo: $SCRATCH/no-name.csv:1: dòng tiêu đề thiếu cột tên chi bộ (ten hoặc name); các cột: ten, ma, cap_tren
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $SCRATCH/twice.csv --parent CL
%% exit 1
%% output
chibo: $SCRATCH/twice.csv:1: cột 'Tên' có hai lần trong dòng tiêu đề
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $SCRATCH/empty.csv --parent CL
%% exit 1
%% output
chibo: $SCRATCH/empty.csv: tệp rỗng; dòng đầu phải là dòng tiêu đề (ten,ma,cap_tren)
%% run CHIBO_PASSPHRASE=mat-khau-thu-1 chibo --db $DB --user admin unit import $TRANSCRIPTS/data/cells.csv --parent CL-01
%% exit 1
%% output
chibo: không nhập được vào 'Chi bộ thôn Nà Sla': đó là chi bộ, không có đơn vị trực thuộc
%% # only an admin of the commune may import into it
%% run chibo --db $DB --user an unit import $TRANSCRIPTS/data/cells.csv --parent CL
%% exit 1
%% output
chibo: không có quyền quản trị đơn vị này: cần vai trò quản trị của đơn vị hoặc đơn vị cấp trên
%% sql
SELECT count(*) FROM unit;
%% rows
14
