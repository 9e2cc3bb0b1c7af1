/*
 * test_store_meeting.c — cells and meetings in the store
 * (core/store_meeting.h): cells, one open live meeting per cell, the
 * W_MSET / W_MADD records checked against meeting_fields.c, reading rows
 * back, previous_tasks, history, lookup by id prefix, status changes.
 *
 * Records are built as the worker sends them (proto_begin/proto_put_*) and
 * handed to the store as the runner does: a proto_in over the payload.
 */
#define _XOPEN_SOURCE 700 /* nftw() */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "meeting_fields.h"
#include "proto.h"
#include "store.h"
#include "store_meeting.h"
#include "util.h"

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

/* A fresh database under the scratch directory, with one person. */
static store *fresh(const char *name, char person[STORE_ID_LEN])
{
	char *dir = xasprintf("%s/%s", root, name);
	rm_rf(dir);
	assert_int_equal(mkdir_p(dir, 0700), 0);
	char *path = xasprintf("%s/chibo.db", dir);
	char *err = NULL;
	store *s = store_open(path, &err);
	if (!s)
		fail_msg("store_open(%s): %s", path, err);
	free(dir);
	free(path);
	assert_int_equal(store_person_ensure(s, "lan", person), 0);
	return s;
}

/* A second, raw connection to the store's file (to look or to tamper). */
static sqlite3 *raw_open(const char *name)
{
	char *path = xasprintf("%s/%s/chibo.db", root, name);
	sqlite3 *db = NULL;
	assert_int_equal(
	    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 10000);
	free(path);
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

/* Every row of every meeting table: "nothing written" is this unchanged. */
static int64_t raw_rows(sqlite3 *db)
{
	return raw_int(db,
	               "SELECT (SELECT count(*) FROM meeting_person)"
	               " + (SELECT count(*) FROM meeting_agenda)"
	               " + (SELECT count(*) FROM meeting_note)"
	               " + (SELECT count(*) FROM meeting_decision)"
	               " + (SELECT count(*) FROM meeting_task)"
	               " + (SELECT count(*) FROM meeting_followup)"
	               " + (SELECT count(*) FROM meeting_check)"
	               " + (SELECT count(*) FROM meeting_score)");
}

/* A cell for the person, superior and rubric fixed. */
static void mk_cell(store *s, const char *person, const char *name,
                    store_cell *c)
{
	assert_int_equal(store_cell_create(s, person, name, "Đảng bộ xã A",
	                                   "hd42-100", c),
	                 0);
}

/* A meeting with its run, in its own transaction; 0 or -1 (rolled back). */
static int try_meeting(store *s, const char *person, const char *cell,
                       const char *type, const char *mode,
                       const char *held_on, store_meeting *m)
{
	store_run run;
	assert_int_equal(store_begin(s), 0);
	if (store_run_create(s, person, "meeting-regular", 1, mode, &run) <
	        0 ||
	    store_meeting_create(s, cell, run.id, type, mode, held_on,
	                         "hd42-100", m) < 0) {
		store_rollback(s);
		return -1;
	}
	assert_int_equal(store_commit(s), 0);
	return 0;
}

static void mk_meeting(store *s, const char *person, const char *cell,
                       const char *type, const char *mode,
                       const char *held_on, store_meeting *m)
{
	if (try_meeting(s, person, cell, type, mode, held_on, m) < 0)
		fail_msg("meeting %s %s %s: %s", type, mode, held_on,
		         store_errmsg(s));
}

static void set_status(store *s, const char *id, const char *status)
{
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_meeting_set_status(s, id, status), 0);
	assert_int_equal(store_commit(s), 0);
}

/* One field of a record: 's' text, 'i' integer, 'b' boolean, 'n' nil. */
typedef struct fv {
	const char *name;
	char t;
	const char *s;
	int64_t i;
} fv;
#define TXT(n, v) {n, 's', v, 0}
#define INT(n, v) {n, 'i', NULL, v}
#define BOOL(n, v) {n, 'b', NULL, v}
#define NIL(n) {n, 'n', NULL, 0}
#define NF(a) (sizeof(a) / sizeof(a)[0])

/* store_meeting_record of a W_MADD (list != NULL) or W_MSET, built like
 * the worker builds it; the caller owns the transaction. */
static int record(store *s, const char *mid, const char *list,
                  const char *key, const fv *f, size_t n)
{
	proto_out o = {0};
	proto_begin(&o, list ? W_MADD : W_MSET);
	if (list) {
		proto_put_str(&o, list, strlen(list));
		proto_put_str(&o, key, strlen(key));
	}
	proto_put_int(&o, (int64_t)n);
	for (size_t i = 0; i < n; i++) {
		proto_put_str(&o, f[i].name, strlen(f[i].name));
		switch (f[i].t) {
		case 's':
			proto_put_str(&o, f[i].s, strlen(f[i].s));
			break;
		case 'i':
			proto_put_int(&o, f[i].i);
			break;
		case 'b':
			proto_put_bool(&o, (int)f[i].i);
			break;
		default:
			proto_put_nil(&o);
		}
	}
	proto_in in = {.type = list ? W_MADD : W_MSET,
	               .buf = o.buf + 5,
	               .len = o.len - 5};
	int rc = store_meeting_record(s, mid, &in);
	proto_out_free(&o);
	return rc;
}

