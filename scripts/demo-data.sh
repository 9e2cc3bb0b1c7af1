#!/usr/bin/env bash
# scripts/demo-data.sh [options] commune|province|country DB
#
# Makes a demo database for chibo: Vietnamese units (provinces, communes,
# village cells) with codes, paths and terms; secretaries, mentors (commune
# cadres following 1–3 cells, about 85 % of the cells covered, with the
# history of their assignments) and office admins; five years of meetings
# per cell (monthly regular ones, a thematic one most quarters, some
# combined and committee meetings) with scores and bands; the secretaries'
# lesson progress (runs, answers, steps), a few drafts, review comments and
# sign-offs.
#
#   commune   1 province, 1 commune, 20 cells, ~30 people
#   province  1 province, 100 communes, ~3,000 cells, ~4,400 people
#   country   34 provinces, ~3,300 communes, ~64,000 cells, ~95,000 people
#
# chibo itself creates the file and its schema (one `lesson list`, which
# also fills the lesson index); the rows are then added in bulk by the
# sqlite3 shell from scripts/demo/*.sql.  The values are pseudo-random but
# fixed by --seed and the last day (the same seed and day give the same
# database).  Finally a few demo accounts get a passphrase through chibo
# (`chibo user passwd`), and every other account the same one.
#
# Options:
#   --seed N        pseudo-random seed (default 1)
#   --years N       years of meetings and progress up to the last day
#                   (default 5)
#   --until DATE    the last day, YYYY-MM-DD (default: the date of
#                   CHIBO_NOW when set, else today)
#   --passphrase P  the demo accounts' passphrase (default: chibo-demo-2026)
#   --chibo PATH    the chibo binary (default: $CHIBO_BIN, else build/chibo)
#   --force         replace DB if it exists (default: refuse)
#   --quiet         print only errors
# Environment: DEMO_TIMER=FILE writes the sqlite3 shell's statements with
# their run times to FILE (where the time goes); DEMO_CACHE_MB=N sets its
# page cache for the load (default 1000).
#
# scripts/demo-data.sh --logins DB prints the demo logins of a database it
# made, one "ROLE LOGIN" line each (admin, mentor, secretary, padmin).
# Exit status: 0 done, 1 failed (the half-made DB is removed), 2 usage.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
demo=$here/scripts/demo

usage() { sed -n '2,40p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "demo-data.sh: $*" >&2; exit 1; }

seed=1 years=5 until="" force=0 quiet=0 logins=0
passphrase=chibo-demo-2026
chibo=${CHIBO_BIN:-$here/build/chibo}
args=()
while [ $# -gt 0 ]; do
	case $1 in
	--seed) seed=${2:?}; shift ;;
	--years) years=${2:?}; shift ;;
	--until) until=${2:?}; shift ;;
	--passphrase) passphrase=${2:?}; shift ;;
	--chibo) chibo=${2:?}; shift ;;
	--force) force=1 ;;
	--quiet) quiet=1 ;;
	--logins) logins=1 ;;
	-h|--help) usage; exit 0 ;;
	-*) echo "demo-data.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
	*) args+=("$1") ;;
	esac
	shift
