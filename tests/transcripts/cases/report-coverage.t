chibo report coverage: cells with a mentor currently assigned / all cells,
per commune (the cell's parent unit) and in total, "2/5 chi bộ (40,0%)" with
a bar, and who the mentors are (the earliest assigned first).  The world
(data/report-world.sh): on 15/03/2026 C11 has men3 and men1 and C21 men3;
men2 was unassigned from C12 on 01/02/2026 (history, not coverage); C13
and the cell without a parent (CU, in the group "(không thuộc đơn vị
nào)") have none.  With --year 2025 the figures stand on 31/12/2025: men2
covered C12 then, men3 C11, men1 (from 2026) nothing yet.  CSV (RFC 4180,
CRLF, a field with a comma quoted) and JSON carry raw numbers and
ratios.

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report coverage
%% exit 0
%% output
Độ phủ người hướng dẫn
Phạm vi: mọi chi bộ bạn được xem (5 chi bộ)
Số liệu tính đến ngày: 15/03/2026

Đơn vị                     Có người hướng dẫn                        Người hướng dẫn
─────────────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai            1/1 chi bộ (100,0%)  ████████████████████
  Chi bộ thôn Pác Luống                                              Nông Văn Ba

Đảng ủy xã Một             1/3 chi bộ (33,3%)  ███████░░░░░░░░░░░░░
  Chi bộ khối Phố Mới                                                (chưa phân công)
  Chi bộ thôn Bản Cầu                                                Nông Văn Ba, Lò Văn Minh
  Chi bộ thôn Nà Sác                                                 (chưa phân công)

(không thuộc đơn vị nào)    0/1 chi bộ (0,0%)  ░░░░░░░░░░░░░░░░░░░░
  Chi bộ cũ                                                          (chưa phân công)
─────────────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                  2/5 chi bộ (40,0%)  ████████░░░░░░░░░░░░

* Chi bộ có người hướng dẫn: có ít nhất một cán bộ được phân công vào chi ủy, còn hiệu lực vào ngày tính số liệu.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report coverage --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,covered,cells,ratio,mentors
commune,Đảng ủy xã Hai,X2,,,1,1,1.0000,
cell,Đảng ủy xã Hai,X2,Chi bộ thôn Pác Luống,C21,1,1,1.0000,Nông Văn Ba
commune,Đảng ủy xã Một,X1,,,1,3,0.3333,
cell,Đảng ủy xã Một,X1,Chi bộ khối Phố Mới,C13,0,1,0.0000,
cell,Đảng ủy xã Một,X1,Chi bộ thôn Bản Cầu,C11,1,1,1.0000,"Nông Văn Ba, Lò Văn Minh"
cell,Đảng ủy xã Một,X1,Chi bộ thôn Nà Sác,C12,0,1,0.0000,
commune,,,,,0,1,0.0000,
cell,,,Chi bộ cũ,CU,0,1,0.0000,
total,,,,,2,5,0.4000,
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report coverage --format json
%% exit 0
%% output
{
  "report": "coverage",
  "title": "Độ phủ người hướng dẫn",
  "scope": {"unit_id": null, "unit": null, "cells": 5},
  "year": null,
  "date": "2026-03-15",
  "rows": [
    {"level": "commune", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": null, "cell_code": null, "covered": 1, "cells": 1, "ratio": 1.0000, "mentors": null},
    {"level": "cell", "commune": "Đảng ủy xã Hai", "commune_code": "X2", "cell": "Chi bộ thôn Pác Luống", "cell_code": "C21", "covered": 1, "cells": 1, "ratio": 1.0000, "mentors": "Nông Văn Ba"},
    {"level": "commune", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": null, "cell_code": null, "covered": 1, "cells": 3, "ratio": 0.3333, "mentors": null},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ khối Phố Mới", "cell_code": "C13", "covered": 0, "cells": 1, "ratio": 0.0000, "mentors": null},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Bản Cầu", "cell_code": "C11", "covered": 1, "cells": 1, "ratio": 1.0000, "mentors": "Nông Văn Ba, Lò Văn Minh"},
    {"level": "cell", "commune": "Đảng ủy xã Một", "commune_code": "X1", "cell": "Chi bộ thôn Nà Sác", "cell_code": "C12", "covered": 0, "cells": 1, "ratio": 0.0000, "mentors": null},
    {"level": "commune", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "covered": 0, "cells": 1, "ratio": 0.0000, "mentors": null},
    {"level": "cell", "commune": null, "commune_code": null, "cell": "Chi bộ cũ", "cell_code": "CU", "covered": 0, "cells": 1, "ratio": 0.0000, "mentors": null}
  ],
  "totals": {"level": "total", "commune": null, "commune_code": null, "cell": null, "cell_code": null, "covered": 2, "cells": 5, "ratio": 0.4000, "mentors": null},
  "notes": ["Chi bộ có người hướng dẫn: có ít nhất một cán bộ được phân công vào chi ủy, còn hiệu lực vào ngày tính số liệu."]
}
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report coverage --year 2025
%% exit 0
%% output
Độ phủ người hướng dẫn
Phạm vi: mọi chi bộ bạn được xem (5 chi bộ)
Năm: 2025
Số liệu tính đến ngày: 31/12/2025

Đơn vị                     Có người hướng dẫn                        Người hướng dẫn
─────────────────────────────────────────────────────────────────────────────────────
Đảng ủy xã Hai            1/1 chi bộ (100,0%)  ████████████████████
  Chi bộ thôn Pác Luống                                              Nông Văn Ba

Đảng ủy xã Một             2/3 chi bộ (66,7%)  █████████████░░░░░░░
  Chi bộ khối Phố Mới                                                (chưa phân công)
  Chi bộ thôn Bản Cầu                                                Nông Văn Ba
  Chi bộ thôn Nà Sác                                                 Hoàng Thị Hoa

(không thuộc đơn vị nào)    0/1 chi bộ (0,0%)  ░░░░░░░░░░░░░░░░░░░░
  Chi bộ cũ                                                          (chưa phân công)
─────────────────────────────────────────────────────────────────────────────────────
Tổng cộng                  3/5 chi bộ (60,0%)  ████████████░░░░░░░░

* Chi bộ có người hướng dẫn: có ít nhất một cán bộ được phân công vào chi ủy, còn hiệu lực vào ngày tính số liệu.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root --plain report coverage --unit X1
%% exit 0
%% output
Độ phủ người hướng dẫn
Phạm vi: Đảng ủy xã Một (3 chi bộ)
Số liệu tính đến ngày: 15/03/2026

Đơn vị                 Có người hướng dẫn                        Người hướng dẫn
-----------------------------------------------------------------------------------------
Đảng ủy xã Một         1/3 chi bộ (33,3%)  #######.............
  Chi bộ khối Phố Mới                                            (chưa phân công)
  Chi bộ thôn Bản Cầu                                            Nông Văn Ba, Lò Văn Minh
  Chi bộ thôn Nà Sác                                             (chưa phân công)
-----------------------------------------------------------------------------------------
Tổng cộng              1/3 chi bộ (33,3%)  #######.............

* Chi bộ có người hướng dẫn: có ít nhất một cán bộ được phân công vào chi ủy, còn hiệu lực vào ngày tính số liệu.
%% run CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao chibo --db $DB --user root report coverage --unit "Đảng ủy xã Hai" --format csv
%% exit 0
%% output
level,commune,commune_code,cell,cell_code,covered,cells,ratio,mentors
commune,Đảng ủy xã Hai,X2,,,1,1,1.0000,
cell,Đảng ủy xã Hai,X2,Chi bộ thôn Pác Luống,C21,1,1,1.0000,Nông Văn Ba
total,,,,,1,1,1.0000,