/* record() in its own transaction, which must succeed. */
static void rec_ok(store *s, const char *mid, const char *list,
                   const char *key, const fv *f, size_t n)
{
	assert_int_equal(store_begin(s), 0);
	if (record(s, mid, list, key, f, n) < 0)
		fail_msg("record %s %s: %s", list ? list : "(set)",
		         key ? key : "", store_errmsg(s));
	assert_int_equal(store_commit(s), 0);
}

/* store_meeting_rows as text: "key|v1|v2…\n", NULL shown as "~". */
static int row_cb(void *arg, const char *key, size_t n,
                  const struct meeting_field *f, const char *const *v)
{
	(void)f;
	sbuf *b = arg;
	sbuf_adds(b, key);
	for (size_t i = 0; i < n; i++) {
		sbuf_adds(b, "|");
		sbuf_adds(b, v[i] ? v[i] : "~");
	}
	sbuf_adds(b, "\n");
	return 0;
}

static char *rows(store *s, const char *mid, const char *list)
{
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	if (store_meeting_rows(s, mid, list, row_cb, &b) < 0)
		fail_msg("rows %s: %s", list ? list : "(meeting)",
		         store_errmsg(s));
	return sbuf_detach(&b);
}

static void assert_rows(store *s, const char *mid, const char *list,
                        const char *want)
{
	char *got = rows(s, mid, list);
	if (strcmp(got, want) != 0)
		fail_msg("rows of %s:\n--- got\n%s--- want\n%s",
		         list ? list : "(meeting)", got, want);
	free(got);
}

static void assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle))
		fail_msg("\"%s\" lacks \"%s\"", hay, needle);
}

/* ---- cells ------------------------------------------------------------- */

static void test_cell(void **state)
{
	(void)state;
	char p1[STORE_ID_LEN], p2[STORE_ID_LEN];
	store *s = fresh("cell", p1);
	assert_int_equal(store_person_ensure(s, "hoa", p2), 0);
	store_cell c, got;

	assert_int_equal(store_cell_of(s, p1, &got), 0);
	assert_int_equal(store_cell_create(s, p1, "Chi bộ thôn Nà Làng",
	                                   "Đảng bộ xã Hợp Thành", "hd42-100",
	                                   &c),
	                 0);
	assert_int_equal(strlen(c.id), 36);
	assert_string_equal(c.name, "Chi bộ thôn Nà Làng");

	memset(&got, 0x55, sizeof got);
	assert_int_equal(store_cell_of(s, p1, &got), 1);
	assert_string_equal(got.id, c.id);
	assert_string_equal(got.name, "Chi bộ thôn Nà Làng");
	assert_string_equal(got.superior, "Đảng bộ xã Hợp Thành");
	assert_string_equal(got.rubric, "hd42-100");
	/* the cell is p1's, not everybody's */
	assert_int_equal(store_cell_of(s, p2, &got), 0);

	/* no superior: "" back, not garbage */
	store_cell c2;
	assert_int_equal(store_cell_create(s, p2, "Chi bộ B", NULL, "x-50",
	                                   &c2),
	                 0);
	memset(&got, 0x55, sizeof got);
	assert_int_equal(store_cell_of(s, p2, &got), 1);
	assert_string_equal(got.id, c2.id);
	assert_string_equal(got.superior, "");
	assert_string_equal(got.rubric, "x-50");
	assert_string_not_equal(c.id, c2.id);

	/* set_rubric changes that cell only */
	assert_int_equal(store_cell_set_rubric(s, c.id, "tinh-80"), 0);
	assert_int_equal(store_cell_of(s, p1, &got), 1);
	assert_string_equal(got.rubric, "tinh-80");
	assert_int_equal(store_cell_of(s, p2, &got), 1);
	assert_string_equal(got.rubric, "x-50");

	/* both open their own transaction and join the caller's */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_cell_set_rubric(s, c.id, "rolled-back"), 0);
	store_rollback(s);
	assert_int_equal(store_cell_of(s, p1, &got), 1);
	assert_string_equal(got.rubric, "tinh-80");
	store_close(s);
}

/* ---- meetings ---------------------------------------------------------- */

