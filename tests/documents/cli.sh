#!/usr/bin/env bash
# tests/documents/cli.sh --chibo BIN --scratch DIR
# `chibo doc render`: silent success; usage errors exit 2; a model that
# cannot be read or parsed, or an output that cannot be written, exits 1
# with "chibo: FILE:LINE: why" / "chibo: không ghi được 'OUT': why" and
# leaves no file behind.
set -uo pipefail
chibo="" scratch=""
while [ $# -gt 0 ]; do
  case $1 in
    --chibo) chibo=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    *) echo "cli.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
chibo=$(readlink -f "$chibo")
rm -rf "$scratch" && mkdir -p "$scratch" && cd "$scratch" || exit 2
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_STATE_HOME=$scratch/state
export LANGUAGE=vi LC_ALL=C.UTF-8
failures=0
# expect STATUS STDERR-PATTERN (grep -E; '' = empty) -- chibo args…
expect() {
  local want=$1 pattern=$2; shift 3
  "$chibo" "$@" >out.log 2>err.log
  local rc=$?
  if [ "$rc" != "$want" ]; then
    echo "FAIL: chibo $* exited $rc, not $want"; cat err.log; failures=$((failures + 1))
  elif [ -z "$pattern" ] && { [ -s err.log ] || [ -s out.log ]; }; then
    echo "FAIL: chibo $* printed:"; cat out.log err.log; failures=$((failures + 1))
  elif [ -n "$pattern" ] && ! grep -qE -- "$pattern" err.log; then
    echo "FAIL: chibo $* stderr lacks /$pattern/:"; cat err.log; failures=$((failures + 1))
  fi
}

printf 'p align=center;bold=1|NGHỊ QUYẾT\np|Chi bộ & nhân dân\n' > ok.txt
printf '# a comment\n\np colour=red|x\n' > bad.txt
printf 'p|a\0b\n' > nul.txt

expect 2 '^chibo: cần: render$' -- doc
expect 2 'Cách dùng: chibo doc render' -- doc print ok.txt
expect 2 '^chibo: cần tệp mô hình văn bản$' -- doc render
expect 2 '^chibo: cần tệp kết quả: -o TỆP.docx$' -- doc render ok.txt
expect 2 '^chibo: -o cần một giá trị$' -- doc render ok.txt -o
expect 2 "^chibo: 'out.pdf': tệp kết quả cần đuôi .docx, .html hoặc .txt$" -- doc render ok.txt -o out.pdf
expect 2 "^chibo: không có tùy chọn '--format'$" -- doc render ok.txt --format docx -o out.docx
expect 2 "^chibo: thừa đối số 'more.txt'$" -- doc render ok.txt more.txt -o out.docx
[ ! -e out.pdf ] && [ ! -e out.docx ] || { echo "FAIL: a usage error wrote a file"; failures=$((failures + 1)); }

expect 1 "^chibo: bad.txt:3: không có thuộc tính 'colour'$" -- doc render bad.txt -o bad.docx
[ ! -e bad.docx ] || { echo "FAIL: bad.docx written"; failures=$((failures + 1)); }
expect 1 "^chibo: không đọc được 'missing.txt': " -- doc render missing.txt -o m.txt
expect 1 "^chibo: không đọc được 'nul.txt': tệp có byte NUL, không phải văn bản$" -- doc render nul.txt -o n.txt
head -c 5000000 /dev/zero | tr '\0' '#' > big.txt
expect 1 "^chibo: không đọc được 'big.txt': tệp lớn hơn 4 MiB$" -- doc render big.txt -o b.txt
expect 1 "^chibo: không ghi được 'no/such/dir/x.docx': " -- doc render ok.txt -o no/such/dir/x.docx
grep -q '^Hãy chọn nơi ghi khác bằng -o.$' err.log || { echo "FAIL: no hint after a write error"; failures=$((failures + 1)); }

for ext in docx html txt HTML; do
  expect 0 '' -- doc render ok.txt -o "out.$ext"
  [ -s "out.$ext" ] || { echo "FAIL: out.$ext not written"; failures=$((failures + 1)); }
done
printf 'NGHỊ QUYẾT\nChi bộ & nhân dân\n' | sed '1s/^/                               /' > want.txt
cmp -s want.txt out.txt || { echo "FAIL: out.txt:"; cat out.txt; failures=$((failures + 1)); }
# the model may come through a symlink and the output replace an old file
echo old > old.txt && ln -s ok.txt link.txt
expect 0 '' -- doc render link.txt -o old.txt
cmp -s want.txt old.txt || { echo "FAIL: old.txt not replaced"; failures=$((failures + 1)); }
# nothing hidden left in the folder
left=$(find . -maxdepth 1 -name '.*' ! -name . | head -1)
[ -z "$left" ] || { echo "FAIL: left behind: $left"; failures=$((failures + 1)); }

[ "$failures" = 0 ] && echo "ok: doc render CLI" || echo "$failures failure(s)"
[ "$failures" = 0 ]
