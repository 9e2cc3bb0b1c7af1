chibo report progress: each cell's secretaries (two in C13; one row each),
the lessons of the catalog they finished in learn mode out of the lessons
that count, and their last lesson activity (the newest step of an
unfinished run, the end of a finished or abandoned one; meeting runs and
test runs are not lessons).  The lessons that count come from the lesson
index of the catalog's directories, without running any lesson: 4 here
(data/report-world.sh).  Communes and the total sum the secretaries.  An
empty index says how to fill it.

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report progress
%% exit 0
%% output
Tiến độ học của bí thư chi bộ
Phạm vi: mọi chi bộ bạn được xem (5 chi bộ)
Số liệu tính đến ngày: 15/03/2026

Đơn vị                    Bí thư                Bài đã học                        Học gần nhất
──────────────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai                                 1/4 (25,0%)  █████░░░░░░░░░░░░░░░  09/09/2025
  Chi bộ thôn Pác Luống   Bí Thư Pác Luống     1/4 (25,0%)  █████░░░░░░░░░░░░░░░  09/09/2025

Đảng ủy xã Một                                7/16 (43,8%)  █████████░░░░░░░░░░░  10/03/2026
  Chi bộ khối Phố Mới     Bí Thư Cũ Phố Mới     0/4 (0,0%)  ░░░░░░░░░░░░░░░░░░░░
  Chi bộ khối Phố Mới     Bí Thư Mới Phố Mới  4/4 (100,0%)  ████████████████████  02/02/2026
  Chi bộ thôn Bản Cầu     Bí Thư Bản Cầu       2/4 (50,0%)  ██████████░░░░░░░░░░  10/03/2026
  Chi bộ thôn Nà Sác      Bí Thư Nà Sác        1/4 (25,0%)  █████░░░░░░░░░░░░░░░  05/01/2026

(không thuộc đơn vị nào)                        0/4 (0,0%)  ░░░░░░░░░░░░░░░░░░░░
  Chi bộ cũ               Bí Thư Chi Bộ Cũ      0/4 (0,0%)  ░░░░░░░░░░░░░░░░░░░░
──────────────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                                     8/24 (33,3%)  ███████░░░░░░░░░░░░░  10/03/2026

* Bài học tính theo danh mục bài học trên máy này: 4 bài; chỉ tính bài đã học xong.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report progress --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,secretary,secretaries,lessons_done,lessons,ratio,last_activity
commune,Đảng ủy xã Hai,X2,,,,1,1,4,0.2500,2025-09-09
cell,Đảng ủy xã Hai,X2,Chi bộ thôn Pác Luống,C21,Bí Thư Pác Luống,1,1,4,0.2500,2025-09-09
commune,Đảng ủy xã Một,X1,,,,4,7,16,0.4375,2026-03-10
cell,Đảng ủy xã Một,X1,Chi bộ khối Phố Mới,C13,Bí Thư Cũ Phố Mới,1,0,4,0.0000,
cell,Đảng ủy xã Một,X1,Chi bộ khối Phố Mới,C13,Bí Thư Mới Phố Mới,1,4,4,1.0000,2026-02-02
cell,Đảng ủy xã Một,X1,Chi bộ thôn Bản Cầu,C11,Bí Thư Bản Cầu,1,2,4,0.5000,2026-03-10
cell,Đảng ủy xã Một,X1,Chi bộ thôn Nà Sác,C12,Bí Thư Nà Sác,1,1,4,0.2500,2026-01-05
commune,,,,,,1,0,4,0.0000,
cell,,,Chi bộ cũ,CU,Bí Thư Chi Bộ Cũ,1,0,4,0.0000,
total,,,,,,6,8,24,0.3333,2026-03-10
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report progress --format json
%% exit 0
%% output
{
  "report": "progress",
  "title": "Tiến độ học của bí thư chi bộ",
  "scope": {"unit_id": null, "unit": null, "cells": 5},
  "year": null,
  "date": "2026-03-15",
  "rows": [
    {"level": "commune", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": null, "cell_code": null, "secretary": null, "secretaries": 1, "lessons_done": 1, "lessons": 4, "ratio": 0.2500, "last_activity": "2025-09-09"},
    {"level": "cell", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": "Chi bộ thôn Pác Luống", "cell_code": "C21", "secretary": "Bí Thư Pác Luống", "secretaries": 1, "lessons_done": 1, "lessons": 4, "ratio": 0.2500, "last_activity": "2025-09-09"},
    {"level": "commune", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": null, "cell_code": null, "secretary": null, "secretaries": 4, "lessons_done": 7, "lessons": 16, "ratio": 0.4375, "last_activity": "2026-03-10"},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ khối Phố Mới", "cell_code": "C13", "secretary": "Bí Thư Cũ Phố Mới", "secretaries": 1, "lessons_done": 0, "lessons": 4, "ratio": 0.0000, "last_activity": null},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ khối Phố Mới", "cell_code": "C13", "secretary": "Bí Thư Mới Phố Mới", "secretaries": 1, "lessons_done": 4, "lessons": 4, "ratio": 1.0000, "last_activity": "2026-02-02"},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Bản Cầu", "cell_code": "C11", "secretary": "Bí Thư Bản Cầu", "secretaries": 1, "lessons_done": 2, "lessons": 4, "ratio": 0.5000, "last_activity": "2026-03-10"},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Nà Sác", "cell_code": "C12", "secretary": "Bí Thư Nà Sác", "secretaries": 1, "lessons_done": 1, "lessons": 4, "ratio": 0.2500, "last_activity": "2026-01-05"},
    {"level": "commune", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "secretary": null, "secretaries": 1, "lessons_done": 0, "lessons": 4, "ratio": 0.0000, "last_activity": null},
    {"level": "cell", "commune": null, "commune_code": null, "cell": "Chi bộ cũ", "cell_code": "CU", "secretary": "Bí Thư Chi Bộ Cũ", "secretaries": 1, "lessons_done": 0, "lessons": 4, "ratio": 0.0000, "last_activity": null}
  ],
  "totals": {"level": "total", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "secretary": null, "secretaries": 6, "lessons_done": 8, "lessons": 24, "ratio": 0.3333, "last_activity": "2026-03-10"},
  "notes": ["Bài học tính theo danh mục bài học trên máy này: 4 bài; chỉ tính bài đã học xong."]
}
%% sql
DELETE FROM lesson_index;
%% rows
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report progress --unit C21
%% exit 0
%% output
Tiến độ học của bí thư chi bộ
Phạm vi: Chi bộ thôn Pác Luống (1 chi bộ)
Số liệu tính đến ngày: 15/03/2026

Đơn vị                   Bí thư            Bài đã học    Học gần nhất
─────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai                                    0/0    09/09/2025
  Chi bộ thôn Pác Luống  Bí Thư Pác Luống         0/0    09/09/2025
─────────────────────────────────────────────────────────────────────
Tổng cộng                                         0/0    09/09/2025

* Chưa có danh mục bài học trên máy này: hãy chạy 'chibo lesson list' một lần rồi lập lại báo cáo.