static void test_one_open_live_meeting(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("open", p);
	store_cell c, other;
	mk_cell(s, p, "Chi bộ A", &c);
	char p2[STORE_ID_LEN];
	assert_int_equal(store_person_ensure(s, "hoa", p2), 0);
	mk_cell(s, p2, "Chi bộ B", &other);

	/* [tx] */
	store_run run;
	store_meeting m1, m2, r1, r2, b1, got;
	assert_int_equal(
	    store_run_create(s, p, "meeting-regular", 1, "live", &run), 0);
	assert_int_equal(store_meeting_create(s, c.id, run.id, "regular",
	                                      "live", "2026-11-20", "hd42-100",
	                                      &m1),
	                 -1);
	assert_contains(store_errmsg(s), "store_begin");

	assert_int_equal(store_meeting_open(s, c.id, NULL, &got), 0);
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &m1);
	assert_string_equal(m1.status, "in_progress");
	assert_string_equal(m1.mode, "live");
	assert_string_equal(m1.held_on, "2026-11-20");
	assert_string_equal(m1.unit_id, c.id);
	assert_int_equal(m1.present_full, -1);
	assert_int_equal(m1.summoned_full, -1);

	/* a second live meeting of the same cell: refused, saying which */
	assert_int_equal(
	    try_meeting(s, p, c.id, "thematic", "live", "2026-11-21", &m2),
	    -1);
	const char *msg = store_errmsg(s);
	assert_contains(msg, "chưa kết thúc");
	assert_contains(msg, "2026-11-20");
	char short_id[9];
	snprintf(short_id, sizeof short_id, "%.8s", m1.id);
	assert_contains(msg, short_id);
	assert_contains(msg, "chibo meeting resume");
	assert_contains(msg, "chibo meeting abandon");
	sqlite3 *db = raw_open("open");
	assert_int_equal(raw_int(db, "SELECT count(*) FROM meeting"), 1);

	/* rehearsals are not limited, and another cell is another cell */
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-20", &r1);
	mk_meeting(s, p, c.id, "thematic", "rehearse", "2026-11-21", &r2);
	mk_meeting(s, p2, other.id, "regular", "live", "2026-11-20", &b1);
	assert_int_equal(raw_int(db, "SELECT count(*) FROM meeting"), 4);

	/* open: live first, rehearsals when asked or when no live one */
	assert_int_equal(store_meeting_open(s, c.id, NULL, &got), 1);
	assert_string_equal(got.id, m1.id);
	assert_int_equal(store_meeting_open(s, c.id, "rehearse", &got), 1);
	assert_string_equal(got.mode, "rehearse");
	assert_int_equal(store_meeting_open(s, c.id, "live", &got), 1);
	assert_string_equal(got.id, m1.id);

	/* once finished, the next live meeting may start */
	set_status(s, m1.id, "done");
	assert_int_equal(store_meeting_open(s, c.id, "live", &got), 0);
	assert_int_equal(store_meeting_open(s, c.id, NULL, &got), 1);
	assert_string_equal(got.mode, "rehearse");
	mk_meeting(s, p, c.id, "thematic", "live", "2026-11-21", &m2);
	assert_int_equal(store_meeting_open(s, c.id, "live", &got), 1);
	assert_string_equal(got.id, m2.id);
	sqlite3_close(db);
	store_close(s);
}

static void test_status(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("status", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting m, got;
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &m);

	/* [tx] */
	assert_int_equal(store_meeting_set_status(s, m.id, "done"), -1);
	assert_contains(store_errmsg(s), "store_begin");
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_string_equal(got.status, "in_progress");

	set_status(s, m.id, "abandoned");
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_string_equal(got.status, "abandoned");
	assert_int_equal(store_meeting_open(s, c.id, NULL, &got), 0);

	set_status(s, m.id, "done");
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_string_equal(got.status, "done");

	/* not a status: refused, nothing changed */
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_meeting_set_status(s, m.id, "paused"), -1);
	store_rollback(s);
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_string_equal(got.status, "done");
	store_close(s);
}

