#!/usr/bin/env bash
# scripts/chibo.sh [chibo arguments…]
# Sets up (missing packages, build) and starts chibo on the default database
# ($XDG_DATA_HOME/chibo/chibo.db).  Quick start, command 1.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh" "$here/build"
exec "$here/build/chibo" "$@"
