#!/usr/bin/env bash
# scripts/bench/reports.sh [--no-build] [--no-country] [--regen] [--keep]
#
# Issue 6 §8: every report and the mentor dashboard against the best
# hand-written SQL for the same figures (scripts/bench/sql/*.sql, run by the
# sqlite3 shell on the same database and indexes), in the same hyperfine
# run, on demo databases made by scripts/demo-data.sh:
#
#   province  `chibo report coverage|meetings|quality|progress` as the
#             province's admin and `chibo mentor` (the dashboard) as a
#             mentor following three cells: each < 200 ms and ≤ 1.5× its
#             SQL baseline;
#   country   `chibo report coverage` as the central admin (every one of
#             ~64,000 cells): < 2 s (its SQL baseline's ratio reported);
#   login     the cost of proving the passphrase (argon2) once, reported
#             apart: the timed commands use the session a first login
#             opened, as a working user does.
#
# Before timing, each report's totals in CSV are checked against the SQL's
# (and the dashboard's mentees against the SQL's rows), so that both sides
# compute the same figures.  The databases are cached under
# $BENCH_DATA (default <build>/bench-data/) with a stamp of the generator
# and the schema; a missing or stale one is made again (the country one
# takes minutes and ~6 GB).  The day is fixed (CHIBO_NOW=2026-11-26T10:00,
# demo data up to 2026-11-26, seed 1).
#
# Prints the table (means, ratios, targets, PASS/FAIL) at the end.  Exits 0
# whatever the results; 2 when a tool is missing; 1 when chibo cannot be
# built or a database cannot be made.
#
#   --no-build    use the existing build (default: build the chibo target)
#   --no-country  skip the country database and its benchmark
#   --regen       make the databases again even when cached
#   --keep        keep the work directory (hyperfine JSON, outputs)
#
# Environment:
#   CHIBO_BIN            chibo binary to measure (implies --no-build)
#   BUILD_DIR            build directory (default: <repo>/build)
#   BENCH_DATA           where the databases are cached
#   BENCH_ROUNDS, BENCH_RUNS   hyperfine invocations per pair and runs per
#                        command in each (default 3 × 15); rounds are pooled
#   BENCH_COUNTRY_RUNS   runs per command for the country pair (default 5)
set -uo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
bench=$here/scripts/bench
build_dir=${BUILD_DIR:-$here/build}
data=${BENCH_DATA:-$build_dir/bench-data}
rounds=${BENCH_ROUNDS:-3}
runs=${BENCH_RUNS:-15}
country_runs=${BENCH_COUNTRY_RUNS:-5}
until=2026-11-26
seed=1
pass=chibo-demo-2026

do_build=1 country=1 regen=0 keep=0
for arg in "$@"; do
	case $arg in
	--no-build) do_build=0 ;;
	--no-country) country=0 ;;
	--regen) regen=1 ;;
	--keep) keep=1 ;;
	-h|--help) sed -n '2,45p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "reports.sh: unknown argument: $arg" >&2; exit 2 ;;
	esac
done

missing=()
for t in hyperfine sqlite3 python3 cmake; do
	command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "reports.sh: missing: ${missing[*]}" >&2
	echo "reports.sh: apt-get install -y hyperfine sqlite3 python3 cmake" >&2
	exit 2
fi

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
		echo "reports.sh: build failed" >&2
		exit 1
	fi
