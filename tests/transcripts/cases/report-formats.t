Every report in CSV and JSON, read back by other programs: the CSV parses
as RFC 4180 (python3's csv module, or awk when there is no python3) with
CRLF line ends, one header and the same number of fields on every row; the
JSON is one object that jq accepts, with the scope, the year, the rows and
the totals; and the totals are the sums of the commune rows, which are the
sums of their cells (on the world of data/report-world.sh).

%% sh
bash "$TRANSCRIPTS/data/report-world.sh"
export CHIBO_DB=$DB XDG_DATA_HOME=$SCRATCH/xdg-data
export XDG_STATE_HOME=$SCRATCH/xdg-state HOME=$SCRATCH/home
export CHIBO_NOW=2026-03-15T10:00 CHIBO_PASSPHRASE=mat-khau-bao-cao
for r in coverage meetings quality progress; do
	year="--year 2025"
	[ $r = progress ] && year=
	"$CHIBO" --user root report $r $year --format csv >$r.csv
	"$CHIBO" --user root report $r $year --format json >$r.json
	# CSV: CRLF everywhere, a constant number of fields
	test "$(grep -c $'\r$' $r.csv)" = "$(wc -l <$r.csv)"
	if command -v python3 >/dev/null; then
		python3 - $r.csv <<'PY'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f, strict=True))
assert rows[0][0] == 'level', rows[0]
assert all(len(r) == len(rows[0]) for r in rows), 'ragged rows'
assert rows[-1][0] == 'total', rows[-1]
PY
	else
		awk -v RS='\r\n' 'NR == 1 { n = split($0, h, ",") }
			{ s = $0; gsub(/"[^"]*"/, "x", s)
			  if (split(s, f, ",") != n) exit 1 }' $r.csv
	fi
	# JSON: one object with the parts a reader needs
	jq -e '.report and .scope.cells == 5 and (.rows | type == "array")
		and (.totals | type == "object") and .date' $r.json >/dev/null
	# totals = sum of communes; each commune = sum of its cells
	for k in $(jq -r '.totals | to_entries[] | select(.value | type == "number")
			| select(.key | endswith("ratio") | not) | .key' $r.json); do
		[ "$k" = lessons ] && continue # per secretary, not per cell
		jq -e --arg k $k '([.rows[] | select(.level == "commune") | .[$k]]
			| add) == .totals[$k]' $r.json >/dev/null ||
			{ echo "$r: total $k"; exit 1; }
	done
done
# the commune rows sum their cells (reports with cells)
for r in coverage meetings progress; do
	jq -e '. as $d | [$d.rows[] | select(.level == "commune") | .commune]
		| unique | all(. as $c | ([$d.rows[] | select(.level == "cell"
		and .commune == $c) | .lessons_done // .covered // .regular] | add)
		== ([$d.rows[] | select(.level == "commune" and .commune == $c)]
		| first | .lessons_done // .covered // .regular))' $r.json >/dev/null ||
		{ echo "$r: commune sums"; exit 1; }
done