static void test_get_by_prefix(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("prefix", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting a, b, z, got;
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-01", &a);
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-02", &b);
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-03", &z);
	/* known ids: a and b share "abcd1", z is alone under "f" */
	sqlite3 *db = raw_open("prefix");
	char *sql = xasprintf(
	    "UPDATE meeting SET id = 'abcd1111' || substr(id, 9)"
	    " WHERE id = '%s';"
	    "UPDATE meeting SET id = 'abcd1222' || substr(id, 9)"
	    " WHERE id = '%s';"
	    "UPDATE meeting SET id = 'fedc0000' || substr(id, 9)"
	    " WHERE id = '%s'",
	    a.id, b.id, z.id);
	raw_exec(db, sql);
	free(sql);
	sqlite3_close(db);
	memcpy(a.id, "abcd1111", 8);
	memcpy(b.id, "abcd1222", 8);
	memcpy(z.id, "fedc0000", 8);

	/* the whole id, a unique prefix of 4 or more */
	assert_int_equal(store_meeting_get(s, a.id, &got), 1);
	assert_string_equal(got.id, a.id);
	assert_string_equal(got.held_on, "2026-11-01");
	assert_int_equal(store_meeting_get(s, "abcd12", &got), 1);
	assert_string_equal(got.id, b.id);
	assert_int_equal(store_meeting_get(s, "fedc", &got), 1);
	assert_string_equal(got.id, z.id);
	assert_string_equal(got.held_on, "2026-11-03");

	/* ambiguous: 0, and the message says so */
	assert_int_equal(store_meeting_get(s, "abcd1", &got), 0);
	assert_contains(store_errmsg(s), "abcd1");
	assert_contains(store_errmsg(s), "nhiều buổi sinh hoạt");
	assert_int_equal(store_meeting_get(s, "abcd", &got), 0);
	assert_contains(store_errmsg(s), "nhiều buổi sinh hoạt");

	/* fewer than 4 characters: never, even when unique */
	assert_int_equal(store_meeting_get(s, "fed", &got), 0);
	assert_int_equal(store_meeting_get(s, "f", &got), 0);
	assert_int_equal(store_meeting_get(s, "", &got), 0);

	/* no such meeting */
	assert_int_equal(store_meeting_get(s, "0000", &got), 0);
	assert_int_equal(store_meeting_get(s, "abcd13", &got), 0);
	assert_int_equal(store_meeting_get(s, "ABCD1111", &got), 0);
	store_close(s);
}

static int each_cb(void *arg, const store_meeting *m)
{
	sbuf *b = arg;
	sbuf_addf(b, "%s %s %s %s\n", m->held_on, m->type, m->mode,
	          m->status);
	return 0;
}

static void test_each(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("each", p);
	store_cell c, other;
	mk_cell(s, p, "Chi bộ A", &c);
	char p2[STORE_ID_LEN];
	assert_int_equal(store_person_ensure(s, "hoa", p2), 0);
	mk_cell(s, p2, "Chi bộ B", &other);
	store_meeting m;
	mk_meeting(s, p, c.id, "thematic", "live", "2026-10-05", &m);
	set_status(s, m.id, "done");
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-20", &m);
	mk_meeting(s, p, c.id, "regular", "live", "2026-09-10", &m);
	set_status(s, m.id, "abandoned");
	mk_meeting(s, p2, other.id, "regular", "live", "2026-10-01", &m);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	assert_int_equal(store_meeting_each(s, c.id, each_cb, &b), 0);
	assert_string_equal(b.buf, "2026-09-10 regular live abandoned\n"
	                           "2026-10-05 thematic live done\n"
	                           "2026-11-20 regular rehearse in_progress\n");
	sbuf_free(&b);
	store_close(s);
}

/* ---- records ----------------------------------------------------------- */

static void test_record_and_rows(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("record", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting m, m2, got;
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &m);
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-20", &m2);

	/* [tx] */
	fv note1[] = {TXT("item", "bao-cao"), TXT("text", "dòng 1\ndòng 2")};
	assert_int_equal(record(s, m.id, "note", "n1", note1, NF(note1)), -1);
	assert_contains(store_errmsg(s), "store_begin");

	/* W_MADD: rows in the order first recorded, NULL when not given */
	rec_ok(s, m.id, "note", "n1", note1, NF(note1));
	fv note2[] = {TXT("text", "chỉ có nội dung")};
	rec_ok(s, m.id, "note", "n2", note2, NF(note2));
	fv note0[] = {TXT("text", "thêm"), TXT("item", "thao-luan")};
	rec_ok(s, m.id, "note", "a0", note0, NF(note0));
	assert_rows(s, m.id, "note",
	            "n1|bao-cao|dòng 1\ndòng 2\n"
	            "n2|~|chỉ có nội dung\n"
	            "a0|thao-luan|thêm\n");

	/* the same key again replaces the row, which keeps its place */
	fv again[] = {TXT("text", "sửa lại")};
	rec_ok(s, m.id, "note", "n1", again, NF(again));
	assert_rows(s, m.id, "note",
	            "n1|~|sửa lại\n"
	            "n2|~|chỉ có nội dung\n"
	            "a0|thao-luan|thêm\n");
	sqlite3 *db = raw_open("record");
	assert_int_equal(raw_int(db, "SELECT count(*) FROM meeting_note"), 3);

	/* keys are per meeting: the rehearsal's n1 is another row */
	fv other[] = {TXT("text", "tập dượt")};
	rec_ok(s, m2.id, "note", "n1", other, NF(other));
	assert_rows(s, m2.id, "note", "n1|~|tập dượt\n");
	assert_rows(s, m.id, "note",
	            "n1|~|sửa lại\n"
	            "n2|~|chỉ có nội dung\n"
	            "a0|thao-luan|thêm\n");

	/* integers and booleans read back as text, booleans "0"/"1" */
	fv d1[] = {TXT("text", "Thông qua nghị quyết"), INT("votes_for", 12),
	           INT("votes_against", 0), INT("votes_abstain", 1),
	           BOOL("passed", 1)};
	rec_ok(s, m.id, "decision", "nq", d1, NF(d1));
	fv d2[] = {TXT("text", "Bác đề xuất"), INT("votes_for", 3),
	           BOOL("passed", 0), NIL("votes_abstain")};
	rec_ok(s, m.id, "decision", "dx", d2, NF(d2));
	assert_rows(s, m.id, "decision",
	            "nq|Thông qua nghị quyết|12|0|1|1\n"
	            "dx|Bác đề xuất|3|~|~|0\n");
	fv person[] = {TXT("name", "Lý Văn Sơn"), TXT("role", "present"),
	               TXT("member", "full")};
	rec_ok(s, m.id, "person", "son", person, NF(person));
	fv guest[] = {TXT("name", "Hoàng Văn Tâm"), TXT("role", "guest")};
	rec_ok(s, m.id, "person", "tam", guest, NF(guest));
	assert_rows(s, m.id, "person",
	            "son|Lý Văn Sơn|~|present|full|~\n"
	            "tam|Hoàng Văn Tâm|~|guest|~|~\n");
	assert_rows(s, m.id, "task", "");

	/* W_MSET: the meeting's own fields, as one row keyed by its id */
	fv set1[] = {TXT("actual_start", "2026-11-20 19:30"),
	             INT("present_full", 12), INT("summoned_full", 15),
	             TXT("chair", "Nông Văn Thành")};
	rec_ok(s, m.id, NULL, NULL, set1, NF(set1));
	fv set2[] = {INT("score", 87), TXT("band", "khá"),
	             TXT("chair", "Lương Thị Hoa")};
	rec_ok(s, m.id, NULL, NULL, set2, NF(set2));
	char *want = xasprintf("%s|2026-11-20|~|~|~|2026-11-20 19:30|~|15|~|12"
	                       "|~|~|~|Lương Thị Hoa|~|~|~|87|khá\n",
	                       m.id);
	assert_rows(s, m.id, NULL, want);
	free(want);
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_string_equal(got.actual_start, "2026-11-20 19:30");
	assert_string_equal(got.actual_end, "");
	assert_int_equal(got.present_full, 12);
	assert_int_equal(got.summoned_full, 15);
	assert_int_equal(got.has_score, 1);
	assert_int_equal(got.score, 87);
	assert_string_equal(got.band, "khá");
	/* set one field to nil: NULL again */
	fv unset[] = {NIL("score")};
	rec_ok(s, m.id, NULL, NULL, unset, NF(unset));
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_int_equal(got.has_score, 0);

	/* a list that does not exist cannot be read */
	sbuf junk = SBUF_INIT;
	assert_int_equal(store_meeting_rows(s, m.id, "bogus", row_cb, &junk),
	                 -1);
	assert_null(junk.buf);
	assert_contains(store_errmsg(s), "bogus");
	sqlite3_close(db);
	store_close(s);
}

/* Every list of a meeting as text, seen from the store's connection. */
static char *all_rows(store *s, const char *mid)
{
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	for (size_t i = 0; i <= meeting_nlists; i++) {
		char *r = rows(s, mid, i ? meeting_lists[i - 1].name : NULL);
		sbuf_adds(&b, r);
		free(r);
	}
	return sbuf_detach(&b);
}

/* A refused record: -1, an internal-error message naming why, and not a
 * row more nor a field changed, even inside the caller's transaction
 * (nothing left for it to roll back). */
static void refused(store *s, sqlite3 *db, const char *mid, const char *list,
                    const char *key, const fv *f, size_t n, const char *why)
{
	int64_t before = raw_rows(db);
	char *was = all_rows(s, mid);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(record(s, mid, list, key, f, n), -1);
	assert_contains(store_errmsg(s), "store_meeting_record");
	assert_contains(store_errmsg(s), why);
	char *now = all_rows(s, mid); /* before any rollback */
	if (strcmp(was, now) != 0)
		fail_msg("a refused record wrote:\n--- before\n%s--- after\n%s",
		         was, now);
	store_rollback(s);
	assert_int_equal(raw_rows(db), before);
	free(was);
	free(now);
}

static void test_record_refused(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("refused", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting m;
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &m);
	sqlite3 *db = raw_open("refused");
	fv note[] = {TXT("item", "x"), TXT("text", "có")};
	rec_ok(s, m.id, "note", "n1", note, NF(note));
	fv set[] = {TXT("chair", "Nông Văn Thành")};
	rec_ok(s, m.id, NULL, NULL, set, NF(set));

	/* unknown list */
	refused(s, db, m.id, "minutes", "n2", note, NF(note), "minutes");
	/* unknown field of a list, wherever it comes */
	fv bad_last[] = {TXT("item", "x"), TXT("text", "y"),
	                 TXT("colour", "đỏ")};
	refused(s, db, m.id, "note", "n2", bad_last, NF(bad_last), "colour");
	fv bad_first[] = {TXT("colour", "đỏ"), TXT("text", "y")};
	refused(s, db, m.id, "note", "n2", bad_first, NF(bad_first), "colour");
	/* a field of another list is unknown here */
	fv other_list[] = {TXT("text", "y"), TXT("owner", "A")};
	refused(s, db, m.id, "note", "n2", other_list, NF(other_list),
	        "owner");
	/* wrong value types */
	fv int_as_text[] = {TXT("text", "y"), TXT("votes_for", "12")};
	refused(s, db, m.id, "decision", "d", int_as_text, NF(int_as_text),
	        "votes_for");
	fv text_as_int[] = {INT("text", 1)};
	refused(s, db, m.id, "note", "n2", text_as_int, NF(text_as_int),
	        "text");
	fv bool_as_int[] = {TXT("text", "y"), INT("passed", 1)};
	refused(s, db, m.id, "decision", "d", bool_as_int, NF(bool_as_int),
	        "passed");
	fv int_as_bool[] = {TXT("text", "y"), BOOL("votes_for", 1)};
	refused(s, db, m.id, "decision", "d", int_as_bool, NF(int_as_bool),
	        "votes_for");
	/* the existing row is not replaced by a refused one */
	fv replace_bad[] = {TXT("text", "mới"), INT("item", 3)};
	refused(s, db, m.id, "note", "n1", replace_bad, NF(replace_bad),
	        "item");
	assert_rows(s, m.id, "note", "n1|x|có\n");

	/* W_MSET: unknown field, wrong type */
	fv set_unknown[] = {TXT("colour", "đỏ")};
	refused(s, db, m.id, NULL, NULL, set_unknown, NF(set_unknown),
	        "colour");
	fv set_type[] = {TXT("present_full", "12")};
	refused(s, db, m.id, NULL, NULL, set_type, NF(set_type),
	        "present_full");
	fv set_list_field[] = {TXT("text", "y")};
	refused(s, db, m.id, NULL, NULL, set_list_field, NF(set_list_field),
	        "text");

	/* a message that is neither */
	proto_out o = {0};
	proto_begin(&o, W_SAY);
	proto_put_str(&o, "x", 1);
	proto_in in = {.type = W_SAY, .buf = o.buf + 5, .len = o.len - 5};
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_meeting_record(s, m.id, &in), -1);
	assert_contains(store_errmsg(s), "store_meeting_record");
	store_rollback(s);
	proto_out_free(&o);

	/* a value the schema refuses (not one of the roles) */
	fv bad_role[] = {TXT("name", "A"), TXT("role", "boss")};
	int64_t before = raw_rows(db);
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(record(s, m.id, "person", "a", bad_role,
	                        NF(bad_role)),
	                 -1);
	store_rollback(s);
	assert_int_equal(raw_rows(db), before);

	/* and after all that, the statements still work */
	fv ok[] = {TXT("text", "sau")};
	rec_ok(s, m.id, "note", "n2", ok, NF(ok));
	assert_rows(s, m.id, "note", "n1|x|có\nn2|~|sau\n");
	store_meeting got;
	assert_int_equal(store_meeting_get(s, m.id, &got), 1);
	assert_int_equal(got.present_full, -1);
	sqlite3_close(db);
	store_close(s);
}