done
# The demo logins of DB: the first commune's office admin, its mentor
# following the most cells (open assignments), a secretary of one of those
# cells, the first province's admin.  Sets admin, mentor, secretary, padmin.
q() { sqlite3 "$db" "$1"; }
demo_logins() {
	admin=$(q "SELECT p.login FROM person p JOIN person_role r ON r.person_id = p.id
		JOIN unit u ON u.id = r.unit_id WHERE r.role = 'admin'
		AND u.kind = 'commune' ORDER BY u.code LIMIT 1")
	mentor=$(q "SELECT p.login FROM mentor_assignment ma JOIN person p
		ON p.id = ma.mentor_id JOIN unit u ON u.id = ma.unit_id
		WHERE ma.ended_on IS NULL AND u.parent_id = (SELECT id FROM unit
		WHERE kind = 'commune' ORDER BY code LIMIT 1)
		GROUP BY p.id ORDER BY count(*) DESC, p.login LIMIT 1")
	secretary=$(q "SELECT s.login FROM mentor_assignment ma JOIN person m
		ON m.id = ma.mentor_id JOIN person s ON s.unit_id = ma.unit_id
		JOIN unit u ON u.id = ma.unit_id
		WHERE m.login = '$mentor' AND ma.ended_on IS NULL ORDER BY u.code LIMIT 1")
	padmin=$(q "SELECT p.login FROM person p JOIN person_role r ON r.person_id = p.id
		JOIN unit u ON u.id = r.unit_id WHERE r.role = 'admin'
		AND u.kind = 'province' ORDER BY u.code LIMIT 1")
	[ -n "$admin" ] && [ -n "$mentor" ] && [ -n "$secretary" ] && [ -n "$padmin" ]
}

if [ "$logins" = 1 ]; then
	[ ${#args[@]} -eq 1 ] || { usage >&2; exit 2; }
	db=${args[0]}
	[ -f "$db" ] || die "no database at $db"
	demo_logins || die "no demo logins found in $db"
	printf 'admin %s\nmentor %s\nsecretary %s\npadmin %s\n' \
		"$admin" "$mentor" "$secretary" "$padmin"
	exit 0
fi
if [ ${#args[@]} -ne 2 ]; then
	usage >&2
	exit 2
fi
size=${args[0]} db=${args[1]}
case $seed$years in *[!0-9]*|'') echo "demo-data.sh: --seed and --years take a number" >&2; exit 2 ;; esac
# (the id and pseudo-random arithmetic stays within 64 bits below 10^9)
[ ${#seed} -le 9 ] || { echo "demo-data.sh: --seed must be below 1000000000" >&2; exit 2; }
[ "$years" -ge 1 ] || { echo "demo-data.sh: --years must be at least 1" >&2; exit 2; }
if [ -z "$until" ]; then
	if [ -n "${CHIBO_NOW:-}" ]; then until=${CHIBO_NOW%%T*}; else until=$(date +%F); fi
fi
[[ $until =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] ||
	{ echo "demo-data.sh: --until takes YYYY-MM-DD, not '$until'" >&2; exit 2; }

# Sizes: provinces; communes per province min + [0, span); cells per
# commune likewise; share of phường among communes (%).
case $size in
commune)  n_prov=1  comm_min=1  comm_span=1  cell_min=20 cell_span=1  phuong=0 ;;
province) n_prov=1  comm_min=100 comm_span=1 cell_min=16 cell_span=31 phuong=21 ;;
country)  n_prov=34 comm_min=72 comm_span=55 cell_min=8  cell_span=24 phuong=21 ;;
*) echo "demo-data.sh: the size is commune, province or country, not '$size'" >&2; exit 2 ;;
esac

command -v sqlite3 >/dev/null || die "sqlite3 is missing (apt-get install sqlite3)"
[ -x "$chibo" ] || die "no chibo binary at $chibo; build it (scripts/setup.sh) or give --chibo PATH"

say() { [ "$quiet" = 1 ] || echo "$@"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

if [ -e "$db" ] || [ -e "$db-wal" ]; then
	[ "$force" = 1 ] || die "$db exists; give --force to replace it"
	rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
fi
(umask 077 && mkdir -p "$(dirname "$db")")
ok=0
cleanup() { [ "$ok" = 1 ] || rm -f "$db" "$db-wal" "$db-shm" "$db-journal"; }
trap cleanup EXIT

t0=$(now)
# chibo makes the file, runs its migrations and indexes the lessons.  The
# profile it makes for the setup login is removed by the bulk load.
"$chibo" --db "$db" --user demo-setup lesson list >/dev/null ||
	die "chibo could not create $db"
t1=$(now)

# The bulk load: one transaction without a journal (a failure removes the
# file), chibo's own indexes on the big tables dropped first and made again
# at the end (a sorted build is much faster than row-by-row updates).
big="'unit','person','person_role','term','mentor_assignment','lesson_run',
     'answer','step_progress','meeting','document','document_revision',
     'review_comment','signoff'"
indexes=$(sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index'
	AND sql IS NOT NULL AND tbl_name IN ($big) ORDER BY name")
drops=$(sqlite3 "$db" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master
	WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ($big)")

# RND(k, salt) and UUID(tag, n): see scripts/demo/units.sql.
macros='s/RND\(([^(),]+),([^(),]+)\)/((((\1)*1103515245+(\2)*2654435761+@seed*7919)%2147483647)*(((\1)*1103515245+(\2)*2654435761+@seed*7919)%2147483647)%2147483629)/g
s/UUID\(([^(),]+),([^(),]+)\)/printf('"'"'%08x-%04x-4%03x-%04x-%06x%06x'"'"',((\2)*2654435761+(\1)*2246822519+@seed*3266489917)%4294967296,((\2)*40503+(\1)*12345+@seed*7)%65536,\1,32768+((\2)*2246822519+(\1)*4099)%16384,((\2)*2246822519+(\1)*7919)%16777216,((\2)*3266489917+(\1)*65537+@seed)%16777216)/g'

{
	cat <<EOF
.bail on
${DEMO_TIMER:+.timer on}
${DEMO_TIMER:+.echo on}
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -${DEMO_CACHE_MB:-1000}000;
.parameter set @seed $seed
.parameter set @until "'$until'"
.parameter set @months $((years * 12))
.parameter set @n_prov $n_prov
.parameter set @comm_min $comm_min
.parameter set @comm_span $comm_span
.parameter set @cell_min $cell_min
.parameter set @cell_span $cell_span
.parameter set @phuong_pct $phuong
BEGIN;
DELETE FROM person;
$drops
EOF
	for f in names lessons units people meetings progress; do
		sed -E "$macros" "$demo/$f.sql"
	done
	cat <<EOF
$indexes
COMMIT;
PRAGMA journal_mode = WAL;
EOF
} | sqlite3 "$db" >"${DEMO_TIMER:-/dev/null}" || die "the bulk load failed"
t2=$(now)
demo_logins || die "no demo logins found in $db"

# Passphrases: chibo sets them (its own hashing and rules) for the demo
# logins, each for itself, in a scratch state directory so that no session
# is left for the user; every other account then gets the same hash.  At
# the country size only the admin's: chibo reads the whole file (PRAGMA
# quick_check) before its first write, about 10–30 s for 6 GB.
set_by_chibo=("$admin" "$mentor" "$secretary" "$padmin")
[ "$size" = country ] && set_by_chibo=("$admin")
state=$(mktemp -d)
for login in "${set_by_chibo[@]}"; do
	XDG_STATE_HOME=$state CHIBO_NEW_PASSPHRASE=$passphrase \
		"$chibo" --db "$db" --user "$login" user passwd >/dev/null ||
		{ rm -rf "$state"; die "chibo user passwd failed for $login"; }
done
rm -rf "$state"
q "PRAGMA foreign_keys = ON; BEGIN;
   UPDATE person SET passphrase = (SELECT passphrase FROM person
	WHERE login = '$admin') WHERE passphrase IS NULL;
   DELETE FROM session; COMMIT;
   PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null || die "could not copy the passphrase"
t3=$(now)

ok=1
if [ "$quiet" = 0 ]; then
	echo "demo-data.sh: $size database $db (seed $seed, $years years to $until)"
	echo "  time: chibo setup $(secs "$t0" "$t1") s, bulk load $(secs "$t1" "$t2") s," \
	     "passphrases $(secs "$t2" "$t3") s, total $(secs "$t0" "$t3") s"
	echo "  rows:"
	for t in unit term person person_role mentor_assignment meeting lesson_run \
		 step_progress answer document document_revision review_comment signoff; do
		printf '    %-18s %9s\n' "$t" "$(q "SELECT count(*) FROM $t")"
	done
	printf '    %-18s %9s\n' "cells" "$(q "SELECT count(*) FROM unit WHERE kind = 'cell'")"
	printf '    %-18s %9s\n' "covered now" "$(q "SELECT count(DISTINCT unit_id)
		FROM mentor_assignment WHERE starts_on <= '$until'
		AND (ends_on IS NULL OR '$until' <= ends_on)
		AND (ended_on IS NULL OR '$until' < ended_on)")"
	name() { q "SELECT display_name FROM person WHERE login = '$1'"; }
	echo "  logins (every account's passphrase: $passphrase):"
	echo "    commune admin   $admin ($(name "$admin"))"
	echo "    province admin  $padmin ($(name "$padmin"))"
	echo "    mentor          $mentor ($(name "$mentor"))"
	echo "    secretary       $secretary ($(name "$secretary"))"
	echo "  try: CHIBO_PASSPHRASE=$passphrase $chibo --db $db --user $mentor mentor"
fi
