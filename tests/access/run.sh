#!/usr/bin/env bash
# tests/access/run.sh CHIBO TMPDIR — the access matrix.
#
# Builds the world of world.sh, then runs every line of matrix.txt:
#
#   ACTOR  EXPECT  ARGS…
#
# ACTOR runs `chibo --user ACTOR ARGS…` (with the shared passphrase in
# CHIBO_PASSPHRASE); $M, $M21, $D in ARGS are the ids world.sh made, $OUT
# a file in the scratch folder.
# EXPECT is what must happen:
#   ok       exit 0
#   deny     exit 1, and the message says "không có quyền"
#   account  exit 1, and the message says the task needs an account
#   absent   exit 1, and the message says the thing does not exist for
#            this user (its own cell has no such meeting or document)
# Lines are independent: a row that writes (assign, comment…) is listed
# after the rows that read what it would change.
set -uo pipefail
chibo=$1 tmp=$2
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state
export CHIBO_DB=$tmp/chibo.db CHIBO_NOW=2026-11-20T19:00 LANGUAGE=vi
export PASS=mat-khau-thu-nghiem CHIBO_PASSPHRASE=mat-khau-thu-nghiem
export CHIBO_NEW_PASSPHRASE=mat-khau-thu-nghiem
unset CHIBO_USER
log=$tmp/world.log
c() { "$chibo" "$@"; }
# shellcheck source=world.sh
. "$here/world.sh"

pass=0 fail=0 n=0
while IFS= read -r line; do
	n=$((n + 1))
	case $line in '' | '#'*) continue ;; esac
	read -r actor expect rest <<<"$line"
	rest=${rest//\$M21/$M21}
	rest=${rest//\$M/$M}
	rest=${rest//\$D/$D}
	rest=${rest//\$OUT/$tmp/out.txt}
	eval "set -- $rest"
	out=$("$chibo" --user "$actor" "$@" 2>&1 </dev/null)
	rc=$?
	case $expect in
	ok) good=$([ $rc -eq 0 ] && echo 1) ;;
	deny) good=$([ $rc -eq 1 ] && grep -q "không có quyền" <<<"$out" && echo 1) ;;
	account) good=$([ $rc -eq 1 ] && grep -q "cần một tài khoản" <<<"$out" && echo 1) ;;
	absent) good=$([ $rc -eq 1 ] && grep -q "không có" <<<"$out" && echo 1) ;;
	*) echo "matrix.txt:$n: unknown expectation '$expect'"; exit 2 ;;
	esac
	if [ -n "$good" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL matrix.txt:$n: $actor $expect $rest (exit $rc)"
		sed 's/^/    /' <<<"$out" | head -5
	fi
done <"$here/matrix.txt"
echo "access matrix: $pass passed, $fail failed"
[ $fail -eq 0 ]
