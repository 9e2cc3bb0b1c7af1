/*
 * test_store.c — the SQLite store (core/store.h): creation and migration,
 * refusal of files that are not ours without touching them, the data API,
 * concurrent writers and disk-full handling.
 */
#define _XOPEN_SOURCE 700 /* nftw() */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "embedded.h"
#include "store.h"
#include "util.h"

#define CHIBO_APP_ID 0x43484942

static char *root; /* scratch directory of this run */

/* ---- helpers ----------------------------------------------------------- */

static int rm_entry(const char *p, const struct stat *sb, int flag,
                    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static void rm_rf(const char *dir)
{
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A fresh path under the scratch directory (malloc'd); nothing exists. */
static char *tmp_db(const char *name)
{
	char *dir = xasprintf("%s/%s", root, name);
	rm_rf(dir);
	assert_int_equal(mkdir_p(dir, 0700), 0);
	char *p = xasprintf("%s/chibo.db", dir);
	free(dir);
	return p;
}

static int exists_suffix(const char *path, const char *suffix)
{
	char *p = xasprintf("%s%s", path, suffix);
	struct stat st;
	int r = stat(p, &st) == 0;
	free(p);
	return r;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	sbuf b = SBUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sbuf_add(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return sbuf_detach(&b);
}

static void spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static sqlite3 *raw_open(const char *path)
{
	sqlite3 *db = NULL;
	assert_int_equal(
	    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 10000);
	return db;
}

static void raw_exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
}

static int64_t raw_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static double raw_double(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	double v = sqlite3_column_double(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The first column of the first row, malloc'd; NULL for SQL NULL. */
static char *raw_text(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	const unsigned char *t = sqlite3_column_text(st, 0);
	char *v = t ? xstrdup((const char *)t) : NULL;
	sqlite3_finalize(st);
	return v;
}

static int is_uuid4(const char *id)
{
	if (strlen(id) != 36)
		return 0;
	for (int i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (id[i] != '-')
				return 0;
		} else if (!strchr("0123456789abcdef", id[i])) {
			return 0;
		}
	}
	return id[14] == '4' && strchr("89ab", id[19]) != NULL;
}

static store *open_ok(const char *path)
{
	char *err = NULL;
	store *s = store_open(path, &err);
	if (!s)
		fail_msg("store_open(%s): %s", path, err);
	assert_null(err);
	return s;
}

/* A chibo database with one person and one run; returns the store. */
static store *open_with_run(const char *path, char person[STORE_ID_LEN],
                            store_run *run)
{
	store *s = open_ok(path);
	assert_int_equal(store_person_ensure(s, "lan", person), 0);
	assert_int_equal(
	    store_run_create(s, person, "trinh-tu", 1, "learn", run), 0);
	return s;
}

/* Creates a real chibo database and closes it. */
static void make_chibo_db(const char *path)
{
	store_close(open_ok(path));
	assert_false(exists_suffix(path, "-wal"));
}

/*
 * store_open must refuse path with a message containing want and leave the
 * file byte-for-byte as it was.  A -wal that was there stays as it was; no
 * -wal, -shm or -journal appears otherwise.
 */
static void assert_refused(const char *path, const char *want)
{
	char *wal = xasprintf("%s-wal", path);
	int had_wal = exists_suffix(path, "-wal");
	size_t before_len, after_len, wal_len = 0, wal_after_len;
	char *before = slurp(path, &before_len);
	char *wal_before = had_wal ? slurp(wal, &wal_len) : NULL;
	char *err = NULL;
	store *s = store_open(path, &err);
	assert_null(s);
	assert_non_null(err);
	if (!strstr(err, want))
		fail_msg("message \"%s\" lacks \"%s\"", err, want);
	assert_non_null(strstr(err, path));
	free(err);
	char *after = slurp(path, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	if (had_wal) {
		char *wal_after = slurp(wal, &wal_after_len);
		assert_int_equal(wal_len, wal_after_len);
		assert_memory_equal(wal_before, wal_after, wal_len);
		free(wal_after);
	} else {
		assert_false(exists_suffix(path, "-wal"));
		assert_false(exists_suffix(path, "-shm"));
	}
	assert_false(exists_suffix(path, "-journal"));
	free(before);
	free(after);
	free(wal_before);
	free(wal);
}

/* Overwrites 64 bytes at the start of page pgno of a closed database. */
static void smash_page(const char *path, int64_t pgno, int64_t page_size)
{
	int fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	unsigned char junk[64];
	memset(junk, 0xa5, sizeof junk);
	assert_int_equal(
	    pwrite(fd, junk, sizeof junk, (off_t)((pgno - 1) * page_size)),
	    (ssize_t)sizeof junk);
	close(fd);
}

/* ---- ids and schema ---------------------------------------------------- */

static void test_new_id_is_uuid4(void **state)
{
	(void)state;
	char prev[STORE_ID_LEN] = "";
	for (int i = 0; i < 200; i++) {
		char id[STORE_ID_LEN];
		store_new_id(id);
		assert_true(is_uuid4(id));
		assert_string_not_equal(id, prev);
		memcpy(prev, id, sizeof id);
	}
}

static void test_schema_files_numbered(void **state)
{
	(void)state;
	int n = store_schema_version();
	assert_true(n >= 1);
	for (int i = 0; i < n; i++) {
		const char *name = embedded_schema[i].name;
		assert_int_equal(atoi(name), i + 1);
		assert_int_equal(name[3], '-');
		assert_non_null(strstr(name, ".sql"));
	}
}

static void test_fresh_file_migrated(void **state)
{
	(void)state;
	char *dir = xasprintf("%s/fresh", root);
	rm_rf(dir);
	char *path = xasprintf("%s/a/b/chibo.db", dir);
	store *s = open_ok(path);

	struct stat st;
	char *a = xasprintf("%s/a", dir), *b = xasprintf("%s/a/b", dir);
	assert_int_equal(stat(a, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(b, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);

	sqlite3 *db = raw_open(path);
	assert_int_equal(raw_int(db, "PRAGMA user_version"),
	                 store_schema_version());
	assert_int_equal(raw_int(db, "PRAGMA application_id"), CHIBO_APP_ID);
	char *mode = raw_text(db, "PRAGMA journal_mode");
	assert_string_equal(mode, "wal");
	free(mode);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM pragma_table_list"
	                             " WHERE schema = 'main' AND type = 'table'"
	                             " AND name NOT LIKE 'sqlite%'"),
	                 25); /* 001: 6, 002 (meetings): 10, 003 (documents): 2,
	                       004 (mentoring): 7 */
	assert_int_equal(raw_int(db, "SELECT count(*) FROM pragma_table_list"
	                             " WHERE schema = 'main' AND type = 'table'"
	                             " AND name NOT LIKE 'sqlite%'"
	                             " AND NOT strict"),
	                 0);
	char *app = raw_text(db, "SELECT value FROM meta WHERE key = 'app'");
	assert_string_equal(app, "chibo");
	char *dev =
	    raw_text(db, "SELECT value FROM meta WHERE key = 'device_id'");
	assert_true(is_uuid4(dev));
	assert_string_equal(dev, store_device_id(s));
	assert_int_equal(raw_int(db, "SELECT count(*) FROM sqlite_master"
	                             " WHERE type = 'index' AND name ="
	                             " 'lesson_run_person_lesson'"),
	                 1);
	sqlite3_close(db);
	store_close(s);
	assert_false(exists_suffix(path, "-wal"));
	free(app);
	free(dev);
	free(a);
	free(b);
	free(path);
	rm_rf(dir);
	free(dir);
}

static void test_reopen_is_idempotent(void **state)
{
	(void)state;
	char *path = tmp_db("reopen");
	store *s = open_ok(path);
	char dev[STORE_ID_LEN], person[STORE_ID_LEN];
	snprintf(dev, sizeof dev, "%s", store_device_id(s));
	assert_int_equal(store_person_ensure(s, "lan", person), 0);
	store_close(s);

	/* An up-to-date open reads; it writes nothing. */
	size_t len1, len2;
	char *bytes1 = slurp(path, &len1);
	s = open_ok(path);
	assert_string_equal(store_device_id(s), dev);
	store_close(s);
	char *bytes2 = slurp(path, &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(bytes1, bytes2, len1);

	s = open_ok(path);
	char again[STORE_ID_LEN];
	assert_int_equal(store_person_ensure(s, "lan", again), 0);
	assert_string_equal(again, person);
	store_close(s);

	sqlite3 *db = raw_open(path);
	assert_int_equal(raw_int(db, "PRAGMA user_version"),
	                 store_schema_version());
	assert_int_equal(raw_int(db, "SELECT count(*) FROM meta"), 2);
	sqlite3_close(db);
	free(bytes1);
	free(bytes2);
	free(path);
}

/* ---- refusals ---------------------------------------------------------- */

static void test_refuses_newer_schema(void **state)
{
	(void)state;
	char *path = tmp_db("newer");
	make_chibo_db(path);
	sqlite3 *db = raw_open(path);
	char *sql =
	    xasprintf("PRAGMA user_version = %d", store_schema_version() + 1);
	raw_exec(db, sql);
	sqlite3_close(db);
	char *want =
	    xasprintf("do phiên bản chibo mới hơn tạo (lược đồ %d > "
	              "%d); hãy cập nhật chibo",
	              store_schema_version() + 1, store_schema_version());
	assert_refused(path, want);
	free(want);
	free(sql);
	free(path);
}

/* A newer chibo that crashed left its last commit in the -wal: refused, and
 * that WAL is not checkpointed into the file on the way out. */
static void test_refuses_newer_with_leftover_wal(void **state)
{
	(void)state;
	char *path = tmp_db("newer-wal");
	make_chibo_db(path);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		sqlite3 *db = NULL;
		char *sql = xasprintf("PRAGMA user_version = %d",
		                      store_schema_version() + 1);
		if (sqlite3_open(path, &db) != SQLITE_OK ||
		    sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
			_exit(1);
		_exit(0); /* no close: the WAL stays */
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_true(exists_suffix(path, "-wal"));
	assert_refused(path, "do phiên bản chibo mới hơn tạo");
	free(path);
}

static void test_refuses_foreign_sqlite(void **state)
{
	(void)state;
	char *path = tmp_db("foreign");
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	raw_exec(db, "CREATE TABLE notes (body TEXT);"
	             "INSERT INTO notes VALUES ('của ứng dụng khác')");
	sqlite3_close(db);
	assert_refused(path, "không phải cơ sở dữ liệu chibo");

	/* Another application's id, in WAL mode: reading it creates a -wal
	 * that must be gone again. */
	char *wal = tmp_db("foreign-wal");
	assert_int_equal(sqlite3_open(wal, &db), SQLITE_OK);
	raw_exec(db, "PRAGMA journal_mode = WAL; PRAGMA application_id = 7;"
	             "CREATE TABLE t (x)");
	sqlite3_close(db);
	assert_false(exists_suffix(wal, "-wal"));
	assert_refused(wal, "không phải cơ sở dữ liệu chibo");
	free(wal);
	free(path);
}

static void test_refuses_non_database(void **state)
{
	(void)state;
	char *path = tmp_db("notadb");
	sbuf b = SBUF_INIT;
	for (int i = 0; i < 300; i++)
		sbuf_adds(&b, "Biên bản họp chi bộ, không phải SQLite.\n");
	spit(path, b.buf, b.len);
	sbuf_free(&b);
	assert_refused(path, "không phải cơ sở dữ liệu chibo");

	spit(path, "hello", 5);
	assert_refused(path, "không phải cơ sở dữ liệu chibo");
	free(path);
}

static void test_refuses_corrupt(void **state)
{
	(void)state;
	char *path = tmp_db("corrupt");
	make_chibo_db(path);
	sqlite3 *db = raw_open(path);
	int64_t meta = raw_int(db, "SELECT rootpage FROM sqlite_master"
	                           " WHERE name = 'meta'");
	int64_t pages = raw_int(db, "PRAGMA page_count");
	int64_t size = raw_int(db, "PRAGMA page_size");
	sqlite3_close(db);
	/* A page in the middle of the file, one that opening reads. */
	assert_true(meta > 1 && meta < pages);
	smash_page(path, meta, size);
	assert_refused(path, "bị hỏng");
	free(path);
}

/* Corruption in a page that opening does not read shows when it is hit,
 * with the same wording. */
static void test_corruption_found_later(void **state)
{
	(void)state;
	char *path = tmp_db("corrupt-later");
	char person[STORE_ID_LEN];
	store_run run;
	store *s = open_with_run(path, person, &run);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, run.id, "a.1", "1"), 0);
	assert_int_equal(store_commit(s), 0);
	store_close(s);

	sqlite3 *db = raw_open(path);
	int64_t root = raw_int(db, "SELECT rootpage FROM sqlite_master"
	                           " WHERE name = 'answer'");
	int64_t size = raw_int(db, "PRAGMA page_size");
	sqlite3_close(db);
	smash_page(path, root, size);

	s = open_ok(path);
	char *json = NULL;
	int attempts = 0;
	assert_int_equal(store_answer_get(s, run.id, "a.1", &json, &attempts),
	                 -1);
	assert_non_null(strstr(store_errmsg(s), "bị hỏng"));
	assert_non_null(strstr(store_errmsg(s), path));
	store_close(s);
	free(path);
}

/* A large database (a commune's or province's) is checked by the first
 * write of each day, not by every process: the day is in meta.checked_on.
 * A damaged page is then found by the first write of the next day. */
static void test_large_checked_daily(void **state)
{
	(void)state;
	char *path = tmp_db("large");
	make_chibo_db(path);
	sqlite3 *db = raw_open(path);
	raw_exec(db, "CREATE TABLE pad (b BLOB);"
	             " INSERT INTO pad VALUES (zeroblob(34 * 1024 * 1024));"
	             " CREATE TABLE spare (x); INSERT INTO spare VALUES (1);"
	             " INSERT INTO meta (key, value)"
	             "  VALUES ('checked_on', '2026-11-26')");
	int64_t root = raw_int(db, "SELECT rootpage FROM sqlite_master"
	                           " WHERE name = 'spare'");
	int64_t size = raw_int(db, "PRAGMA page_size");
	sqlite3_close(db);
	smash_page(path, root, size);

	char id[STORE_ID_LEN];
	setenv("CHIBO_NOW", "2026-11-26T08:00", 1);
	store *s = open_ok(path);
	assert_int_equal(store_person_ensure(s, "lan", id), 0); /* no check */
	store_close(s);

	setenv("CHIBO_NOW", "2026-11-27T08:00", 1);
	s = open_ok(path);
	assert_int_equal(store_person_ensure(s, "mai", id), -1);
	assert_non_null(strstr(store_errmsg(s), "bị hỏng"));
	store_close(s);
	unsetenv("CHIBO_NOW");
	free(path);
}

/* The first write of a day on a large, sound database records the day. */
static void test_large_check_recorded(void **state)
{
	(void)state;
	char *path = tmp_db("large-ok");
	make_chibo_db(path);
	sqlite3 *db = raw_open(path);
	raw_exec(db, "CREATE TABLE pad (b BLOB);"
	             " INSERT INTO pad VALUES (zeroblob(34 * 1024 * 1024))");
	sqlite3_close(db);
	setenv("CHIBO_NOW", "2026-11-26T08:00", 1);
	char id[STORE_ID_LEN];
	store *s = open_ok(path);
	assert_int_equal(store_person_ensure(s, "lan", id), 0);
	store_close(s);
	unsetenv("CHIBO_NOW");
	db = raw_open(path);
	char *day = raw_text(db, "SELECT value FROM meta"
	                         " WHERE key = 'checked_on'");
	assert_string_equal(day, "2026-11-26");
	free(day);
	sqlite3_close(db);
	free(path);
}

/* ---- data -------------------------------------------------------------- */

static void test_person_ensure_idempotent(void **state)
{
	(void)state;
	char *path = tmp_db("person");
	store *s = open_ok(path);
	char a[STORE_ID_LEN], a2[STORE_ID_LEN], b[STORE_ID_LEN];
	assert_int_equal(store_person_ensure(s, "lan", a), 0);
	assert_true(is_uuid4(a));
	assert_int_equal(store_person_ensure(s, "lan", a2), 0);
	assert_string_equal(a, a2);
	/* Inside the caller's transaction too. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_person_ensure(s, "binh", b), 0);
	assert_int_equal(store_commit(s), 0);
	assert_string_not_equal(a, b);

	sqlite3 *db = raw_open(path);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM person"), 2);
	sqlite3_close(db);
	store_close(s);
	free(path);
}

static void test_runs(void **state)
{
	(void)state;
	char *path = tmp_db("runs");
	store *s = open_ok(path);
	char p[STORE_ID_LEN];
	store_run r1, r2, found;
	assert_int_equal(store_person_ensure(s, "lan", p), 0);
	assert_int_equal(store_run_find_open(s, p, "a", &found), 0);

	assert_int_equal(store_run_create(s, p, "a", 3, "learn", &r1), 0);
	assert_true(is_uuid4(r1.id));
	assert_string_equal(r1.lesson_id, "a");
	assert_int_equal(r1.lesson_version, 3);
	assert_string_equal(r1.status, "in_progress");
	assert_int_equal(strlen(r1.started_at), 20);
	assert_string_equal(r1.finished_at, "");
	assert_int_equal(store_run_find_open(s, p, "a", &found), 1);
	assert_string_equal(found.id, r1.id);
	assert_int_equal(found.lesson_version, 3);
	assert_string_equal(found.started_at, r1.started_at);

	/* Same second: the newer run still wins. */
	assert_int_equal(store_run_create(s, p, "a", 4, "test", &r2), 0);
	assert_int_equal(store_run_find_open(s, p, "a", &found), 1);
	assert_string_equal(found.id, r2.id);
	assert_int_equal(store_run_find_open(s, p, "b", &found), 0);

	/* [tx] */
	assert_int_equal(store_run_set_status(s, r2.id, "done"), -1);
	assert_non_null(strstr(store_errmsg(s), "store_begin"));

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run_set_status(s, r2.id, "done"), 0);
	assert_int_equal(store_run_set_status(s, r2.id, "paused"), -1);
	assert_int_equal(store_run_set_status(s, "no-such-run", "done"), -1);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_run_find_open(s, p, "a", &found), 1);
	assert_string_equal(found.id, r1.id);

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run_set_status(s, r1.id, "abandoned"), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_run_find_open(s, p, "a", &found), 0);

	sqlite3 *db = raw_open(path);
	char *sql = xasprintf("SELECT finished_at IS NOT NULL FROM lesson_run"
	                      " WHERE id = '%s'",
	                      r2.id);
	assert_int_equal(raw_int(db, sql), 1);
	free(sql);
	sql = xasprintf("SELECT finished_at IS NULL FROM lesson_run"
	                " WHERE id = '%s'",
	                r1.id);
	assert_int_equal(raw_int(db, sql), 1);
	free(sql);
	sqlite3_close(db);

	/* foreign_keys=ON: no run for a person who does not exist. */
	assert_int_equal(
	    store_run_create(s, "00000000-0000-4000-8000-000000000000", "a", 1,
	                     "learn", &found),
	    -1);
	assert_non_null(strstr(store_errmsg(s), "FOREIGN KEY"));
	char long_id[200];
	memset(long_id, 'x', sizeof long_id - 1);
	long_id[sizeof long_id - 1] = '\0';
	assert_int_equal(store_run_create(s, p, long_id, 1, "learn", &found),
	                 -1);
	store_close(s);
	free(path);
}

static void test_answers(void **state)
{
	(void)state;
	char *path = tmp_db("answers");
	char p[STORE_ID_LEN];
	store_run r;
	store *s = open_with_run(path, p, &r);
	char *json = (char *)"unset";
	int attempts = -1;
	assert_int_equal(store_answer_get(s, r.id, "q.1", &json, &attempts), 0);

	/* Two failed attempts: stored, not answered. */
	for (int i = 1; i <= 2; i++) {
		assert_int_equal(store_begin(s), 0);
		assert_int_equal(store_answer_put(s, r.id, "q.1", NULL), 0);
		assert_int_equal(store_commit(s), 0);
		assert_int_equal(
		    store_answer_get(s, r.id, "q.1", &json, &attempts), 1);
		assert_null(json);
		assert_int_equal(attempts, i);
	}
	/* Accepted. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, r.id, "q.1", "{\"v\":2}"), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_answer_get(s, r.id, "q.1", &json, &attempts), 1);
	assert_string_equal(json, "{\"v\":2}");
	assert_int_equal(attempts, 3);
	free(json);
	/* A later failed attempt counts but keeps the accepted value. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, r.id, "q.1", NULL), 0);
	assert_int_equal(store_answer_put(s, r.id, "q.2", "\"Chi bộ 3\""), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_answer_get(s, r.id, "q.1", &json, &attempts), 1);
	assert_string_equal(json, "{\"v\":2}");
	assert_int_equal(attempts, 4);
	free(json);
	assert_int_equal(store_answer_get(s, r.id, "q.2", &json, NULL), 1);
	assert_string_equal(json, "\"Chi bộ 3\"");
	free(json);

	/* [tx] */
	assert_int_equal(store_answer_put(s, r.id, "q.1", "1"), -1);
	assert_non_null(strstr(store_errmsg(s), "store_begin"));
	/* Not JSON, or no such run: refused, the rest of the tx survives. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, r.id, "q.3", "Chi bộ"), -1);
	assert_int_equal(store_answer_put(s, "no-such-run", "q.3", "1"), -1);
	assert_int_equal(store_answer_put(s, r.id, "q.4", "4"), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_answer_get(s, r.id, "q.3", &json, NULL), 0);
	assert_int_equal(store_answer_get(s, r.id, "q.4", NULL, &attempts), 1);
	assert_int_equal(attempts, 1);

	/* Rolled back: gone. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, r.id, "q.5", "5"), 0);
	store_rollback(s);
	assert_int_equal(store_answer_get(s, r.id, "q.5", &json, NULL), 0);
	store_close(s);
	free(path);
}

static void test_steps(void **state)
{
	(void)state;
	char *path = tmp_db("steps");
	char p[STORE_ID_LEN];
	store_run r;
	store *s = open_with_run(path, p, &r);
	int done = -1;
	assert_int_equal(store_steps_done(s, r.id, &done), 1);
	assert_int_equal(done, 0);

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "in_progress", 1.5),
	                 0);
	assert_int_equal(store_step_put(s, r.id, "quiz", "in_progress", 1), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_steps_done(s, r.id, &done), 1);
	assert_int_equal(done, 0);

	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "in_progress", 2),
	                 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "done", 0.5), 0);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_steps_done(s, r.id, &done), 1);
	assert_int_equal(done, 1);

	/* Replaying a finished step adds time but keeps it done; bad input. */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "in_progress", 1),
	                 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "in_progress", -9),
	                 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "skipped", 1), -1);
	assert_int_equal(store_commit(s), 0);
	assert_int_equal(store_step_put(s, r.id, "mo-dau", "done", 1), -1);

	sqlite3 *db = raw_open(path);
	assert_true(raw_double(db, "SELECT seconds FROM step_progress"
	                           " WHERE step_id = 'mo-dau'") == 5.0);
	char *st = raw_text(db, "SELECT status FROM step_progress"
	                        " WHERE step_id = 'mo-dau'");
	assert_string_equal(st, "done");
	free(st);
	assert_int_equal(raw_int(db, "SELECT finished_at IS NOT NULL"
	                             " FROM step_progress"
	                             " WHERE step_id = 'mo-dau'"),
	                 1);
	sqlite3_close(db);
	assert_int_equal(store_steps_done(s, "no-such-run", &done), 0);
	store_close(s);
	free(path);
}

