#!/usr/bin/env bash
# scripts/bench/run.sh [--no-build] [--keep]
#
# chibo's benchmarks (see scripts/bench/README.md).  Each target is measured
# in the same hyperfine run as its baseline and reported as a ratio:
#
#   1. startup   `lesson list`: bundled lessons vs lua5.4 -e '', and 1,000
#                extra generated lessons (index warm) vs bundled;
#   2. answer    `learn` of a 500-prompt lesson on a fresh DB vs
#                baseline_insert.c: 500 × (BEGIN IMMEDIATE; INSERT; COMMIT);
#   3. memory    peak RSS of a full bundled lesson run (GNU time), split into
#                chibo's own process and its Lua workers (rss_probe.so);
#   4. meeting   `meeting start` of a checklist recording 200 notes and 40
#                votes (320 prompts) on a fresh DB, per recorded item, vs
#                baseline_meeting.c: 240 × (BEGIN IMMEDIATE; INSERT; COMMIT);
#   5. meetings  `meeting list` of one cell with 120 finished monthly
#                meetings (10 years, ~20 recorded rows each): < 50 ms, and
#                its ratio to the bundled `lesson list`.
#
# Prints a summary table (numbers, ratios, targets, PASS/FAIL) at the end.
# Exits 0 whatever the results; 2 when a needed tool is missing; 1 when
# chibo cannot be built.
#
#   --no-build   use the existing build (default: build the chibo target)
#   --keep       keep the work directory (DBs, lessons, JSON, logs)
#
# Environment:
#   CHIBO_BIN        chibo binary to measure (implies --no-build)
#   BUILD_DIR        build directory (default: <repo>/build)
#   BENCH_DIR        where the work directory is made (default: /tmp); the
#                    answer DBs live there, so it picks the filesystem
#   BENCH_LIST_ROUNDS, BENCH_LIST_RUNS    hyperfine invocations for `lesson
#                    list` (default 5) and runs per command in each (40)
#   BENCH_LEARN_ROUNDS, BENCH_LEARN_RUNS  the same for the 500-answer pair
#                    (default 20 × 1: strictly alternating)
#   BENCH_MEETING_ROUNDS, BENCH_MEETING_RUNS  the same for the meeting pair
#                    (default 20 × 1)
#   BENCH_MLIST_ROUNDS, BENCH_MLIST_RUNS  the same for `meeting list` and
#                    the bundled `lesson list` (default 5 × 40)
# Each round runs the target and its baseline back to back; the times of all
# rounds are pooled, so a drift of the machine (fsync latency on a VM disk
# changes by 10× within minutes) hits both sides alike.
set -uo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
bench="$here/scripts/bench"
build_dir=${BUILD_DIR:-$here/build}
list_rounds=${BENCH_LIST_ROUNDS:-5}
list_runs=${BENCH_LIST_RUNS:-40}
learn_rounds=${BENCH_LEARN_ROUNDS:-20}
learn_runs=${BENCH_LEARN_RUNS:-1}
meeting_rounds=${BENCH_MEETING_ROUNDS:-20}
meeting_runs=${BENCH_MEETING_RUNS:-1}
mlist_rounds=${BENCH_MLIST_ROUNDS:-5}
mlist_runs=${BENCH_MLIST_RUNS:-40}
n_lessons=1000
n_prompts=500
n_notes=200
n_votes=40
n_years=10

do_build=1
keep=0
for arg in "$@"; do
  case $arg in
    --no-build) do_build=0 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,43p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# ---- tools -----------------------------------------------------------------
