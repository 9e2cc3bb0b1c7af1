#!/usr/bin/env bash
# tests/demo/run.sh — scripts/demo-data.sh at the commune size on a scratch
# database: the database is sound (integrity, foreign keys), its figures
# are in range (20 cells, 70–100 % covered, mentors following 1–3 cells,
# five years of meetings, bands that match the scores), every path hangs
# under its parent's, the lessons it records are the bundled ones with
# their steps, the same seed and day give the same rows, an existing file
# is refused without --force, and chibo opens it: a secretary's lesson list,
# the mentor's dashboard, the admin's coverage report with the same figure.
#
#   tests/demo/run.sh [--chibo build/chibo] [--scratch DIR]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
chibo=$repo/build/chibo
scratch=""
while [ $# -gt 0 ]; do
	case $1 in
	--chibo) chibo=$2; shift ;;
	--scratch) scratch=$2; shift ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
command -v sqlite3 >/dev/null || { echo "SKIP: sqlite3 missing"; exit 77; }
out=${scratch:-$(mktemp -d)}
rm -rf "$out"
mkdir -p "$out/data" "$out/state" "$out/state2"
export XDG_DATA_HOME=$out/data XDG_STATE_HOME=$out/state NO_COLOR=1
unset CHIBO_DB CHIBO_USER CHIBO_PASSPHRASE CHIBO_NEW_PASSPHRASE CHIBO_NOW
db=$out/demo.db
pass=demo-test-pass
gen() { "$repo/scripts/demo-data.sh" --chibo "$chibo" --seed 7 --until 2026-11-26 \
	--passphrase "$pass" "$@"; }
fail=0
bad() { echo "FAIL: $*"; fail=1; }
q() { sqlite3 "$1" "$2"; }
# expect NAME VALUE SQL: the query's one value must equal VALUE.
expect() {
	local got
	got=$(q "$db" "$3")
	[ "$got" = "$2" ] || bad "$1: expected '$2', got '$got'"
}
# range NAME LOW HIGH SQL
range() {
	local got
	got=$(q "$db" "$4")
	[ "$got" -ge "$2" ] 2>/dev/null && [ "$got" -le "$3" ] ||
		bad "$1: $got not in $2..$3"
}

gen commune "$db" >"$out/gen.out" 2>&1 || { cat "$out/gen.out"; echo "FAIL: generator"; exit 1; }
login() { sed -n "s/^ *$1 *\([a-z0-9.-]*\) (.*/\1/p" "$out/gen.out"; }
admin=$(login "commune admin") mentor=$(login mentor) secretary=$(login secretary)
[ -n "$admin" ] && [ -n "$mentor" ] && [ -n "$secretary" ] ||
	bad "the generator names no admin, mentor or secretary: $(cat "$out/gen.out")"

# ---- sound ------------------------------------------------------------------
expect integrity ok "PRAGMA integrity_check"
expect foreign-keys "" "PRAGMA foreign_key_check"
expect journal wal "PRAGMA journal_mode"

# ---- sizes --------------------------------------------------------------------
expect provinces 1 "SELECT count(*) FROM unit WHERE kind = 'province'"
expect communes 1 "SELECT count(*) FROM unit WHERE kind = 'commune'"
expect cells 20 "SELECT count(*) FROM unit WHERE kind = 'cell'"
expect secretaries 20 "SELECT count(DISTINCT unit_id) FROM person_role WHERE role = 'secretary'"
range people 25 40 "SELECT count(*) FROM person"
range covered 14 20 "SELECT count(DISTINCT unit_id) FROM mentor_assignment
	WHERE starts_on <= '2026-11-26' AND (ends_on IS NULL OR '2026-11-26' <= ends_on)
	AND (ended_on IS NULL OR '2026-11-26' < ended_on)"
expect cells-per-mentor "1 3" "SELECT min(n) || ' ' || max(n) FROM (SELECT count(*) AS n
	FROM mentor_assignment WHERE ended_on IS NULL AND starts_on <= '2026-11-26'
	GROUP BY mentor_id)"
range history 5 100 "SELECT count(*) FROM mentor_assignment WHERE ended_on IS NOT NULL"
range regular-per-cell-year 10 12 "SELECT count(*) / 20 / 5 FROM meeting
	WHERE type IN ('regular', 'combined') AND held_on >= '2021-12-01'"
range thematic 40 400 "SELECT count(*) FROM meeting WHERE type IN ('thematic', 'combined')"
expect meeting-span "2021-12 2026-11" "SELECT substr(min(held_on), 1, 7) || ' ' || substr(max(held_on), 1, 7) FROM meeting"
expect nothing-later 0 "SELECT count(*) FROM meeting WHERE held_on > '2026-11-26'"
expect bands 0 "SELECT count(*) FROM meeting WHERE band IS NOT CASE
	WHEN score >= 90 THEN 'tốt' WHEN score >= 70 THEN 'khá'
	WHEN score >= 50 THEN 'trung bình' WHEN score IS NOT NULL THEN 'kém' END"
expect scored-types "combined regular" "SELECT group_concat(type, ' ') FROM
	(SELECT DISTINCT type FROM meeting WHERE score IS NOT NULL ORDER BY type)"
expect meeting-runs 0 "SELECT count(*) FROM meeting m JOIN lesson_run r ON r.id = m.run_id
	WHERE r.mode <> 'live' OR r.status <> 'done' OR r.lesson_id <> 'meeting-' || m.type
	OR r.person_id NOT IN (SELECT person_id FROM person_role
	WHERE role = 'secretary' AND unit_id = m.unit_id)"