struct progress_seen {
	int n;
	int stop_after;
	char line[8][96];
};

static int on_progress(void *arg, const char *lesson_id, const char *status,
                       int steps_done, int ever_done)
{
	struct progress_seen *seen = arg;
	assert_true(seen->n < 8);
	snprintf(seen->line[seen->n++], sizeof seen->line[0], "%s %s %d %d",
	         lesson_id, status, steps_done, ever_done);
	return seen->stop_after && seen->n >= seen->stop_after;
}

static void run_with_steps(store *s, const char *person, const char *lesson,
                           const char *status, int done, int open)
{
	store_run r;
	assert_int_equal(store_run_create(s, person, lesson, 1, "learn", &r),
	                 0);
	assert_int_equal(store_begin(s), 0);
	for (int i = 0; i < done + open; i++) {
		char step[16];
		snprintf(step, sizeof step, "s%d", i);
		assert_int_equal(
		    store_step_put(s, r.id, step,
		                   i < done ? "done" : "in_progress", 1),
		    0);
	}
	if (status)
		assert_int_equal(store_run_set_status(s, r.id, status), 0);
	assert_int_equal(store_commit(s), 0);
}

static void test_progress_each(void **state)
{
	(void)state;
	char *path = tmp_db("progress");
	store *s = open_ok(path);
	char p[STORE_ID_LEN], q[STORE_ID_LEN];
	assert_int_equal(store_person_ensure(s, "lan", p), 0);
	assert_int_equal(store_person_ensure(s, "binh", q), 0);
	run_with_steps(s, p, "b", "done", 2, 0);
	run_with_steps(s, p, "b", NULL, 1, 1); /* newest: in progress */
	run_with_steps(s, p, "a", NULL, 0, 0);
	run_with_steps(s, p, "c", "abandoned", 1, 0);
	run_with_steps(s, q, "d", "done", 3, 0); /* someone else */

	struct progress_seen seen = {0};
	assert_int_equal(store_progress_each(s, p, on_progress, &seen), 0);
	assert_int_equal(seen.n, 3);
	/* newest run first: c, then a, then b (whose newest run is older) */
	assert_string_equal(seen.line[0], "c abandoned 1 0");
	assert_string_equal(seen.line[1], "a in_progress 0 0");
	assert_string_equal(seen.line[2], "b in_progress 1 1");

	struct progress_seen first = {.stop_after = 1};
	assert_int_equal(store_progress_each(s, p, on_progress, &first), 0);
	assert_int_equal(first.n, 1);
	store_close(s);
	free(path);
}

