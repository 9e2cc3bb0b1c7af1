"rubric score FILE --facts FILE" prints the sheet for a set of facts
("name = value" lines; "--" comments; a later line wins, so each file
below is a base plus a few overrides; the groups the chair scores take
"group-id = points").  Each run is checked by hand against the sheet.

hd42-100 (bands tốt ≥ 90, khá ≥ 70, trung bình ≥ 50, kém): the base has
every fact-based group full — 90 min ≥ 90 → 5; 17/17 present → 5; 100%
of the required preparation → 10; 100% of last month's tasks → 30 — so
the total is 50 plus the chair's groups (30 + 10 + 5 + 5):
  all 50 → 100 tốt; tiến hành 20 → 90 tốt; 19 → 89 khá;
  tiến hành 0 → 70 khá; and kết thúc 4 → 69 trung bình;
  all 0 → 50 trung bình; and last month 97% → 30 · 97 // 100 = 29 → 49 kém;
  everything 0 (0 min, 9/15 present: below 2/3 → 0) → 0 kém.
The November meeting of tests/meetings/regular.answers (95 min; 12/15 and
14/17 present → 5 · 140 // 153 = 4; 4/5 tasks = 80% → 24; the chair's
27, 9, 5, 5) gives 89 khá, as in meeting-regular.t.  Without last
month's tasks (the first meeting kept in chibo: followed_up missing) the
score function returns nil and that group is taken from the file like a
chair's group (ket-qua-thang-truoc = 24); when the file does not give it
either, that is an error naming the group and its key.

vi-du-tinh (4 × 25; quorum 3/4; tốt ≥ 85, khá ≥ 65, trung bình ≥ 50): the
base gives 25 (15 preparation + 10 duration) + 25 (17/17 ≥ 95%) + 25 (20
for last month, 5 since every vote passed) plus the chair's 25-point group:
  chair 10 → 85 tốt; 9 → 84 khá;
  no vote passed (ket-qua 20) and last month 75% → 15: 65 khá;
  last month 70% → 14: 64 trung bình;
  10/15 full members present: 66,7% passes 2/3 but not this sheet's 3/4 →
  attendance 0: 25 + 0 + 25 = 50 trung bình; and last month 95% → 19 +
  5 = 24: 49 kém.
The November meeting on this sheet: 25 (15 + 10), attendance 12/15 ≥ 3/4
and 25 · 1400 // 1615 = 21, last month 20 · 80 // 100 = 16 + 5 = 21, the
chair's 20 → 87 tốt.  (Titles longer than the 40-column layout push their
numbers out of line: cosmetic, reported.)

A score function that fails at run time is reported at its file:line.
A facts line without "=" is reported at its line.

