/*
 * test_store_unit.c — the unit tree and its terms: paths on add, a move
 * rewrites its whole subtree's paths (and a cell's default superior name),
 * the refusals (nothing under a cell, no cycle, codes unique and well
 * formed, no two children of one name), listing order and counts, terms
 * that do not overlap, CSV rows imported all or nothing and only once,
 * units found by id, code or unique name, an audit entry per change.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "store_access.h"
#include "store_meeting.h"
#include "store_unit.h"
#include "util.h"

static char *tmp;

struct db {
	store *s;
	sqlite3 *q; /* a second connection, for checks */
	char *path;
	char actor[STORE_ID_LEN];
};

static void fresh(const char *name, struct db *d)
{
	d->path = xasprintf("%s/%s.db", tmp, name);
	unlink(d->path);
	char *err = NULL;
	d->s = store_open(d->path, &err);
	if (!d->s)
		fail_msg("%s", err);
	assert_int_equal(store_person_ensure(d->s, "admin", d->actor), 0);
	assert_int_equal(sqlite3_open(d->path, &d->q), SQLITE_OK);
}

static void done(struct db *d)
{
	sqlite3_close(d->q);
	store_close(d->s);
	free(d->path);
}

/* The first column of the first row of sql, as a malloc'd string ("" for
 * no row or NULL). */
static char *q1(struct db *d, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->q, sql, -1, &st, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(d->q));
	char *out = xstrdup("");
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		free(out);
		out = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return out;
}

static long q1l(struct db *d, const char *sql)
{
	char *v = q1(d, sql);
	long n = atol(v);
	free(v);
	return n;
}

static void add(struct db *d, const char *kind, const char *parent,
                const char *name, const char *code, store_unit *out)
{
	if (store_unit_add(d->s, d->actor, kind, parent, name, code, NULL,
	                   out) < 0)
		fail_msg("%s", store_errmsg(d->s));
}

static char *path_of(struct db *d, const char *id)
{
	char *sql = xasprintf("SELECT path FROM unit WHERE id = '%s'", id);
	char *p = q1(d, sql);
	free(sql);
	return p;
}

static void assert_path(struct db *d, const char *id, const char *want)
{
	char *p = path_of(d, id);
	assert_string_equal(p, want);
	free(p);
}

static void assert_refused(struct db *d, int rc, const char *words)
{
	assert_int_equal(rc, -1);
	if (!strstr(store_errmsg(d->s), words))
		fail_msg("'%s' lacks '%s'", store_errmsg(d->s), words);
}

/* A province with two communes; the first has two cells. */
struct tree {
	store_unit p, c1, c2, x, y;
};

static void build(struct db *d, struct tree *t)
{
	add(d, "province", NULL, "Tỉnh ủy Lạng Sơn", "LS", &t->p);
	add(d, "commune", t->p.id, "Đảng ủy xã Đồng Đăng", "DD", &t->c1);
	add(d, "commune", t->p.id, "Đảng ủy xã Cao Lộc", NULL, &t->c2);
	add(d, "cell", t->c1.id, "Chi bộ thôn Pò Mã", "DD-02", &t->y);
	add(d, "cell", t->c1.id, "Chi bộ thôn Bản Cầu", "DD-01", &t->x);
}

static void test_add_paths(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("add", &d);
	build(&d, &t);
	char *want = xasprintf("/%s/", t.p.id);
	assert_path(&d, t.p.id, want);
	free(want);
	want = xasprintf("/%s/%s/%s/", t.p.id, t.c1.id, t.x.id);
	assert_path(&d, t.x.id, want);
	free(want);
	assert_string_equal(t.x.parent_id, t.c1.id);
	assert_string_equal(t.x.kind, "cell");
	assert_string_equal(t.x.code, "DD-01");
	/* a cell's superior defaults to its parent's name; others have none */
	assert_string_equal(t.x.superior, "Đảng ủy xã Đồng Đăng");
	assert_string_equal(t.c1.superior, "");
	assert_string_equal(t.c2.code, "");
	store_unit z;
	assert_int_equal(store_unit_add(d.s, d.actor, "cell", t.c2.id,
	                                "Chi bộ thôn Nà Sla", NULL,
	                                "Đảng bộ xã Cao Lộc", &z),
	                 0);
	assert_string_equal(z.superior, "Đảng bộ xã Cao Lộc");
	/* any depth: a commune under a commune */
	store_unit sub;
	add(&d, "commune", t.c2.id, "Đảng ủy phường con", NULL, &sub);
	want = xasprintf("/%s/%s/%s/", t.p.id, t.c2.id, sub.id);
	assert_path(&d, sub.id, want);
	free(want);
	assert_int_equal(store_unit_get(d.s, t.c1.id, &z), 1);
	assert_string_equal(z.name, "Đảng ủy xã Đồng Đăng");
	assert_int_equal(store_unit_get(d.s, "nope", &z), 0);
	assert_int_equal(
	    q1l(&d, "SELECT count(*) FROM audit WHERE action = 'unit.add'"), 7);
	char *detail = q1(&d, "SELECT json_extract(detail, '$.code')"
	                      " FROM audit WHERE subject = (SELECT id FROM unit"
	                      " WHERE code = 'DD-01')");
	assert_string_equal(detail, "DD-01");
	free(detail);
	done(&d);
}