struct index_seen {
	store *s;
	int n;
	char line[8][160];
	const char *del; /* delete this path while iterating */
};

static int on_meta(void *arg, const store_lesson_meta *m)
{
	struct index_seen *seen = arg;
	assert_true(seen->n < 8);
	snprintf(seen->line[seen->n++], sizeof seen->line[0],
	         "%s %lld %lld %s %d %s %s %d %d %s", m->path,
	         (long long)m->mtime_ns, (long long)m->size,
	         m->lesson_id ? m->lesson_id : "-", m->version,
	         m->title ? m->title : "-", m->summary ? m->summary : "-",
	         m->minutes, m->steps, m->error ? m->error : "-");
	if (seen->del) {
		assert_int_equal(store_begin(seen->s), 0);
		assert_int_equal(store_index_del(seen->s, seen->del), 0);
		assert_int_equal(store_commit(seen->s), 0);
	}
	return 0;
}

static void test_index(void **state)
{
	(void)state;
	char *path = tmp_db("index");
	store *s = open_ok(path);
	store_lesson_meta z = {xstrdup("/l/z.lua"),
	                       30,
	                       300,
	                       xstrdup("z"),
	                       1,
	                       xstrdup("Vai trò bí thư"),
	                       xstrdup("Tóm tắt"),
	                       20,
	                       7,
	                       NULL, NULL};
	store_lesson_meta a = {xstrdup("/l/a.lua"),
	                       10,
	                       100,
	                       xstrdup("a"),
	                       2,
	                       xstrdup("Trình tự"),
	                       NULL,
	                       15,
	                       5,
	                       NULL, NULL};
	store_lesson_meta m = {xstrdup("/l/m.lua"),
	                       20,
	                       200,
	                       NULL,
	                       0,
	                       NULL,
	                       NULL,
	                       0,
	                       0,
	                       xstrdup("m.lua:3: unknown field 'titel'"), NULL};

	assert_int_equal(store_index_put(s, &z), -1); /* [tx] */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_index_put(s, &z), 0);
	assert_int_equal(store_index_put(s, &a), 0);
	assert_int_equal(store_index_put(s, &m), 0);
	assert_int_equal(store_commit(s), 0);

	struct index_seen seen = {.s = s};
	assert_int_equal(store_index_each(s, on_meta, &seen), 0);
	assert_int_equal(seen.n, 3);
	assert_string_equal(seen.line[0],
	                    "/l/a.lua 10 100 a 2 Trình tự - 15 5 -");
	assert_string_equal(seen.line[1], "/l/m.lua 20 200 - 0 - - 0 0 "
	                                  "m.lua:3: unknown field 'titel'");
	assert_string_equal(
	    seen.line[2], "/l/z.lua 30 300 z 1 Vai trò bí thư Tóm tắt 20 7 -");

	/* Replace; delete from inside the callback. */
	a.version = 3;
	a.mtime_ns = 11;
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_index_put(s, &a), 0);
	assert_int_equal(store_commit(s), 0);
	struct index_seen del = {.s = s, .del = "/l/m.lua"};
	assert_int_equal(store_index_each(s, on_meta, &del), 0);
	assert_int_equal(del.n, 3);
	assert_string_equal(del.line[0],
	                    "/l/a.lua 11 100 a 3 Trình tự - 15 5 -");

	struct index_seen after = {.s = s};
	assert_int_equal(store_index_each(s, on_meta, &after), 0);
	assert_int_equal(after.n, 2);
	assert_string_equal(
	    after.line[1], "/l/z.lua 30 300 z 1 Vai trò bí thư Tóm tắt 20 7 -");

	store_lesson_meta_free(&z);
	store_lesson_meta_free(&a);
	store_lesson_meta_free(&m);
	assert_null(a.path);
	store_close(s);
	free(path);
}

