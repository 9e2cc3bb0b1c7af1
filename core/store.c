/*
 * store.c — the only room that speaks SQL (contract in store.h).
 *
 * Opening is careful never to write to a file it refuses: busy_timeout is set
 * first, then application_id, user_version and "has tables" are read before
 * any pragma that writes (journal_mode=WAL rewrites the header).  Only a
 * fresh file or a chibo database no newer than this binary goes further.
 *
 * Statements are prepared on first use, kept in the store, and reset after
 * every call, so an up-to-date open runs a handful of queries and an answer
 * write costs BEGIN IMMEDIATE + one upsert + COMMIT.
 */
#include "store.h"
#include "store_priv.h"

#include "embedded.h"
#include "i18n.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#define STORE_APP_ID 0x43484942 /* "CHIB"; set by 001-init.sql */
#define STORE_BUSY_MS 10000     /* wait this long for another writer */

enum stmt_id {
	ST_PROBE,
	ST_BEGIN,
	ST_COMMIT,
	ST_ROLLBACK,
	ST_DEVICE_GET,
	ST_DEVICE_ADD,
	ST_PERSON_GET,
	ST_PERSON_ADD,
	ST_RUN_OPEN,
	ST_RUN_GET,
	ST_ANSWER_KEYS,
	ST_RUN_ADD,
	ST_RUN_STATUS,
	ST_RUN_VERSION,
	ST_META_GET,
	ST_META_PUT,
	ST_ANSWER_GET,
	ST_ANSWER_PUT,
	ST_STEP_PUT,
	ST_STEPS_DONE,
	ST_PROGRESS,
	ST_INDEX_ALL,
	ST_INDEX_UNDER,
	ST_INDEX_PUT,
	ST_INDEX_DEL,
	ST__COUNT
};

_Static_assert(ST__COUNT <= STORE_NST, "raise STORE_NST");

static const char *const stmt_sql[ST__COUNT] = {
    [ST_PROBE] = "SELECT (SELECT application_id FROM pragma_application_id),"
                 " (SELECT user_version FROM pragma_user_version),"
                 " EXISTS (SELECT 1 FROM sqlite_master)",
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_DEVICE_GET] = "SELECT value FROM meta WHERE key = 'device_id'",
    [ST_DEVICE_ADD] = "INSERT OR IGNORE INTO meta (key, value)"
                      " VALUES ('device_id', ?1)",
    [ST_PERSON_GET] = "SELECT id FROM person WHERE login = ?1",
    [ST_PERSON_ADD] = "INSERT INTO person"
                      " (id, login, display_name, created_at, updated_at)"
                      " VALUES (?1, ?2, ?2, ?3, ?3)"
                      " ON CONFLICT (login) DO NOTHING",
    /* rowid breaks ties between runs started in the same second. */
    [ST_RUN_OPEN] = "SELECT id, lesson_id, lesson_version, status, started_at,"
                    " coalesce(finished_at, '') FROM lesson_run"
                    " WHERE person_id = ?1 AND lesson_id = ?2"
                    " AND status = 'in_progress'"
                    " ORDER BY started_at DESC, rowid DESC LIMIT 1",
    [ST_ANSWER_KEYS] = "SELECT key FROM answer WHERE run_id = ?1"
                       " ORDER BY key",
    [ST_RUN_GET] = "SELECT id, lesson_id, lesson_version, status, started_at,"
                   " coalesce(finished_at, '') FROM lesson_run WHERE id = ?1",
    [ST_RUN_ADD] = "INSERT INTO lesson_run (id, person_id, lesson_id,"
                   " lesson_version, mode, status, started_at, updated_at)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, 'in_progress', ?6, ?6)",
    [ST_RUN_VERSION] = "UPDATE lesson_run SET lesson_version = ?2,"
                       " updated_at = ?3 WHERE id = ?1",
    [ST_META_GET] = "SELECT value FROM meta WHERE key = ?1",
    [ST_META_PUT] = "INSERT INTO meta (key, value) VALUES (?1, ?2)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    [ST_RUN_STATUS] = "UPDATE lesson_run SET status = ?2,"
                      " finished_at = CASE WHEN ?2 = 'done' THEN ?3"
                      " ELSE finished_at END, updated_at = ?3 WHERE id = ?1",
    [ST_ANSWER_GET] = "SELECT value, attempts FROM answer"
                      " WHERE run_id = ?1 AND key = ?2",
    /* A NULL value is a failed attempt: it counts but keeps any accepted
     * value. */
    [ST_ANSWER_PUT] =
        "INSERT INTO answer (id, run_id, key, value, attempts,"
        " answered_at, created_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, 1,"
        " CASE WHEN ?4 IS NULL THEN NULL ELSE ?5 END, ?5, ?5)"
        " ON CONFLICT (run_id, key) DO UPDATE SET"
        " value = coalesce(excluded.value, value),"
        " attempts = attempts + 1,"
        " answered_at = coalesce(excluded.answered_at, answered_at),"
        " updated_at = excluded.updated_at",
    /* "done" is sticky: replaying a finished step never un-finishes it. */
    [ST_STEP_PUT] =
        "INSERT INTO step_progress (id, run_id, step_id, status,"
        " seconds, started_at, finished_at, updated_at)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
        " CASE WHEN ?4 = 'done' THEN ?6 END, ?6)"
        " ON CONFLICT (run_id, step_id) DO UPDATE SET"
        " seconds = seconds + excluded.seconds,"
        " status = CASE WHEN status = 'done' THEN 'done'"
        " ELSE excluded.status END,"
        " finished_at = coalesce(finished_at, excluded.finished_at),"
        " updated_at = excluded.updated_at",
    [ST_STEPS_DONE] = "SELECT (SELECT count(*) FROM step_progress"
                      " WHERE run_id = ?1 AND status = 'done')"
                      " FROM lesson_run WHERE id = ?1",
    [ST_PROGRESS] = "SELECT lesson_id, status,"
                    " (SELECT count(*) FROM step_progress AS p"
                    " WHERE p.run_id = r.id AND p.status = 'done'),"
                    " ever_done FROM (SELECT id, lesson_id, status,"
                    " started_at, rowid AS rid,"
                    " row_number() OVER (PARTITION BY lesson_id"
                    " ORDER BY started_at DESC, rowid DESC) AS n,"
                    " max(status = 'done') OVER (PARTITION BY lesson_id)"
                    " AS ever_done FROM lesson_run WHERE person_id = ?1) AS r"
                    " WHERE n = 1 ORDER BY started_at DESC, rid DESC",
    [ST_INDEX_ALL] = "SELECT path, mtime_ns, size, lesson_id, version, title,"
                     " summary, minutes, steps, error FROM lesson_index"
                     " ORDER BY path",
    [ST_INDEX_UNDER] = "SELECT path, mtime_ns, size, lesson_id, version,"
                       " title, summary, minutes, steps, error"
                       " FROM lesson_index WHERE path > ?1 || '/'"
                       " AND path < ?1 || '0' ORDER BY path",
    [ST_INDEX_PUT] = "INSERT OR REPLACE INTO lesson_index (path, mtime_ns,"
                     " size, lesson_id, version, title, summary, minutes,"
                     " steps, error)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [ST_INDEX_DEL] = "DELETE FROM lesson_index WHERE path = ?1",
};


