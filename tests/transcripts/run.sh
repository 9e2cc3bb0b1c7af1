#!/usr/bin/env bash
# tests/transcripts/run.sh — data-driven end-to-end tests of the chibo binary.
#
#   run.sh [--update] [--chibo PATH] [--scratch DIR] [CASE.t …]
#
# Each case file (cases/*.t; all of them when none is named) is a sequence of
# sections; a section starts with a line "%% NAME [ARGS]" and its body is
# every line up to the next "%% " line.  Lines before the first section are a
# free description.  See README.md beside this file for the format; briefly:
#
#   %% run [VAR=VALUE …] chibo ARGS…  run chibo (words: $DB $SCRATCH $REPO
#                                     $TRANSCRIPTS are substituted; a word
#                                     with spaces is quoted "…" or '…')
#   %% stdin                          the body is its standard input
#   %% stdin FILE                     … or FILE (relative to this folder;
#                                     $SCRATCH/FILE: one a sh section wrote)
#   %% stdin printf                   … or the body with printf %b escapes
#                                     (\xff: an invalid UTF-8 byte)
#   %% exit N                         expected exit status of the run
#   %% output                         expected stdout+stderr (merged, in
#                                     order), paths normalised
#   %% noeol                          the output before has no final newline
#   %% sql                            SQL run with sqlite3 on $DB …
#   %% rows                           … and its expected result
#   %% sh                             a bash script (setup or check) run in
#                                     $SCRATCH with $CHIBO $DB $SCRATCH $REPO
#                                     set; it must exit 0 (.out there: the
#                                     last run's raw output)
#   %% output sorted                  expected output, compared as sorted
#                                     lines
#   %% cd DIR                         working directory of the next runs
#                                     (default: the repository)
#   %% requires en-catalog            skip the case (exit 77) when the English
#                                     catalog was not built
#   %% # text                         a comment
#   %% by-hand                        the expected outputs were written by hand
#                                     (behaviour chibo does not have yet):
#                                     --update leaves the file alone
#   %% ids                            from here on, meeting ids of $DB (random)
#                                     are shown in outputs as $M1, $M2 … (in
#                                     the order the meetings were created;
#                                     the whole id or its first 8 characters),
#                                     and $M1 … in run words stand for the
#                                     8-character ids
#
# Every case gets a fresh scratch folder ($SCRATCH, the database $DB inside
# it, HOME and XDG folders inside it).  Runs start in the repository so that
# lesson paths are relative; in outputs the scratch folder and the repository
# are shown as $SCRATCH and $REPO.
#
# --update rewrites the exit/output/rows sections of the named cases with
# what chibo does now (and adds exit and output to a run that has neither):
# read the diff (git diff tests/transcripts) before committing it.  Cases
# marked "%% by-hand" are left alone.
#
# Exit status: 0 all passed, 1 a case failed, 77 every case was skipped,
# 2 usage.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
update=0
chibo=""
scratch_root=""
cases=()
while [ $# -gt 0 ]; do
	case "$1" in
	--update) update=1 ;;
	--chibo) chibo=$2; shift ;;
	--scratch) scratch_root=$2; shift ;;
	-h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	-*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
	*) cases+=("$1") ;;
	esac
	shift
done
[ -n "$chibo" ] || chibo=$repo/build/chibo
if [ ! -x "$chibo" ]; then
	echo "run.sh: no chibo binary at $chibo (build it, or pass --chibo PATH)" >&2
	exit 2