/* ---- concurrency and failures ------------------------------------------ */

#define WRITES 200

/* One writer process: opens (perhaps creating) the database, then stores
 * WRITES answers, one transaction each.  0 or a line number. */
static int writer(const char *path, int who)
{
	char *err = NULL;
	store *s = store_open(path, &err);
	if (!s) {
		fprintf(stderr, "writer %d: %s\n", who, err);
		return __LINE__;
	}
	char p[STORE_ID_LEN];
	store_run r;
	int line = 0;
	if (store_person_ensure(s, "chung", p) < 0 ||
	    store_run_create(s, p, "trinh-tu", 1, "learn", &r) < 0)
		line = __LINE__;
	for (int i = 0; !line && i < WRITES; i++) {
		char key[32], json[32];
		snprintf(key, sizeof key, "buoc.%d", i);
		snprintf(json, sizeof json, "%d", i * 10 + who);
		if (store_begin(s) < 0 ||
		    store_answer_put(s, r.id, key, json) < 0 ||
		    store_commit(s) < 0)
			line = __LINE__;
	}
	if (line)
		fprintf(stderr, "writer %d: %s\n", who, store_errmsg(s));
	store_close(s);
	return line;
}

static void test_concurrent_writers(void **state)
{
	(void)state;
	char *path = tmp_db("concurrent");
	unlink(path); /* both processes race to create and migrate it */
	int go[2];
	assert_int_equal(pipe(go), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		char c;
		close(go[1]);
		if (read(go[0], &c, 1) != 1)
			_exit(99);
		_exit(writer(path, 1) ? 1 : 0);
	}
	close(go[0]);
	assert_int_equal(write(go[1], "x", 1), 1);
	close(go[1]);
	int mine = writer(path, 0);
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(mine, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);

	sqlite3 *db = raw_open(path);
	assert_int_equal(raw_int(db, "PRAGMA user_version"),
	                 store_schema_version());
	assert_int_equal(raw_int(db, "SELECT count(*) FROM meta"), 2);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM person"), 1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM lesson_run"), 2);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM answer"),
	                 2 * WRITES);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM (SELECT run_id"
	                             " FROM answer GROUP BY run_id"
	                             " HAVING count(*) = 200)"),
	                 2);
	assert_int_equal(raw_int(db, "SELECT max(attempts) FROM answer"), 1);
	sqlite3_close(db);
	free(path);
}