/* ---- messages ---------------------------------------------------------- */

static void set_msg(store *s, char *msg)
{
	free(s->err);
	s->err = msg;
}

int store_refuse(store *s, char *msg)
{
	set_msg(s, msg);
	return -1;
}

/*
 * Records the message for a failed SQLite call; what says what failed.
 * Disk-full and corruption have their own wording whatever failed; the
 * other causes follow "what: why; what to do".
 */
static void set_err_what(store *s, int rc, const char *what)
{
	int code = rc & 0xff;
	int sys = s->db ? sqlite3_system_errno(s->db) : 0;
	const char *detail = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	char *msg;

	if (code == SQLITE_FULL || sys == ENOSPC || sys == EDQUOT) {
		msg = xasprintf(_("đĩa đầy: %s; hãy giải phóng dung lượng ổ "
		                  "đĩa rồi thử lại"),
		                what);
	} else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
		msg = xasprintf(_("cơ sở dữ liệu %s bị hỏng (%s); hãy khôi "
		                  "phục từ bản sao lưu, hoặc đổi tên tệp để "
		                  "chibo tạo cơ sở dữ liệu mới"),
		                s->path, detail);
	} else if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
		msg = xasprintf(_("%s: một tiến trình khác giữ khóa cơ sở dữ "
		                  "liệu quá %d giây; hãy đóng các phiên chibo "
		                  "khác rồi thử lại"),
		                what, STORE_BUSY_MS / 1000);
	} else if (code == SQLITE_READONLY || code == SQLITE_PERM) {
		msg = xasprintf(_("%s: không có quyền ghi (%s); hãy kiểm tra "
		                  "quyền của tệp, thư mục và các tệp -wal, "
		                  "-shm"),
		                what, detail);
	} else if (code == SQLITE_IOERR || code == SQLITE_CANTOPEN) {
		msg = xasprintf(_("%s: lỗi đọc/ghi ổ đĩa (%s%s%s); hãy kiểm "
		                  "tra đường dẫn, quyền truy cập và ổ đĩa rồi "
		                  "thử lại"),
		                what, detail, sys ? ": " : "",
		                sys ? strerror(sys) : "");
	} else if (code == SQLITE_CONSTRAINT &&
		   strcmp(detail, "chibo: signed off") == 0) {
		/* The sign-off triggers of 004-mentoring.sql. */
		msg = xasprintf(_("%s: người hướng dẫn đã ký xác nhận bản ghi "
				  "này nên không sửa được nữa"),
				what);
	} else {
		msg = xasprintf("%s: %s", what, detail);
	}
	set_msg(s, msg);
}

/* Same, with what_fmt holding exactly one %s: the database path ("không
 * lưu được câu trả lời vào %s"). */
void set_err(store *s, int rc, const char *what_fmt)
{
	char *what = xasprintf(what_fmt, s->path);
	set_err_what(s, rc, what);
	free(what);
}

/* A broken caller, not a broken database: says which function and why. */
int misuse(store *s, const char *fn, const char *why)
{
	set_msg(s, xasprintf(_("lỗi nội bộ của chibo: %s: %s"), fn, why));
	return -1;
}

/* ---- statements -------------------------------------------------------- */

/* The cached statement, prepared on first use; NULL with the message set. */
static sqlite3_stmt *stmt(store *s, enum stmt_id id, const char *what_fmt)
{
	if (!s->st[id]) {
		int rc = sqlite3_prepare_v3(s->db, stmt_sql[id], -1,
		                            SQLITE_PREPARE_PERSISTENT,
		                            &s->st[id], NULL);
		if (rc != SQLITE_OK) {
			set_err(s, rc, what_fmt);
			return NULL;
		}
	}
	return s->st[id];
}

