#!/usr/bin/env bash
# scripts/chibo.sh [chibo arguments…]
# Sets up (missing packages, build) and starts chibo on the default database
# ($XDG_DATA_HOME/chibo/chibo.db).  Quick start, command 1.
#
# scripts/chibo.sh --demo [chibo arguments…]
# The same on a demo database instead: one commune of 20 village cells with
# five years of meetings, lessons, mentors and drafts, made once by
# scripts/demo-data.sh ($XDG_DATA_HOME/chibo/demo.db; delete it to start
# over), opened as the commune's demo mentor.  Every demo account has the
# passphrase chibo-demo-2026; it is passed in CHIBO_PASSPHRASE to this one
# run of chibo (so it does not ask), never exported to your shell.  Other
# demo logins: scripts/demo-data.sh --logins "$XDG_DATA_HOME/chibo/demo.db".
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
demo=0
if [ "${1:-}" = "--demo" ]; then
	demo=1
	shift
fi
"$here/scripts/setup.sh" "$here/build"
[ "$demo" = 1 ] || exec "$here/build/chibo" "$@"

passphrase=chibo-demo-2026
db=${XDG_DATA_HOME:-$HOME/.local/share}/chibo/demo.db
if [ ! -e "$db" ]; then
	echo "chibo: making the demo database $db (once)" >&2
	"$here/scripts/demo-data.sh" --quiet --chibo "$here/build/chibo" \
		--passphrase "$passphrase" commune "$db"
fi
mentor=$("$here/scripts/demo-data.sh" --logins "$db" | awk '$1 == "mentor" { print $2 }')
CHIBO_PASSPHRASE=$passphrase exec "$here/build/chibo" --db "$db" --user "$mentor" "$@"