static void test_add_refused(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("refused", &d);
	build(&d, &t);
	store_unit u;
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "cell", NULL, "Chi bộ lẻ",
	                              NULL, NULL, &u),
	               "phải thuộc");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "commune", t.x.id, "Con",
	                              NULL, NULL, &u),
	               "là chi bộ");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "cell", t.c2.id, "Mới",
	                              "DD-01", NULL, &u),
	               "đã dùng cho 'Chi bộ thôn Bản Cầu'");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "cell", t.c1.id,
	                              "Chi bộ thôn Bản Cầu", NULL, NULL, &u),
	               "cùng tên");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "province", NULL,
	                              "Tỉnh ủy Lạng Sơn", NULL, NULL, &u),
	               "gốc cùng tên");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "cell", t.c1.id, "Mới",
	                              "mã có dấu", NULL, &u),
	               "không hợp lệ");
	assert_refused(
	    &d,
	    store_unit_add(d.s, d.actor, "cell", t.c1.id, "", NULL, NULL, &u),
	    "để trống");
	assert_refused(&d,
	               store_unit_add(d.s, d.actor, "cell", t.c1.id, "A\nB",
	                              NULL, NULL, &u),
	               "ký tự điều khiển");
	/* the same name under another parent is fine */
	add(&d, "cell", t.c2.id, "Chi bộ thôn Bản Cầu", NULL, &u);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit"), 6);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM audit"), 6);
	assert_null(store_unit_code_problem("DD-01.a_b"));
	assert_non_null(store_unit_code_problem("DD 01"));
	done(&d);
}

static void test_move(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("move", &d);
	build(&d, &t);
	store_unit p2, own;
	add(&d, "province", NULL, "Thành ủy Hà Nội", "HN", &p2);
	assert_int_equal(store_unit_add(d.s, d.actor, "cell", t.c1.id,
	                                "Chi bộ riêng", NULL, "Đảng bộ khác",
	                                &own),
	                 0);
	/* the commune and its cells move to the other province */
	assert_int_equal(store_unit_move(d.s, d.actor, t.c1.id, p2.id), 0);
	char *want = xasprintf("/%s/%s/", p2.id, t.c1.id);
	assert_path(&d, t.c1.id, want);
	free(want);
	want = xasprintf("/%s/%s/%s/", p2.id, t.c1.id, t.x.id);
	assert_path(&d, t.x.id, want);
	free(want);
	char *sql = xasprintf("SELECT count(*) FROM unit WHERE path LIKE"
	                      " '/%s/%%'",
	                      t.p.id);
	assert_int_equal(q1l(&d, sql), 2); /* the province and c2 */
	free(sql);
	store_unit u;
	assert_int_equal(store_unit_get(d.s, t.c1.id, &u), 1);
	assert_string_equal(u.parent_id, p2.id);
	/* a cell moved to another commune: its default superior follows */
	assert_int_equal(store_unit_move(d.s, d.actor, t.x.id, t.c2.id), 0);
	assert_int_equal(store_unit_get(d.s, t.x.id, &u), 1);
	assert_string_equal(u.superior, "Đảng ủy xã Cao Lộc");
	want = xasprintf("/%s/%s/%s/", t.p.id, t.c2.id, t.x.id);
	assert_path(&d, t.x.id, want);
	free(want);
	assert_int_equal(store_unit_move(d.s, d.actor, own.id, t.c2.id), 0);
	assert_int_equal(store_unit_get(d.s, own.id, &u), 1);
	assert_string_equal(u.superior, "Đảng bộ khác");
	/* already there */
	assert_int_equal(store_unit_move(d.s, d.actor, own.id, t.c2.id), 1);
	/* refused: under itself, a descendant, a cell */
	assert_refused(&d, store_unit_move(d.s, d.actor, p2.id, p2.id),
	               "vào chính nó");
	assert_refused(&d, store_unit_move(d.s, d.actor, p2.id, t.c1.id),
	               "'Đảng ủy xã Đồng Đăng' là đơn vị cấp dưới của nó");
	assert_refused(&d, store_unit_move(d.s, d.actor, t.c2.id, t.y.id),
	               "là chi bộ");
	/* a sibling of the same name at the destination */
	store_unit twin;
	add(&d, "cell", t.c1.id, "Chi bộ riêng", NULL, &twin);
	assert_refused(&d, store_unit_move(d.s, d.actor, twin.id, t.c2.id),
	               "cùng tên");
	assert_int_equal(
	    q1l(&d, "SELECT count(*) FROM audit WHERE action = 'unit.move'"),
	    3);
	/* every path is its parent's path and its id */
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit u LEFT JOIN unit p"
	                         " ON p.id = u.parent_id WHERE u.path <>"
	                         " coalesce(p.path, '/') || u.id || '/'"),
	                 0);
	done(&d);
}