/* Resets a statement for its next use; bindings to the caller's strings are
 * dropped so nothing dangles. */
void stmt_done(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

/* Steps a statement that returns no rows: 0, or -1 with the message set. */
int stmt_run(store *s, sqlite3_stmt *st, const char *what_fmt)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		set_err(s, rc, what_fmt);
		stmt_done(st);
		return -1;
	}
	stmt_done(st);
	return 0;
}

/* Steps a query expected to return at most one row: 1 row (left unreset for
 * the caller to read, then stmt_done()), 0 none, -1 error. */
int stmt_row(store *s, sqlite3_stmt *st, const char *what_fmt)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc != SQLITE_DONE)
		set_err(s, rc, what_fmt);
	stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

sqlite3_stmt *stmt_prep(store *s, const char *sql, const char *what_fmt)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		set_err(s, rc, what_fmt);
		return NULL;
	}
	return st;
}

int stmt_finish(store *s, sqlite3_stmt *st, const char *what_fmt)
{
	int rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		set_err(s, rc, what_fmt);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

sqlite3_stmt *stmt_prepv(store *s, const char *sql, const char *const *p,
			 int np, const char *what_fmt)
{
	sqlite3_stmt *st = stmt_prep(s, sql, what_fmt);
	for (int i = 0; st && i < np; i++)
		bind_text(st, i + 1, p[i]);
	return st;
}

int stmt_each(store *s, const char *sql, const char *const *p, int np,
	      store_cols_cb cb, void *arg, const char *what_fmt)
{
	sqlite3_stmt *st = stmt_prepv(s, sql, p, np, what_fmt);
	if (!st)
		return -1;
	enum { MAXCOLS = 24 };
	int n = sqlite3_column_count(st), rc, stop = 0;
	if (n > MAXCOLS)
		n = MAXCOLS;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *col[MAXCOLS];
		for (int i = 0; i < n; i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			col[i] = t ? (const char *)t : "";
		}
		stop = cb(arg, col, n);
	}
	if (!stop && rc != SQLITE_DONE)
		set_err(s, rc, what_fmt);
	sqlite3_finalize(st);
	return stop || rc == SQLITE_DONE ? 0 : -1;
}

int stmt_one(store *s, const char *sql, const char *const *p, int np,
	     char *out, size_t n, const char *what_fmt)
{
	sqlite3_stmt *st = stmt_prepv(s, sql, p, np, what_fmt);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && out)
		col_copy(out, n, st, 0);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		set_err(s, rc, what_fmt);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int stmt_change(store *s, const char *sql, const char *const *p, int np,
		const char *what_fmt)
{
	sqlite3_stmt *st = stmt_prepv(s, sql, p, np, what_fmt);
	if (!st || stmt_finish(s, st, what_fmt) < 0)
		return -1;
	return sqlite3_changes(s->db);
}

void bind_text(sqlite3_stmt *st, int i, const char *v)
{
	sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

char *col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

void col_copy(char *dst, size_t n, sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	snprintf(dst, n, "%s", t ? (const char *)t : "");
}

/* ---- transactions ------------------------------------------------------ */

/* Above this size the check is made once a day, not once per process. */
#define STORE_CHECK_DAILY_BYTES (32 << 20)

/* The database's size in bytes (0 when it cannot be read). */
static int64_t db_bytes(store *s)
{
	sqlite3_stmt *st = NULL;
	int64_t n = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT page_count * page_size FROM"
			       " pragma_page_count, pragma_page_size",
			       -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* A damaged page anywhere must be found before anything is written, so
 * that a corrupt file is left as it was; reading every page costs about a
 * millisecond per few megabytes, so it is done once per process, before
 * its first write (a listing that writes nothing does not pay for it).
 * A cell's database stays far below STORE_CHECK_DAILY_BYTES for decades;
 * a commune's or province's (hundreds of megabytes, half a second and
 * more per check) is checked by the first write of each day instead, the
 * day kept in meta.checked_on. */
static int check_once(store *s)
{
	if (s->checked)
		return 0;
	char today[32];
	now_local(today);
	today[10] = '\0';
	if (db_bytes(s) > STORE_CHECK_DAILY_BYTES) {
		char *last = NULL;
		if (store_meta_get(s, "checked_on", &last) < 0)
			return -1;
		int fresh = last && strcmp(last, today) == 0;
		free(last);
		if (fresh) {
			s->checked = 1;
			return 0;
		}
		s->mark_checked = 1;
	}
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check(1)", -1, &st,
				    NULL);
	const unsigned char *res = NULL;
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
		res = sqlite3_column_text(st, 0);
	int ok = res && strcmp((const char *)res, "ok") == 0;
	char *detail = res ? xstrdup((const char *)res) : NULL;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_OK) {
		free(detail);
		set_err(s, rc, _("không bắt đầu được giao dịch với %s"));
		return -1;
	}
	if (!ok) {
		set_msg(s, xasprintf(_("cơ sở dữ liệu %s bị hỏng (%s); hãy khôi "
				       "phục từ bản sao lưu, hoặc đổi tên tệp "
				       "để chibo tạo cơ sở dữ liệu mới"),
				     s->path, detail ? detail : "quick_check"));
		free(detail);
		return -1;
	}
	free(detail);
	s->checked = 1;
	return 0;
}

