/*
 * baseline_meeting.c — the floor for "time per recorded item" of a meeting
 * in scripts/bench/run.sh (benchmark 4).
 *
 *   baseline_meeting DB [NOTES [VOTES]]
 *
 * Opens (creates) DB with the pragmas chibo's store uses (busy_timeout,
 * journal_mode=WAL, synchronous=FULL, foreign_keys=ON), creates person,
 * lesson_run, unit, meeting, meeting_note and meeting_decision tables shaped
 * like core/schema/001-init.sql and 002-meetings.sql, adds one person, run,
 * cell and meeting, then records NOTES (default 200) notes and VOTES
 * (default 40) decisions in the order the benchmark's checklist records
 * them (NOTES / VOTES notes, then one decision, and again), each as
 *
 *     BEGIN IMMEDIATE; INSERT one row; COMMIT
 *
 * with prepared statements, a random UUID v4 id and the same note text as
 * the checklist's answers.  No Lua, no worker, no terminal, no answer rows:
 * only what one durable recorded item must cost on this disk.
 *
 * Build: cc -O2 -o baseline_meeting baseline_meeting.c -lsqlite3
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

/* The text of note i, as run.sh writes it into the answers file. */
#define NOTE_FMT                                                               \
	"Ghi chép %d: đồng chí phát biểu thống nhất với báo cáo, đề nghị bổ "  \
	"sung kế hoạch tiêm phòng đợt 2 cho đàn trâu, bò và giao cho chi hội " \
	"nông dân theo dõi."

static sqlite3 *db;

static void die(const char *what)
{
	fprintf(stderr, "baseline_meeting: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

static void exec(const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "baseline_meeting: %s: %s\n", sql, err);
		exit(1);
	}
}

static void uuid4(char out[37])
{
	unsigned char b[16];
	if (getrandom(b, sizeof b, 0) != (ssize_t)sizeof b) {
		perror("getrandom");
		exit(1);
	}
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	snprintf(out, 37,
		 "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
		 "%02x%02x%02x%02x%02x%02x",
		 b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9],
		 b[10], b[11], b[12], b[13], b[14], b[15]);
}

