#!/usr/bin/env bash
# tests/meetings/run.sh — runs every meeting answers file in this folder
# through "chibo meeting start" (each in a fresh database, the clock fixed),
# and checks that the meeting finishes (exit 0).  regular-next-month runs in
# the database of regular, so that it follows up the tasks of November.
#
#   tests/meetings/run.sh [--chibo build/chibo] [--keep DIR]
#
# Outputs are left in DIR (default: a temporary folder, removed at the end)
# as <name>.out, with "chibo meeting show" of the meeting in <name>.show.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
chibo=$repo/build/chibo
keep=""
while [ $# -gt 0 ]; do
	case "$1" in
	--chibo) chibo=$2; shift ;;
	--keep) keep=$2; shift ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
out=${keep:-$(mktemp -d)}
mkdir -p "$out"
fail=0

# name  type  clock  database
cases="regular            regular    2026-11-20T19:30 a
regular-next-month        regular    2026-12-18T19:30 a
regular-short             regular    2026-11-20T19:30 b
regular-no-quorum         regular    2026-11-20T19:30 c
regular-vote-fails        regular    2026-11-20T19:30 d
thematic                  thematic   2026-11-20T19:30 e
combined                  combined   2026-11-20T19:30 f
committee                 committee  2026-11-20T19:30 g"

while read -r name type now db; do
	CHIBO_NOW=$now "$chibo" --db "$out/$db.db" --user an meeting start --type "$type" \
		--cell "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng" \
		<"$here/$name.answers" >"$out/$name.out" 2>&1
	rc=$?
	if [ $rc -ne 0 ] || grep -q '^!' "$out/$name.out"; then
		echo "FAIL $name (exit $rc)"; tail -5 "$out/$name.out"; fail=1; continue
	fi
	id=$("$chibo" --db "$out/$db.db" --user an meeting list | awk 'NR > 1 { id = $2 } END { print id }')
	"$chibo" --db "$out/$db.db" --user an meeting show "$id" >"$out/$name.show" 2>&1
	echo "ok   $name"
done <<<"$cases"

[ -n "$keep" ] || rm -rf "$out"
exit $fail