/* Several processes open the same missing file at the same moment (closing
 * the pipe releases them together): all of them create, switch to WAL,
 * migrate or wait, and succeed.  */
static void test_fresh_open_race(void **state)
{
	(void)state;
	enum { ROUNDS = 15, PROCS = 4 };
	for (int round = 0; round < ROUNDS; round++) {
		char name[32];
		snprintf(name, sizeof name, "race-%d", round);
		char *path = tmp_db(name);
		int go[2];
		pid_t pids[PROCS];
		assert_int_equal(pipe(go), 0);
		for (int i = 0; i < PROCS; i++) {
			pids[i] = fork();
			assert_true(pids[i] >= 0);
			if (pids[i] == 0) {
				char c, *err = NULL;
				close(go[1]);
				if (read(go[0], &c, 1) != 0)
					_exit(99);
				store *s = store_open(path, &err);
				if (!s)
					fprintf(stderr, "%s\n", err);
				store_close(s);
				_exit(s ? 0 : 1);
			}
		}
		close(go[0]);
		close(go[1]);
		for (int i = 0; i < PROCS; i++) {
			int status = 0;
			assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
			assert_true(WIFEXITED(status));
			assert_int_equal(WEXITSTATUS(status), 0);
		}
		sqlite3 *db = raw_open(path);
		assert_int_equal(raw_int(db, "SELECT count(*) FROM meta"), 2);
		sqlite3_close(db);
		free(path);
	}
}

