#!/usr/bin/env bash
# scripts/test.sh [--quick]
# Sets up and runs every test suite through ctest, twice: a normal build
# (-Wall -Wextra -Werror) in build/, and an AddressSanitizer +
# UndefinedBehaviorSanitizer build in build-asan/; then the lesson loader's
# libFuzzer harness for 60 s (build-fuzz/, clang).  --quick: the first only.
# Quick start, command 2; CI runs this.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
quick=0
[ "${1:-}" = "--quick" ] && quick=1

status=0
"$here/scripts/setup.sh" --tests "$here/build"
echo "== tests: build/ (-Wall -Wextra -Werror)"
(cd "$here/build" && ctest --output-on-failure -j2) || status=1

if [ "$quick" = 0 ]; then
  "$here/scripts/setup.sh" --tests "$here/build-asan" -DCHIBO_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  echo "== tests: build-asan/ (AddressSanitizer + UndefinedBehaviorSanitizer)"
  (cd "$here/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest --output-on-failure -j2 -LE no-asan) || status=1

  # The lesson loader under libFuzzer for a bounded time (clang only).
  CC=clang "$here/scripts/setup.sh" --tests "$here/build-fuzz" -DCHIBO_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug
  echo "== tests: build-fuzz/ (libFuzzer, 60 s)"
  (cd "$here/build-fuzz" && ctest --output-on-failure -L fuzz) || status=1
fi
exit $status
