#!/usr/bin/env bash
# tests/interactive/tmux-user.sh — passphrases on a real terminal, driven
# through tmux (send-keys to type, capture-pane to read the screen).
#
#   tmux-user.sh [--chibo PATH] [--scratch DIR]
#
# 1. "chibo user list" on a new database: the user becomes the first admin
#    after choosing a passphrase: a too short one is refused, two different
#    entries are refused, then the same one twice is taken; nothing typed is
#    ever shown on the screen nor kept in the history;
# 2. after "chibo user logout", "chibo cell show" asks the passphrase: a
#    wrong one says how many tries are left and asks again in the same run;
#    the right one opens the account (exit 0);
# 3. after another logout, Ctrl-C at the passphrase prompt cancels (exit 1)
#    and counts no failure.
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
	*) echo "tmux-user.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
if ! command -v tmux >/dev/null; then
	echo "SKIP: tmux is not installed"
	exit 77
fi
command -v sqlite3 >/dev/null || { echo "tmux-user.sh: sqlite3 (the command-line shell) is needed" >&2; exit 2; }
[ -x "$chibo" ] || { echo "tmux-user.sh: no chibo at $chibo" >&2; exit 2; }
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
[ -n "$scratch" ] || scratch=$(dirname "$chibo")/tests/interactive/tmp-user
rm -rf "$scratch" && mkdir -p "$scratch" || exit 2
scratch=$(cd "$scratch" && pwd)

db=$scratch/chibo.db
sock=$scratch/tmux.sock
exitfile=$scratch/exit-status
export LC_ALL=C.UTF-8
TIMEOUT=${CHIBO_TMUX_TIMEOUT:-20} # seconds for anything to appear
SECRET="mật khẩu một"

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

# wait_exit STATUS: until chibo has exited, with that status
wait_exit() {
	local end=$((SECONDS + TIMEOUT))
	while [ ! -s "$exitfile" ]; do
		[ $SECONDS -lt $end ] || die "chibo did not exit"
		sleep 0.05
	done
	[ "$(cat "$exitfile")" = "$1" ] || die "chibo exited $(cat "$exitfile"), not $1"
}

sql() { sqlite3 -batch "$db" "$1" 2>&1; }
keys() { tm send-keys -t chibo "$@"; }
type_text() { tm send-keys -t chibo -l "$1"; }

# start ARGS…: chibo ARGS on a new terminal (the previous one closed)
start() {
	tm kill-session -t chibo 2>/dev/null
	rm -f "$exitfile"
	local cmd
	cmd=$(printf 'cd %q && env HOME=%q XDG_DATA_HOME=%q XDG_STATE_HOME=%q LC_ALL=C.UTF-8 %q --db %q --user an' \
		"$repo" "$scratch/home" "$scratch/data" "$scratch/state" "$chibo" "$db")
	cmd+=$(printf ' %q' "$@")
	cmd+=$(printf '; echo $? >%q; sleep 600' "$exitfile")
	tm new-session -d -x 100 -y 30 -s chibo "$cmd" || die "tmux could not start"
	tm set-option -t chibo history-limit 5000 >/dev/null
}

# nothing typed as a passphrase is on the screen or in a history file
never_shown() {
	[ "$(count "$SECRET")" = 0 ] || die "the passphrase appeared on the screen"
	[ "$(count "mật khẩu hai")" = 0 ] || die "a passphrase appeared on the screen"
	if grep -rqF "mật khẩu" "$scratch/state" 2>/dev/null; then
		die "a passphrase went into a file of the state directory"
	fi
}

# One idle session keeps the server up between the runs.
tm new-session -d -s keep "sleep 600" || die "tmux could not start"

# ---- 1. the first admin chooses a passphrase
echo "1. first admin on a terminal"
start user list
wait_for "sẽ là quản trị viên đầu tiên sau khi đặt mật khẩu"
wait_for "Mật khẩu mới cho an (ít nhất 8 ký tự):"
type_text "ngắn"
keys Enter
wait_for "mật khẩu cần ít nhất 8 ký tự"
wait_for "Mật khẩu mới cho an (ít nhất 8 ký tự):" 2
type_text "$SECRET"
keys Enter
wait_for "Nhập lại mật khẩu mới:"
type_text "mật khẩu hai"
keys Enter
wait_for "hai lần nhập không giống nhau"
wait_for "Mật khẩu mới cho an (ít nhất 8 ký tự):" 3
type_text "$SECRET"
keys Enter
wait_for "Nhập lại mật khẩu mới:" 2
type_text "$SECRET"
keys Enter
wait_for "an trở thành quản trị viên đầu tiên."
wait_for "quản trị (toàn bộ)"
wait_exit 0
never_shown
[ "$(sql "SELECT count(*) FROM person_role WHERE role = 'admin' AND unit_id IS NULL")" = 1 ] ||
	die "no admin of every unit"

# ---- 2. the passphrase asked again after a logout; a wrong one first
echo "2. login on a terminal"
start user logout
wait_for "Đã đăng xuất"
wait_exit 0
start cell show
wait_for "Mật khẩu của an:"
type_text "mật khẩu hai"
keys Enter
wait_for "còn 4 lần thử"
wait_for "Mật khẩu của an:" 2
type_text "$SECRET"
keys Enter
wait_for "Chưa có chi bộ."
wait_exit 0
never_shown
[ "$(sql "SELECT failed_logins FROM person WHERE login = 'an'")" = 0 ] ||
	die "the failure was not cleared by the right passphrase"

# ---- 3. Ctrl-C at the passphrase prompt
echo "3. Ctrl-C at the passphrase prompt"
start user logout
wait_exit 0
start cell show
wait_for "Mật khẩu của an:"
type_text "mật khẩu"
keys C-c
wait_for "đã hủy: chưa nhập mật khẩu"
wait_exit 1
[ "$(sql "SELECT failed_logins FROM person WHERE login = 'an'")" = 0 ] ||
	die "a cancelled prompt counted as a failure"
never_shown
echo "interactive: 1 passed, 0 failed"