/*
 * A VFS over the default one whose writes fail with SQLITE_FULL while
 * disk_full is set: what the unix VFS reports on ENOSPC.
 */
static int disk_full; /* 1: writes fail, 2: syncs fail */
static int syncs;     /* xSync calls */
static sqlite3_vfs *real_vfs;
static sqlite3_vfs test_vfs;

struct full_file {
	sqlite3_file base;  /* our methods */
	sqlite3_file *real; /* the default VFS's file, right after us */
};

#define REAL(f) (((struct full_file *)(f))->real)

static int ff_close(sqlite3_file *f)
{
	return REAL(f)->pMethods->xClose(REAL(f));
}
static int ff_read(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
	return REAL(f)->pMethods->xRead(REAL(f), b, n, o);
}
static int ff_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
	if (disk_full == 1)
		return SQLITE_FULL;
	return REAL(f)->pMethods->xWrite(REAL(f), b, n, o);
}
static int ff_truncate(sqlite3_file *f, sqlite3_int64 n)
{
	return REAL(f)->pMethods->xTruncate(REAL(f), n);
}
static int ff_sync(sqlite3_file *f, int flags)
{
	syncs++;
	if (disk_full)
		return SQLITE_IOERR_FSYNC;
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int ff_size(sqlite3_file *f, sqlite3_int64 *n)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), n);
}
static int ff_lock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xLock(REAL(f), l);
}
static int ff_unlock(sqlite3_file *f, int l)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), l);
}
static int ff_reserved(sqlite3_file *f, int *r)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), r);
}
static int ff_fcntl(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int ff_sector(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}
static int ff_devchar(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}
static int ff_shm_map(sqlite3_file *f, int pg, int sz, int ext,
                      void volatile **p)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, ext, p);
}
static int ff_shm_lock(sqlite3_file *f, int off, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}
static void ff_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}
static int ff_shm_unmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}
static int ff_fetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
	return REAL(f)->pMethods->xFetch(REAL(f), o, n, p);
}
static int ff_unfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), o, p);
}

