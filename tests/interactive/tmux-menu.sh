#!/usr/bin/env bash
# tests/interactive/tmux-menu.sh — chibo on a real terminal: the menu driven
# through tmux (send-keys to type, capture-pane to read the screen).
#
#   tmux-menu.sh [--chibo PATH] [--scratch DIR]
#
# 1. "chibo --db … --user … --lessons tests/interactive/lessons" (the menu)
#    in a 100x30 tmux window; open the lessons screen;
# 2. type a prefix of a lesson id and Tab: the id is completed; Enter starts
#    the lesson (tests/interactive/lessons/ho-so-bi-thu.lua);
# 3. at the text prompt "Họ và tên", type "Nguyễn Văn Ấ", Backspace over the
#    multi-byte "Ấ", type "Ánh", Enter: the database holds exactly the NFC
#    bytes of "Nguyễn Văn Ánh";
# 4. at the next prompt type "19" and press Ctrl-C: back to the menu, with
#    "Học tiếp"; the name is kept, nothing of "19" is stored or in history;
# 5. "Học tiếp" continues at the year prompt (the name is not asked again);
#    finish the lesson: the run is done with the three answers;
# 6. Ctrl-D at the menu: chibo exits with status 0.
#
# Every step waits for text to appear (polling, generous timeouts), never for
# a fixed time.  Exit 77 (skipped) when tmux is not installed.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
chibo=$repo/build/chibo
scratch=""
while [ $# -gt 0 ]; do
	case "$1" in
	--chibo) chibo=$2; shift ;;
	--scratch) scratch=$2; shift ;;
	*) echo "tmux-menu.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
if ! command -v tmux >/dev/null; then
	echo "SKIP: tmux is not installed"
	exit 77
fi
command -v sqlite3 >/dev/null || { echo "tmux-menu.sh: sqlite3 (the command-line shell) is needed" >&2; exit 2; }
[ -x "$chibo" ] || { echo "tmux-menu.sh: no chibo at $chibo" >&2; exit 2; }
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
[ -n "$scratch" ] || scratch=$(dirname "$chibo")/tests/interactive/tmp
rm -rf "$scratch" && mkdir -p "$scratch" || exit 2
scratch=$(cd "$scratch" && pwd)

db=$scratch/chibo.db
sock=$scratch/tmux.sock
exitfile=$scratch/exit-status
export LC_ALL=C.UTF-8
TIMEOUT=${CHIBO_TMUX_TIMEOUT:-20} # seconds for anything to appear

tm() { tmux -u -S "$sock" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null; }
trap cleanup EXIT

screen() { tm capture-pane -p -J -S - -t chibo 2>/dev/null; }
count() { screen | grep -cF -- "$1"; }

die() {
	echo "FAIL: $*"
	echo "---- screen (with history) ----"
	screen | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
	echo "-------------------------------"
	[ -f "$exitfile" ] && echo "chibo exited: $(cat "$exitfile")"
	exit 1
}

# wait_for TEXT [N]: until TEXT appears at least N times (default 1)
wait_for() {
	local text=$1 n=${2:-1} end=$((SECONDS + TIMEOUT))
	while [ "$(count "$text")" -lt "$n" ]; do
		[ $SECONDS -lt $end ] || die "waited ${TIMEOUT}s for '$text' (x$n)"
		[ -f "$exitfile" ] && [ "$(count "$text")" -lt "$n" ] && die "chibo ended while waiting for '$text'"
		sleep 0.05
	done
}

# wait_sql SQL EXPECTED: until the query on the database answers EXPECTED
wait_sql() {
	local got end=$((SECONDS + TIMEOUT))
	while :; do
		got=$(sqlite3 -batch "$db" "$1" 2>&1)
		[ "$got" = "$2" ] && return 0
		[ $SECONDS -lt $end ] || die "waited ${TIMEOUT}s for [$1] = [$2]; got [$got]"
		sleep 0.05
	done
}

sql() { sqlite3 -batch "$db" "$1" 2>&1; }
keys() { tm send-keys -t chibo "$@"; }
type_text() { tm send-keys -t chibo -l "$1"; }