static int collect(void *arg, const store_unit_node *n)
{
	sbuf_addf(arg, "%d%s %s [%s] %ld/%ld\n", n->depth, n->last ? "L" : "",
	          n->name, n->code, n->children, n->cells);
	return 0;
}

static void test_tree(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("tree", &d);
	build(&d, &t);
	char person[STORE_ID_LEN];
	store_cell legacy;
	assert_int_equal(store_person_ensure(d.s, "an", person), 0);
	assert_int_equal(store_cell_create(d.s, person, "Chi bộ cũ", NULL,
	                                   "hd42-100", &legacy),
	                 0);
	sbuf b = SBUF_INIT;
	assert_int_equal(store_unit_tree(d.s, NULL, collect, &b), 0);
	assert_string_equal(b.buf, "0 Chi bộ cũ [] 0/0\n"
	                           "0L Tỉnh ủy Lạng Sơn [LS] 2/2\n"
	                           "1 Đảng ủy xã Cao Lộc [] 0/0\n"
	                           "1L Đảng ủy xã Đồng Đăng [DD] 2/2\n"
	                           "2 Chi bộ thôn Bản Cầu [DD-01] 0/0\n"
	                           "2L Chi bộ thôn Pò Mã [DD-02] 0/0\n");
	sbuf_free(&b);
	assert_int_equal(store_unit_tree(d.s, t.c1.id, collect, &b), 0);
	assert_string_equal(b.buf, "0L Đảng ủy xã Đồng Đăng [DD] 2/2\n"
	                           "1 Chi bộ thôn Bản Cầu [DD-01] 0/0\n"
	                           "1L Chi bộ thôn Pò Mã [DD-02] 0/0\n");
	sbuf_free(&b);
	long children, cells;
	assert_int_equal(store_unit_counts(d.s, t.p.id, &children, &cells), 0);
	assert_int_equal(children, 2);
	assert_int_equal(cells, 2);
	char *chain;
	assert_int_equal(store_unit_chain(d.s, t.x.id, " › ", &chain), 0);
	assert_string_equal(chain, "Tỉnh ủy Lạng Sơn › Đảng ủy xã Đồng Đăng");
	free(chain);
	assert_int_equal(store_unit_chain(d.s, t.p.id, " › ", &chain), 0);
	assert_string_equal(chain, "");
	free(chain);
	done(&d);
}

static int collect_id(void *arg, const char *id)
{
	sbuf_addf(arg, "%s;", id ? id : "ALL");
	return 0;
}