missing=()
for t in hyperfine lua5.4 python3 cc cmake sqlite3 strace; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
[ -x /usr/bin/time ] || missing+=("/usr/bin/time (package: time)")
if ! printf '#include <sqlite3.h>\nint main(void){return 0;}\n' |
     cc -x c - -o /dev/null -lsqlite3 >/dev/null 2>&1; then
  missing+=("sqlite3.h (package: libsqlite3-dev)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing: ${missing[*]}" >&2
  echo "run.sh: apt-get install -y hyperfine time lua5.4 sqlite3 strace" \
       "libsqlite3-dev build-essential cmake python3" >&2
  exit 2
fi

# ---- chibo -----------------------------------------------------------------
if [ -n "${CHIBO_BIN:-}" ]; then
  chibo=$CHIBO_BIN
  do_build=0
else
  chibo=$build_dir/chibo
fi
if [ "$do_build" = 1 ]; then
  echo "== building chibo in $build_dir" >&2
  if ! { cmake -S "$here" -B "$build_dir" >/dev/null &&
         cmake --build "$build_dir" -j2 --target chibo >/dev/null; }; then
    echo "run.sh: build failed" >&2
    exit 1
  fi
fi
if [ ! -x "$chibo" ]; then
  echo "run.sh: no chibo binary at $chibo" >&2
  exit 1
fi

# ---- work directory --------------------------------------------------------
work=$(mktemp -d "${BENCH_DIR:-/tmp}/chibo-bench.XXXXXX") || exit 1
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/xdg-data" "$work/xdg-state" "$work/db" "$work/out"
# No user lessons, no user plugins, no default DB from the real home.
export XDG_DATA_HOME="$work/xdg-data" XDG_STATE_HOME="$work/xdg-state"
export NO_COLOR=1
unset CHIBO_DB CHIBO_LUA_MEMORY_MB CHIBO_LUA_CPU_SECONDS CHIBO_DATA_DIR
user=bench

fs_type=$(df -PT "$work/db" | awk 'NR == 2 { print $2 " (" $1 " on " $7 ")" }')
echo "== work directory $work (filesystem: $fs_type)" >&2
case $fs_type in tmpfs*|ramfs*)
  echo "run.sh: warning: $fs_type has no real fsync; set BENCH_DIR to a" \
       "directory on disk for the per-answer benchmark" >&2 ;;
esac

cc -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -o "$work/baseline_insert" \
   "$bench/baseline_insert.c" -lsqlite3 || exit 1
cc -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -o "$work/baseline_meeting" \
   "$bench/baseline_meeting.c" -lsqlite3 || exit 1
cc -std=c11 -O2 -Wall -Wextra -shared -fPIC -o "$work/rss_probe.so" \
   "$bench/rss_probe.c" || exit 1

# Results for the summary, one "key value" line each.
res="$work/out/results.txt"
: >"$res"
note() { echo "$1 $2" >>"$res"; }

# ---- 1. startup: lesson list -----------------------------------------------
echo "== 1. startup: generating $n_lessons lessons" >&2
"$bench/gen_lessons.sh" "$work/lessons" "$n_lessons"
db_b="$work/db/list-bundled.db"
db_g="$work/db/list-1000.db"
list_b=("$chibo" --db "$db_b" --user "$user" lesson list)
list_g=("$chibo" --db "$db_g" --user "$user" --lessons "$work/lessons" lesson list)

# Warm the metadata index: the first list executes every lesson once.
t0=$(date +%s.%N)
"${list_b[@]}" >/dev/null || note list.error bundled
"${list_g[@]}" >"$work/out/list-1000.txt" || note list.error generated
t1=$(date +%s.%N)
note list.index_seconds "$(python3 -c "print(f'{$t1 - $t0:.2f}')")"
note list.lines "$(wc -l <"$work/out/list-1000.txt")"
note list.indexed "$(sqlite3 "$db_g" 'SELECT count(*) FROM lesson_index')"

# A warm list must not start a single worker (no fork/clone at all).
strace -f -qq -e trace=fork,vfork,clone,clone3 -o "$work/out/list.strace" \
  "${list_g[@]}" >/dev/null 2>&1
note list.warm_forks "$(grep -cE '(fork|clone3?)\(' "$work/out/list.strace")"
echo "== 1. startup: hyperfine ($list_rounds rounds × $list_runs runs each)" >&2
for ((round = 1; round <= list_rounds; round++)); do
  hyperfine -N --warmup 10 --runs "$list_runs" --style basic \
    --export-json "$work/out/list.$round.json" \
    -n "lua5.4 -e ''" "lua5.4 -e ''" \
    -n "list bundled" "${list_b[*]}" \
    -n "list +1000" "${list_g[*]}" \
    >>"$work/out/list.hyperfine.txt" 2>&1 || note list.error hyperfine
done

# After timing (it adds index rows): the same directory spelled relative to
# the cwd.  Informational: the index is keyed by the path as spelled.
(cd "$work" && strace -f -qq -e trace=fork,vfork,clone,clone3 \
   -o "$work/out/list-rel.strace" "$chibo" --db "$db_g" --user "$user" \
   --lessons ./lessons lesson list >/dev/null 2>&1)