static void now_iso(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void step(sqlite3_stmt *st, const char *what)
{
	if (sqlite3_step(st) != SQLITE_DONE)
		die(what);
	sqlite3_reset(st);
}

static const char schema[] =
	"BEGIN IMMEDIATE;"
	"CREATE TABLE IF NOT EXISTS person ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" login TEXT NOT NULL UNIQUE CHECK (login <> ''),"
	" display_name TEXT NOT NULL,"
	" created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;"
	"CREATE TABLE IF NOT EXISTS lesson_run ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" person_id TEXT NOT NULL REFERENCES person (id),"
	" lesson_id TEXT NOT NULL, lesson_version INTEGER NOT NULL,"
	" mode TEXT NOT NULL, status TEXT NOT NULL,"
	" started_at TEXT NOT NULL, finished_at TEXT,"
	" updated_at TEXT NOT NULL) STRICT;"
	"CREATE TABLE IF NOT EXISTS unit ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" parent_id TEXT REFERENCES unit (id),"
	" kind TEXT NOT NULL CHECK (kind IN ('province', 'commune', 'cell')),"
	" name TEXT NOT NULL CHECK (name <> ''), superior_name TEXT,"
	" rubric_id TEXT NOT NULL DEFAULT 'hd42-100',"
	" created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;"
	"CREATE TABLE IF NOT EXISTS meeting ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" unit_id TEXT NOT NULL REFERENCES unit (id),"
	" run_id TEXT NOT NULL UNIQUE REFERENCES lesson_run (id),"
	" type TEXT NOT NULL, mode TEXT NOT NULL,"
	" status TEXT NOT NULL DEFAULT 'in_progress',"
	" held_on TEXT NOT NULL, rubric_id TEXT,"
	" created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;"
	"CREATE TABLE IF NOT EXISTS meeting_note ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" meeting_id TEXT NOT NULL REFERENCES meeting (id),"
	" key TEXT NOT NULL, item TEXT, text TEXT NOT NULL,"
	" UNIQUE (meeting_id, key)) STRICT;"
	"CREATE TABLE IF NOT EXISTS meeting_decision ("
	" id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	" meeting_id TEXT NOT NULL REFERENCES meeting (id),"
	" key TEXT NOT NULL, text TEXT NOT NULL,"
	" votes_for INTEGER, votes_against INTEGER, votes_abstain INTEGER,"
	" passed INTEGER CHECK (passed IN (0, 1)),"
	" UNIQUE (meeting_id, key)) STRICT;"
	"COMMIT";

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: baseline_meeting DB [NOTES [VOTES]]\n");
		return 2;
	}
	int notes = argc >= 3 ? atoi(argv[2]) : 200;
	int votes = argc >= 4 ? atoi(argv[3]) : 40;
	if (notes < 0 || votes < 1) {
		fprintf(stderr, "baseline_meeting: NOTES >= 0, VOTES >= 1\n");
		return 2;
	}

	if (sqlite3_open_v2(argv[1], &db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
			    NULL) != SQLITE_OK)
		die("open");
	sqlite3_busy_timeout(db, 10000);
	exec("PRAGMA journal_mode = WAL");
	exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
	exec(schema);

	char person[37], run[37], unit[37], meeting[37], id[37], now[21];
	char key[32], text[512];
	uuid4(person);
	uuid4(run);
	uuid4(unit);
	uuid4(meeting);
	now_iso(now);
	char *sql = sqlite3_mprintf(
	    "BEGIN IMMEDIATE;"
	    "INSERT INTO person VALUES (%Q, 'bench', 'bench', %Q, %Q);"
	    "INSERT INTO lesson_run VALUES (%Q, %Q, 'meeting-regular', 1,"
	    " 'live', 'in_progress', %Q, NULL, %Q);"
	    "INSERT INTO unit VALUES (%Q, NULL, 'cell', 'Chi bộ bench', NULL,"
	    " 'hd42-100', %Q, %Q);"
	    "INSERT INTO meeting VALUES (%Q, %Q, %Q, 'regular', 'live',"
	    " 'in_progress', '2026-11-20', 'hd42-100', %Q, %Q);"
	    "COMMIT",
	    person, now, now, run, person, now, now, unit, now, now, meeting,
	    unit, run, now, now);
	exec(sql);
	sqlite3_free(sql);

	sqlite3_stmt *begin, *commit, *note, *decision;
	if (sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, NULL) ||
	    sqlite3_prepare_v2(db, "COMMIT", -1, &commit, NULL) ||
	    sqlite3_prepare_v2(db,
			       "INSERT INTO meeting_note (id, meeting_id, key,"
			       " item, text) VALUES (?1, ?2, ?3, ?4, ?5)",
			       -1, &note, NULL) ||
	    sqlite3_prepare_v2(db,
			       "INSERT INTO meeting_decision (id, meeting_id,"
			       " key, text, votes_for, votes_against,"
			       " votes_abstain, passed)"
			       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
			       -1, &decision, NULL))
		die("prepare");

	int per = notes / votes, n = 0;
	for (int v = 1; v <= votes; v++) {
		int upto = v == votes ? notes : n + per;
		for (; n < upto; n++) {
			uuid4(id);
			snprintf(key, sizeof key, "n%d", n + 1);
			snprintf(text, sizeof text, NOTE_FMT, n + 1);
			step(begin, "BEGIN IMMEDIATE");
			sqlite3_bind_text(note, 1, id, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(note, 2, meeting, -1, SQLITE_STATIC);
			sqlite3_bind_text(note, 3, key, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(note, 4, "thao-luan", -1,
					  SQLITE_STATIC);
			sqlite3_bind_text(note, 5, text, -1, SQLITE_TRANSIENT);
			step(note, "INSERT note");
			step(commit, "COMMIT");
		}
		uuid4(id);
		snprintf(key, sizeof key, "d%d", v);
		snprintf(text, sizeof text, "Biểu quyết %d", v);
		step(begin, "BEGIN IMMEDIATE");
		sqlite3_bind_text(decision, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(decision, 2, meeting, -1, SQLITE_STATIC);
		sqlite3_bind_text(decision, 3, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(decision, 4, text, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(decision, 5, 12);
		sqlite3_bind_int(decision, 6, 1);
		sqlite3_bind_int(decision, 7, 2);
		sqlite3_bind_int(decision, 8, 1);
		step(decision, "INSERT decision");
		step(commit, "COMMIT");
	}

	sqlite3_finalize(begin);
	sqlite3_finalize(commit);
	sqlite3_finalize(note);
	sqlite3_finalize(decision);
	if (sqlite3_close(db) != SQLITE_OK)
		die("close");
	return 0;
}
