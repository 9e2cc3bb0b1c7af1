#!/usr/bin/env bash
# tests/crash/crash.sh — kill -9 chibo at random points of a lesson and check
# that nothing acknowledged is lost and that the lesson resumes exactly.
#
#   crash.sh [--chibo PATH] [--scratch DIR] [--seed N] [--iterations N]
#            [--lesson ID] [--answers FILE]
#   (or CHIBO_CRASH_SEED / CHIBO_CRASH_ITERATIONS in the environment)
#
# The lesson (default: trinh-tu-sinh-hoat with the author's file of wrong and
# invalid answers, tests/transcripts/trinh-tu-sinh-hoat.wrong.answers: every
# kind of prompt, invalid lines, wrong quiz answers, refused checklist items)
# is learnt with its answers fed line by line through a FIFO, with random
# pauses, and chibo is killed with SIGKILL at a random moment: while waiting
# for a line, or right after a line was written (while it is being checked,
# stored, committed).  After each kill:
#
#  1. PRAGMA integrity_check of (a copy of) the database is "ok";
#  2. every line whose NEXT prompt had appeared on stdout is in the database:
#     with P prompts seen, the answers (key, value, attempts) are exactly
#     those after the first P-1 lines, or after the first P lines (the P-th
#     line committed, its next prompt not yet printed) — computed beforehand
#     by reference runs fed the first n lines; if the final message was seen,
#     the run is done;
#  3. the worker process does not outlive chibo;
#  4. "learn" again, fed the lines not yet stored, ends with exit 0; its
#     prompts are exactly the remaining prompts of the reference run (no
#     earlier prompt asked again); the database then holds exactly the
#     answers of an uninterrupted run, in one lesson_run, done.
#
# The kill points are random (the seed is printed; --seed repeats a run), the
# assertions hold for any point.  Output ends with "crash: N passed, N failed".
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
chibo=$repo/build/chibo
scratch=""
seed=${CHIBO_CRASH_SEED:-}
iterations=${CHIBO_CRASH_ITERATIONS:-30}
lesson=trinh-tu-sinh-hoat
answers=$repo/tests/transcripts/trinh-tu-sinh-hoat.wrong.answers
while [ $# -gt 0 ]; do
	case "$1" in
	--chibo) chibo=$2; shift ;;
	--scratch) scratch=$2; shift ;;
	--seed) seed=$2; shift ;;
	--iterations) iterations=$2; shift ;;
	--lesson) lesson=$2; shift ;;
	--answers) answers=$2; shift ;;
	*) echo "crash.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
[ -x "$chibo" ] || { echo "crash.sh: no chibo at $chibo" >&2; exit 2; }
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
command -v sqlite3 >/dev/null || { echo "crash.sh: sqlite3 (the command-line shell) is needed" >&2; exit 2; }
[ -n "$scratch" ] || scratch=$(dirname "$chibo")/tests/crash/tmp
rm -rf "$scratch" && mkdir -p "$scratch" || exit 2
scratch=$(cd "$scratch" && pwd)
if [ -z "$seed" ]; then seed=$(( $(date +%s%N) % 2147483647 )); fi
RANDOM=$seed
echo "crash: seed $seed ($iterations iterations; repeat with --seed $seed)"

export LC_ALL=C.UTF-8 HOME=$scratch/home XDG_DATA_HOME=$scratch/xdg-data \
	XDG_STATE_HOME=$scratch/xdg-state TERM=dumb
unset LANGUAGE CHIBO_DB CHIBO_USER NO_COLOR
mkdir -p "$HOME"
trap '' PIPE # a write to a FIFO whose reader is gone must not kill us