%% sh
cat >hd.facts <<'F'
-- every fact-based group of hd42-100 full
duration = 90
combined = false
summoned_full = 15
present_full = 15
summoned_all = 17
present_all = 17
required_done = 100
followed_up = 100
thematic_this_quarter = 1
decisions = 1
decisions_passed = 1
tien-hanh = 30
dieu-hanh = 10
nguyen-tac = 5
ket-thuc = 5
F
cp hd.facts 100.facts
{ cat hd.facts; echo 'tien-hanh = 20'; } >90.facts
{ cat hd.facts; echo 'tien-hanh = 19'; } >89.facts
{ cat hd.facts; echo 'tien-hanh = 0'; } >70.facts
{ cat 70.facts; echo 'ket-thuc = 4'; } >69.facts
{ cat hd.facts; printf 'tien-hanh = 0\ndieu-hanh = 0\nnguyen-tac = 0\nket-thuc = 0\n'; } >50.facts
{ cat 50.facts; echo 'followed_up = 97'; } >49.facts
{ cat 50.facts; printf 'duration = 0\npresent_full = 9\npresent_all = 9\nrequired_done = 0\nfollowed_up = 0\n'; } >0.facts
cat >nov.facts <<'F'
-- the November meeting (tests/meetings/regular.answers)
duration = 95   -- to the assessment, 19:30–21:05
combined = false
summoned_full = 15
present_full = 12
summoned_all = 17
present_all = 14
required_done = 100
followed_up = 80
thematic_this_quarter = 0
decisions = 1
decisions_passed = 1
tien-hanh = 27
dieu-hanh = 9
nguyen-tac = 5
ket-thuc = 5
dieu-hanh-dan-chu = 20
F
grep -v '^followed_up' nov.facts >first.facts
{ cat first.facts; echo 'ket-qua-thang-truoc = 24'; } >first-asked.facts
cat >vd.facts <<'F'
-- every fact-based group of vi-du-tinh full
duration = 90
summoned_full = 15
present_full = 15
summoned_all = 17
present_all = 17
required_done = 100
followed_up = 100
decisions = 1
decisions_passed = 1
dieu-hanh-dan-chu = 10
F
{ cat vd.facts; echo 'dieu-hanh-dan-chu = 9'; } >vd84.facts
{ cat vd.facts; printf 'dieu-hanh-dan-chu = 0\ndecisions_passed = 0\nfollowed_up = 75\n'; } >vd65.facts
{ cat vd65.facts; echo 'followed_up = 70'; } >vd64.facts
{ cat vd.facts; printf 'dieu-hanh-dan-chu = 0\npresent_full = 10\npresent_all = 12\n'; } >vd50.facts
{ cat vd50.facts; echo 'followed_up = 95'; } >vd49.facts
printf 'duration = 95\ntien-hanh 27\n' >bad-line.facts
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/100.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                 30 / 30
Điều hành của bí thư (người chủ trì)     10 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                    100 / 100 — tốt
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/90.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                 20 / 30
Điều hành của bí thư (người chủ trì)     10 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                     90 / 100 — tốt
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/89.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                 19 / 30
Điều hành của bí thư (người chủ trì)     10 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                     89 / 100 — khá
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/70.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                  0 / 30
Điều hành của bí thư (người chủ trì)     10 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                     70 / 100 — khá
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/69.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                  0 / 30
Điều hành của bí thư (người chủ trì)     10 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   4 / 5
Tổng                                     69 / 100 — trung bình
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/50.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                  0 / 30
Điều hành của bí thư (người chủ trì)      0 / 10
Thực hiện nguyên tắc sinh hoạt đảng       0 / 5
Kết quả thực hiện nghị quyết tháng trước  30 / 30
Kết thúc buổi sinh hoạt                   0 / 5
Tổng                                     50 / 100 — trung bình
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/49.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 5 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                  0 / 30
Điều hành của bí thư (người chủ trì)      0 / 10
Thực hiện nguyên tắc sinh hoạt đảng       0 / 5
Kết quả thực hiện nghị quyết tháng trước  29 / 30
Kết thúc buổi sinh hoạt                   0 / 5
Tổng                                     49 / 100 — kém
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/0.facts
%% exit 0
%% output
Thời gian, thời lượng                     0 / 5
Số đảng viên dự sinh hoạt                 0 / 5
Công tác chuẩn bị                         0 / 10
Tiến hành buổi sinh hoạt                  0 / 30
Điều hành của bí thư (người chủ trì)      0 / 10
Thực hiện nguyên tắc sinh hoạt đảng       0 / 5
Kết quả thực hiện nghị quyết tháng trước   0 / 30
Kết thúc buổi sinh hoạt                   0 / 5
Tổng                                      0 / 100 — kém
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/nov.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 4 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                 27 / 30
Điều hành của bí thư (người chủ trì)      9 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  24 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                     89 / 100 — khá
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/first-asked.facts
%% exit 0
%% output
Thời gian, thời lượng                     5 / 5
Số đảng viên dự sinh hoạt                 4 / 5
Công tác chuẩn bị                        10 / 10
Tiến hành buổi sinh hoạt                 27 / 30
Điều hành của bí thư (người chủ trì)      9 / 10
Thực hiện nguyên tắc sinh hoạt đảng       5 / 5
Kết quả thực hiện nghị quyết tháng trước  24 / 30
Kết thúc buổi sinh hoạt                   5 / 5
Tổng                                     89 / 100 — khá
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/first.facts
%% exit 1
%% output
$SCRATCH/first.facts: thiếu điểm của nhóm 'Kết quả thực hiện nghị quyết tháng trước' (ket-qua-thang-truoc = …)
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                          25 / 25
Kết quả thực hiện nghị quyết và biểu quyết  25 / 25
Điều hành, dân chủ, phê bình và tự phê bình  10 / 25
Tổng                                     85 / 100 — tốt
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd84.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                          25 / 25
Kết quả thực hiện nghị quyết và biểu quyết  25 / 25
Điều hành, dân chủ, phê bình và tự phê bình   9 / 25
Tổng                                     84 / 100 — khá
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd65.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                          25 / 25
Kết quả thực hiện nghị quyết và biểu quyết  15 / 25
Điều hành, dân chủ, phê bình và tự phê bình   0 / 25
Tổng                                     65 / 100 — khá
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd64.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                          25 / 25
Kết quả thực hiện nghị quyết và biểu quyết  14 / 25
Điều hành, dân chủ, phê bình và tự phê bình   0 / 25
Tổng                                     64 / 100 — trung bình
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd50.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                           0 / 25
Kết quả thực hiện nghị quyết và biểu quyết  25 / 25
Điều hành, dân chủ, phê bình và tự phê bình   0 / 25
Tổng                                     50 / 100 — trung bình
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/vd49.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                           0 / 25
Kết quả thực hiện nghị quyết và biểu quyết  24 / 25
Điều hành, dân chủ, phê bình và tự phê bình   0 / 25
Tổng                                     49 / 100 — kém
%% run chibo rubric score plugins/rubrics/vi-du-tinh.lua --facts $SCRATCH/nov.facts
%% exit 0
%% output
Chuẩn bị và thời lượng                   25 / 25
Số đảng viên dự                          21 / 25
Kết quả thực hiện nghị quyết và biểu quyết  21 / 25
Điều hành, dân chủ, phê bình và tự phê bình  20 / 25
Tổng                                     87 / 100 — tốt
%% run chibo rubric score tests/transcripts/rubrics/score-error.lua --facts $SCRATCH/nov.facts
%% exit 1
%% output
tests/transcripts/rubrics/score-error.lua:11: attempt to perform arithmetic on a nil value (field 'thoi_luong')
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/bad-line.facts
%% exit 1
%% output
$SCRATCH/bad-line.facts:2: dòng 2: cần dạng tên = giá trị
%% run chibo rubric score plugins/rubrics/hd42-100.lua
%% exit 2
%% output
chibo: cần: list, check TỆP hoặc score TỆP --facts TỆP
Cách dùng: chibo rubric list | check TỆP | score TỆP --facts TỆP
Xem thêm: chibo --help