/* A W_MSET whose later field is refused must not leave the earlier ones
 * written in the caller's transaction.
 *
 * Regression: record_set() used to run one UPDATE per field as it read
 * them, so {chair = "…", colour = "đỏ"} wrote chair before refusing
 * colour. */
static void test_record_set_all_or_nothing(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("setatomic", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting m;
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &m);
	sqlite3 *db = raw_open("setatomic");
	fv set_bad_last[] = {TXT("chair", "Nông Văn Thành"),
	                     TXT("colour", "đỏ")};
	refused(s, db, m.id, NULL, NULL, set_bad_last, NF(set_bad_last),
	        "colour");
	fv set_type_last[] = {INT("present_full", 12),
	                      TXT("summoned_full", "15")};
	refused(s, db, m.id, NULL, NULL, set_type_last, NF(set_type_last),
	        "summoned_full");
	sqlite3_close(db);
	store_close(s);
}

/* ---- previous tasks and history ---------------------------------------- */

static void task(store *s, const char *mid, const char *key,
                 const char *owner, const char *what, const char *deadline)
{
	fv f[] = {TXT("owner", owner), TXT("what", what),
	          TXT("deadline", deadline)};
	rec_ok(s, mid, "task", key, f, NF(f));
}

static void assert_prev(store *s, const char *cell, const char *mid,
                        const char *want)
{
	char *got = store_meeting_previous_tasks(
	    s, cell, mid, "regular,thematic,combined,committee");
	if (!got)
		fail_msg("previous_tasks: %s", store_errmsg(s));
	if (strcmp(got, want) != 0)
		fail_msg("previous_tasks:\n--- got\n%s--- want\n%s", got, want);
	free(got);
}