fi
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
[ -n "$scratch_root" ] || scratch_root=$(dirname "$chibo")/tests/transcripts/tmp
mkdir -p "$scratch_root" && scratch_root=$(cd "$scratch_root" && pwd)
if [ ${#cases[@]} -eq 0 ]; then
	cases=("$here"/cases/*.t)
fi
command -v sqlite3 >/dev/null || { echo "run.sh: sqlite3 (the command-line shell) is needed" >&2; exit 2; }

# ---- reading a case file into sections

# kind[i] arg[i] body[i] (body: the exact lines, each with its "\n")
declare -a kind arg body
preamble=""

parse() {
	local file=$1 line k a b="" n=-1
	kind=(); arg=(); body=(); preamble=""
	while IFS= read -r line || [ -n "$line" ]; do
		if [[ $line == "%% "* || $line == "%%" ]]; then
			if [ $n -ge 0 ]; then body[n]=$b; else preamble=$b; fi
			b=""
			n=$((n + 1))
			line=${line#%%}
			line=${line# }
			k=${line%% *}
			a=""
			[[ $line == *" "* ]] && a=${line#* }
			kind[n]=$k
			arg[n]=$a
		else
			b+=$line$'\n'
		fi
	done <"$file"
	if [ $n -ge 0 ]; then body[n]=$b; else preamble=$b; fi
}

# ---- running

# %% ids: the meeting ids of $DB, oldest first (none before "%% ids").
ids_on=0
meeting_ids=()
load_ids() {
	meeting_ids=()
	[ $ids_on = 1 ] && [ -f "$scratch/chibo.db" ] || return 0
	mapfile -t meeting_ids < <(HOME=$scratch/home sqlite3 -batch "$scratch/chibo.db" \
		"SELECT id FROM meeting ORDER BY rowid" 2>/dev/null)
}

subst() { # word → word with $DB $SCRATCH $REPO $TRANSCRIPTS (and $M1 …) substituted
	local w=$1 i
	for ((i = ${#meeting_ids[@]}; i > 0; i--)); do
		w=${w//"\$M$i"/${meeting_ids[i-1]:0:8}}
	done
	w=${w//'$DB'/$scratch/chibo.db}
	w=${w//'$SCRATCH'/$scratch}
	w=${w//'$REPO'/$repo}
	w=${w//'$TRANSCRIPTS'/$here}
	printf '%s' "$w"
}

normalise() { # file → stdout with paths (and meeting ids) hidden
	local s i id
	s=$(cat "$1"; printf x)
	s=${s%x}
	for ((i = 1; i <= ${#meeting_ids[@]}; i++)); do
		id=${meeting_ids[i-1]}
		[ ${#id} -ge 8 ] || continue
		s=${s//"$id"/"\$M$i"}
		s=${s//"${id:0:8}"/"\$M$i"}
	done
	s=${s//"$scratch"/'$SCRATCH'}
	s=${s//"$repo"/'$REPO'}
	# lesson test's throw-away database folder
	s=$(printf '%s' "$s" | sed -E 's#/tmp/chibo-test-[A-Za-z0-9]{6}#/tmp/chibo-test-XXXXXX#g'; printf x)
	printf '%s' "${s%x}"
}

base_env() {
	local e=(PATH="$PATH" HOME="$scratch/home" USER=tester LOGNAME=tester
		XDG_DATA_HOME="$scratch/xdg-data" XDG_STATE_HOME="$scratch/xdg-state"
		XDG_CONFIG_HOME="$scratch/xdg-config" LC_ALL=C.UTF-8 TERM=dumb)
	local v
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[ -n "${!v:-}" ] && e+=("$v=${!v}")
	done
	printf '%s\0' "${e[@]}"
}

# run_chibo "words" stdin_file → sets last_status, last_output (normalised)
last_status=0
last_output=""
run_chibo() {
	local words=$1 in=$2 w ws envs=() argv=() seen=0
	mapfile -d '' envs < <(base_env)
	load_ids
	# words split as xargs does: "…" and '…' keep spaces
	mapfile -d '' ws < <(printf '%s\n' "$words" | xargs printf '%s\0')
	for w in "${ws[@]}"; do
		w=$(subst "$w")
		if [ $seen = 0 ] && [[ $w =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
			envs+=("$w")
		elif [ $seen = 0 ]; then
			[ "$w" = chibo ] || { echo "run.sh: a run must start with 'chibo' (got $w)" >&2; return 1; }
			seen=1
		else
			argv+=("$w")
		fi
	done
	(cd "$cwd" && timeout 60 env -i "${envs[@]}" "$chibo" "${argv[@]}" <"$in" >"$scratch/.out" 2>&1)
	last_status=$?
	load_ids
	last_output=$(normalise "$scratch/.out"; printf x)
	last_output=${last_output%x}
}

# ---- one case

show_diff() { # label expected actual
	echo "--- $1: expected"
	echo "+++ $1: actual"
	diff <(printf '%s' "$2") <(printf '%s' "$3") | sed 's/^/  /' | head -60
}

run_case() {
	local file=$1 name i n failed=0 out=""
	name=$(basename "$file" .t)
	scratch=$scratch_root/$name
	rm -rf "$scratch"
	mkdir -p "$scratch/home" "$scratch/xdg-data" "$scratch/xdg-state" "$scratch/xdg-config"
	cwd=$repo
	ids_on=0
	meeting_ids=()
	parse "$file"
	n=${#kind[@]}
	local by_hand=0
	for ((i = 0; i < n; i++)); do
		[ "${kind[i]}" = by-hand ] && by_hand=1
	done
	for ((i = 0; i < n; i++)); do
		if [ "${kind[i]}" = requires ] && [ "${arg[i]}" = en-catalog ] &&
			[ ! -f "$(dirname "$chibo")/locale/en/LC_MESSAGES/chibo.mo" ]; then
			echo "SKIP $name: the English catalog is not built (cmake --build … --target translations)"
			return 77
		fi
	done
	out=$preamble
	local pending=0 run_words="" stdin_file="" has_exit=0 has_output=0 sql_out="" j
	local stdin_n=0

	flush_run() { # executes the pending run
		[ $pending = 1 ] || return 0
		pending=0
		[ -n "$stdin_file" ] || { stdin_file=$scratch/.stdin; : >"$stdin_file"; }
		run_chibo "$run_words" "$stdin_file"
		if [ $update = 1 ] && [ $has_exit = 0 ] && [ $has_output = 0 ]; then
			# a new run: add what it does now
			out+="%% exit $last_status"$'\n'"%% output"$'\n'$last_output
			if [ -n "$last_output" ] && [[ $last_output != *$'\n' ]]; then
				out+=$'\n'"%% noeol"$'\n'
			fi
		elif [ $has_exit = 0 ] && [ $has_output = 0 ]; then
			echo "FAIL $name: run '$run_words' has neither exit nor output section (use --update)"
			failed=1
		fi
	}

	for ((i = 0; i < n; i++)); do
		local k=${kind[i]} a=${arg[i]} b=${body[i]}
		if [ "$k" != stdin ] && [ "$k" != noeol ]; then flush_run; fi
		case "$k" in
		run)
			pending=1
			run_words=$a
			stdin_file=""
			has_exit=0
			has_output=0
			for ((j = i + 1; j < n; j++)); do
				[ "${kind[j]}" = run ] && break
				[ "${kind[j]}" = exit ] && has_exit=1
				[ "${kind[j]}" = output ] && has_output=1
			done
			out+="%% $k $a"$'\n'$b
			;;
		stdin)
			stdin_n=$((stdin_n + 1))
			stdin_file=$scratch/.stdin.$stdin_n
			if [ -z "$a" ]; then
				printf '%s' "$b" >"$stdin_file"
			elif [ "$a" = printf ]; then
				: >"$stdin_file"
				while IFS= read -r line; do
					printf '%b\n' "$line" >>"$stdin_file"
				done < <(printf '%s' "$b")
			elif [[ $a == '$SCRATCH/'* ]]; then
				cat "$(subst "$a")" >"$stdin_file" || failed=1
			else
				cat "$here/$a" >"$stdin_file" || failed=1
			fi
			out+="%% $k${a:+ $a}"$'\n'$b
			;;
		exit)
			if [ $update = 1 ]; then
				out+="%% exit $last_status"$'\n'$b
			else
				out+="%% exit $a"$'\n'$b
				if [ "$a" != "$last_status" ]; then
					echo "FAIL $name: '$run_words' exited $last_status, expected $a"
					failed=1
				fi
			fi
			;;
		output)
			local want=$b got=$last_output
			if [ "$a" = sorted ]; then
				# line order not part of the contract: compare sorted lines
				want=$(printf "%s" "$want" | LC_ALL=C sort; printf x); want=${want%x}
				got=$(printf "%s" "$got" | LC_ALL=C sort; printf x); got=${got%x}
			fi
			if [ $((i + 1)) -lt $n ] && [ "${kind[i+1]}" = noeol ]; then want=${want%$'\n'}; fi
			if [ $update = 1 ]; then
				out+="%% output${a:+ $a}"$'\n'$got
				if [ -n "$last_output" ] && [[ $last_output != *$'\n' ]]; then
					out+=$'\n'"%% noeol"$'\n'
				fi
			else
				out+="%% output${a:+ $a}"$'\n'$b
				if [ "$want" != "$got" ]; then
					echo "FAIL $name: output of '$run_words' differs"
					show_diff output "$want" "$got"
					failed=1
				fi
			fi
			;;
		noeol)
			# written together with its output in update mode
			[ $update = 1 ] || out+="%% noeol"$'\n'$b
			;;
		sql)
			printf '%s' "$b" >"$scratch/.sql"
			sql_out=$(cd "$scratch" && HOME=$scratch/home sqlite3 -batch "$scratch/chibo.db" <"$scratch/.sql" 2>&1; printf x)
			sql_out=${sql_out%x}
			out+="%% sql"$'\n'$b
			;;
		rows)
			if [ $update = 1 ]; then
				out+="%% rows"$'\n'$sql_out
			else
				out+="%% rows"$'\n'$b
				if [ "$b" != "$sql_out" ]; then
					echo "FAIL $name: SQL result differs (after '$run_words')"
					printf '  %s\n' "$(printf '%s' "${body[i-1]}" | head -3)"
					show_diff rows "$b" "$sql_out"
					failed=1
				fi
			fi
			;;
		sh)
			printf '%s' "$b" >"$scratch/.sh"
			local sh_out
			sh_out=$(cd "$scratch" && CHIBO=$chibo DB=$scratch/chibo.db SCRATCH=$scratch \
				REPO=$repo TRANSCRIPTS=$here HOME=$scratch/home bash -e "$scratch/.sh" 2>&1)
			if [ $? != 0 ]; then
				echo "FAIL $name: sh section failed:"
				printf '%s\n' "$sh_out" | sed 's/^/  /'
				failed=1
			fi
			out+="%% sh"$'\n'$b
			;;
		cd)
			cwd=$(subst "$a")
			out+="%% cd $a"$'\n'$b
			;;
		ids)
			ids_on=1
			out+="%% $k${a:+ $a}"$'\n'$b
			;;
		requires|by-hand|"#"|"")
			out+="%% $k${a:+ $a}"$'\n'$b
			;;
		*)
			echo "FAIL $name: unknown section '%% $k'"
			failed=1
			out+="%% $k${a:+ $a}"$'\n'$b
			;;
		esac
	done
	flush_run
	if [ $update = 1 ] && [ $by_hand = 1 ]; then
		echo "KEPT $name (expected outputs written by hand: edit them yourself)"
		return $failed
	fi
	if [ $update = 1 ]; then
		if [ "$(cat "$file"; printf x)" != "${out}x" ]; then
			printf '%s' "$out" >"$file"
			echo "UPDATED $name"
		else
			echo "ok $name"
		fi
		return $failed
	fi
	if [ $failed = 0 ]; then
		echo "ok $name"
		return 0
	fi
	echo "   (scratch folder kept: $scratch)"
	return 1
}

passed=0 failedn=0 skipped=0
for c in "${cases[@]}"; do
	[ -f "$c" ] || { echo "run.sh: no case file $c" >&2; exit 2; }
	run_case "$c"
	case $? in
	0) passed=$((passed + 1)) ;;
	77) skipped=$((skipped + 1)) ;;
	*) failedn=$((failedn + 1)) ;;
	esac
done
echo "transcripts: $passed passed, $failedn failed, $skipped skipped"
[ $failedn -gt 0 ] && exit 1
[ $passed -eq 0 ] && [ $skipped -gt 0 ] && exit 77
exit 0