int store_begin(store *s)
{
	if (check_once(s) < 0)
		return -1;
	const char *what = _("không bắt đầu được giao dịch với %s");
	sqlite3_stmt *st = stmt(s, ST_BEGIN, what);
	if (!st || stmt_run(s, st, what) < 0)
		return -1;
	if (s->mark_checked) {
		/* kept only if this transaction commits; else checked again */
		char today[32];
		now_local(today);
		today[10] = '\0';
		s->mark_checked = 0;
		if (store_meta_put(s, "checked_on", today) < 0)
			return -1;
	}
	return 0;
}

void store_rollback(store *s)
{
	if (sqlite3_get_autocommit(s->db))
		return;
	/* Keep the message of whatever made us roll back. */
	char *keep = s->err;
	s->err = NULL;
	sqlite3_stmt *st = stmt(s, ST_ROLLBACK, "%s");
	if (st)
		stmt_run(s, st, "%s");
	set_msg(s, keep);
}

int store_commit(store *s)
{
	const char *what = _("không ghi được thay đổi vào %s");
	sqlite3_stmt *st = stmt(s, ST_COMMIT, what);
	if (st && stmt_run(s, st, what) == 0)
		return 0;
	store_rollback(s);
	return -1;
}

/* Functions marked [tx] in store.h: the caller must have begun. */
int need_tx(store *s, const char *fn)
{
	if (!sqlite3_get_autocommit(s->db))
		return 0;
	return misuse(s, fn, _("cần gọi store_begin() trước"));
}

/* The other writers open their own transaction unless the caller already
 * has one; *own says whether own_end() must commit. */
int own_begin(store *s, int *own)
{
	*own = sqlite3_get_autocommit(s->db);
	return *own ? store_begin(s) : 0;
}

int own_end(store *s, int own, int rc)
{
	if (!own)
		return rc;
	if (rc < 0) {
		store_rollback(s);
		return rc;
	}
	return store_commit(s) < 0 ? -1 : rc;
}

/* ---- ids --------------------------------------------------------------- */

static void random_bytes(unsigned char *buf, size_t n)
{
	while (n > 0) {
		ssize_t got = getrandom(buf, n, 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			/* Ids must never collide: no weak fallback. */
			fprintf(stderr, "chibo: getrandom: %s\n",
			        strerror(errno));
			abort();
		}
		buf += got;
		n -= (size_t)got;
	}
}

void store_new_id(char id[STORE_ID_LEN])
{
	unsigned char b[16];
	random_bytes(b, sizeof b);
	b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4 */
	b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* RFC 4122 variant */
	snprintf(id, STORE_ID_LEN,
	         "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
	         "%02x%02x%02x%02x%02x%02x",
	         b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9],
	         b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* ---- open -------------------------------------------------------------- */

int store_schema_version(void)
{
	int n = 0;
	while (embedded_schema[n].name)
		n++;
	return n;
}

/* Creates the parent directories (0700) and an empty file (0600) when the
 * database does not exist yet; SQLite itself never creates it. */
static int create_missing(const char *path, char **err)
{
	struct stat st;
	if (stat(path, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			return 0;
		*err = xasprintf(_("không mở được cơ sở dữ liệu %s: đây là "
		                   "một thư mục; hãy chỉ định một tệp"),
		                 path);
		return -1;
	}
	if (errno != ENOENT) {
		*err = xasprintf(_("không mở được cơ sở dữ liệu %s: %s"), path,
		                 strerror(errno));
		return -1;
	}
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = 0;
	if (slash && slash != dir) {
		*slash = '\0';
		if (mkdir_p(dir, 0700) != 0) {
			*err = xasprintf(_("không tạo được thư mục %s: %s; hãy "
			                   "kiểm tra quyền truy cập"),
			                 dir, strerror(errno));
			rc = -1;
		}
	}
	free(dir);
	if (rc)
		return rc;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno != EEXIST) {
		*err = xasprintf(_("không tạo được cơ sở dữ liệu %s: %s; hãy "
		                   "kiểm tra quyền truy cập"),
		                 path, strerror(errno));
		return -1;
	}
	if (fd >= 0)
		close(fd);
	return 0;
}

/* The database holds other people's data: whatever made it readable by
 * others (a copy, an umask), it and its -wal/-shm become the owner's only.
 * A file of another owner is left alone (opening it then fails or works as
 * the permissions say). */
static void private_mode(const char *path)
{
	static const char *const suffix[] = {"", "-wal", "-shm"};
	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		char *p = xasprintf("%s%s", path, suffix[i]);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == geteuid() && (st.st_mode & 077))
			chmod(p, st.st_mode & 0700);
		free(p);
	}
}

static int file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* What the header says, read without writing anything. */
struct probe {
	int app;    /* PRAGMA application_id */
	int uv;     /* PRAGMA user_version: migrations applied */
	int tables; /* sqlite_master is not empty */
};

/* The SQLite result code; the message is set on error. */
static int probe_read(store *s, struct probe *p)
{
	const char *what = _("không mở được cơ sở dữ liệu %s");
	sqlite3_stmt *st = s->st[ST_PROBE];
	int rc = SQLITE_OK;
	if (!st)
		rc = sqlite3_prepare_v3(s->db, stmt_sql[ST_PROBE], -1,
		                        SQLITE_PREPARE_PERSISTENT, &st, NULL);
	if (rc == SQLITE_OK) {
		s->st[ST_PROBE] = st;
		rc = sqlite3_step(st);
	}
	if (rc == SQLITE_ROW) {
		p->app = sqlite3_column_int(st, 0);
		p->uv = sqlite3_column_int(st, 1);
		p->tables = sqlite3_column_int(st, 2);
		rc = SQLITE_OK;
	} else {
		set_err(s, rc, what);
	}
	if (st)
		stmt_done(st);
	return rc;
}