static const sqlite3_io_methods full_io = {
    3,
    ff_close,
    ff_read,
    ff_write,
    ff_truncate,
    ff_sync,
    ff_size,
    ff_lock,
    ff_unlock,
    ff_reserved,
    ff_fcntl,
    ff_sector,
    ff_devchar,
    ff_shm_map,
    ff_shm_lock,
    ff_shm_barrier,
    ff_shm_unmap,
    ff_fetch,
    ff_unfetch,
};

static int ff_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f,
                   int flags, int *out)
{
	(void)vfs;
	struct full_file *ff = (struct full_file *)f;
	ff->real = (sqlite3_file *)&ff[1];
	int rc = real_vfs->xOpen(real_vfs, name, ff->real, flags, out);
	f->pMethods = ff->real->pMethods ? &full_io : NULL;
	return rc;
}

/* Makes the test VFS the default: stores opened until vfs_remove() use it. */
static void vfs_install(void)
{
	real_vfs = sqlite3_vfs_find(NULL);
	assert_non_null(real_vfs);
	test_vfs = *real_vfs;
	test_vfs.zName = "chibo-test";
	test_vfs.szOsFile = (int)sizeof(struct full_file) + real_vfs->szOsFile;
	test_vfs.xOpen = ff_open;
	assert_int_equal(sqlite3_vfs_register(&test_vfs, 1), SQLITE_OK);
}

static void vfs_remove(void)
{
	assert_int_equal(sqlite3_vfs_unregister(&test_vfs), SQLITE_OK);
	assert_true(sqlite3_vfs_find(NULL) == real_vfs);
}

/* synchronous=FULL: an acknowledged answer is on disk (the WAL is synced at
 * every commit, not only at checkpoints). */
static void test_answer_commit_syncs(void **state)
{
	(void)state;
	char *path = tmp_db("sync");
	vfs_install();
	char p[STORE_ID_LEN];
	store_run r;
	store *s = open_with_run(path, p, &r);
	for (int i = 0; i < 3; i++) {
		syncs = 0;
		assert_int_equal(store_begin(s), 0);
		assert_int_equal(store_answer_put(s, r.id, "q.1", "1"), 0);
		assert_int_equal(store_commit(s), 0);
		assert_true(syncs >= 1);
	}
	store_close(s);
	vfs_remove();
	free(path);
}

