Drafting with a template (a small one installed in the user's plugins):
"draft new" runs its wizard and saves revision 1; "finalize" refuses
without a committee term, and while the template's check reports a
problem (exit 1, the problem listed, the document still a draft); "draft
edit" saves revision 2 with the previous answers as defaults; "finalize"
then numbers it 01-NQ/CB in the term and makes it read-only ("edit"
refused); "export" writes the .txt; a second one gets 02-NQ/CB.

%% sh
mkdir -p xdg-data/chibo/plugins/documents
cp "$REPO/tests/transcripts/templates/thu.lua" xdg-data/chibo/plugins/documents/thu.lua
%% run chibo --db $DB --user an cell set --name "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng" --place "Bản Cầu"
%% exit 0
%% output
Chi bộ: Chi bộ thôn Bản Cầu
Đảng bộ cấp trên: Đảng bộ xã Đồng Đăng
Ký hiệu trong số văn bản: CB
Nhiệm kỳ: (chưa đặt)
Địa danh ghi trên văn bản: Bản Cầu
Phiếu chấm chất lượng: hd42-100
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an draft new resolution --template thu
%% stdin
Ngắn
Làm đường liên thôn
%% exit 0
%% # the id in its last line is random: checked below
%% sh
id=$(sqlite3 "$DB" "select substr(id,1,8) from document")
export XDG_DATA_HOME="$SCRATCH/xdg-data"
# no term yet
! "$CHIBO" --db "$DB" --user an draft finalize "$id" 2>err
grep -q "chưa đặt nhiệm kỳ" err
"$CHIBO" --db "$DB" --user an cell set --term 2025-2027 >/dev/null
# the template's check refuses the short results
! "$CHIBO" --db "$DB" --user an draft finalize "$id" 2>err
grep -q "Phần kết quả quá ngắn." err
test "$(sqlite3 "$DB" "select status from document")" = draft
# edit: Enter keeps the task, the results are rewritten
printf 'Đã sửa xong đường liên thôn và thu đủ đảng phí.\n\n' |
  "$CHIBO" --db "$DB" --user an draft edit "$id" >edit.out
grep -q "\[Làm đường liên thôn\]" edit.out
test "$(sqlite3 "$DB" "select count(*) from document_revision")" = 2
"$CHIBO" --db "$DB" --user an draft finalize "$id" >fin.out
grep -q "Số 01-NQ/CB (nhiệm kỳ 2025-2027)" fin.out
! "$CHIBO" --db "$DB" --user an draft edit "$id" 2>err
grep -q "đã hoàn tất" err
"$CHIBO" --db "$DB" --user an draft export "$id" -o nq.txt >/dev/null
grep -q "Số 01-NQ/CB" nq.txt
grep -q "CHI BỘ THÔN BẢN CẦU" nq.txt
grep -q "Đã sửa xong đường liên thôn" nq.txt
# a second resolution of the term: 02
printf 'Đã tổ chức ngày hội đại đoàn kết toàn dân.\nGiữ gìn vệ sinh đường làng.\n' |
  "$CHIBO" --db "$DB" --user an draft new resolution --template thu >/dev/null
id2=$(sqlite3 "$DB" "select substr(id,1,8) from document where number is null")
"$CHIBO" --db "$DB" --user an draft finalize "$id2" | grep -q "Số 02-NQ/CB"
%% sql
SELECT template_id, status, number, term FROM document ORDER BY number;
%% rows
thu|final|1|2025-2027
thu|final|2|2025-2027
