#!/usr/bin/env bash
# tests/documents/run.sh — drafts, through the templates of
# plugins/documents/, a resolution of October's meeting (not recorded with
# chibo: everything typed), then the resolution and the minutes of the
# regular meeting of tests/meetings/regular.answers (20/11/2026).  Checks
# that each wizard finishes with nothing left to fix, finalizes each draft
# (01-NQ/CB for October; 02-NQ/CB and 01-BB/CB for November) and exports
# it (.txt, .html, .docx).
#
#   tests/documents/run.sh [--chibo build/chibo] [--keep DIR]
#
# Outputs are left in DIR (default: a temporary folder, removed at the end):
# <name>.out (the wizard), <name>.draft.txt (the draft, "Số   -NQ/CB"),
# <name>.final (finalize), <name>.txt/.html/.docx (the numbered document).
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
db=$out/d.db
rm -f "$db"
fail=0
c() { "$chibo" --db "$db" --user an "$@"; }

c cell set --name "Chi bộ thôn Bản Cầu" --superior "Đảng bộ xã Đồng Đăng" \
	--term 2025-2027 --place "Bản Cầu" >"$out/cell.out" 2>&1 || { echo "FAIL cell set"; exit 1; }
CHIBO_NOW=2026-11-20T19:30 c meeting start --type regular \
	<"$repo/tests/meetings/regular.answers" >"$out/meeting.out" 2>&1 ||
	{ echo "FAIL meeting start"; tail -5 "$out/meeting.out"; exit 1; }
meeting=$(c meeting list | awk 'NR > 1 { id = $2 } END { print id }')

# name  type  meeting?  expected number
cases="nghi-quyet-blank           resolution no  01-NQ/CB
nghi-quyet-from-meeting        resolution yes 02-NQ/CB
bien-ban-from-meeting          minutes    yes 01-BB/CB"

while read -r name type from number; do
	args=(draft new "$type")
	[ "$from" = yes ] && args+=(--meeting "$meeting")
	CHIBO_NOW=2026-11-25T08:00 c "${args[@]}" <"$here/answers/$name.answers" >"$out/$name.out" 2>&1
	rc=$?
	id=$(sed -n 's/.*chibo draft show \([0-9a-f]\{8\}\);.*/\1/p' "$out/$name.out" | tail -1)
	if [ $rc -ne 0 ] || [ -z "$id" ] || grep -q '^Còn những điểm cần sửa' "$out/$name.out"; then
		echo "FAIL $name (exit $rc)"; tail -8 "$out/$name.out"; fail=1; continue
	fi
	c draft export "$id" -o "$out/$name.draft.txt" >/dev/null 2>&1 ||
		{ echo "FAIL $name: export of the draft"; fail=1; }
	CHIBO_NOW=2026-11-25T08:00 c draft finalize "$id" >"$out/$name.final" 2>&1
	if ! grep -q "Số $number" "$out/$name.final"; then
		echo "FAIL $name: finalize (expected Số $number)"; cat "$out/$name.final"; fail=1; continue
	fi
	for ext in txt html docx; do
		c draft export "$id" -o "$out/$name.$ext" >/dev/null 2>&1 ||
			{ echo "FAIL $name: export .$ext"; fail=1; }
	done
	echo "ok   $name (Số $number)"
done <<<"$cases"

[ -n "$keep" ] || rm -rf "$out"
exit $fail