static void test_previous_tasks(void **state)
{
	(void)state;
	char p[STORE_ID_LEN], p2[STORE_ID_LEN];
	store *s = fresh("prev", p);
	assert_int_equal(store_person_ensure(s, "hoa", p2), 0);
	store_cell c, other;
	mk_cell(s, p, "Chi bộ A", &c);
	mk_cell(s, p2, "Chi bộ B", &other);
	store_meeting sep, oct, reh, aban, oth, cur;

	/* nothing finished yet */
	mk_meeting(s, p, c.id, "regular", "live", "2026-09-10", &sep);
	task(s, sep.id, "t-sep", "An", "việc tháng 9", "30/09/2026");
	assert_prev(s, c.id, sep.id, "");
	set_status(s, sep.id, "done");

	mk_meeting(s, p, c.id, "regular", "live", "2026-10-10", &oct);
	task(s, oct.id, "b", "Bình", "sửa\tđường\nxóm Đông", "15/11/2026");
	task(s, oct.id, "a", "", "thu đảng phí", "");
	set_status(s, oct.id, "done");
	/* later, but a rehearsal */
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-10-20", &reh);
	task(s, reh.id, "r", "R", "tập dượt", "");
	set_status(s, reh.id, "done");
	/* later, but abandoned */
	mk_meeting(s, p, c.id, "regular", "live", "2026-10-25", &aban);
	task(s, aban.id, "x", "X", "bỏ dở", "");
	set_status(s, aban.id, "abandoned");
	/* later, but another cell's */
	mk_meeting(s, p2, other.id, "regular", "live", "2026-11-01", &oth);
	task(s, oth.id, "o", "O", "chi bộ khác", "");
	set_status(s, oth.id, "done");
	/* the current one has tasks of its own */
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &cur);
	task(s, cur.id, "c", "C", "tháng này", "");

	const char *want = "b\tBình\tsửa đường xóm Đông\t15/11/2026\n"
	                   "a\t\tthu đảng phí\t\n";
	assert_prev(s, c.id, cur.id, want);
	/* still the previous one once the current one is finished */
	set_status(s, cur.id, "done");
	assert_prev(s, c.id, cur.id, want);
	/* and a rehearsal asking sees the last live one: this one */
	store_meeting reh2;
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-11-21", &reh2);
	assert_prev(s, c.id, reh2.id, "c\tC\ttháng này\t\n");
	/* a finished meeting without tasks hides the older tasks */
	store_meeting dec;
	mk_meeting(s, p, c.id, "regular", "live", "2026-12-10", &dec);
	set_status(s, dec.id, "done");
	store_meeting jan;
	mk_meeting(s, p, c.id, "regular", "live", "2027-01-10", &jan);
	assert_prev(s, c.id, jan.id, "");
	store_close(s);
}

