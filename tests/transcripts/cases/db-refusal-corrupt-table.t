A corrupt chibo database whose damage is not in the schema but in a table
(the answer table's root page zeroed, as a failing SD card does) is refused
like any corrupt database: exit 1, "chibo: … bị hỏng …", the file
byte-identical — not opened, a run started and the lesson shown, and the
damage found only when the first answer is written.

%% by-hand
%% sh
"$CHIBO" --db goc.db --user an learn vai-tro-bi-thu <"$REPO/tests/transcripts/vai-tro-bi-thu.answers" >/dev/null
root=$(sqlite3 goc.db "SELECT rootpage FROM sqlite_schema WHERE name = 'answer'")
size=$(sqlite3 goc.db "PRAGMA page_size")
test -z "$(ls -d goc.db-* 2>/dev/null)"
cp goc.db hong.db
head -c "$size" /dev/zero | dd of=hong.db bs="$size" seek=$((root - 1)) conv=notrunc 2>/dev/null
cp hong.db hong.orig
%% run chibo --db $SCRATCH/hong.db --user an learn trinh-tu-sinh-hoat
%% stdin trinh-tu-sinh-hoat.answers
%% exit 1
%% sh
tail -n 3 .out
grep -q '^chibo: .*bị hỏng' .out
if grep -q '^Bước' .out; then echo "the lesson was started"; exit 1; fi
cmp hong.db hong.orig
test -z "$(ls -d hong.db-* 2>/dev/null)"