note list.relative_forks "$(grep -cE '(fork|clone3?)\(' "$work/out/list-rel.strace")"

# ---- 2. per answer -----------------------------------------------------------
echo "== 2. per answer: $n_prompts prompts vs $n_prompts inserts" >&2
cat >"$work/prompts.lua" <<EOF
-- Generated by scripts/bench/run.sh: one step asking $n_prompts numbers.
return lesson {
  id = "bench-prompts",
  version = 1,
  title = "Bench: $n_prompts prompts",
  minutes = 1,
  steps = {
    step {
      id = "s",
      run = function(ui, ctx)
        for i = 1, $n_prompts do ui.number("n?", { key = "k" .. i }) end
      end,
    },
  },
}
EOF
seq 1 "$n_prompts" >"$work/prompts.answers"
db_l="$work/db/learn.db"
db_i="$work/db/insert.db"
learn_cmd="'$chibo' --db '$db_l' --user $user learn '$work/prompts.lua' < '$work/prompts.answers'"
insert_cmd="'$work/baseline_insert' '$db_i' $n_prompts"

# Sanity: one run of each stores exactly $n_prompts answers.
rm -f "$db_l" "$db_l"-* "$db_i" "$db_i"-*
bash -c "$learn_cmd" >/dev/null 2>"$work/out/learn.err" || note learn.error exit
note learn.rows "$(sqlite3 "$db_l" "SELECT count(*) FROM answer WHERE value IS NOT NULL")"
bash -c "$insert_cmd" || note learn.error baseline
note insert.rows "$(sqlite3 "$db_i" 'SELECT count(*) FROM answer')"

# fsyncs per run, for the record (fdatasync + fsync over the whole run).
rm -f "$db_l" "$db_l"-* "$db_i" "$db_i"-*
strace -f -qq -c -e trace=fsync,fdatasync -o "$work/out/learn.fsync" \
  bash -c "$learn_cmd" >/dev/null 2>&1
strace -f -qq -c -e trace=fsync,fdatasync -o "$work/out/insert.fsync" \
  bash -c "$insert_cmd" >/dev/null 2>&1
syncs() { awk '$NF ~ /^f(data)?sync$/ { n += $4 } END { print n + 0 }' "$1"; }
note learn.fsyncs "$(syncs "$work/out/learn.fsync")"
note insert.fsyncs "$(syncs "$work/out/insert.fsync")"

echo "== 2. per answer: hyperfine ($learn_rounds rounds × $learn_runs runs each)" >&2
for ((round = 1; round <= learn_rounds; round++)); do
  hyperfine --runs "$learn_runs" --style basic \
    --export-json "$work/out/learn.$round.json" \
    --prepare "rm -f '$db_l' '$db_l'-wal '$db_l'-shm '$db_l'-journal" \
    -n "learn $n_prompts" "$learn_cmd" \
    --prepare "rm -f '$db_i' '$db_i'-wal '$db_i'-shm '$db_i'-journal" \
    -n "insert $n_prompts" "$insert_cmd" \
    >>"$work/out/learn.hyperfine.txt" 2>&1 || note learn.error hyperfine
done

# ---- 3. peak RSS -------------------------------------------------------------
echo "== 3. peak RSS: trinh-tu-sinh-hoat" >&2
lesson="$here/lessons/trinh-tu-sinh-hoat.lua"
answers="$here/tests/transcripts/trinh-tu-sinh-hoat.answers"
db_r="$work/db/rss.db"
rm -f "$db_r" "$db_r"-*
/usr/bin/time -v -o "$work/out/rss.time" \
  "$chibo" --db "$db_r" --user "$user" learn "$lesson" <"$answers" \
  >/dev/null 2>"$work/out/rss.err" || note rss.error exit
note rss.time_kb "$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/out/rss.time")"
# Again with the probe: chibo's own peak and each worker's.
rm -f "$db_r" "$db_r"-*
CHIBO_BENCH_RSS_LOG="$work/out/rss.log" LD_PRELOAD="$work/rss_probe.so" \
  "$chibo" --db "$db_r" --user "$user" learn "$lesson" <"$answers" \
  >/dev/null 2>&1 || note rss.error probe
