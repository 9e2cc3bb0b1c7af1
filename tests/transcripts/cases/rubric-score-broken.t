"rubric score" with a broken sheet or a bad facts file: exit 1 and a
message that says which file (and line) to fix.

By hand (bugs, reported):
- a score function returning more than its group's maximum
  (tests/transcripts/rubrics/score-range.lua: 105 minutes → 58 of 50) is
  reported without any file or line ("nhóm 'thoi-gian': score trả về 58,
  …"); expected at the score function, score-range.lua:10;
- a chair's group given out of range in the facts file (tien-hanh = 31 of
  30) is reported as "score trả về 31" with no file: expected, the facts
  file and the line of that value;
- a sheet without settings (tests/transcripts/rubrics/no-settings.lua) is
  given no settings at all by "rubric score" (s.min_minutes is nil: a
  run-time error), while in a meeting the usual settings fill what the
  sheet leaves out (plugins/meeting/facts.lua, M.settings): "rubric score"
  should score it as a meeting would — 95 min → 50 · 95 // 90 = 52,
  capped at 50, + the chair's 30 = 80, tốt.
%% sh
printf 'duration = 105\ndieu-hanh = 40\n' >f1.facts
printf 'duration = 95\nsummoned_full = 15\npresent_full = 12\nsummoned_all = 17\npresent_all = 14\nrequired_done = 100\nfollowed_up = 80\ntien-hanh = 31\ndieu-hanh = 9\nnguyen-tac = 5\nket-thuc = 5\n' >f2.facts
printf 'duration = 95\ndieu-hanh = 30\n' >f3.facts
%% run chibo rubric score tests/transcripts/rubrics/score-range.lua --facts $SCRATCH/f1.facts
%% exit 1
%% output
tests/transcripts/rubrics/score-range.lua:10: nhóm 'thoi-gian': score trả về 58, cần một số nguyên từ 0 đến 50
%% run chibo rubric score plugins/rubrics/hd42-100.lua --facts $SCRATCH/f2.facts
%% exit 1
%% output
$SCRATCH/f2.facts:8: nhóm 'tien-hanh': tien-hanh = 31, cần một số nguyên từ 0 đến 30
%% run chibo rubric score tests/transcripts/rubrics/no-settings.lua --facts $SCRATCH/f3.facts
%% exit 0
%% output
Thời lượng                               50 / 50
Điều hành                                30 / 50
Tổng                                     80 / 100 — tốt
