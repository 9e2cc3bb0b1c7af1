chibo report meetings: finished live meetings of the year per cell, grouped
by commune, against the plan (12 regular, 4 thematic a year): regular =
regular + combined, thematic = thematic + combined (a combined meeting counts
in both columns), committee meetings apart.  Rehearsals, abandoned and
unfinished meetings, and other years do not count (data/report-world.sh
lists them).  Without --year: the current year (2026: C11's two meetings),
figures up to today.

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report meetings --year 2025
%% exit 0
%% output
Số buổi sinh hoạt chi bộ
Phạm vi: mọi chi bộ bạn được xem (5 chi bộ)
Năm: 2025
Số liệu tính đến ngày: 31/12/2025

Đơn vị                    Định kỳ   Tỉ lệ                        Buổi chuyên đề  Họp chi ủy
───────────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai               6/12   50,0%  ██████████░░░░░░░░░░             1/4           2
  Chi bộ thôn Pác Luống      6/12   50,0%  ██████████░░░░░░░░░░             1/4           2

Đảng ủy xã Một              24/36   66,7%  █████████████░░░░░░░            7/12           3
  Chi bộ khối Phố Mới        0/12    0,0%  ░░░░░░░░░░░░░░░░░░░░             0/4           0
  Chi bộ thôn Bản Cầu       12/12  100,0%  ████████████████████             3/4           3
  Chi bộ thôn Nà Sác        12/12  100,0%  ████████████████████             4/4           0

(không thuộc đơn vị nào)     1/12    8,3%  ██░░░░░░░░░░░░░░░░░░             0/4           0
  Chi bộ cũ                  1/12    8,3%  ██░░░░░░░░░░░░░░░░░░             0/4           0
───────────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                   31/60   51,7%  ██████████░░░░░░░░░░            8/20           5

* Kế hoạch mỗi chi bộ: 12 buổi sinh hoạt định kỳ một năm (mỗi tháng một buổi) và 4 buổi chuyên đề (mỗi quý một buổi).
* Buổi sinh hoạt kết hợp (định kỳ và chuyên đề) được tính ở cả hai cột.
* Chỉ tính các buổi họp thật đã kết thúc, không tính buổi tập dượt hay bỏ dở.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report meetings --year 2025 --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,cells,regular,regular_planned,regular_ratio,thematic,thematic_planned,thematic_ratio,committee
commune,Đảng ủy xã Hai,X2,,,1,6,12,0.5000,1,4,0.2500,2
cell,Đảng ủy xã Hai,X2,Chi bộ thôn Pác Luống,C21,1,6,12,0.5000,1,4,0.2500,2
commune,Đảng ủy xã Một,X1,,,3,24,36,0.6667,7,12,0.5833,3
cell,Đảng ủy xã Một,X1,Chi bộ khối Phố Mới,C13,1,0,12,0.0000,0,4,0.0000,0
cell,Đảng ủy xã Một,X1,Chi bộ thôn Bản Cầu,C11,1,12,12,1.0000,3,4,0.7500,3
cell,Đảng ủy xã Một,X1,Chi bộ thôn Nà Sác,C12,1,12,12,1.0000,4,4,1.0000,0
commune,,,,,1,1,12,0.0833,0,4,0.0000,0
cell,,,Chi bộ cũ,CU,1,1,12,0.0833,0,4,0.0000,0
total,,,,,5,31,60,0.5167,8,20,0.4000,5
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report meetings --year 2025 --format json
%% exit 0
%% output
{
  "report": "meetings",
  "title": "Số buổi sinh hoạt chi bộ",
  "scope": {"unit_id": null, "unit": null, "cells": 5},
  "year": 2025,
  "date": "2025-12-31",
  "rows": [
    {"level": "commune", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": null, "cell_code": null, "cells": 1, "regular": 6, "regular_planned": 12, "regular_ratio": 0.5000, "thematic": 1, "thematic_planned": 4, "thematic_ratio": 0.2500, "committee": 2},
    {"level": "cell", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": "Chi bộ thôn Pác Luống", "cell_code": "C21", "cells": 1, "regular": 6, "regular_planned": 12, "regular_ratio": 0.5000, "thematic": 1, "thematic_planned": 4, "thematic_ratio": 0.2500, "committee": 2},
    {"level": "commune", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": null, "cell_code": null, "cells": 3, "regular": 24, "regular_planned": 36, "regular_ratio": 0.6667, "thematic": 7, "thematic_planned": 12, "thematic_ratio": 0.5833, "committee": 3},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ khối Phố Mới", "cell_code": "C13", "cells": 1, "regular": 0, "regular_planned": 12, "regular_ratio": 0.0000, "thematic": 0, "thematic_planned": 4, "thematic_ratio": 0.0000, "committee": 0},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Bản Cầu", "cell_code": "C11", "cells": 1, "regular": 12, "regular_planned": 12, "regular_ratio": 1.0000, "thematic": 3, "thematic_planned": 4, "thematic_ratio": 0.7500, "committee": 3},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Nà Sác", "cell_code": "C12", "cells": 1, "regular": 12, "regular_planned": 12, "regular_ratio": 1.0000, "thematic": 4, "thematic_planned": 4, "thematic_ratio": 1.0000, "committee": 0},
    {"level": "commune", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "cells": 1, "regular": 1, "regular_planned": 12, "regular_ratio": 0.0833, "thematic": 0, "thematic_planned": 4, "thematic_ratio": 0.0000, "committee": 0},
    {"level": "cell", "commune": null, "commune_code": null, "cell": "Chi bộ cũ", "cell_code": "CU", "cells": 1, "regular": 1, "regular_planned": 12, "regular_ratio": 0.0833, "thematic": 0, "thematic_planned": 4, "thematic_ratio": 0.0000, "committee": 0}
  ],
  "totals": {"level": "total", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "cells": 5, "regular": 31, "regular_planned": 60, "regular_ratio": 0.5167, "thematic": 8, "thematic_planned": 20, "thematic_ratio": 0.4000, "committee": 5},
  "notes": ["Kế hoạch mỗi chi bộ: 12 buổi sinh hoạt định kỳ một năm (mỗi tháng một buổi) và 4 buổi chuyên đề (mỗi quý một buổi).", "Buổi sinh hoạt kết hợp (định kỳ và chuyên đề) được tính ở cả hai cột.", "Chỉ tính các buổi họp thật đã kết thúc, không tính buổi tập dượt hay bỏ dở."]
}
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report meetings --unit X1
%% exit 0
%% output
Số buổi sinh hoạt chi bộ
Phạm vi: Đảng ủy xã Một (3 chi bộ)
Năm: 2026
Số liệu tính đến ngày: 15/03/2026

Đơn vị                 Định kỳ  Tỉ lệ                        Buổi chuyên đề  Họp chi ủy
───────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Một            2/36   5,6%  █░░░░░░░░░░░░░░░░░░░            0/12           0
  Chi bộ khối Phố Mới     0/12   0,0%  ░░░░░░░░░░░░░░░░░░░░             0/4           0
  Chi bộ thôn Bản Cầu     2/12  16,7%  ███░░░░░░░░░░░░░░░░░             0/4           0
  Chi bộ thôn Nà Sác      0/12   0,0%  ░░░░░░░░░░░░░░░░░░░░             0/4           0
───────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                 2/36   5,6%  █░░░░░░░░░░░░░░░░░░░            0/12           0

* Kế hoạch mỗi chi bộ: 12 buổi sinh hoạt định kỳ một năm (mỗi tháng một buổi) và 4 buổi chuyên đề (mỗi quý một buổi).
* Buổi sinh hoạt kết hợp (định kỳ và chuyên đề) được tính ở cả hai cột.
* Chỉ tính các buổi họp thật đã kết thúc, không tính buổi tập dượt hay bỏ dở.
