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
#                chibo's own process and its Lua workers (rss_probe.so).
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
n_lessons=1000
n_prompts=500

do_build=1
keep=0
for arg in "$@"; do
  case $arg in
    --no-build) do_build=0 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# ---- summary -----------------------------------------------------------------
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')
python3 "$bench/summary.py" "$work/out" "${fs_type%% *}" "$commit" "$n_prompts"
[ "$keep" = 1 ] && echo "(work directory kept: $work)"
exit 0