if [ -s "$work/out/rss.log" ]; then
  note rss.self_kb "$(awk '$1 == "self" { print $3 }' "$work/out/rss.log" | head -1)"
  note rss.worker_kb "$(awk '$1 == "child" && $3 > m { m = $3 } END { print m + 0 }' "$work/out/rss.log")"
  note rss.workers "$(awk '$1 == "child"' "$work/out/rss.log" | wc -l)"
fi
# The baseline it has to share the machine with: a bare Lua interpreter.
/usr/bin/time -v -o "$work/out/lua.time" lua5.4 -e '' 2>/dev/null
note rss.lua_kb "$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/out/lua.time")"

# ---- 4. meeting: per recorded item -------------------------------------------
# A user checklist (it overrides the bundled regular.lua by name) in its own
# XDG_DATA_HOME: $n_votes blocks of (notes, then a vote of three ui.number
# and one ctx.meeting.add("decision")), in 8 steps.
n_items=$((n_notes + n_votes))
note meeting.items "$n_items"
echo "== 4. meeting: $n_notes notes + $n_votes votes vs $n_items inserts" >&2
mxdg="$work/xdg-meeting"
mkdir -p "$mxdg/chibo/plugins/checklists"
cat >"$mxdg/chibo/plugins/checklists/regular.lua" <<EOF
-- Generated by scripts/bench/run.sh: a 3-hour meeting, $n_notes notes
-- (ui.text) and $n_votes votes (3 × ui.number), each recorded at once.
local NOTES, VOTES, STEPS = $n_notes, $n_votes, 8
local per = NOTES // VOTES
local function part(s)
  return step {
    id = "phan-" .. s,
    title = "Phần " .. s,
    run = function(ui, ctx)
      for v = (s - 1) * VOTES // STEPS + 1, s * VOTES // STEPS do
        local upto = v == VOTES and NOTES or v * per
        for i = (v - 1) * per + 1, upto do
          ctx.meeting.add("note", "n" .. i, { item = "thao-luan",
            text = ui.text("Ghi chép " .. i, { key = "n" .. i }) })
        end
        local f = ui.number("Tán thành", { key = "v" .. v .. "-for", min = 0, max = 999 })
        local a = ui.number("Không tán thành", { key = "v" .. v .. "-against", min = 0, max = 999 })
        local b = ui.number("Không biểu quyết", { key = "v" .. v .. "-abstain", min = 0, max = 999 })
        ctx.meeting.add("decision", "d" .. v, { text = "Biểu quyết " .. v,
          votes_for = f, votes_against = a, votes_abstain = b,
          passed = f * 2 > f + a + b })
      end
    end,
  }
end
local steps = {}
for s = 1, STEPS do steps[s] = part(s) end
return lesson {
  id = "meeting-bench",
  version = 1,
  title = "Bench: $n_notes notes, $n_votes votes",
  minutes = 180,
  steps = steps,
}
EOF
# The answers: each note one line (the text baseline_meeting.c inserts)
# ended by ".", each vote 12 / 1 / 2.
python3 - "$n_notes" "$n_votes" >"$work/meeting.answers" <<'EOF'
import sys
notes, votes = int(sys.argv[1]), int(sys.argv[2])
per, n = notes // votes, 0
fmt = ("Ghi chép %d: đồng chí phát biểu thống nhất với báo cáo, đề nghị bổ "
       "sung kế hoạch tiêm phòng đợt 2 cho đàn trâu, bò và giao cho chi hội "
       "nông dân theo dõi.")
for v in range(1, votes + 1):
    upto = notes if v == votes else n + per
    while n < upto:
        n += 1
        print(fmt % n)
        print(".")
    print("12\n1\n2")
EOF
db_m="$work/db/meeting.db"
db_mi="$work/db/meeting-insert.db"
meeting_cmd="XDG_DATA_HOME='$mxdg' CHIBO_NOW=2026-11-20T19:30 '$chibo' --db '$db_m' --user $user meeting start --cell 'Chi bộ bench' < '$work/meeting.answers'"
minsert_cmd="'$work/baseline_meeting' '$db_mi' $n_notes $n_votes"

# Sanity: one run of each records every item, and the meeting is finished.
rm -f "$db_m" "$db_m"-* "$db_mi" "$db_mi"-*
bash -c "$meeting_cmd" >"$work/out/meeting.out" 2>"$work/out/meeting.err" ||
  note meeting.error exit