static void test_admin_roots(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("roots", &d);
	build(&d, &t);
	sbuf b = SBUF_INIT;
	assert_int_equal(store_unit_admin_roots(d.s, d.actor, collect_id, &b),
	                 0);
	assert_null(b.buf);
	char *sql = xasprintf(
	    "INSERT INTO person_role VALUES"
	    " ('00000000-0000-4000-8000-000000000001', '%s', 'admin', '%s',"
	    " ''), ('00000000-0000-4000-8000-000000000002', '%s', 'admin',"
	    " '%s', ''), ('00000000-0000-4000-8000-000000000003', '%s',"
	    " 'admin', '%s', '')",
	    d.actor, t.c2.id, d.actor, t.x.id, d.actor, t.c1.id);
	assert_int_equal(sqlite3_exec(d.q, sql, NULL, NULL, NULL), SQLITE_OK);
	free(sql);
	/* the cell is under Đồng Đăng: only the two communes, by name */
	assert_int_equal(store_unit_admin_roots(d.s, d.actor, collect_id, &b),
	                 0);
	char *want = xasprintf("%s;%s;", t.c2.id, t.c1.id);
	assert_string_equal(b.buf, want);
	free(want);
	sbuf_free(&b);
	assert_int_equal(
	    sqlite3_exec(d.q,
	                 "INSERT INTO person_role VALUES"
	                 " ('00000000-0000-4000-8000-000000000004',"
	                 " (SELECT id FROM person), 'admin', NULL,"
	                 " '')",
	                 NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(store_unit_admin_roots(d.s, d.actor, collect_id, &b),
	                 0);
	assert_string_equal(b.buf, "ALL;");
	sbuf_free(&b);
	done(&d);
}

static int collect_term(void *arg, const store_term *t)
{
	sbuf_addf(arg, "%s %s %s;", t->name, t->starts_on, t->ends_on);
	return 0;
}

static void test_terms(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("terms", &d);
	build(&d, &t);
	store_term term;
	assert_int_equal(store_term_add(d.s, d.actor, t.x.id, "2020–2025",
	                                "2020-07-01", "2025-06-30", &term),
	                 0);
	assert_int_equal(store_term_add(d.s, d.actor, t.x.id, "2025–2027",
	                                "2025-07-01", "2027-06-30", &term),
	                 0);
	assert_refused(&d,
	               store_term_add(d.s, d.actor, t.x.id, "chồng",
	                              "2027-06-30", "2029-01-01", &term),
	               "trùng thời gian với nhiệm kỳ '2025–2027' (01/07/2025 – "
	               "30/06/2027)");
	assert_refused(&d,
	               store_term_add(d.s, d.actor, t.x.id, "bao", "2019-01-01",
	                              "2030-01-01", &term),
	               "'2020–2025'");
	assert_refused(&d,
	               store_term_add(d.s, d.actor, t.x.id, "ngược",
	                              "2030-01-01", "2029-01-01", &term),
	               "trước ngày bắt đầu");
	/* another unit's terms are its own */
	assert_int_equal(store_term_add(d.s, d.actor, t.y.id, "2025–2027",
	                                "2025-07-01", "2027-06-30", &term),
	                 0);
	sbuf b = SBUF_INIT;
	assert_int_equal(store_term_each(d.s, t.x.id, collect_term, &b), 0);
	assert_string_equal(b.buf, "2025–2027 2025-07-01 2027-06-30;"
	                           "2020–2025 2020-07-01 2025-06-30;");
	sbuf_free(&b);
	assert_int_equal(
	    q1l(&d, "SELECT count(*) FROM audit WHERE action = 'unit.term'"),
	    3);
	done(&d);
}

static void note(void *arg, long line, const char *msg)
{
	sbuf_addf(arg, "%ld: %s\n", line, msg);
}

static void test_import(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("import", &d);
	build(&d, &t);
	store_unit_row rows[] = {
	    {2, "Chi bộ thôn Nà Sla", "CL-01", NULL},
	    {3, "Chi bộ thôn Khòn Khuyên", "", "Đảng bộ xã Cao Lộc"},
	    {5, "Chi bộ tổ dân phố 1", NULL, ""},
	};
	long added, skipped, problems;
	sbuf b = SBUF_INIT;
	/* a dry run writes nothing */
	assert_int_equal(store_unit_import(d.s, d.actor, t.c2.id, rows, 3, 1,
	                                   note, &b, &added, &skipped,
	                                   &problems),
	                 0);
	assert_int_equal(added, 3);
	assert_int_equal(problems, 0);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit"), 5);
	assert_int_equal(store_unit_import(d.s, d.actor, t.c2.id, rows, 3, 0,
	                                   note, &b, &added, &skipped,
	                                   &problems),
	                 0);
	assert_int_equal(added, 3);
	assert_int_equal(skipped, 0);
	assert_null(b.buf);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit"), 8);
	char *sup = q1(&d, "SELECT superior_name FROM unit"
	                   " WHERE name = 'Chi bộ thôn Nà Sla'");
	assert_string_equal(sup, "Đảng ủy xã Cao Lộc");
	free(sup);
	sup =
	    q1(&d, "SELECT superior_name || kind || (path LIKE '%/' || id"
	           " || '/') FROM unit WHERE name = 'Chi bộ thôn Khòn Khuyên'");
	assert_string_equal(sup, "Đảng bộ xã Cao Lộccell1");
	free(sup);
	/* the same rows again add nothing */
	assert_int_equal(store_unit_import(d.s, d.actor, t.c2.id, rows, 3, 0,
	                                   note, &b, &added, &skipped,
	                                   &problems),
	                 0);
	assert_int_equal(added, 0);
	assert_int_equal(skipped, 3);
	assert_int_equal(problems, 0);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit"), 8);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM audit"
	                         " WHERE action = 'unit.import'"),
	                 1);
	/* one bad row: nothing is added, every problem has its line */
	store_unit_row bad[] = {
	    {2, "Chi bộ mới 1", "N-1", NULL},
	    {3, "", NULL, NULL},
	    {4, "Chi bộ mới 2", "N-1", NULL},
	    {6, "Chi bộ mới 1", NULL, NULL},
	    {7, "Chi bộ mới 3", "DD-01", NULL},
	    {8, "Chi bộ mới 4", "có dấu", NULL},
	    {9, "Chi bộ thôn Nà Sla", "CL-01", NULL},
	    {10, "Chi bộ thôn Nà Sla", NULL, NULL},
	};
	assert_int_equal(store_unit_import(d.s, d.actor, t.c2.id, bad, 8, 0,
	                                   note, &b, &added, &skipped,
	                                   &problems),
	                 0);
	assert_int_equal(problems, 6);
	assert_string_equal(
	    b.buf, "3: tên không được để trống\n"
	           "8: mã 'có dấu' không hợp lệ: mã chỉ gồm chữ cái "
	           "không dấu, chữ số và các dấu . _ -\n"
	           "6: tên 'Chi bộ mới 1' trùng với dòng 2\n"
	           "10: tên 'Chi bộ thôn Nà Sla' trùng với dòng 9\n"
	           "4: mã 'N-1' trùng với dòng 2\n"
	           "7: mã 'DD-01' đã dùng cho 'Chi bộ thôn Bản Cầu'\n");
	sbuf_free(&b);
	assert_int_equal(q1l(&d, "SELECT count(*) FROM unit"), 8);
	/* a cell's name under another kind of unit, a code of another cell */
	store_unit sub;
	add(&d, "commune", t.c2.id, "Đảng ủy con", NULL, &sub);
	store_unit_row clash[] = {
	    {2, "Đảng ủy con", NULL, NULL},
	    {3, "Chi bộ thôn Nà Sla", "DD-02", NULL},
	};
	assert_int_equal(store_unit_import(d.s, d.actor, t.c2.id, clash, 2, 0,
	                                   note, &b, &added, &skipped,
	                                   &problems),
	                 0);
	assert_int_equal(problems, 2);
	assert_non_null(strstr(b.buf, "2: 'Đảng ủy con' đã là một đơn vị"));
	assert_non_null(strstr(b.buf, "3: mã 'DD-02' đã dùng cho 'Chi bộ "
	                              "thôn Pò Mã'"));
	sbuf_free(&b);
	/* not into a cell */
	assert_refused(&d,
	               store_unit_import(d.s, d.actor, t.x.id, rows, 3, 0, note,
	                                 &b, &added, &skipped, &problems),
	               "đó là chi bộ");
	done(&d);
}