mapfile -t lines <"$answers"
n=${#lines[@]}

dump() { # db → its answers (key, value, attempts), one per line, by key
	# (nothing for a database killed before its schema was committed)
	if [ "$(sqlite3 -batch "$1" "SELECT count(*) FROM sqlite_schema WHERE name = 'answer'" 2>&1)" = 0 ]; then
		return 0
	fi
	sqlite3 -batch "$1" "SELECT key, quote(value), attempts FROM answer ORDER BY key;" 2>&1
}
runs_of() { # db → "count max(status)" of lesson_run ("0 -" without the table)
	if [ "$(sqlite3 -batch "$1" "SELECT count(*) FROM sqlite_schema WHERE name = 'lesson_run'" 2>&1)" = 0 ]; then
		echo "0 -"
		return 0
	fi
	sqlite3 -batch "$1" "SELECT count(*) || ' ' || ifnull(max(status), '-') FROM lesson_run" 2>&1
}
prompts() { # stdout file → its complete prompt lines (ending in ": ")
	local f=$1
	if [ -s "$f" ] && [ -n "$(tail -c1 "$f")" ]; then
		sed '$d' "$f" | grep ': $'
	else
		grep ': $' "$f"
	fi
}

# ---- reference runs: the answers after the first i lines, i = 0..n
ref=$scratch/ref
mkdir -p "$ref"
for ((i = 0; i <= n; i++)); do
	head -n "$i" "$answers" | (cd "$repo" && timeout 60 "$chibo" --db "$ref/$i.db" --user crash learn "$lesson") \
		>"$ref/$i.out" 2>"$ref/$i.err"
	rc=$?
	if { [ $i -lt $n ] && [ $rc != 3 ]; } || { [ $i = $n ] && [ $rc != 0 ]; }; then
		echo "crash: reference run with $i lines exited $rc"; cat "$ref/$i.err"; exit 1
	fi
	dump "$ref/$i.db" >"$ref/$i.answers"
done
prompts "$ref/$n.out" >"$ref/prompts"
if [ "$(wc -l <"$ref/prompts")" != "$n" ]; then
	echo "crash: the reference run shows $(wc -l <"$ref/prompts") prompts for $n lines; the test needs one prompt per line"
	exit 1
fi
final=$(tail -n 1 "$ref/$n.out") # the message printed when the lesson is done
echo "crash: $n answer lines, $(wc -l <"$ref/$n.answers") answers stored by an uninterrupted run"

# ---- one iteration
fail() { echo "  FAIL: $*"; ok=0; }

gone() { # pid → 0 when the process no longer runs (or is a zombie)
	[ ! -e "/proc/$1" ] || grep -q '^[^)]*) Z' "/proc/$1/stat" 2>/dev/null
}

iteration() {
	local it=$1 dir=$scratch/it$1 k pause pid wpids="" rc p i db state s
	mkdir -p "$dir"
	db=$dir/chibo.db
	local slow burst mode
	slow=$((RANDOM % (n + 1)))   # lines written one by one, with pauses
	burst=$((RANDOM % 7))        # then lines written at once
	[ $((slow + burst)) -gt $n ] && burst=$((n - slow))
	k=$((slow + burst))
	mode=$((RANDOM % 3))         # kill at once, after 1-3 ms, or after 0-24 ms
	pause=$(( mode == 1 ? 1 + RANDOM % 3 : RANDOM % 25 ))
	mkfifo "$dir/in"
	(cd "$repo" && exec "$chibo" --db "$db" --user crash learn "$lesson") <"$dir/in" >"$dir/out" 2>"$dir/err" &
	pid=$!
	exec 3>"$dir/in"
	for ((i = 0; i < slow; i++)); do
		printf '%s\n' "${lines[i]}" >&3
		sleep "0.00$((RANDOM % 10))"
	done
	[ $burst -gt 0 ] && printf '%s\n' "${lines[@]:slow:burst}" >&3
	[ $mode != 0 ] && sleep "$(printf '0.%03d' "$pause")"
	wpids=$(cat "/proc/$pid/task/$pid/children" 2>/dev/null)
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	rc=$?
	exec 3>&-

	ok=1
	p=$(prompts "$dir/out" | wc -l)
	local done_seen=0
	[ -s "$dir/out" ] && [ "$(tail -n 1 "$dir/out")" = "$final" ] && done_seen=1
	local how="killed"
	[ $rc = 137 ] || how="exit $rc"
	local desc="$slow+$burst lines sent, $how after $p prompts$([ $mode = 0 ] && echo ' (at once)' || echo " (+${pause} ms)")"

	# 3. the worker does not outlive chibo
	local w t
	for w in $wpids; do
		for ((t = 0; t < 200; t++)); do gone "$w" && break; sleep 0.01; done
		gone "$w" || { fail "worker $w still runs 2 s after chibo was killed"; kill -9 "$w" 2>/dev/null; }
	done

	# 1. integrity, on a copy (the check must not repair the original first)
	if [ -e "$db" ]; then
		mkdir -p "$dir/copy"
		cp "$db" "$dir/copy/chibo.db"
		[ -e "$db-wal" ] && cp "$db-wal" "$dir/copy/chibo.db-wal"
		local ic
		ic=$(sqlite3 -batch "$dir/copy/chibo.db" 'PRAGMA integrity_check' 2>&1)
		[ "$ic" = ok ] || fail "integrity_check: $ic"
		state=$(dump "$dir/copy/chibo.db")
		local runs
		runs=$(runs_of "$dir/copy/chibo.db")
	else
		[ $p = 0 ] || fail "no database, but $p prompts were shown"
		state=""
		runs="0 -"
	fi

	# 2. what was acknowledged is stored
	local lo=$((p > 0 ? p - 1 : 0)) hi=$p match=""
	[ $hi -gt $n ] && hi=$n
	if [ "$state" = "$(cat "$ref/$lo.answers")" ]; then
		match=$lo
	elif [ "$state" = "$(cat "$ref/$hi.answers")" ]; then
		match=$hi
	else
		fail "answers stored are neither those after $lo nor after $hi lines"
		diff <(cat "$ref/$lo.answers") <(printf '%s\n' "$state") | sed 's/^/    /' | head -20
	fi
	case "$runs" in
	"0 -") [ $p = 0 ] || fail "no lesson_run, but $p prompts were shown" ;;
	"1 "*) ;;
	*) fail "lesson_run rows: $runs" ;;
	esac
	if [ $done_seen = 1 ] && [ "$runs" != "1 done" ]; then fail "the final message was shown but the run is '$runs'"; fi

	# 4. resume with the lines not stored yet
	if [ "$runs" = "1 done" ]; then
		[ "$match" = "$n" ] || fail "the run is done but not all answers are stored"
		desc+=", done before the kill"
	elif [ -n "$match" ]; then
		# the first line not reflected in the database (1-based)
		s=$((match + 1))
		if [ "$match" = "$hi" ] && [ "$hi" != "$lo" ] && cmp -s "$ref/$lo.answers" "$ref/$hi.answers"; then
			s=$((lo + 1)) # the line changed nothing: send it again
		fi
		tail -n "+$s" "$answers" | (cd "$repo" && timeout 60 "$chibo" --db "$db" --user crash learn "$lesson") \
			>"$dir/resume.out" 2>"$dir/resume.err"
		rc=$?
		desc+=", resumed at line $s"
		[ $rc = 0 ] || { fail "resume exited $rc"; sed 's/^/    /' "$dir/resume.err" | head -5; }
		if ! diff <(tail -n "+$s" "$ref/prompts") <(prompts "$dir/resume.out") >"$dir/prompts.diff"; then
			fail "the resumed run's prompts are not the remaining prompts (from line $s):"
			sed 's/^/    /' "$dir/prompts.diff" | head -10
		fi
		local ic
		ic=$(sqlite3 -batch "$db" 'PRAGMA integrity_check' 2>&1)
		[ "$ic" = ok ] || fail "integrity_check after resume: $ic"
		[ "$(dump "$db")" = "$(cat "$ref/$n.answers")" ] || {
			fail "after resume the answers differ from an uninterrupted run"
			diff "$ref/$n.answers" <(dump "$db") | sed 's/^/    /' | head -10
		}
		runs=$(runs_of "$db")
		[ "$runs" = "1 done" ] || fail "after resume lesson_run is '$runs', not one run done"
	fi
	if [ $ok = 1 ]; then
		echo "ok $it: $desc"
		rm -rf "$dir"
		return 0
	fi
	echo "not ok $it: $desc (kept: $dir)"
	return 1
}

passed=0 failed=0
start=$SECONDS
for ((it = 1; it <= iterations; it++)); do
	if iteration "$it"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "crash: seed $seed, $((SECONDS - start)) s"
echo "crash: $passed passed, $failed failed"
[ $failed = 0 ]