note meeting.notes "$(sqlite3 "$db_m" 'SELECT count(*) FROM meeting_note')"
note meeting.decisions "$(sqlite3 "$db_m" 'SELECT count(*) FROM meeting_decision')"
note meeting.answers "$(sqlite3 "$db_m" "SELECT count(*) FROM answer WHERE value IS NOT NULL AND key NOT LIKE '%#draft'")"
# ui.text saves the lines typed so far under "<key>#draft", one transaction
# per line (cleared with the answer).
note meeting.drafts "$(sqlite3 "$db_m" "SELECT count(*) FROM answer WHERE key LIKE '%#draft'")"
note meeting.status "$(sqlite3 "$db_m" 'SELECT group_concat(status) FROM meeting')"
bash -c "$minsert_cmd" || note meeting.error baseline
note minsert.rows "$(sqlite3 "$db_mi" 'SELECT (SELECT count(*) FROM meeting_note) + (SELECT count(*) FROM meeting_decision)')"

# fsyncs and page writes of one run of each.
rm -f "$db_m" "$db_m"-* "$db_mi" "$db_mi"-*
strace -f -qq -c -e trace=fsync,fdatasync,pwrite64 -o "$work/out/meeting.strace" \
  bash -c "$meeting_cmd" >/dev/null 2>&1
strace -f -qq -c -e trace=fsync,fdatasync,pwrite64 -o "$work/out/minsert.strace" \
  bash -c "$minsert_cmd" >/dev/null 2>&1
pwrites() { awk '$NF == "pwrite64" { n += $4 } END { print n + 0 }' "$1"; }
note meeting.fsyncs "$(syncs "$work/out/meeting.strace")"
note minsert.fsyncs "$(syncs "$work/out/minsert.strace")"
note meeting.pwrites "$(pwrites "$work/out/meeting.strace")"
note minsert.pwrites "$(pwrites "$work/out/minsert.strace")"

echo "== 4. meeting: hyperfine ($meeting_rounds rounds × $meeting_runs runs each)" >&2
for ((round = 1; round <= meeting_rounds; round++)); do
  hyperfine --runs "$meeting_runs" --style basic \
    --export-json "$work/out/meeting.$round.json" \
    --prepare "rm -f '$db_m' '$db_m'-wal '$db_m'-shm '$db_m'-journal" \
    -n "meeting $n_items" "$meeting_cmd" \
    --prepare "rm -f '$db_mi' '$db_mi'-wal '$db_mi'-shm '$db_mi'-journal" \
    -n "insert $n_items" "$minsert_cmd" \
    >>"$work/out/meeting.hyperfine.txt" 2>&1 || note meeting.error hyperfine
done

# ---- 5. meeting list: 10 years of monthly meetings ----------------------------
# Made by the engine itself: a checklist without prompts that records 20 rows
# (people, agenda, notes, a decision, tasks, follow-ups of last month's
# tasks, a check, two score lines) and the meeting's fields, run once per
# month with CHIBO_NOW set to the 15th (every third month as `combined`).
echo "== 5. meeting list: $((n_years * 12)) monthly meetings" >&2
gxdg="$work/xdg-months"
mkdir -p "$gxdg/chibo/plugins/checklists"
cat >"$gxdg/chibo/plugins/checklists/regular.lua" <<'EOF'
-- Generated by scripts/bench/run.sh: one month's meeting, no prompts,
-- 20 recorded rows.
return lesson {
  id = "meeting-bench-month",
  version = 1,
  title = "Bench: one month's meeting",
  minutes = 90,
  steps = {
    step {
      id = "ghi",
      run = function(ui, ctx)
        local m = ctx.meeting
        local _ = m.history()
        local prev = m.previous_tasks()
        m.set({ actual_start = m.now("start"), summoned_full = 15,
                present_full = 12, summoned_probationary = 2,
                present_probationary = 1, chair = "Nông Văn Thành",
                minute_taker = "Lương Thị Hoa" })
        for i = 1, 5 do
          m.add("person", "p" .. i, { name = "Đảng viên " .. i,
            role = i < 5 and "present" or "absent_excused", member = "full",
            reason = i == 5 and "ốm" or nil })
        end
        for i = 1, 3 do
          m.add("agenda", "a" .. i, { position = i, title = "Nội dung " .. i })
        end
        for i, t in ipairs(prev) do
          m.add("followup", "f" .. i, { task = t.key, what = t.what, done = true })
        end
        for i = 1, 4 do
          m.add("note", "n" .. i, { item = "a" .. ((i - 1) % 3 + 1),
            text = "Ghi chép " .. i .. ": thống nhất với báo cáo; đề nghị "
              .. "bổ sung kế hoạch tháng tới." })
        end
        m.add("decision", "d1", { text = "Thông qua nghị quyết tháng",
          votes_for = 12, votes_against = 0, votes_abstain = 0, passed = true })
        m.add("task", "t1", { owner = "Đ/c An", what = "Thu đảng phí",
          deadline = "30/12/2026" })
        m.add("task", "t2", { owner = "Đ/c Bình", what = "Vận động tiêm phòng",
          deadline = "30/12/2026" })
        m.add("check", "quorum", { ok = true, detail = "12/15 có mặt = 80% ≥ 2/3" })
        m.add("score", "thoi-gian", { title = "Thời gian", points = 5, max = 5 })
        m.add("score", "noi-dung", { title = "Nội dung", points = 80, max = 95 })
        m.set({ actual_end = m.now("end"), score = 85, band = "khá" })
      end,
    },
  },
}
EOF
cp "$gxdg/chibo/plugins/checklists/regular.lua" \
   "$gxdg/chibo/plugins/checklists/combined.lua"