# ---- 1. the menu
cmd=$(printf 'cd %q && env HOME=%q XDG_DATA_HOME=%q XDG_STATE_HOME=%q LC_ALL=C.UTF-8 %q --db %q --user an --lessons tests/interactive/lessons; echo $? >%q' \
	"$repo" "$scratch/home" "$scratch/data" "$scratch/state" "$chibo" "$db" "$exitfile")
tm new-session -d -x 100 -y 30 -s chibo "$cmd" || die "tmux could not start"
tm set-option -t chibo history-limit 5000 >/dev/null
echo "1. menu"
wait_for "Thoát"
wait_for "Chọn:"
keys 1 Enter
wait_for "Chọn bài"
wait_for "(ho-so-bi-thu)"

# ---- 2. Tab completes the lesson id
echo "2. tab completion"
type_text "ho-s"
keys Tab
wait_for "> ho-so-bi-thu"
keys Enter
wait_for "Họ và tên:"

# ---- 3. Vietnamese text, Backspace over a multi-byte character
echo "3. Vietnamese input and Backspace"
type_text "Nguyễn Văn Ấ"
wait_for "> Nguyễn Văn Ấ"
keys BSpace
type_text "Ánh"
wait_for "> Nguyễn Văn Ánh"
keys Enter
wait_for "Năm sinh (1940–2010):"
want_hex=$(printf '"Nguyễn Văn Ánh"' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)
wait_sql "SELECT hex(value) FROM answer WHERE key = 'ho-so.ho-ten'" "$want_hex"
[ "$(sql "SELECT json_extract(value, '\$') FROM answer WHERE key = 'ho-so.ho-ten'")" = "Nguyễn Văn Ánh" ] ||
	die "the name stored is not 'Nguyễn Văn Ánh'"

# ---- 4. Ctrl-C at a prompt: back to the menu, progress kept
echo "4. Ctrl-C at a prompt"
type_text "19"
wait_for "> 19"
keys C-c
wait_for "Học tiếp: Hồ sơ bí thư"
wait_for "Chọn:" 2
[ "$(sql "SELECT status FROM lesson_run")" = in_progress ] || die "after Ctrl-C the run is not in progress"
[ "$(sql "SELECT group_concat(key) FROM answer")" = "ho-so.ho-ten" ] ||
	die "after Ctrl-C the answers are: $(sql "SELECT group_concat(key || '=' || ifnull(value, 'NULL')) FROM answer")"
hist=$scratch/state/chibo/history-an
if [ -f "$hist" ] && grep -qx '19' "$hist"; then die "the interrupted line '19' went into the history"; fi

# ---- 5. continue where it stopped
echo "5. resume from the menu"
names=$(count "Họ và tên:")
keys 1 Enter
wait_for "Năm sinh (1940–2010):" 2
[ "$(count "Họ và tên:")" = "$names" ] || die "the name was asked again after resuming"
type_text "1975"
keys Enter
wait_for "Thông tin trên là đúng (c/k):"
keys c Enter
wait_sql "SELECT status FROM lesson_run" done
wait_for "Chọn:" 3
wait_sql "SELECT group_concat(key || '=' || value, ' ') FROM (SELECT * FROM answer ORDER BY key)" \
	'ho-so.ho-ten="Nguyễn Văn Ánh" ho-so.nam-sinh=1975 xac-nhan.dung=true'

# ---- 6. Ctrl-D at the menu quits with 0
echo "6. Ctrl-D at the menu"
keys C-d
end=$((SECONDS + TIMEOUT))
while [ ! -s "$exitfile" ]; do
	[ $SECONDS -lt $end ] || die "chibo did not exit after Ctrl-D at the menu"
	sleep 0.05
done
status=$(cat "$exitfile")
[ "$status" = 0 ] || die "chibo exited $status after Ctrl-D at the menu, not 0"
[ "$(sql "SELECT count(*) FROM lesson_run")" = 1 ] || die "more than one lesson_run"
echo "interactive: 1 passed, 0 failed"
