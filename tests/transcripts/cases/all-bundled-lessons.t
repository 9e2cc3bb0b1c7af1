Every bundled lesson (lessons/*.lua, including ones added after this case
was written) has an answers file tests/transcripts/<id>.answers, and runs to
the end from it — with "lesson test" and with "learn" (exit 0, the run done,
no answer left without a value).  The transcripts of the two bundled lessons
of today are in learn-*.t and test-*.t.

%% sh
cd "$REPO"
n=0
for f in lessons/*.lua; do
  id=$(basename "$f" .lua)
  answers=tests/transcripts/$id.answers
  [ -f "$answers" ] || { echo "$f: no answers file $answers"; exit 1; }
  "$CHIBO" lesson test "$f" --answers "$answers" >"$SCRATCH/$id.test" 2>&1 ||
    { echo "lesson test $f exited $?"; tail -5 "$SCRATCH/$id.test"; exit 1; }
  "$CHIBO" --db "$DB" --user an learn "$id" <"$answers" >"$SCRATCH/$id.learn" 2>&1 ||
    { echo "learn $id exited $?"; tail -5 "$SCRATCH/$id.learn"; exit 1; }
  got=$(sqlite3 "$DB" "SELECT r.status, (SELECT count(*) FROM answer a WHERE a.run_id = r.id AND a.value IS NULL)
                        FROM lesson_run r WHERE r.lesson_id = '$id'")
  [ "$got" = "done|0" ] || { echo "learn $id: run status|answers without value = $got"; exit 1; }
  n=$((n + 1))
done
[ $n -ge 2 ] || { echo "only $n bundled lessons found"; exit 1; }
