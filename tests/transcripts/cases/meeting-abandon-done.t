"meeting abandon" is for a meeting left unfinished: a finished meeting
stays finished.  Abandoning it would drop it from the cell's history and
from the next meeting's follow-up of its tasks (both read only finished
meetings).

%% ids
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type regular --cell "Chi bộ thôn Bản Cầu"
%% stdin ../meetings/regular.answers
%% exit 0
%% run chibo --db $DB --user an meeting abandon $M1
%% exit 1
%% sql
SELECT m.status, r.status FROM meeting m JOIN lesson_run r ON r.id = m.run_id;
%% rows
done|done
%% run chibo --db $DB --user an meeting list
%% exit 0
%% output
Chi bộ thôn Bản Cầu
2026-11-20  $M1  định kỳ                       xong      89 khá