static void test_resolve(void **state)
{
	(void)state;
	struct db d;
	struct tree t;
	fresh("resolve", &d);
	build(&d, &t);
	store_unit twin;
	add(&d, "cell", t.c2.id, "Chi bộ thôn Bản Cầu", "CL-09", &twin);
	char id[STORE_ID_LEN];
	assert_int_equal(store_unit_resolve(d.s, "DD-02", id), 1);
	assert_string_equal(id, t.y.id);
	assert_int_equal(store_unit_resolve(d.s, t.c2.id, id), 1);
	assert_string_equal(id, t.c2.id);
	assert_int_equal(store_unit_resolve(d.s, "Đảng ủy xã Cao Lộc", id), 1);
	assert_string_equal(id, t.c2.id);
	assert_int_equal(store_unit_resolve(d.s, "Không có", id), 0);
	assert_int_equal(store_unit_resolve(d.s, "Chi bộ thôn Bản Cầu", id),
	                 -1);
	assert_non_null(strstr(store_errmsg(d.s), "DD-01"));
	assert_non_null(strstr(store_errmsg(d.s), "CL-09"));
	done(&d);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	tmp = xasprintf("%s/unit", base ? base : "/tmp/chibo-unit");
	mkdir_p(tmp, 0700);
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_add_paths),
	    cmocka_unit_test(test_add_refused),
	    cmocka_unit_test(test_move),
	    cmocka_unit_test(test_tree),
	    cmocka_unit_test(test_admin_roots),
	    cmocka_unit_test(test_terms),
	    cmocka_unit_test(test_import),
	    cmocka_unit_test(test_resolve),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(tmp);
	return rc;
}
