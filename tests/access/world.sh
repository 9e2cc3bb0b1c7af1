# tests/access/world.sh — sourced by run.sh: builds the small world the
# access matrix runs in (CHIBO_DB, XDG dirs and CHIBO_NOW already set; c is
# chibo).  All accounts share one passphrase, $PASS.
#
#   Tỉnh ủy Thử (T)                          root: admin of everything
#   ├── Đảng ủy xã Một (X1)                  adm1: admin of X1
#   │   ├── Chi bộ thôn Một (C11)            bt11 (account), men1 assigned,
#   │   │                                    men5 assigned for 2020–2025 (over)
#   │   └── Chi bộ thôn Hai (C12)            bt12 (profile, no passphrase),
#   │                                        men2 assigned then unassigned,
#   │                                        men4 assigned from 2027 (not yet)
#   └── Đảng ủy xã Hai (X2)                  adm2: admin of X2
#       └── Chi bộ thôn Ba (C21)             bt21 (account), men3 assigned
#   nobody: a profile without roles nor passphrase
# bt11 has finished a lesson, held a meeting ($M) and drafted a resolution
# ($D); bt21 has held a meeting ($M21).

ok() { "$@" >>"$log" 2>&1 || { echo "world: failed: $*"; tail -5 "$log"; exit 1; }; }

ok c --user root unit add --kind province --code T "Tỉnh ủy Thử"
ok c --user root unit add --kind commune --parent T --code X1 "Đảng ủy xã Một"
ok c --user root unit add --kind commune --parent T --code X2 "Đảng ủy xã Hai"
ok c --user root unit add --kind cell --parent X1 --code C11 "Chi bộ thôn Một"
ok c --user root unit add --kind cell --parent X1 --code C12 "Chi bộ thôn Hai"
ok c --user root unit add --kind cell --parent X2 --code C21 "Chi bộ thôn Ba"
ok c --user root user add adm1 --name "Quản Trị Một" --unit X1 --role admin --passphrase
ok c --user root user add adm2 --name "Quản Trị Hai" --unit X2 --role admin --passphrase
for m in men1 men2 men4 men5; do
	ok c --user root user add $m --name "Cán Bộ $m" --unit X1 --role mentor --passphrase
done
ok c --user root user add men3 --name "Cán Bộ men3" --unit X2 --role mentor --passphrase
ok c --user root user add bt11 --name "Bí Thư Một" --unit C11 --role secretary --passphrase
ok c --user root user add bt12 --name "Bí Thư Hai" --unit C12 --role secretary
ok c --user root user add bt21 --name "Bí Thư Ba" --unit C21 --role secretary --passphrase
ok c --user root mentor assign men1 --cell C11 --from 2026-01-01
ok c --user root mentor assign men5 --cell C11 --from 2020-06-01 --to 2025-12-31
ok c --user root mentor assign men2 --cell C12 --from 2026-01-01
ok c --user root mentor unassign men2 --cell C12
ok c --user root mentor assign men4 --cell C12 --from 2027-01-01
ok c --user root mentor assign men3 --cell C21 --from 2026-01-01

ok c --user bt11 learn vai-tro-bi-thu <"$repo/tests/transcripts/vai-tro-bi-thu.answers"
ok c --user bt11 meeting start <"$repo/tests/meetings/regular.answers"
ok c --user bt21 meeting start <"$repo/tests/meetings/regular.answers"
ok c --user bt11 cell set --superior "Đảng bộ xã Một" --term 2025-2027 --place "Thôn Một"
ok c --user bt11 draft new resolution <"$repo/tests/documents/answers/nghi-quyet-blank.answers"
c --user nobody lesson list >/dev/null 2>&1

M=$(sqlite3 "$CHIBO_DB" "SELECT substr(m.id, 1, 8) FROM meeting m JOIN unit u ON u.id = m.unit_id WHERE u.code = 'C11'")
M21=$(sqlite3 "$CHIBO_DB" "SELECT substr(m.id, 1, 8) FROM meeting m JOIN unit u ON u.id = m.unit_id WHERE u.code = 'C21'")
D=$(sqlite3 "$CHIBO_DB" "SELECT substr(id, 1, 8) FROM document")
[ -n "$M" ] && [ -n "$M21" ] && [ -n "$D" ] || { echo "world: no meeting or draft"; exit 1; }
