A cell whose rubric is broken at run time: a province's sheet installed
in the user's plugin folder ($XDG_DATA_HOME/chibo/plugins/rubrics/),
tests/transcripts/rubrics/score-range.lua as "tinh-e": its thời lượng
group does not cap its points: 95 minutes to the assessment give
95 · 50 // 90 = 52 points of 50.  "rubric list" shows it
beside the bundled ones.  A meeting started with --rubric tinh-e runs
until the assessment; there the score is refused: exit 1, the meeting
left open (everything answered kept, the assessment not recorded).

Expected (failing now, reported): the message names the rubric's file (the
one to fix, tinh-e.lua), not plugins/kinds/assess.lua, and says the
meeting stopped, not "bài học dừng ở đây … báo cho người soạn bài" (a
lesson's wording).  Only those two points are checked (sh), not the
whole wording.

%% ids
%% sh
mkdir -p xdg-data/chibo/plugins/rubrics
cp "$REPO/tests/transcripts/rubrics/score-range.lua" xdg-data/chibo/plugins/rubrics/tinh-e.lua
%% run chibo rubric list
%% exit 0
%% output
hd42-100         Phiếu chấm 100 điểm theo Hướng dẫn 42-HD/BTCTW (mẫu của một đảng ủy phường, cần đối chiếu với hướng dẫn của cấp ủy cấp trên)
vi-du-tinh       Ví dụ minh họa: phiếu chấm riêng của một tỉnh (4 nhóm × 25 điểm) — không phải văn bản thật
tinh-e           Phiếu chấm tỉnh E
%% run CHIBO_NOW=2026-11-20T19:30 chibo --db $DB --user an meeting start --type regular --cell "Chi bộ thôn Bản Cầu" --rubric tinh-e
%% stdin ../meetings/regular.answers
%% exit 1
%% sh
grep -q 'tinh-e\.lua' .out
! grep -q 'assess\.lua' .out
! grep -q 'bài học' .out
%% sql
.nullvalue NULL
SELECT m.status, m.rubric_id, m.score, r.status FROM meeting m JOIN lesson_run r ON r.id = m.run_id;
SELECT count(*) FROM meeting_score;
SELECT count(*) FROM meeting_task;
%% rows
in_progress|tinh-e|NULL|in_progress
0
3
