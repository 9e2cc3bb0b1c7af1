#!/usr/bin/env bash
# tests/documents/golden.sh [--update] --chibo BIN --scratch DIR MODEL
# Renders MODEL (models/NAME.txt) with `chibo doc render` to .txt and .html
# and compares each, byte for byte, with golden/NAME.txt and
# golden/NAME.html.  --update writes the goldens instead (read the diff).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
update=0 chibo="" scratch=""
while [ $# -gt 1 ]; do
  case $1 in
    --update) update=1; shift ;;
    --chibo) chibo=$2; shift 2 ;;
    --scratch) scratch=$2; shift 2 ;;
    *) break ;;
  esac
done
model=${1:?usage: golden.sh [--update] --chibo BIN --scratch DIR MODEL}
[ -n "$chibo" ] && [ -n "$scratch" ] || { echo "golden.sh: --chibo and --scratch needed" >&2; exit 2; }
name=$(basename "$model" .txt)
rm -rf "$scratch" && mkdir -p "$scratch"
status=0
for ext in txt html; do
  out=$scratch/$name.$ext
  "$chibo" doc render "$model" -o "$out"
  golden=$here/golden/$name.$ext
  if [ "$update" = 1 ]; then
    cp "$out" "$golden"
    echo "updated $golden"
  elif ! diff -u "$golden" "$out"; then
    echo "FAIL: $name.$ext differs from $golden" >&2
    status=1
  fi
done
exit $status