fi
[ -x "$chibo" ] || { echo "reports.sh: no chibo binary at $chibo" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/chibo-reports.XXXXXX") || exit 1
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/xdg-data" "$work/xdg-state" "$work/out" "$work/sql"
export XDG_DATA_HOME=$work/xdg-data XDG_STATE_HOME=$work/xdg-state NO_COLOR=1
export CHIBO_NOW=${until}T10:00
unset CHIBO_DB CHIBO_USER CHIBO_PASSPHRASE CHIBO_NEW_PASSPHRASE
res=$work/out/results.txt
: >"$res"
note() { echo "$1 $2" >>"$res"; }

# ---- the databases -------------------------------------------------------------
stamp=$(cat "$here/scripts/demo-data.sh" "$here"/scripts/demo/*.sql \
	"$here"/core/schema/*.sql | cksum | cut -d' ' -f1)-$seed-$until
mkdir -p "$data"
make_db() { # SIZE
	local db=$data/$1.db
	if [ "$regen" = 0 ] && [ -f "$db" ] && [ "$(cat "$db.stamp" 2>/dev/null)" = "$stamp" ]; then
		echo "== $1 database: cached ($db)" >&2
		return 0
	fi
	echo "== $1 database: making $db" >&2
	rm -f "$db.stamp"
	if ! "$here/scripts/demo-data.sh" --force --chibo "$chibo" --seed "$seed" \
		--until "$until" --passphrase "$pass" "$1" "$db" >"$data/$1.log" 2>&1; then
		cat "$data/$1.log" >&2
		return 1
	fi
	cat "$data/$1.log" >&2
	echo "$stamp" >"$db.stamp"
}
make_db province || { echo "reports.sh: no province database" >&2; exit 1; }
[ "$country" = 1 ] && { make_db country || { echo "reports.sh: no country database" >&2; exit 1; }; }
pdb=$data/province.db
ndb=$data/country.db
padmin=$("$here/scripts/demo-data.sh" --logins "$pdb" | awk '$1 == "padmin" { print $2 }')
mentor=$("$here/scripts/demo-data.sh" --logins "$pdb" | awk '$1 == "mentor" { print $2 }')
nadmin=vp-tw # the central admin of the country size (scripts/demo/people.sql)
note province.cells "$(sqlite3 "$pdb" "SELECT count(*) FROM unit WHERE kind = 'cell'")"
note province.meetings "$(sqlite3 "$pdb" "SELECT count(*) FROM meeting")"
note province.mb "$(( $(stat -c %s "$pdb") / 1048576 ))"
note mentor.cells "$(sqlite3 "$pdb" "SELECT count(*) FROM mentor_assignment ma JOIN person p
	ON p.id = ma.mentor_id WHERE p.login = '$mentor' AND ma.ended_on IS NULL")"
if [ "$country" = 1 ]; then
	note country.cells "$(sqlite3 "$ndb" "SELECT count(*) FROM unit WHERE kind = 'cell'")"
	note country.meetings "$(sqlite3 "$ndb" "SELECT count(*) FROM meeting")"
	note country.mb "$(( $(stat -c %s "$ndb") / 1048576 ))"
fi

# ---- the SQL baselines, with their parameters ----------------------------------
sqlfile() { # NAME LOGIN DB-TAG
	local f=$work/sql/$1.$3.sql
	{
		echo ".parameter set @login \"'$2'\""
		echo ".parameter set @today \"'$until'\""
		echo ".parameter set @year ${until%%-*}"
		cat "$bench/sql/$1.sql"
	} >"$f"
	echo "$f"
}

# ---- log in once; the login's own cost ---------------------------------------------
c() { "$chibo" --db "$@"; }
login() { # DB LOGIN
	CHIBO_PASSPHRASE=$pass c "$1" --user "$2" report coverage >/dev/null 2>"$work/out/login.err" ||
		{ echo "reports.sh: cannot log in as $2: $(cat "$work/out/login.err")" >&2; exit 1; }
}
login "$pdb" "$padmin"
login "$pdb" "$mentor"
if [ "$country" = 1 ]; then
	t0=$(date +%s.%N)
	login "$ndb" "$nadmin"
	note country.login_s "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
fi

# A login proves the passphrase (argon2id) and opens a session (a write);
# chibo checks a large file (PRAGMA quick_check(1), core/store.c) before
# the first write of a day, which the first login above paid: timed apart
# for scale.
echo "== login: report coverage with a passphrase and no session vs with the session" >&2
mkdir -p "$work/nostate"
hyperfine -N --warmup 2 --runs 10 --style basic --export-json "$work/out/login.1.json" \
	--prepare "rm -rf $work/nostate/chibo" \
	-n "passphrase" "env XDG_STATE_HOME=$work/nostate CHIBO_PASSPHRASE=$pass $chibo --db $pdb --user $padmin report coverage" \
	-n "session" "env XDG_STATE_HOME=$XDG_STATE_HOME $chibo --db $pdb --user $padmin report coverage" \
	-n "quick_check" "sqlite3 $pdb 'PRAGMA quick_check(1)'" \
	>>"$work/out/login.hyperfine.txt" 2>&1 || note login.error hyperfine

# ---- same figures? ------------------------------------------------------------------
# chibo's total row (CSV) against the SQL's total (level 0) row(s).
check() { # NAME CHIBO-FIELDS SQL-FIELDS
	local got want
	got=$(c "$pdb" --user "$padmin" report "$1" --format csv | tr -d '\r' | tail -1 | cut -d, -f"$2")
	want=$(sqlite3 "$pdb" ".read $(sqlfile "$1" "$padmin" p)" | awk -F'|' '$1 == 0' | cut -d'|' -f"$3" | tr '\n|' ',,' | sed 's/,$//')
	if [ "$got" = "$want" ]; then note "figures.$1" "same($got)"; else note "figures.$1" "DIFFER(chibo:$got,sql:$want)"; fi
}
check coverage 6,7 6,7
check meetings 7,8,10,11,13 6,7,8,9,10
check progress 7,8,9,11 7,8,9,10
# quality: per band, in chibo's column order (tốt, khá, trung bình, kém, unscored)
got=$(c "$pdb" --user "$padmin" report quality --format csv | tr -d '\r' | tail -1 | cut -d, -f6,7,9,11,13,15)
want=$(sqlite3 "$pdb" ".read $(sqlfile quality "$padmin" p)" | awk -F'|' '
	$1 == 0 { n[$4] += $5; t += $5 }
	END { printf "%d,%d,%d,%d,%d,%d", t, n["tốt"], n["khá"], n["trung bình"], n["kém"], n[""] }')
if [ "$got" = "$want" ]; then note figures.quality "same($got)"; else note figures.quality "DIFFER(chibo:$got,sql:$want)"; fi
# the dashboard: per mentee (in the same order), the lessons done and the
# day of the last activity
got=$(c "$pdb" --user "$mentor" mentor | awk '
	/^ *Bài học / { split($3, f, "/"); printf "%s ", f[1] }
	/^ *Hoạt động / { printf "%s;", $3 }')
want=$(sqlite3 "$pdb" ".read $(sqlfile mentor "$mentor" p)" | awk -F'|' '{
	split($5, d, "-"); printf "%s %s/%s/%s;", $4, d[3], d[2], d[1] }')
if [ -n "$got" ] && [ "$got" = "$want" ]; then note figures.mentor "same($got)"
else note figures.mentor "DIFFER(chibo:$got,sql:$want)"; fi

# ---- the pairs ---------------------------------------------------------------------------
pair() { # NAME DB LOGIN CHIBO-ARGS SQL-NAME RUNS
	local name=$1 db=$2 user=$3 args=$4 sql=$5 n=$6 r
	local f
	f=$(sqlfile "$sql" "$user" "$name")
	echo "== $name: chibo $args vs sql/$sql.sql ($rounds rounds × $n runs)" >&2
	for ((r = 1; r <= rounds; r++)); do
		hyperfine -N --warmup 2 --runs "$n" --style basic \
			--export-json "$work/out/$name.$r.json" \
			-n chibo "'$chibo' --db '$db' --user $user $args" \
			-n sql "sqlite3 -batch '$db' '.read $f'" \
			>>"$work/out/$name.hyperfine.txt" 2>&1 || note "$name.error" hyperfine
	done
}
pair coverage "$pdb" "$padmin" "report coverage" coverage "$runs"
pair meetings "$pdb" "$padmin" "report meetings" meetings "$runs"
pair quality "$pdb" "$padmin" "report quality" quality "$runs"
pair progress "$pdb" "$padmin" "report progress" progress "$runs"
pair mentor "$pdb" "$mentor" "mentor" mentor "$runs"
[ "$country" = 1 ] && pair country "$ndb" "$nadmin" "report coverage" coverage "$country_runs"

# ---- summary -------------------------------------------------------------------------------
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')
python3 - "$work/out" "$commit" "$rounds" "$runs" "$country_runs" <<'EOF'
import glob, json, os, statistics, sys
out, commit, rounds, runs, country_runs = sys.argv[1:6]
r = {}
for line in open(os.path.join(out, "results.txt")):
    k, _, v = line.strip().partition(" ")
    r.setdefault(k, v)

def pooled(name):
    t = {}
    for path in sorted(glob.glob(os.path.join(out, name + ".*.json"))):
        try:
            for x in json.load(open(path))["results"]:
                t.setdefault(x["command"], []).extend(x["times"])
        except (OSError, ValueError, KeyError):
            pass
    return {k: {"mean": statistics.fmean(v), "sd": statistics.stdev(v) if len(v) > 1 else 0,
                "median": statistics.median(v), "min": min(v), "n": len(v)} for k, v in t.items() if v}

def ms(x):
    return "n/a" if x is None else (f"{x:.2f} s" if x >= 1 else f"{x * 1e3:.1f} ms")

def verdict(ok):
    return "ERROR" if ok is None else ("PASS" if ok else "FAIL")

def num(k):
    v = r.get(k, "")
    return f"{int(v):,}".replace(",", ".") if v.isdigit() else "?"

print()
print(f"chibo reports benchmark — commit {commit}, {rounds} rounds × {runs} runs per command "
      f"(country: × {country_runs}), same hyperfine run for each pair")
print(f"province DB: {num('province.cells')} cells, {num('province.meetings')} meetings, "
      f"{num('province.mb')} MiB; mentor follows {num('mentor.cells')} cells"
      + (f"; country DB: {num('country.cells')} cells, {num('country.meetings')} meetings, "
         f"{num('country.mb')} MiB" if "country.cells" in r else ""))
print()
head = f"{'target':<26}{'chibo mean':>12}{'SQL mean':>12}{'ratio':>8}{'med.ratio':>10}  {'abs':<14}{'≤ ratio':<10}"
print(head)
print("-" * len(head))
rows = [("report coverage", "coverage", 0.2, 1.5), ("report meetings", "meetings", 0.2, 1.5),
        ("report quality", "quality", 0.2, 1.5), ("report progress", "progress", 0.2, 1.5),
        ("mentor (dashboard)", "mentor", 0.2, 1.5), ("country report coverage", "country", 2.0, None)]
for title, key, limit, rlimit in rows:
    p = pooled(key)
    if not p:
        if key != "country" or "country.cells" in r:
            print(f"{title:<26}{'n/a':>12}{'n/a':>12}{'':>8}{'':>10}  ERROR")
        continue
    c, s = p.get("chibo"), p.get("sql")
    ratio = c["mean"] / s["mean"] if c and s else None
    mratio = c["median"] / s["median"] if c and s else None
    a = verdict(c["mean"] < limit if c else None)
    b = verdict(ratio <= rlimit if ratio else None) if rlimit else "(reported)"
    lim = f"< {ms(limit)}"
    print(f"{title:<26}{ms(c and c['mean']):>12}{ms(s and s['mean']):>12}"
          f"{(f'{ratio:.2f}×' if ratio else 'n/a'):>8}{(f'{mratio:.2f}×' if mratio else 'n/a'):>10}  "
          f"{a + ' ' + lim:<14}  {b + (' ≤ 1.5×' if rlimit else '')}")
print()
lg = pooled("login")
if lg.get("passphrase") and lg.get("session"):
    d = lg["passphrase"]["mean"] - lg["session"]["mean"]
    print(f"login (once per session), province: +{ms(d)} "
          f"(report coverage without a session {ms(lg['passphrase']['mean'])}, "
          f"with the session {ms(lg['session']['mean'])})")
    if lg.get("quick_check"):
        print(f"  (for scale: sqlite3 PRAGMA quick_check(1) of the file, which chibo "
              f"runs before the first write of a day on a large database: "
              f"{ms(lg['quick_check']['mean'])})")
if r.get("country.login_s"):
    print(f"login, country: the first one of the run (with the day's check of the "
          f"{num('country.mb')} MiB file when due): {r['country.login_s']} s")
for k in ("coverage", "meetings", "quality", "progress", "mentor"):
    print(f"same figures, {k}: {r.get('figures.' + k, 'n/a')}")
errs = [f"{k} {v}" for k, v in r.items() if ".error" in k]
if errs:
    print("errors: " + "; ".join(errs))
print()
print("details (ms: mean ± sd, median, min, n):")
for key in ("coverage", "meetings", "quality", "progress", "mentor", "country", "login"):
    for cmd, v in pooled(key).items():
        print(f"  {key:<9} {cmd:<11} {v['mean']*1e3:9.1f} ± {v['sd']*1e3:6.1f}  {v['median']*1e3:9.1f}  {v['min']*1e3:9.1f}  {v['n']}")
EOF
[ "$keep" = 1 ] && echo "(work directory kept: $work)"
exit 0
