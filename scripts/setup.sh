#!/usr/bin/env bash
# scripts/setup.sh [--tests] [BUILD_DIR [cmake args…]]
# Installs the Debian 12 packages chibo needs (only the missing ones; needs
# root or sudo for that), then configures and builds into BUILD_DIR
# (default: build/).  --tests also installs what the test suites use.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

tests=0
if [ "${1:-}" = "--tests" ]; then tests=1; shift; fi
build=${1:-$here/build}
[ $# -gt 0 ] && shift

pkgs=(build-essential cmake pkg-config gettext liblua5.4-dev libsqlite3-dev
      libedit-dev libunistring-dev libzip-dev libsodium-dev)
if [ "$tests" = 1 ]; then
  pkgs+=(libcmocka-dev sqlite3 tmux clang libclang-rt-14-dev valgrind hyperfine time lua5.4 strace
            libxml2-utils unzip libreoffice-writer-nogui fonts-liberation2 poppler-utils
            jq)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "chibo setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