range learn-runs 20 130 "SELECT count(*) FROM lesson_run WHERE mode = 'learn'"
range failed-3 1 100 "SELECT count(*) FROM answer WHERE attempts - (value IS NOT NULL) >= 3"
range drafts 1 20 "SELECT count(*) FROM document WHERE status = 'draft'"
range comments 1 100 "SELECT count(*) FROM review_comment"

# ---- the tree -------------------------------------------------------------------
expect paths 0 "SELECT count(*) FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
	WHERE u.path IS NOT coalesce(p.path, '/') || u.id || '/'"
expect cell-parents 0 "SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id
	WHERE c.kind = 'cell' AND p.kind <> 'commune'"
expect codes "LS LS-X001 LS-X001-C01" "SELECT group_concat(code, ' ') FROM
	(SELECT code FROM unit ORDER BY code LIMIT 3)"
expect current-terms 20 "SELECT count(*) FROM term t JOIN unit u ON u.id = t.unit_id
	WHERE u.kind = 'cell' AND t.starts_on <= '2026-11-26' AND '2026-11-26' <= t.ends_on"

# ---- the lessons: ids and versions chibo lists, steps as `lesson show` ----------
expect lessons 0 "SELECT count(*) FROM lesson_run r WHERE r.mode = 'learn'
	AND NOT EXISTS (SELECT 1 FROM lesson_index i WHERE i.lesson_id = r.lesson_id
	AND i.version = r.lesson_version AND i.error IS NULL)"
steps_sql=$(sed -n '/^CREATE TEMP TABLE d_step/,$p' "$repo/scripts/demo/lessons.sql")
for id in $(q "$db" "SELECT DISTINCT lesson_id FROM lesson_run WHERE mode = 'learn' ORDER BY 1"); do
	want=$(CHIBO_PASSPHRASE=$pass "$chibo" --db "$db" --user "$secretary" lesson show "$id" |
		awk '/^ *[0-9]+\. \[/ { gsub(/[][]/, "", $2); print $1 + 0, $2, $3 }')
	have=$(printf '%s\n%s\n' "$steps_sql" "SELECT ord, kind, step_id FROM d_step
		WHERE lesson_id = '$id' ORDER BY ord;" | sqlite3 :memory: | tr '|' ' ')
	[ "$want" = "$have" ] || bad "scripts/demo/lessons.sql: the steps of $id differ from 'chibo lesson show $id'"
done

# ---- the same seed and day, the same rows; an existing file refused ---------------
dump() {
	sqlite3 "$1" "SELECT * FROM unit ORDER BY id; SELECT * FROM term ORDER BY id;
		SELECT id, login, display_name, unit_id FROM person ORDER BY id;
		SELECT * FROM mentor_assignment ORDER BY id; SELECT * FROM meeting ORDER BY id;
		SELECT * FROM lesson_run ORDER BY id; SELECT * FROM answer ORDER BY id;
		SELECT * FROM review_comment ORDER BY id;" | cksum
}
gen --quiet commune "$out/again.db" >"$out/again.out" 2>&1 || bad "second run: $(cat "$out/again.out")"
[ "$(dump "$db")" = "$(dump "$out/again.db")" ] || bad "the same seed gave different rows"
gen --quiet --seed 8 --force commune "$out/again.db" >/dev/null 2>&1 || bad "--force"
[ "$(dump "$db")" != "$(dump "$out/again.db")" ] || bad "another seed gave the same rows"
gen commune "$db" >"$out/refused.out" 2>&1
rc=$?
[ $rc = 1 ] && grep -q -- "--force" "$out/refused.out" || bad "an existing DB: exit $rc, $(cat "$out/refused.out")"
expect still-there 20 "SELECT count(*) FROM unit WHERE kind = 'cell'"

# ---- chibo opens it ------------------------------------------------------------------
c() { CHIBO_PASSPHRASE=$pass CHIBO_NOW=2026-11-26T09:00 "$chibo" --db "$db" --user "$@"; }
c "$secretary" lesson list >"$out/list.out" 2>&1 || bad "lesson list as $secretary: $(cat "$out/list.out")"
c "$mentor" mentor >"$out/mentor.out" 2>&1 || bad "mentor as $mentor: $(cat "$out/mentor.out")"
n=$(q "$db" "SELECT count(*) FROM mentor_assignment ma JOIN person p ON p.id = ma.mentor_id
	WHERE p.login = '$mentor' AND ma.ended_on IS NULL")
[ "$(grep -c '^Chi bộ ' "$out/mentor.out")" = "$n" ] || bad "the dashboard of $mentor does not list its $n cells"
c "$admin" report coverage >"$out/coverage.out" 2>&1 || bad "report coverage as $admin: $(cat "$out/coverage.out")"
covered=$(q "$db" "SELECT count(DISTINCT unit_id) FROM mentor_assignment WHERE ended_on IS NULL")
grep -q "$covered/20 chi bộ" "$out/coverage.out" || bad "report coverage: no '$covered/20 chi bộ' in $(cat "$out/coverage.out")"
XDG_STATE_HOME=$out/state2 CHIBO_PASSPHRASE=wrong-pass "$chibo" --db "$db" --user "$admin" report coverage >/dev/null 2>&1 &&
	bad "a wrong passphrase was accepted"

[ -z "$scratch" ] && [ $fail = 0 ] && rm -rf "$out"
[ $fail = 0 ] && echo "ok: demo data (commune)"
exit $fail