/* Ours, or fresh, or refused with the message set. */
static int probe_judge(store *s, const struct probe *p)
{
	int known = store_schema_version();
	int fresh = p->app == 0 && p->uv == 0 && !p->tables;
	if (p->app != STORE_APP_ID && !fresh) {
		set_msg(s, xasprintf(_("tệp %s không phải cơ sở dữ liệu "
		                       "chibo; hãy chỉ định tệp khác bằng "
		                       "--db hoặc CHIBO_DB"),
		                     s->path));
		return -1;
	}
	if (p->uv > known) {
		set_msg(s, xasprintf(_("cơ sở dữ liệu %s do phiên bản chibo "
		                       "mới hơn tạo (lược đồ %d > %d); hãy "
		                       "cập nhật chibo"),
		                     s->path, p->uv, known));
		return -1;
	}
	return 0;
}

/* An unreadable file is "not a chibo database", not "corrupt". */
static int probe(store *s, struct probe *p)
{
	int rc = probe_read(s, p);
	if (rc == SQLITE_OK)
		return probe_judge(s, p);
	if ((rc & 0xff) == SQLITE_NOTADB)
		set_msg(s, xasprintf(_("tệp %s không phải cơ sở dữ liệu "
		                       "chibo; hãy chỉ định tệp khác bằng "
		                       "--db hoặc CHIBO_DB"),
		                     s->path));
	return -1;
}

/*
 * PRAGMA journal_mode = WAL, retried on busy: switching a fresh file upgrades
 * a read lock to a write lock, and SQLite does not call the busy handler for
 * that (two processes creating the same database meet here).
 */
static int wal_on(store *s, const char *what)
{
	double deadline = now_mono() + STORE_BUSY_MS / 1000.0;
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA journal_mode = WAL", -1, &st,
	                            NULL);
	if (rc != SQLITE_OK) {
		set_err(s, rc, what);
		return -1;
	}
	while ((rc = sqlite3_step(st)) != SQLITE_ROW &&
	       (rc & 0xff) == SQLITE_BUSY && now_mono() < deadline) {
		sqlite3_reset(st);
		sqlite3_sleep(5);
	}
	const char *mode = NULL;
	if (rc != SQLITE_ROW)
		set_err(s, rc, what);
	else
		mode = (const char *)sqlite3_column_text(st, 0);
	if (rc == SQLITE_ROW && (!mode || strcmp(mode, "wal") != 0)) {
		set_msg(s, xasprintf(_("không bật được chế độ WAL cho cơ sở dữ "
		                       "liệu %s (chế độ hiện tại: %s); hãy "
		                       "đặt tệp trên ổ đĩa cục bộ"),
		                     s->path, mode ? mode : "?"));
		rc = SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int set_pragmas(store *s)
{
	const char *what = _("không mở được cơ sở dữ liệu %s");
	if (wal_on(s, what) < 0)
		return -1;
	int rc = sqlite3_exec(
	    s->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
	    " PRAGMA temp_store = MEMORY", NULL,
	    NULL, NULL);
	if (rc != SQLITE_OK) {
		set_err(s, rc, what);
		return -1;
	}
	return 0;
}

static int device_add(store *s)
{
	const char *what = _("không tạo được mã thiết bị trong %s");
	char id[STORE_ID_LEN];
	sqlite3_stmt *st = stmt(s, ST_DEVICE_ADD, what);
	if (!st)
		return -1;
	store_new_id(id);
	bind_text(st, 1, id);
	return stmt_run(s, st, what);
}

/* Applies the missing migrations in one transaction.  user_version is read
 * again inside it: another process may have migrated meanwhile. */
static int migrate(store *s, const struct probe *before)
{
	int known = store_schema_version();
	if (before->uv >= known)
		return 0;
	if (store_begin(s) < 0)
		return -1;
	struct probe p;
	if (probe_read(s, &p) != SQLITE_OK || probe_judge(s, &p) < 0)
		goto fail;
	for (int i = p.uv; i < known; i++) {
		char *sql = xasprintf("%s\n;\nPRAGMA user_version = %d;\n",
		                      embedded_schema[i].data, i + 1);
		int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
		free(sql);
		if (rc != SQLITE_OK) {
			char *what =
			    xasprintf(_("không nâng cấp được cơ sở dữ "
			                "liệu %s bằng %s"),
			              s->path, embedded_schema[i].name);
			set_err_what(s, rc, what);
			free(what);
			goto fail;
		}
	}
	if (p.uv < known && device_add(s) < 0)
		goto fail;
	return store_commit(s);
fail:
	store_rollback(s);
	return -1;
}

static int device_load(store *s)
{
	const char *what = _("không đọc được mã thiết bị trong %s");
	for (int tries = 0; tries < 2; tries++) {
		sqlite3_stmt *st = stmt(s, ST_DEVICE_GET, what);
		int rc = st ? stmt_row(s, st, what) : -1;
		if (rc < 0)
			return -1;
		if (rc == 1) {
			col_copy(s->device_id, sizeof s->device_id, st, 0);
			stmt_done(st);
			return 0;
		}
		/* Created at init; only a hand-edited database lacks it. */
		int own;
		if (own_begin(s, &own) < 0 ||
		    own_end(s, own, device_add(s)) < 0)
			return -1;
	}
	return misuse(s, "device_load", "meta.device_id");
}

store *store_open(const char *path, char **err)
{
	*err = NULL;
	if (!path || !*path) {
		*err = xstrdup(_("không mở được cơ sở dữ liệu: đường dẫn "
		                 "trống; hãy chỉ định tệp bằng --db hoặc "
		                 "CHIBO_DB"));
		return NULL;
	}
	if (create_missing(path, err) < 0)
		return NULL;
	private_mode(path);

	store *s = xmalloc(sizeof *s);
	memset(s, 0, sizeof *s);
	s->path = xstrdup(path);
	/* A WAL left by someone else must not be checkpointed into a file we
	 * end up refusing; one we create is empty and removed at close. */
	char *wal = xasprintf("%s-wal", path);
	int wal_existed = file_exists(wal);
	free(wal);

	int rc = sqlite3_open_v2(
	    path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		set_err(s, rc, _("không mở được cơ sở dữ liệu %s"));
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, wal_existed,
	                  NULL);
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

	struct probe p;
	if (probe(s, &p) < 0)
		goto fail;
	/* SQLite falls back to read-only when it may not write the file. */
	if (sqlite3_db_readonly(s->db, "main") == 1) {
		set_msg(s, xasprintf(_("không mở được cơ sở dữ liệu %s: không "
		                       "có quyền ghi; hãy kiểm tra quyền của "
		                       "tệp và thư mục"),
		                     path));
		goto fail;
	}
	if (set_pragmas(s) < 0 || migrate(s, &p) < 0 || device_load(s) < 0)
		goto fail;
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	return s;
fail:
	*err = s->err ? s->err
	              : xasprintf(_("không mở được cơ sở dữ liệu %s"), path);
	s->err = NULL;
	store_close(s);
	return NULL;
}

void store_close(store *s)
{
	if (!s)
		return;
	for (int i = 0; i < ST__COUNT; i++)
		sqlite3_finalize(s->st[i]);
	for (size_t i = 0; i < sizeof s->mst / sizeof *s->mst; i++)
		sqlite3_finalize(s->mst[i]);
	sqlite3_close(s->db);
	free(s->path);
	free(s->err);
	free(s);
}

const char *store_errmsg(const store *s)
{
	return s && s->err ? s->err : "";
}

const char *store_device_id(store *s)
{
	return s->device_id;
}

/* ---- person ------------------------------------------------------------ */

static int person_get(store *s, const char *login, char id[STORE_ID_LEN])
{
	const char *what = _("không đọc được hồ sơ người dùng trong %s");
	sqlite3_stmt *st = stmt(s, ST_PERSON_GET, what);
	if (!st)
		return -1;
	bind_text(st, 1, login);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		col_copy(id, STORE_ID_LEN, st, 0);
		stmt_done(st);
	}
	return rc;
}

