#!/usr/bin/env bash
# Re-extracts the core UI strings (_() and N_() in core/*.c) and merges them
# into po/*.po; then translate the new/fuzzy entries (msgfmt --statistics).
set -euo pipefail
cd "$(dirname "$0")/../.."
xgettext --from-code=UTF-8 -k_ -kN_ --no-location -o /tmp/chibo.pot core/*.c
for po in po/*.po; do
  msgmerge -q --no-location --update --backup=none "$po" /tmp/chibo.pot
  msgfmt --check --statistics -o /dev/null "$po"
done
