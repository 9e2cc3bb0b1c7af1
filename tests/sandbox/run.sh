#!/usr/bin/env bash
# tests/sandbox/run.sh CHIBO SCRATCH_DIR [CASE…]
#
# The sandbox break-out suite, in the style of Redis's scripting tests: one
# small hostile lesson per attack in cases/*.lua, and this data-driven
# driver.  Each case says, in `--!` header lines at its top, what must
# happen:
#
#   --! run: check | test | learn | args
#                                   how to run it (default: check)
#                                   check: chibo lesson check cases/X.lua
#                                   test:  chibo lesson test cases/X.lua
#                                          --answers (the answer: lines)
#                                   learn: chibo --db DB learn cases/X.lua,
#                                          answers on stdin
#                                   args:  chibo --db DB ARGS…, answers on
#                                          stdin; ARGS from the args: line
#                                          (split on spaces), e.g.
#                                          --lessons cases lesson show x
#   --! exit: N                     the exit status (default 1); N|M: either
#   --! stderr: TEXT                stderr contains TEXT (repeatable)
#   --! stderr-re: ERE              stderr matches the extended regex
#   --! no-stderr: TEXT             stderr does not contain TEXT
#   --! stdout: TEXT                stdout contains TEXT (repeatable)
#   --! no-stdout: TEXT             stdout does not contain TEXT
#   --! answer: LINE                one line of input (repeatable, in order)
#   --! stored: KEY = JSON          after the run the database holds this
#                                   answer (learn), e.g. a.name = "canary"
#   --! max-seconds: N              wall-clock bound (default 8)
#   --! max-stderr-bytes: N         stderr is at most N bytes
#   --! max-stdout-bytes: N         stdout is at most N bytes
#   --! env: NAME=VALUE             extra environment (repeatable)
#   --! lang: vi|en                 UI language (default en)
#   --! worker-may-crash: yes       the attack crashes the Lua library
#                                   itself inside the worker; a sanitizer
#                                   report from the worker is then allowed
#                                   (the parent must still report cleanly)
#
# And every case, whatever it says:
#   - chibo exits by itself (no timeout), not by a signal;
#   - no AddressSanitizer / UBSan / LeakSanitizer report (unless
#     worker-may-crash);
#   - no terminal escape (ESC byte) reaches stdout or stderr;
#   - no file is created or changed anywhere in the case's scratch tree
#     except the database, nor /tmp/chibo-sandbox-pwned*.
#
# Runs with CHIBO_LUA_CPU_SECONDS=1 so runaway cases end in 1–3 s.
# Exit status: 0 if every case passed.  CASE arguments select cases by name
# (file name without .lua); SANDBOX_JOBS=N runs N cases at a time.
set -u
chibo=${1:?usage: run.sh CHIBO SCRATCH_DIR [CASE…]}
scratch=${2:?usage: run.sh CHIBO SCRATCH_DIR [CASE…]}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$chibo" ]; then
  echo "sandbox: $chibo is not an executable (build the chibo target first)" >&2
  exit 2
fi
for tool in sqlite3 timeout; do
  command -v "$tool" >/dev/null || { echo "sandbox: needs $tool" >&2; exit 2; }
done
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)

