chibo report quality: the quality bands of the year's finished live cell
meetings (regular and combined, and thematic ones only when scored; never
committee meetings), per commune and in total, counts and shares with a
stacked bar and its legend.  The bands of the bundled rubrics come first in
their order (tốt, khá, trung bình, kém); a province rubric's own band
("xuất sắc", CU's meeting) gets its own column; meetings without a band are
"chưa chấm".  Shares are of all counted meetings.

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report quality --year 2025
%% exit 0
%% output
Chất lượng sinh hoạt chi bộ
Phạm vi: mọi chi bộ bạn được xem (5 chi bộ)
Năm: 2025
Số liệu tính đến ngày: 31/12/2025

Đơn vị                    Số buổi        Tốt         Khá  Trung bình        Kém    Xuất sắc  Chưa chấm  Phân bố
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai                  6   0 (0,0%)    0 (0,0%)   4 (66,7%)  2 (33,3%)    0 (0,0%)   0 (0,0%)  ▒▒▒▒▒▒▒▒▒▒▒▒▒░░░░░░░
Đảng ủy xã Một                 24  9 (37,5%)  11 (45,8%)    2 (8,3%)   1 (4,2%)    0 (0,0%)   1 (4,2%)  ████████▓▓▓▓▓▓▓▓▓▒░×
(không thuộc đơn vị nào)        1   0 (0,0%)    0 (0,0%)    0 (0,0%)   0 (0,0%)  1 (100,0%)   0 (0,0%)  ····················
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                      31  9 (29,0%)  11 (35,5%)   6 (19,4%)   3 (9,7%)    1 (3,2%)   1 (3,2%)  ██████▓▓▓▓▓▓▓▒▒▒▒░░×

Chú thích Phân bố:  █ Tốt  ▓ Khá  ▒ Trung bình  ░ Kém  · Xuất sắc  × Chưa chấm
* Tính các buổi sinh hoạt định kỳ và kết hợp đã kết thúc (và buổi chuyên đề nếu có chấm điểm), không tính họp chi ủy; tỉ lệ trên tổng số buổi, kể cả buổi chưa chấm.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report quality --year 2025 --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,meetings,tot,tot_ratio,kha,kha_ratio,trung_binh,trung_binh_ratio,kem,kem_ratio,xuat_sac,xuat_sac_ratio,unscored,unscored_ratio
commune,Đảng ủy xã Hai,X2,,,6,0,0.0000,0,0.0000,4,0.6667,2,0.3333,0,0.0000,0,0.0000
commune,Đảng ủy xã Một,X1,,,24,9,0.3750,11,0.4583,2,0.0833,1,0.0417,0,0.0000,1,0.0417
commune,,,,,1,0,0.0000,0,0.0000,0,0.0000,0,0.0000,1,1.0000,0,0.0000
total,,,,,31,9,0.2903,11,0.3548,6,0.1935,3,0.0968,1,0.0323,1,0.0323
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report quality --year 2025 --format json
%% exit 0
%% output
{
  "report": "quality",
  "title": "Chất lượng sinh hoạt chi bộ",
  "scope": {"unit_id": null, "unit": null, "cells": 5},
  "year": 2025,
  "date": "2025-12-31",
  "rows": [
    {"level": "commune", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": null, "cell_code": null, "meetings": 6, "tot": 0, "tot_ratio": 0.0000, "kha": 0, "kha_ratio": 0.0000, "trung_binh": 4, "trung_binh_ratio": 0.6667, "kem": 2, "kem_ratio": 0.3333, "xuat_sac": 0, "xuat_sac_ratio": 0.0000, "unscored": 0, "unscored_ratio": 0.0000},
    {"level": "commune", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": null, "cell_code": null, "meetings": 24, "tot": 9, "tot_ratio": 0.3750, "kha": 11, "kha_ratio": 0.4583, "trung_binh": 2, "trung_binh_ratio": 0.0833, "kem": 1, "kem_ratio": 0.0417, "xuat_sac": 0, "xuat_sac_ratio": 0.0000, "unscored": 1, "unscored_ratio": 0.0417},
    {"level": "commune", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "meetings": 1, "tot": 0, "tot_ratio": 0.0000, "kha": 0, "kha_ratio": 0.0000, "trung_binh": 0, "trung_binh_ratio": 0.0000, "kem": 0, "kem_ratio": 0.0000, "xuat_sac": 1, "xuat_sac_ratio": 1.0000, "unscored": 0, "unscored_ratio": 0.0000}
  ],
  "totals": {"level": "total", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "meetings": 31, "tot": 9, "tot_ratio": 0.2903, "kha": 11, "kha_ratio": 0.3548, "trung_binh": 6, "trung_binh_ratio": 0.1935, "kem": 3, "kem_ratio": 0.0968, "xuat_sac": 1, "xuat_sac_ratio": 0.0323, "unscored": 1, "unscored_ratio": 0.0323},
  "notes": ["Tính các buổi sinh hoạt định kỳ và kết hợp đã kết thúc (và buổi chuyên đề nếu có chấm điểm), không tính họp chi ủy; tỉ lệ trên tổng số buổi, kể cả buổi chưa chấm."]
}
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root --plain report quality --year 2025 --unit X2
%% exit 0
%% output
Chất lượng sinh hoạt chi bộ
Phạm vi: Đảng ủy xã Hai (1 chi bộ)
Năm: 2025
Số liệu tính đến ngày: 31/12/2025

Đơn vị          Số buổi       Tốt       Khá  Trung bình        Kém  Chưa chấm  Phân bố
---------------------------------------------------------------------------------------------------
Đảng ủy xã Hai        6  0 (0,0%)  0 (0,0%)   4 (66,7%)  2 (33,3%)   0 (0,0%)  -------------.......
---------------------------------------------------------------------------------------------------
Tổng cộng             6  0 (0,0%)  0 (0,0%)   4 (66,7%)  2 (33,3%)   0 (0,0%)  -------------.......

Chú thích Phân bố:  # Tốt  = Khá  - Trung bình  . Kém  : Chưa chấm
* Tính các buổi sinh hoạt định kỳ và kết hợp đã kết thúc (và buổi chuyên đề nếu có chấm điểm), không tính họp chi ủy; tỉ lệ trên tổng số buổi, kể cả buổi chưa chấm.
