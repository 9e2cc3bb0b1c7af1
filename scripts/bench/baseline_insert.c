/*
 * baseline_insert.c — the floor for "time per answer" in scripts/bench/run.sh.
 *
 *   baseline_insert DB [N]
 *
 * Opens (creates) DB with the pragmas chibo's store uses (busy_timeout,
 * journal_mode=WAL, synchronous=FULL, foreign_keys=ON), creates person,
 * lesson_run and answer tables shaped like core/schema/001-init.sql, adds
 * one person and one run, then does N (default 500) times:
 *
 *     BEGIN IMMEDIATE; INSERT one answer row; COMMIT
 *
 * with prepared statements, a random UUID v4 key and an ISO-8601 time, like
 * one accepted answer in chibo.  No Lua, no worker, no terminal: only what
 * one durable answer must cost on this disk.
 *
 * Build: cc -O2 -o baseline_insert baseline_insert.c -lsqlite3
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

static sqlite3 *db;

static void die(const char *what)
{
	fprintf(stderr, "baseline_insert: %s: %s\n", what, sqlite3_errmsg(db));
	exit(1);
}

static void exec(const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "baseline_insert: %s: %s\n", sql, err);
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

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: baseline_insert DB [N]\n");
		return 2;
	}
	int n = argc == 3 ? atoi(argv[2]) : 500;

	if (sqlite3_open_v2(argv[1], &db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
			    NULL) != SQLITE_OK)
		die("open");
	sqlite3_busy_timeout(db, 10000);
	exec("PRAGMA journal_mode = WAL");
	exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");

	exec("BEGIN IMMEDIATE;"
	     "CREATE TABLE IF NOT EXISTS person ("
	     " id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	     " login TEXT NOT NULL UNIQUE CHECK (login <> ''),"
	     " display_name TEXT NOT NULL,"
	     " created_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;"
	     "CREATE TABLE IF NOT EXISTS lesson_run ("
	     " id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	     " person_id TEXT NOT NULL REFERENCES person (id),"
	     " lesson_id TEXT NOT NULL,"
	     " lesson_version INTEGER NOT NULL,"
	     " mode TEXT NOT NULL, status TEXT NOT NULL,"
	     " started_at TEXT NOT NULL, finished_at TEXT,"
	     " updated_at TEXT NOT NULL) STRICT;"
	     "CREATE TABLE IF NOT EXISTS answer ("
	     " id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),"
	     " run_id TEXT NOT NULL REFERENCES lesson_run (id)"
	     "  ON DELETE CASCADE,"
	     " key TEXT NOT NULL,"
	     " value TEXT CHECK (value IS NULL OR json_valid(value)),"
	     " attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),"
	     " answered_at TEXT, created_at TEXT NOT NULL,"
	     " updated_at TEXT NOT NULL,"
	     " UNIQUE (run_id, key)) STRICT;"
	     "COMMIT");

	char person[37], run[37], id[37], now[21], key[32], value[32];
	uuid4(person);
	uuid4(run);
	now_iso(now);

	sqlite3_stmt *begin, *commit, *ins;
	if (sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, NULL) ||
	    sqlite3_prepare_v2(db, "COMMIT", -1, &commit, NULL) ||
	    sqlite3_prepare_v2(db,
			       "INSERT INTO answer (id, run_id, key, value,"
			       " attempts, answered_at, created_at, updated_at)"
			       " VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?5)",
			       -1, &ins, NULL))
		die("prepare");

	char *sql = sqlite3_mprintf(
	    "BEGIN IMMEDIATE;"
	    "INSERT INTO person VALUES (%Q, 'bench', 'bench', %Q, %Q);"
	    "INSERT INTO lesson_run VALUES (%Q, %Q, 'bench-500', 1, 'learn',"
	    " 'in_progress', %Q, NULL, %Q);"
	    "COMMIT",
	    person, now, now, run, person, now, now);
	exec(sql);
	sqlite3_free(sql);

	for (int i = 1; i <= n; i++) {
		uuid4(id);
		now_iso(now);
		snprintf(key, sizeof key, "s.k%d", i);
		snprintf(value, sizeof value, "%d", i);
		step(begin, "BEGIN IMMEDIATE");
		sqlite3_bind_text(ins, 1, id, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 2, run, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 4, value, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 5, now, -1, SQLITE_TRANSIENT);
		step(ins, "INSERT");
		step(commit, "COMMIT");
	}

	sqlite3_finalize(begin);
	sqlite3_finalize(commit);
	sqlite3_finalize(ins);
	if (sqlite3_close(db) != SQLITE_OK)
		die("close");
	return 0;
}