/* previous_tasks(types): only meetings of those types count as "the last
 * one" (a committee or thematic meeting in between is skipped). */
static void test_previous_tasks_types(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store *s = fresh("prevtypes", p);
	store_cell c;
	mk_cell(s, p, "Chi bộ A", &c);
	store_meeting reg, comb, them, com, cur;
	mk_meeting(s, p, c.id, "regular", "live", "2026-08-10", &reg);
	task(s, reg.id, "r", "R", "tháng 8", "");
	set_status(s, reg.id, "done");
	mk_meeting(s, p, c.id, "combined", "live", "2026-09-10", &comb);
	task(s, comb.id, "k", "K", "tháng 9", "");
	set_status(s, comb.id, "done");
	mk_meeting(s, p, c.id, "thematic", "live", "2026-10-10", &them);
	task(s, them.id, "t", "T", "chuyên đề", "");
	set_status(s, them.id, "done");
	mk_meeting(s, p, c.id, "committee", "live", "2026-10-20", &com);
	task(s, com.id, "c", "C", "chuẩn bị", "");
	set_status(s, com.id, "done");
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &cur);

	const char *want_k = "k\tK\ttháng 9\t\n";
	char *got = store_meeting_previous_tasks(s, c.id, cur.id,
	                                         "regular,combined");
	assert_non_null(got);
	assert_string_equal(got, want_k);
	free(got);
	got = store_meeting_previous_tasks(s, c.id, cur.id, "regular");
	assert_non_null(got);
	assert_string_equal(got, "r\tR\ttháng 8\t\n");
	free(got);
	got = store_meeting_previous_tasks(s, c.id, cur.id,
	                                   "thematic,committee");
	assert_non_null(got);
	assert_string_equal(got, "c\tC\tchuẩn bị\t\n");
	free(got);
	got = store_meeting_previous_tasks(s, c.id, cur.id, "thematic");
	assert_non_null(got);
	assert_string_equal(got, "t\tT\tchuyên đề\t\n");
	free(got);
	/* a type name is matched whole, not as a part of another */
	got = store_meeting_previous_tasks(s, c.id, cur.id, "matic,combine");
	assert_non_null(got);
	assert_string_equal(got, "");
	free(got);
	store_close(s);
}