int store_person_ensure(store *s, const char *login, char id[STORE_ID_LEN])
{
	const char *what = _("không tạo được hồ sơ người dùng trong %s");
	int rc = person_get(s, login, id);
	if (rc != 0)
		return rc < 0 ? -1 : 0;
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char new_id[STORE_ID_LEN], now[32];
	store_new_id(new_id);
	now_utc(now);
	sqlite3_stmt *st = stmt(s, ST_PERSON_ADD, what);
	rc = -1;
	if (st) {
		bind_text(st, 1, new_id);
		bind_text(st, 2, login);
		bind_text(st, 3, now);
		/* Another process may have won: read back whichever id is
		 * there. */
		if (stmt_run(s, st, what) == 0 && person_get(s, login, id) == 1)
			rc = 0;
	}
	return own_end(s, own, rc);
}

/* ---- lesson_run -------------------------------------------------------- */

static void run_read(sqlite3_stmt *st, store_run *out)
{
	col_copy(out->id, sizeof out->id, st, 0);
	col_copy(out->lesson_id, sizeof out->lesson_id, st, 1);
	out->lesson_version = sqlite3_column_int(st, 2);
	col_copy(out->status, sizeof out->status, st, 3);
	col_copy(out->started_at, sizeof out->started_at, st, 4);
	col_copy(out->finished_at, sizeof out->finished_at, st, 5);
}

int store_run_find_open(store *s, const char *person_id, const char *lesson_id,
                        store_run *out)
{
	const char *what = _("không đọc được lượt học trong %s");
	sqlite3_stmt *st = stmt(s, ST_RUN_OPEN, what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	bind_text(st, 2, lesson_id);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		run_read(st, out);
		stmt_done(st);
	}
	return rc;
}

