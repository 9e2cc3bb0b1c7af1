# The small known world of the report-*.t cases, run from a %% sh section
# ($CHIBO, $DB, $SCRATCH, $REPO set).  Accounts share the passphrase
# mat-khau-bao-cao; "root" is the first admin (of every unit).
#
#   Tỉnh ủy Thử (T)
#   ├── Đảng ủy xã Một (X1)         adm1: admin of X1
#   │   ├── Chi bộ thôn Bản Cầu (C11)  bt11 (account); men1 from 2026-01-01,
#   │   │                              and men3 (of X2) from 2025-07-01
#   │   ├── Chi bộ thôn Nà Sác (C12)   bt12 (profile); men2 2025-01-01,
#   │   │                              unassigned on 2026-02-01
#   │   └── Chi bộ khối Phố Mới (C13)  bt13a and bt13b; no mentor
#   └── Đảng ủy xã Hai (X2)
#       └── Chi bộ thôn Pác Luống (C21) bt21; men3 from 2025-06-01
#   Chi bộ cũ (CU): a cell without a parent (as old profiles made them);
#                   bt00; no mentor
#
# Finished live meetings (mode live, status done) of 2025, by cell:
#   C11  regular 10 (tốt 3, khá 4, trung bình 2, 1 unscored), combined 2
#        (khá, kém), thematic 1 (unscored), committee 3; not counted: a
#        rehearsal, an abandoned meeting; in 2026: regular 2 (tốt, khá)
#        and one still in progress
#   C12  regular 12 (tốt 6, khá 6), thematic 4 (unscored); one in 2024
#   C13  none
#   C21  regular 5 (kém 2, trung bình 3), combined 1 (trung bình),
#        committee 2
#   CU   regular 1 ("xuất sắc": a province rubric's own band)
#
# Lessons that count (the lesson index of the catalog's directories): 4
# (trinh-tu-sinh-hoat, vai-tro-bi-thu, chu-tri-buoi-sinh-hoat,
# ghi-bien-ban; a broken file and a lesson outside the catalog do not
# count; the user's copy of trinh-tu-sinh-hoat counts once).  Learn runs:
#   bt11  trinh-tu and vai-tro (twice) done, a lesson outside the catalog
#         done, chu-tri in progress (last step 2026-03-10); later meeting
#         runs are not lessons
#   bt12  ghi-bien-ban done, trinh-tu abandoned on 2026-01-05
#   bt13a nothing; bt13b all four (last 2026-02-02)
#   bt21  trinh-tu done (2025-09-09); vai-tro done in test mode (not
#         counted)
set -e
export CHIBO_DB=$DB XDG_DATA_HOME=$SCRATCH/xdg-data
export XDG_STATE_HOME=$SCRATCH/xdg-state HOME=$SCRATCH/home
export CHIBO_NEW_PASSPHRASE=mat-khau-bao-cao CHIBO_PASSPHRASE=mat-khau-bao-cao
export CHIBO_NOW=2026-01-01T08:00
log=$SCRATCH/world.log
c() { "$CHIBO" --user root "$@" >>"$log" 2>&1 || { tail -3 "$log"; exit 1; }; }
c unit add --kind province --code T "Tỉnh ủy Thử"
c unit add --kind commune --parent T --code X1 "Đảng ủy xã Một"
c unit add --kind commune --parent T --code X2 "Đảng ủy xã Hai"
c unit add --kind cell --parent X1 --code C11 "Chi bộ thôn Bản Cầu"
c unit add --kind cell --parent X1 --code C12 "Chi bộ thôn Nà Sác"
c unit add --kind cell --parent X1 --code C13 "Chi bộ khối Phố Mới"
c unit add --kind cell --parent X2 --code C21 "Chi bộ thôn Pác Luống"
sqlite3 "$DB" "INSERT INTO unit (id, parent_id, kind, name, code, path,
 created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000cu',
 NULL, 'cell', 'Chi bộ cũ', 'CU', '/00000000-0000-4000-8000-0000000000cu/',
 '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"