if [ $# -gt 0 ]; then
  cases=()
  for n in "$@"; do cases+=("$here/cases/${n%.lua}.lua"); done
else
  cases=("$here"/cases/*.lua)
fi

# Values of one header field, one per line.
field() { sed -n "s/^--! $2: \{0,1\}//p" "$1"; }

# run_case FILE → prints "ok NAME" or "FAIL NAME" plus reasons; returns 0/1.
run_case() {
  local file=$1 name
  name=$(basename "$file" .lua)
  local work=$scratch/$name
  rm -rf "$work" "$scratch/$name.out" "$scratch/$name.err"
  mkdir -p "$work/run/cases" "$work/home" "$work/state" "$work/db" \
           "$work/data/chibo/plugins" "$work/canary"
  cp "$file" "$work/run/cases/"
  cp -R "$here/plugins/." "$work/data/chibo/plugins/"
  echo "do not touch" > "$work/canary/canary.txt"

  local mode exit max lang
  mode=$(field "$file" run | head -1); mode=${mode:-check}
  exit=$(field "$file" exit | head -1); exit=${exit:-1}
  max=$(field "$file" max-seconds | head -1); max=${max:-8}
  lang=$(field "$file" lang | head -1); lang=${lang:-en}
  field "$file" answer > "$work/answers.txt"

  local envs=(PATH="$PATH" HOME="$work/home" XDG_DATA_HOME="$work/data"
              XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/home"
              CHIBO_USER=tester CHIBO_LUA_CPU_SECONDS=1 NO_COLOR=1
              LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb)
  local v
  for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS CHIBO_DATA_DIR; do
    [ -n "${!v:-}" ] && envs+=("$v=${!v}")
  done
  while IFS= read -r v; do [ -n "$v" ] && envs+=("$v"); done \
    < <(field "$file" env)

  local db=$work/db/chibo.db args
  case $mode in
    check) args=(lesson check "cases/$name.lua") ;;
    test)  args=(lesson test "cases/$name.lua" --answers ../answers.txt) ;;
    learn) args=(learn "cases/$name.lua") ;;
    args)  read -r -a args <<< "$(field "$file" args | head -1)" ;;
    *) echo "FAIL $name: unknown run mode '$mode'"; return 1 ;;
  esac

  rm -f /tmp/chibo-sandbox-pwned*
  touch "$work/stamp"
  sleep 0.01
  local t0 t1 rc
  t0=$(date +%s.%N)
  # stderr goes through a pipe, not straight to a file: the worker runs
  # with RLIMIT_FSIZE 0, so a sanitizer report it writes to an inherited
  # file would be cut off by SIGXFSZ and never seen.
  (cd "$work/run" && env -i "${envs[@]}" timeout -k 3 "$max" \
     "$chibo" --lang "$lang" --plain --db "$db" "${args[@]}" \
     < "$work/answers.txt" 2>&1 > "$scratch/$name.out" |
     cat > "$scratch/$name.err"; exit "${PIPESTATUS[0]}")
  rc=$?
  t1=$(date +%s.%N)
  local out=$scratch/$name.out err=$scratch/$name.err
  local why=()

  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    why+=("did not finish within $max s (hang)")
  elif [ "$rc" -ge 128 ]; then
    why+=("killed by signal $((rc - 128))")
  elif ! [[ $rc =~ ^($exit)$ ]]; then
    why+=("exit status $rc, expected $exit")
  fi
  if [ "$(field "$file" worker-may-crash | head -1)" != yes ] &&
     grep -qE 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:' "$err"; then
    why+=("sanitizer report on stderr")
  fi
  if grep -q $'\x1b' "$out" "$err"; then
    why+=("an ESC byte (terminal escape) reached the output")
  fi
  local t
  while IFS= read -r t; do
    [ -z "$t" ] && continue
    grep -qF -- "$t" "$err" || why+=("stderr lacks: $t")
  done < <(field "$file" stderr)
  while IFS= read -r t; do
    [ -z "$t" ] && continue
    grep -qE -- "$t" "$err" || why+=("stderr does not match: $t")
  done < <(field "$file" stderr-re)
  while IFS= read -r t; do
    [ -z "$t" ] && continue
    grep -qF -- "$t" "$err" && why+=("stderr has: $t")
  done < <(field "$file" no-stderr)
  while IFS= read -r t; do
    [ -z "$t" ] && continue
    grep -qF -- "$t" "$out" || why+=("stdout lacks: $t")
  done < <(field "$file" stdout)
  while IFS= read -r t; do
    [ -z "$t" ] && continue
    grep -qF -- "$t" "$out" && why+=("stdout has: $t")
  done < <(field "$file" no-stdout)

  local cap
  cap=$(field "$file" max-stderr-bytes | head -1)
  if [ -n "$cap" ] && [ "$(wc -c < "$err")" -gt "$cap" ]; then
    why+=("stderr has $(wc -c < "$err") bytes, more than $cap")
  fi

  cap=$(field "$file" max-stdout-bytes | head -1)
  if [ -n "$cap" ] && [ "$(wc -c < "$out")" -gt "$cap" ]; then
    why+=("stdout has $(wc -c < "$out") bytes, more than $cap")
  fi

  # Nothing written outside the database.
  local changed
  changed=$(find "$work" -newer "$work/stamp" ! -path "$work/db" \
              ! -path "$work/db/*" ! -path "$work/run" ! -path "$work" \
              ! -path "$work/state" 2>/dev/null | head -5)
  [ -n "$changed" ] && why+=("files written outside the database: $changed")
  [ "$(cat "$work/canary/canary.txt")" = "do not touch" ] ||
    why+=("canary file changed")
  if ls /tmp/chibo-sandbox-pwned* >/dev/null 2>&1; then
    why+=("/tmp/chibo-sandbox-pwned* was created")
    rm -f /tmp/chibo-sandbox-pwned*
  fi

  # Answers stored before the attack survive it.
  local kv key json got
  while IFS= read -r kv; do
    [ -z "$kv" ] && continue
    key=${kv%% = *}; json=${kv#* = }
    got=$(sqlite3 "$db" "SELECT value FROM answer WHERE key = '$key'" 2>&1)
    [ "$got" = "$json" ] || why+=("stored answer $key is '$got', expected '$json'")
  done < <(field "$file" stored)

  local secs
  secs=$(awk "BEGIN { printf \"%.1f\", $t1 - $t0 }")
  if [ ${#why[@]} -eq 0 ]; then
    echo "ok   $name (${secs}s)"
    return 0
  fi
  echo "FAIL $name (${secs}s, exit $rc)"
  for t in "${why[@]}"; do echo "       - $t"; done
  echo "       stderr (first lines):"
  head -c 1500 "$err" | head -8 | sed 's/^/         | /'
  return 1
}

export -f run_case field
export chibo scratch here

jobs=${SANDBOX_JOBS:-1}
start=$(date +%s)
results=$(printf '%s\n' "${cases[@]}" |
  xargs -P "$jobs" -I{} bash -c 'run_case "$1"' _ {})
echo "$results"
pass=$(grep -c '^ok ' <<< "$results")
fail=$(grep -c '^FAIL ' <<< "$results")
echo "sandbox: $pass passed, $fail failed, $(( $(date +%s) - start )) s"
[ "$fail" -eq 0 ]
