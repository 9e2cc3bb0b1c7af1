#!/usr/bin/env bash
# The installed binary finds its bundled lessons, plugins and translations
# (not the source tree's): install into a temporary prefix, move the build
# tree's copies out of reach by pointing nowhere else, and list lessons.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
export XDG_DATA_HOME=$prefix/xdg XDG_STATE_HOME=$prefix/xdg-state
unset CHIBO_DATA_DIR CHIBO_DB
out=$("$prefix/bin/chibo" --db "$prefix/t.db" lesson list)
echo "$out"
grep -q "trinh-tu-sinh-hoat" <<<"$out"
# the index must point into the installed tree
sqlite3 "$prefix/t.db" "select path from lesson_index" | grep -q "^$prefix/share/chibo/lessons/"
# translations are installed too
"$prefix/bin/chibo" --lang en --help | grep -q "Usage: chibo \[options\]"
echo "1 passed, 0 failed"