c user add adm1 --name "Quản Trị Một" --unit X1 --role admin --passphrase
c user add men1 --name "Lò Văn Minh" --unit X1 --role mentor --passphrase
c user add men2 --name "Hoàng Thị Hoa" --unit X1 --role mentor --passphrase
c user add men3 --name "Nông Văn Ba" --unit X2 --role mentor --passphrase
c user add bt11 --name "Bí Thư Bản Cầu" --unit C11 --role secretary --passphrase
c user add bt12 --name "Bí Thư Nà Sác" --unit C12 --role secretary
c user add bt13a --name "Bí Thư Cũ Phố Mới" --unit C13 --role secretary
c user add bt13b --name "Bí Thư Mới Phố Mới" --unit C13 --role secretary
c user add bt21 --name "Bí Thư Pác Luống" --unit C21 --role secretary
c user add bt00 --name "Bí Thư Chi Bộ Cũ" --unit CU --role secretary
c mentor assign men1 --cell C11 --from 2026-01-01
c mentor assign men2 --cell C12 --from 2025-01-01
c mentor assign men3 --cell C21 --from 2025-06-01
c mentor assign men3 --cell C11 --from 2025-07-01
CHIBO_NOW=2026-02-01T08:00 c mentor unassign men2 --cell C12

lessons=$(cd "$REPO/lessons" && pwd -P)
mkdir -p "$SCRATCH/xdg-data/chibo/lessons"
mine=$(cd "$SCRATCH/xdg-data/chibo/lessons" && pwd -P)
sqlite3 "$DB" <<SQL
INSERT INTO lesson_index (path, mtime_ns, size, lesson_id, version, title,
 steps, error) VALUES
('$lessons/trinh-tu-sinh-hoat.lua', 1, 1, 'trinh-tu-sinh-hoat', 1, 't', 5, NULL),
('$lessons/vai-tro-bi-thu.lua', 1, 1, 'vai-tro-bi-thu', 1, 't', 5, NULL),
('$lessons/chu-tri-buoi-sinh-hoat.lua', 1, 1, 'chu-tri-buoi-sinh-hoat', 1, 't', 5, NULL),
('$lessons/ghi-bien-ban.lua', 1, 1, 'ghi-bien-ban', 1, 't', 5, NULL),
('$lessons/hong.lua', 1, 1, NULL, 0, NULL, 0, 'hong.lua:1: lỗi'),
('$mine/trinh-tu-sinh-hoat.lua', 1, 1, 'trinh-tu-sinh-hoat', 2, 't', 5, NULL),
('/noi-khac/bai-ngoai.lua', 1, 1, 'bai-ngoai', 1, 't', 5, NULL);
SQL

sqlite3 "$DB" <<'SQL'
CREATE TEMP TABLE m (code, type, mode, status, held_on, band);
INSERT INTO m VALUES
('C11', 'regular', 'live', 'done', '2025-01-10', 'tốt'),
('C11', 'regular', 'live', 'done', '2025-02-10', 'tốt'),
('C11', 'regular', 'live', 'done', '2025-03-10', 'tốt'),
('C11', 'regular', 'live', 'done', '2025-04-10', 'khá'),
('C11', 'regular', 'live', 'done', '2025-05-10', 'khá'),
('C11', 'regular', 'live', 'done', '2025-06-10', 'khá'),
('C11', 'regular', 'live', 'done', '2025-07-10', 'khá'),
('C11', 'regular', 'live', 'done', '2025-08-10', 'trung bình'),
('C11', 'regular', 'live', 'done', '2025-09-10', 'trung bình'),
('C11', 'regular', 'live', 'done', '2025-10-10', NULL),
('C11', 'combined', 'live', 'done', '2025-11-10', 'khá'),
('C11', 'combined', 'live', 'done', '2025-12-10', 'kém'),
('C11', 'thematic', 'live', 'done', '2025-03-20', NULL),
('C11', 'committee', 'live', 'done', '2025-03-05', NULL),
('C11', 'committee', 'live', 'done', '2025-06-05', NULL),
('C11', 'committee', 'live', 'done', '2025-09-05', NULL),
('C11', 'regular', 'rehearse', 'done', '2025-05-05', 'tốt'),
('C11', 'regular', 'live', 'abandoned', '2025-06-06', NULL),
('C11', 'regular', 'live', 'done', '2026-01-10', 'tốt'),
('C11', 'regular', 'live', 'done', '2026-02-10', 'khá'),
('C11', 'regular', 'live', 'in_progress', '2026-03-14', NULL),
('C12', 'regular', 'live', 'done', '2024-12-20', 'tốt'),
('C12', 'thematic', 'live', 'done', '2025-02-15', NULL),
('C12', 'thematic', 'live', 'done', '2025-05-15', NULL),
('C12', 'thematic', 'live', 'done', '2025-08-15', NULL),
('C12', 'thematic', 'live', 'done', '2025-11-15', NULL),
('C21', 'regular', 'live', 'done', '2025-01-12', 'kém'),
('C21', 'regular', 'live', 'done', '2025-02-12', 'kém'),
('C21', 'regular', 'live', 'done', '2025-03-12', 'trung bình'),
('C21', 'regular', 'live', 'done', '2025-04-12', 'trung bình'),
('C21', 'regular', 'live', 'done', '2025-05-12', 'trung bình'),
('C21', 'combined', 'live', 'done', '2025-06-12', 'trung bình'),
('C21', 'committee', 'live', 'done', '2025-02-02', NULL),
('C21', 'committee', 'live', 'done', '2025-08-02', NULL),
('CU', 'regular', 'live', 'done', '2025-07-07', 'xuất sắc');
-- C12: a regular meeting every month of 2025, half tốt, half khá
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 12)
INSERT INTO m SELECT 'C12', 'regular', 'live', 'done',
 printf('2025-%02d-18', i), CASE WHEN i % 2 THEN 'tốt' ELSE 'khá' END FROM k;