int store_answer_keys(store *s, const char *run_id, char ***keys, size_t *n)
{
	const char *what = _("không đọc được câu trả lời trong %s");
	*keys = NULL;
	*n = 0;
	sqlite3_stmt *st = stmt(s, ST_ANSWER_KEYS, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*keys = xrealloc(*keys, (*n + 1) * sizeof **keys);
		(*keys)[(*n)++] = col_dup(st, 0);
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	stmt_done(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_run_get(store *s, const char *run_id, store_run *out)
{
	const char *what = _("không đọc được lượt học trong %s");
	sqlite3_stmt *st = stmt(s, ST_RUN_GET, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		run_read(st, out);
		stmt_done(st);
	}
	return rc;
}

int store_run_create(store *s, const char *person_id, const char *lesson_id,
                     int version, const char *mode, store_run *out)
{
	const char *what = _("không tạo được lượt học trong %s");
	if (!lesson_id || !*lesson_id ||
	    strlen(lesson_id) >= sizeof out->lesson_id)
		return misuse(s, "store_run_create", "lesson_id");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	store_run r = {.lesson_version = version};
	store_new_id(r.id);
	snprintf(r.lesson_id, sizeof r.lesson_id, "%s", lesson_id);
	snprintf(r.status, sizeof r.status, "in_progress");
	now_utc(r.started_at);
	sqlite3_stmt *st = stmt(s, ST_RUN_ADD, what);
	int rc = -1;
	if (st) {
		bind_text(st, 1, r.id);
		bind_text(st, 2, person_id);
		bind_text(st, 3, lesson_id);
		sqlite3_bind_int(st, 4, version);
		bind_text(st, 5, mode);
		bind_text(st, 6, r.started_at);
		rc = stmt_run(s, st, what);
	}
	rc = own_end(s, own, rc);
	if (rc == 0)
		*out = r;
	return rc;
}

int store_run_set_status(store *s, const char *run_id, const char *status)
{
	const char *what = _("không cập nhật được lượt học trong %s");
	if (need_tx(s, "store_run_set_status") < 0)
		return -1;
	if (strcmp(status, "done") != 0 && strcmp(status, "abandoned") != 0)
		return misuse(s, "store_run_set_status", status);
	char now[32];
	now_utc(now);
	sqlite3_stmt *st = stmt(s, ST_RUN_STATUS, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	bind_text(st, 2, status);
	bind_text(st, 3, now);
	if (stmt_run(s, st, what) < 0)
		return -1;
	if (sqlite3_changes(s->db) == 0)
		return misuse(s, "store_run_set_status", run_id);
	return 0;
}

int store_run_set_version(store *s, const char *run_id, int version)
{
	const char *what = _("không cập nhật được lượt học trong %s");
	if (need_tx(s, "store_run_set_version") < 0)
		return -1;
	char now[32];
	now_utc(now);
	sqlite3_stmt *st = stmt(s, ST_RUN_VERSION, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	sqlite3_bind_int(st, 2, version);
	bind_text(st, 3, now);
	if (stmt_run(s, st, what) < 0)
		return -1;
	if (sqlite3_changes(s->db) == 0)
		return misuse(s, "store_run_set_version", run_id);
	return 0;
}

/* ---- meta -------------------------------------------------------------- */

int store_meta_get(store *s, const char *key, char **value)
{
	const char *what = _("không đọc được cơ sở dữ liệu %s");
	*value = NULL;
	sqlite3_stmt *st = stmt(s, ST_META_GET, what);
	if (!st)
		return -1;
	bind_text(st, 1, key);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*value = col_dup(st, 0);
	else if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	return rc == SQLITE_ROW;
}

int store_meta_put(store *s, const char *key, const char *value)
{
	const char *what = _("không ghi được thay đổi vào %s");
	if (need_tx(s, "store_meta_put") < 0)
		return -1;
	sqlite3_stmt *st = stmt(s, ST_META_PUT, what);
	if (!st)
		return -1;
	bind_text(st, 1, key);
	bind_text(st, 2, value);
	return stmt_run(s, st, what);
}

/* ---- answer ------------------------------------------------------------ */

int store_answer_get(store *s, const char *run_id, const char *key, char **json,
                     int *attempts)
{
	const char *what = _("không đọc được câu trả lời trong %s");
	sqlite3_stmt *st = stmt(s, ST_ANSWER_GET, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	bind_text(st, 2, key);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		if (json)
			*json = col_dup(st, 0);
		if (attempts)
			*attempts = sqlite3_column_int(st, 1);
		stmt_done(st);
	}
	return rc;
}

int store_answer_put(store *s, const char *run_id, const char *key,
                     const char *json)
{
	const char *what = _("không lưu được câu trả lời vào %s");
	if (need_tx(s, "store_answer_put") < 0)
		return -1;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	sqlite3_stmt *st = stmt(s, ST_ANSWER_PUT, what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	bind_text(st, 2, run_id);
	bind_text(st, 3, key);
	bind_text(st, 4, json);
	bind_text(st, 5, now);
	return stmt_run(s, st, what);
}

/* ---- step_progress ----------------------------------------------------- */

int store_step_put(store *s, const char *run_id, const char *step_id,
                   const char *status, double seconds)
{
	const char *what = _("không lưu được tiến độ bước học vào %s");
	if (need_tx(s, "store_step_put") < 0)
		return -1;
	if (strcmp(status, "done") != 0 && strcmp(status, "in_progress") != 0)
		return misuse(s, "store_step_put", status);
	/* A clock step backwards must not corrupt the total. */
	if (!isfinite(seconds) || seconds < 0)
		seconds = 0;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	sqlite3_stmt *st = stmt(s, ST_STEP_PUT, what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	bind_text(st, 2, run_id);
	bind_text(st, 3, step_id);
	bind_text(st, 4, status);
	sqlite3_bind_double(st, 5, seconds);
	bind_text(st, 6, now);
	return stmt_run(s, st, what);
}

int store_steps_done(store *s, const char *run_id, int *done)
{
	const char *what = _("không đọc được tiến độ bước học trong %s");
	sqlite3_stmt *st = stmt(s, ST_STEPS_DONE, what);
	if (!st)
		return -1;
	bind_text(st, 1, run_id);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		*done = sqlite3_column_int(st, 0);
		stmt_done(st);
	} else if (rc == 0) {
		*done = 0;
	}
	return rc;
}

/*
 * The *_each functions read every row first and call back afterwards, so a
 * callback may use the store freely (write the index while listing it).
 */
struct progress_row {
	char *lesson_id;
	char *status;
	int steps_done;
	int ever_done;
};

int store_progress_each(store *s, const char *person_id, store_progress_cb cb,
                        void *arg)
{
	const char *what = _("không đọc được tiến độ học trong %s");
	sqlite3_stmt *st = stmt(s, ST_PROGRESS, what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	struct progress_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		rows[n].lesson_id = col_dup(st, 0);
		rows[n].status = col_dup(st, 1);
		rows[n].steps_done = sqlite3_column_int(st, 2);
		rows[n].ever_done = sqlite3_column_int(st, 3);
		n++;
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	stmt_done(st);
	int stop = rc != SQLITE_DONE;
	for (size_t i = 0; i < n; i++) {
		if (!stop)
			stop = cb(arg, rows[i].lesson_id, rows[i].status,
			          rows[i].steps_done, rows[i].ever_done);
		free(rows[i].lesson_id);
		free(rows[i].status);
	}
	free(rows);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- lesson_index ------------------------------------------------------ */

void store_lesson_meta_free(store_lesson_meta *m)
{
	if (!m)
		return;
	if (m->mem) {
		free(m->mem);
	} else {
		free(m->path);
		free(m->lesson_id);
		free(m->title);
		free(m->summary);
		free(m->error);
	}
	m->mem = NULL;
	m->path = m->lesson_id = m->title = m->summary = m->error = NULL;
}

int store_index_load(store *s, const char *dir, store_lesson_meta **out,
		     size_t *nout)
{
	const char *what = _("không đọc được danh mục bài học trong %s");
	sqlite3_stmt *st = stmt(s, dir ? ST_INDEX_UNDER : ST_INDEX_ALL, what);
	*out = NULL;
	*nout = 0;
	if (!st)
		return -1;
	if (dir)
		sqlite3_bind_text(st, 1, dir, -1, SQLITE_STATIC);
	store_lesson_meta *rows = NULL;
	size_t n = 0, cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			rows = xrealloc(rows, cap * sizeof *rows);
		}
		store_lesson_meta *m = &rows[n++];
		/* One allocation per row: listing a thousand lessons must not
		 * cost five thousand mallocs. */
		static const int text_col[] = {0, 3, 5, 6, 9};
		size_t len[5], total = 0;
		for (int k = 0; k < 5; k++) {
			len[k] = sqlite3_column_type(st, text_col[k]) ==
						 SQLITE_NULL
					 ? 0
					 : (size_t)sqlite3_column_bytes(
						   st, text_col[k]) +
						   1;
			total += len[k];
		}
		m->mem = xmalloc(total);
		char *at = m->mem, **dst[5] = {&m->path, &m->lesson_id,
					       &m->title, &m->summary,
					       &m->error};
		for (int k = 0; k < 5; k++) {
			*dst[k] = NULL;
			if (!len[k])
				continue;
			memcpy(at, sqlite3_column_text(st, text_col[k]), len[k]);
			*dst[k] = at;
			at += len[k];
		}
		m->mtime_ns = sqlite3_column_int64(st, 1);
		m->size = sqlite3_column_int64(st, 2);
		m->version = sqlite3_column_int(st, 4);
		m->minutes = sqlite3_column_int(st, 7);
		m->steps = sqlite3_column_int(st, 8);
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	stmt_done(st);
	if (rc != SQLITE_DONE) {
		for (size_t i = 0; i < n; i++)
			store_lesson_meta_free(&rows[i]);
		free(rows);
		return -1;
	}
	*out = rows;
	*nout = n;
	return 0;
}

int store_index_each(store *s, store_meta_cb cb, void *arg)
{
	store_lesson_meta *rows;
	size_t n;
	if (store_index_load(s, NULL, &rows, &n) < 0)
		return -1;
	int stop = 0;
	for (size_t i = 0; i < n; i++) {
		if (!stop)
			stop = cb(arg, &rows[i]);
		store_lesson_meta_free(&rows[i]);
	}
	free(rows);
	return 0;
}

int store_index_put(store *s, const store_lesson_meta *m)
{
	const char *what = _("không lưu được danh mục bài học vào %s");
	if (need_tx(s, "store_index_put") < 0)
		return -1;
	if (!m->path)
		return misuse(s, "store_index_put", "path");
	sqlite3_stmt *st = stmt(s, ST_INDEX_PUT, what);
	if (!st)
		return -1;
	bind_text(st, 1, m->path);
	sqlite3_bind_int64(st, 2, m->mtime_ns);
	sqlite3_bind_int64(st, 3, m->size);
	bind_text(st, 4, m->lesson_id);
	sqlite3_bind_int(st, 5, m->version);
	bind_text(st, 6, m->title);
	bind_text(st, 7, m->summary);
	sqlite3_bind_int(st, 8, m->minutes);
	sqlite3_bind_int(st, 9, m->steps);
	bind_text(st, 10, m->error);
	return stmt_run(s, st, what);
}

int store_index_del(store *s, const char *path)
{
	const char *what = _("không xóa được mục trong danh mục bài học ở %s");
	if (need_tx(s, "store_index_del") < 0)
		return -1;
	sqlite3_stmt *st = stmt(s, ST_INDEX_DEL, what);
	if (!st)
		return -1;
	bind_text(st, 1, path);
	return stmt_run(s, st, what);
}