static void test_disk_full_rolls_back(void **state)
{
	(void)state;
	char *path = tmp_db("full");
	make_chibo_db(path);
	vfs_install();
	store *s = open_ok(path);
	sbuf big = SBUF_INIT;
	for (int i = 0; i < 1000; i++)
		sbuf_adds(&big, "Nghị quyết chi bộ tháng này. ");
	store_lesson_meta m = {(char *)"/l/big.lua",
	                       1,
	                       1,
	                       (char *)"big",
	                       1,
	                       (char *)"Lớn",
	                       big.buf,
	                       1,
	                       1,
	                       NULL, NULL};
	disk_full = 1;
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_index_put(s, &m), 0);
	assert_int_equal(store_commit(s), -1);
	const char *msg = store_errmsg(s);
	if (strncmp(msg, "đĩa đầy: ", strlen("đĩa đầy: ")) != 0)
		fail_msg("message: %s", msg);
	assert_non_null(strstr(msg, path));
	disk_full = 0;

	/* The frames are written but cannot be synced: the commit fails, and
	 * SQLite leaves the transaction to us. */
	disk_full = 2;
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_index_put(s, &m), 0);
	assert_int_equal(store_commit(s), -1);
	assert_non_null(strstr(store_errmsg(s), "lỗi đọc/ghi ổ đĩa"));
	disk_full = 0;

	/* Rolled back: nothing stored, and the next transaction begins. */
	struct index_seen seen = {.s = s};
	assert_int_equal(store_index_each(s, on_meta, &seen), 0);
	assert_int_equal(seen.n, 0);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_index_put(s, &m), 0);
	assert_int_equal(store_commit(s), 0);
	seen.n = 0;
	assert_int_equal(store_index_each(s, on_meta, &seen), 0);
	assert_int_equal(seen.n, 1);
	store_close(s);
	vfs_remove();
	sbuf_free(&big);
	free(path);
}

/* A database made readable by others (a copy, a loose umask) is the
 * owner's only again once chibo opens it, with its -wal and -shm. */
static void test_existing_file_made_private(void **state)
{
	(void)state;
	char *path = tmp_db("private");
	make_chibo_db(path);
	assert_int_equal(chmod(path, 0644), 0);
	store *s = open_ok(path);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	char *wal = xasprintf("%s-wal", path);
	if (stat(wal, &st) == 0)
		assert_int_equal(st.st_mode & 077, 0);
	store_close(s);
	free(wal);
	free(path);
}

/* A signed-off run and meeting are locked by the triggers of 004: the
 * store refuses changes with a message that says why. */
static void test_signed_off_locked(void **state)
{
	(void)state;
	char *path = tmp_db("signoff");
	char person[STORE_ID_LEN];
	store_run run;
	store *s = open_with_run(path, person, &run);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_answer_put(s, run.id, "a.1", "1"), 0);
	assert_int_equal(store_run_set_status(s, run.id, "done"), 0);
	assert_int_equal(store_commit(s), 0);
	sqlite3 *db = raw_open(path);
	char *sql = sqlite3_mprintf(
	    "INSERT INTO signoff (id, mentor_id, run_id, created_at)"
	    " VALUES ('00000000-0000-4000-8000-000000000001', %Q, %Q,"
	    " '2026-11-26T00:00:00Z')",
	    person, run.id);
	raw_exec(db, sql);
	sqlite3_free(sql);
	sqlite3_close(db);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_run_set_status(s, run.id, "abandoned"), -1);
	assert_non_null(strstr(store_errmsg(s), "ký xác nhận"));
	assert_int_equal(store_answer_put(s, run.id, "a.1", "2"), -1);
	assert_int_equal(store_answer_put(s, run.id, "b.1", "2"), -1);
	store_rollback(s);
	store_run back;
	assert_int_equal(store_run_get(s, run.id, &back), 1);
	assert_string_equal(back.status, "done");
	store_close(s);
	free(path);
}

static void test_bad_paths(void **state)
{
	(void)state;
	char *err = NULL;
	assert_null(store_open("", &err));
	assert_non_null(err);
	free(err);
	char *dir = tmp_db("dir");
	*strrchr(dir, '/') = '\0';
	err = NULL;
	assert_null(store_open(dir, &err));
	assert_non_null(strstr(err, "thư mục"));
	free(err);
	free(dir);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	root = xasprintf("%s/store-%ld", base && *base ? base : "/tmp",
	                 (long)getpid());
	umask(022);
	if (mkdir_p(root, 0700) != 0) {
		perror(root);
		return 1;
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_new_id_is_uuid4),
	    cmocka_unit_test(test_schema_files_numbered),
	    cmocka_unit_test(test_fresh_file_migrated),
	    cmocka_unit_test(test_reopen_is_idempotent),
	    cmocka_unit_test(test_refuses_newer_schema),
	    cmocka_unit_test(test_refuses_newer_with_leftover_wal),
	    cmocka_unit_test(test_refuses_foreign_sqlite),
	    cmocka_unit_test(test_refuses_non_database),
	    cmocka_unit_test(test_refuses_corrupt),
	    cmocka_unit_test(test_corruption_found_later),
	    cmocka_unit_test(test_large_checked_daily),
	    cmocka_unit_test(test_large_check_recorded),
	    cmocka_unit_test(test_person_ensure_idempotent),
	    cmocka_unit_test(test_runs),
	    cmocka_unit_test(test_answers),
	    cmocka_unit_test(test_steps),
	    cmocka_unit_test(test_progress_each),
	    cmocka_unit_test(test_index),
	    cmocka_unit_test(test_fresh_open_race),
	    cmocka_unit_test(test_concurrent_writers),
	    cmocka_unit_test(test_answer_commit_syncs),
	    cmocka_unit_test(test_disk_full_rolls_back),
	    cmocka_unit_test(test_existing_file_made_private),
	    cmocka_unit_test(test_signed_off_locked),
	    cmocka_unit_test(test_bad_paths),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	if (!failed)
		rm_rf(root);
	free(root);
	return failed;
}