CREATE TEMP TABLE mi AS SELECT m.*, u.id AS unit_id,
 (SELECT r.person_id FROM person_role r WHERE r.unit_id = u.id
  AND r.role = 'secretary' ORDER BY r.person_id LIMIT 1) AS person_id,
 printf('%08d-0000-4000-8000-000000000000', m.rowid) AS run_id,
 printf('%08d-0000-4000-8000-00000000000a', m.rowid) AS meeting_id
 FROM m JOIN unit u ON u.code = m.code;
INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode,
 status, started_at, updated_at)
 SELECT run_id, person_id, type, 1, mode, status, held_on || 'T12:00:00Z',
 '2026-03-14T12:00:00Z' FROM mi;
INSERT INTO meeting (id, unit_id, run_id, type, mode, status, held_on,
 score, band, created_at, updated_at)
 SELECT meeting_id, unit_id, run_id, type, mode, status, held_on,
 CASE WHEN band IS NULL THEN NULL ELSE 80 END, band,
 held_on || 'T12:00:00Z', held_on || 'T12:00:00Z' FROM mi;

CREATE TEMP TABLE l (login, lesson, mode, status, updated_at);
INSERT INTO l VALUES
('bt11', 'trinh-tu-sinh-hoat', 'learn', 'done', '2025-05-01T12:00:00Z'),
('bt11', 'vai-tro-bi-thu', 'learn', 'done', '2025-06-01T12:00:00Z'),
('bt11', 'vai-tro-bi-thu', 'learn', 'done', '2025-07-01T12:00:00Z'),
('bt11', 'bai-ngoai', 'learn', 'done', '2025-08-01T12:00:00Z'),
('bt11', 'chu-tri-buoi-sinh-hoat', 'learn', 'in_progress',
 '2026-01-01T12:00:00Z'),
('bt12', 'ghi-bien-ban', 'learn', 'done', '2025-12-01T12:00:00Z'),
('bt12', 'trinh-tu-sinh-hoat', 'learn', 'abandoned', '2026-01-05T12:00:00Z'),
('bt13b', 'trinh-tu-sinh-hoat', 'learn', 'done', '2025-10-01T12:00:00Z'),
('bt13b', 'vai-tro-bi-thu', 'learn', 'done', '2025-11-01T12:00:00Z'),
('bt13b', 'chu-tri-buoi-sinh-hoat', 'learn', 'done', '2026-01-02T12:00:00Z'),
('bt13b', 'ghi-bien-ban', 'learn', 'done', '2026-02-02T12:00:00Z'),
('bt21', 'trinh-tu-sinh-hoat', 'learn', 'done', '2025-09-09T12:00:00Z'),
('bt21', 'vai-tro-bi-thu', 'test', 'done', '2026-03-01T12:00:00Z');
INSERT INTO lesson_run (id, person_id, lesson_id, lesson_version, mode,
 status, started_at, finished_at, updated_at)
 SELECT printf('%08d-0000-4000-8000-0000000000b0', l.rowid), p.id, l.lesson,
 1, l.mode, l.status, l.updated_at,
 CASE l.status WHEN 'done' THEN l.updated_at END, l.updated_at
 FROM l JOIN person p ON p.login = l.login;
INSERT INTO step_progress (id, run_id, step_id, status, started_at,
 finished_at, updated_at)
 SELECT printf('%08d-0000-4000-8000-0000000000c0', k), run.id, 's' || k,
 'done', printf('2026-03-%02dT11:00:00Z', k * 5),
 printf('2026-03-%02dT12:00:00Z', k * 5),
 printf('2026-03-%02dT12:00:00Z', k * 5)
 FROM (SELECT 1 AS k UNION ALL SELECT 2) JOIN lesson_run run
 ON run.lesson_id = 'chu-tri-buoi-sinh-hoat' AND run.status = 'in_progress';
SQL
test "$(sqlite3 "$DB" "SELECT count(*) FROM meeting")" = 47