static void assert_history(store *s, const char *cell, const char *mid,
                           const char *date, const char *want)
{
	char *got = store_meeting_history(s, cell, mid, date);
	if (!got)
		fail_msg("history: %s", store_errmsg(s));
	if (strcmp(got, want) != 0)
		fail_msg("history(%s): got \"%s\", want \"%s\"", date, got,
		         want);
	free(got);
}

static void done_meeting(store *s, const char *p, const char *cell,
                         const char *type, const char *mode,
                         const char *held_on, const char *status)
{
	store_meeting m;
	mk_meeting(s, p, cell, type, mode, held_on, &m);
	set_status(s, m.id, status);
}

static void test_history(void **state)
{
	(void)state;
	char p[STORE_ID_LEN], p2[STORE_ID_LEN];
	store *s = fresh("history", p);
	assert_int_equal(store_person_ensure(s, "hoa", p2), 0);
	store_cell c, other;
	mk_cell(s, p, "Chi bộ A", &c);
	mk_cell(s, p2, "Chi bộ B", &other);
	store_meeting cur;

	/* none yet */
	mk_meeting(s, p, c.id, "regular", "live", "2026-11-20", &cur);
	assert_history(s, c.id, cur.id, "2026-11-20", "0\t0\t");
	set_status(s, cur.id, "abandoned");

	/* counted in Q4 2026: thematic and combined, live, done */
	done_meeting(s, p, c.id, "thematic", "live", "2026-10-01", "done");
	done_meeting(s, p, c.id, "combined", "live", "2026-11-05", "done");
	/* this year, not thematic */
	done_meeting(s, p, c.id, "regular", "live", "2026-01-15", "done");
	done_meeting(s, p, c.id, "regular", "live", "2026-11-10", "done");
	/* thematic, this year, the quarter before (last day of Q3) */
	done_meeting(s, p, c.id, "thematic", "live", "2026-09-30", "done");
	/* thematic, same quarter of another year */
	done_meeting(s, p, c.id, "thematic", "live", "2025-11-20", "done");
	done_meeting(s, p, c.id, "combined", "live", "2027-10-20", "done");
	/* not meetings: rehearsals, abandoned, unfinished, other cell */
	done_meeting(s, p, c.id, "thematic", "rehearse", "2026-11-12",
	             "done");
	done_meeting(s, p, c.id, "thematic", "live", "2026-11-13",
	             "abandoned");
	done_meeting(s, p, c.id, "thematic", "rehearse", "2026-11-14",
	             "in_progress");
	done_meeting(s, p2, other.id, "thematic", "live", "2026-11-15",
	             "done");

	mk_meeting(s, p, c.id, "thematic", "live", "2026-11-20", &cur);
	assert_history(s, c.id, cur.id, "2026-11-20", "2\t5\t2026-11-10");
	/* the current meeting itself, once done, is not "before this one" */
	set_status(s, cur.id, "done");
	assert_history(s, c.id, cur.id, "2026-11-20", "2\t5\t2026-11-10");

	/* quarter boundaries: asked on 2026-09-30 (Q3) and 2026-07-01 */
	store_meeting q3;
	mk_meeting(s, p, c.id, "regular", "rehearse", "2026-09-30", &q3);
	assert_history(s, c.id, q3.id, "2026-09-30", "1\t2\t2026-09-30");
	assert_history(s, c.id, q3.id, "2026-07-01", "0\t1\t2026-01-15");
	/* December is Q4; the next year starts from nothing */
	assert_history(s, c.id, q3.id, "2026-12-31", "3\t6\t2026-11-20");
	assert_history(s, c.id, q3.id, "2027-01-02", "0\t0\t2026-11-20");
	assert_history(s, c.id, q3.id, "2027-12-01", "1\t1\t2027-10-20");
	/* another cell sees only its own */
	assert_history(s, other.id, q3.id, "2026-11-20", "1\t1\t2026-11-15");
	store_close(s);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	root = xasprintf("%s/store-meeting-%ld", base && *base ? base : "/tmp",
	                 (long)getpid());
	umask(022);
	if (mkdir_p(root, 0700) != 0) {
		perror(root);
		return 1;
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cell),
	    cmocka_unit_test(test_one_open_live_meeting),
	    cmocka_unit_test(test_status),
	    cmocka_unit_test(test_get_by_prefix),
	    cmocka_unit_test(test_each),
	    cmocka_unit_test(test_record_and_rows),
	    cmocka_unit_test(test_record_refused),
	    cmocka_unit_test(test_record_set_all_or_nothing),
	    cmocka_unit_test(test_previous_tasks),
	    cmocka_unit_test(test_previous_tasks_types),
	    cmocka_unit_test(test_history),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	if (!failed)
		rm_rf(root);
	free(root);
	return failed;
}
