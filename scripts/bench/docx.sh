#!/usr/bin/env bash
# scripts/bench/docx.sh [--no-build] [ROUNDS]
#
# The .docx export of the typical resolution (tests/documents/models/
# nghi-quyet.txt) against writing the same number of bytes with plain
# stdio; target: export ≤ 5× the plain write.  bench_docx.c does both in
# one process, ROUNDS times (default 300), alternating, and prints the
# mean, median and minimum of each side and three ratios of medians:
#
#   ratio_durable  export (parse, render, zip, temporary file, fsync,
#                  rename, fsync of the directory) / fwrite + fsync of the
#                  same bytes: the target — both sides durable
#   ratio_cpu      parse + render + zip + fwrite / fwrite, no fsync on
#                  either side: what rendering costs
#   ratio_plain    export / fwrite without fsync: the fsyncs of the export
#                  dominate it on a real disk (report only)
#
# Also times `chibo doc render MODEL -o OUT.docx` as a whole command with
# hyperfine when it is installed.  A report, not a gate: exits 0 whatever
# the ratios; 2 when a tool is missing, 1 when the build fails.
#
# Environment: BUILD_DIR (default <repo>/build), BENCH_DIR (default /tmp;
# where the files are written: pick a directory on disk, tmpfs has no
# real fsync).
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
do_build=1
rounds=300
for arg in "$@"; do
  case $arg in
    --no-build) do_build=0 ;;
    -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) rounds=$arg ;;
    *) echo "docx.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done
for t in cc cmake pkg-config; do
  command -v $t >/dev/null || { echo "docx.sh: missing $t" >&2; exit 2; }
done
pkg-config --exists libzip lua5.4 sqlite3 libedit ||
  { echo "docx.sh: missing libzip-dev (or another -dev package)" >&2; exit 2; }

if [ "$do_build" = 1 ]; then
  { cmake -S "$here" -B "$build_dir" >/dev/null &&
    cmake --build "$build_dir" -j2 --target chibo >/dev/null; } ||
    { echo "docx.sh: build failed" >&2; exit 1; }
fi
work=$(mktemp -d "${BENCH_DIR:-/tmp}/chibo-docx.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
fs=$(df -PT "$work" | awk 'NR == 2 { print $2 " (" $1 " on " $7 ")" }')
echo "== work directory $work (filesystem: $fs)"
case $fs in tmpfs*|ramfs*)
  echo "docx.sh: warning: $fs has no real fsync; ratio_durable means little" ;;
esac

cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Wall -Wextra \
   -I"$here/core" -I"$build_dir" -o "$work/bench_docx" \
   "$here/scripts/bench/bench_docx.c" "$build_dir/libchibo_core.a" \
   $(pkg-config --libs libzip lua5.4 sqlite3 libedit) -lunistring -lm ||
  { echo "docx.sh: cannot build bench_docx" >&2; exit 1; }

model=$here/tests/documents/models/nghi-quyet.txt
"$work/bench_docx" "$model" "$work" "$rounds" | tee "$work/result.txt"
durable=$(awk '$1 == "ratio_durable" { print $2 }' "$work/result.txt")
verdict=$(awk -v r="$durable" 'BEGIN { print (r <= 5 ? "PASS" : "FAIL") }')
echo "== export vs fwrite+fsync of the same bytes: ${durable}× (target ≤ 5×): $verdict"

if command -v hyperfine >/dev/null; then
  echo "== the whole command (process start included)"
  hyperfine -N -w 5 -r 50 \
    "$build_dir/chibo doc render $model -o $work/cli.docx" 2>&1 |
    sed -n '/Time (mean/p;/Range/p'
fi
exit 0