db_ml="$work/db/meetings.db"
rm -f "$db_ml" "$db_ml"-*
t0=$(date +%s.%N)
for ((y = 2016; y < 2016 + n_years; y++)); do
  for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
    case $m in 03|06|09|12) type=combined ;; *) type=regular ;; esac
    XDG_DATA_HOME="$gxdg" CHIBO_NOW="$y-$m-15T19:30" "$chibo" --db "$db_ml" \
      --user "$user" meeting start --type "$type" --cell "Chi bộ thôn Nà Làng" \
      --superior "Đảng bộ xã Hợp Thành" </dev/null >/dev/null \
      2>>"$work/out/months.err" || note mlist.error "start-$y-$m"
  done
done
t1=$(date +%s.%N)
sqlite3 "$db_ml" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
note mlist.gen_seconds "$(python3 -c "print(f'{$t1 - $t0:.1f}')")"
note mlist.meetings "$(sqlite3 "$db_ml" "SELECT count(*) FROM meeting WHERE status = 'done' AND mode = 'live'")"
note mlist.rows "$(sqlite3 "$db_ml" 'SELECT (SELECT count(*) FROM meeting_person) + (SELECT count(*) FROM meeting_agenda) + (SELECT count(*) FROM meeting_note) + (SELECT count(*) FROM meeting_decision) + (SELECT count(*) FROM meeting_task) + (SELECT count(*) FROM meeting_followup) + (SELECT count(*) FROM meeting_check) + (SELECT count(*) FROM meeting_score)')"
note mlist.db_kb "$(( $(stat -c %s "$db_ml") / 1024 ))"
mlist=("$chibo" --db "$db_ml" --user "$user" meeting list)
"${mlist[@]}" >"$work/out/mlist.txt" 2>&1 || note mlist.error list
note mlist.lines "$(wc -l <"$work/out/mlist.txt")"
strace -f -qq -e trace=fork,vfork,clone,clone3 -o "$work/out/mlist.strace" \
  "${mlist[@]}" >/dev/null 2>&1
note mlist.forks "$(grep -cE '(fork|clone3?)\(' "$work/out/mlist.strace")"
echo "== 5. meeting list: hyperfine ($mlist_rounds rounds × $mlist_runs runs each)" >&2
for ((round = 1; round <= mlist_rounds; round++)); do
  hyperfine -N --warmup 10 --runs "$mlist_runs" --style basic \
    --export-json "$work/out/mlist.$round.json" \
    -n "meeting list" "${mlist[*]}" \
    -n "list bundled" "${list_b[*]}" \
    >>"$work/out/mlist.hyperfine.txt" 2>&1 || note mlist.error hyperfine
done

# ---- summary -----------------------------------------------------------------
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')
python3 "$bench/summary.py" "$work/out" "${fs_type%% *}" "$commit" "$n_prompts"
[ "$keep" = 1 ] && echo "(work directory kept: $work)"
exit 0
