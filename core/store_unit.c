/*
 * store_unit.c — the SQL of the unit tree and its terms.
 *
 * The subtree of U is the path range [U.path, U.path || '~'): paths are
 * lowercase hex ids, '-' and '/', all of which sort below '~'.
 */
#include "store_unit.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "json.h"
#include "store_access.h"
#include "store_priv.h"
#include "util.h"

#define UNIT_COLS                                                              \
	"id, coalesce(parent_id, ''), kind, name, coalesce(code, ''),"         \
	" coalesce(superior_name, ''), path"

static int refuse(store *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A refusal (not a database error): the message, -1. */
static int refuse(store *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	return store_refuse(s, msg);
}

/* A one-off statement with n text parameters bound (NULL: SQL NULL; they
 * must outlive the steps); NULL with the message set. */
static sqlite3_stmt *prep(store *s, const char *sql, const char *what, int n,
                          ...)
{
	sqlite3_stmt *st = stmt_prep(s, sql, what);
	if (!st)
		return NULL;
	va_list ap;
	va_start(ap, n);
	for (int i = 1; i <= n; i++)
		bind_text(st, i, va_arg(ap, const char *));
	va_end(ap);
	return st;
}

/* date_show() as an expression. */
static const char *date_show_r(const char *iso, char out[16])
{
	date_show(iso, out);
	return out;
}

/* ---- the audit entry's detail ------------------------------------------ */

/* Adds "key": "v" to a JSON object under construction (null for NULL or
 * ""). */
static void detail_str(sbuf *b, const char *key, const char *v)
{
	json_member(b, key, v && *v ? v : NULL);
}

static void detail_long(sbuf *b, const char *key, long v)
{
	char n[32];
	snprintf(n, sizeof n, "%ld", v);
	json_member_raw(b, key, n);
}

/* Writes the audit entry and frees the detail. */
static int audit(store *s, const char *actor_id, const char *action,
                 const char *subject, sbuf *detail)
{
	sbuf_adds(detail, "}");
	int rc = store_audit_add(s, actor_id, action, subject, detail->buf);
	sbuf_free(detail);
	return rc;
}

/* ---- checks ------------------------------------------------------------- */

int store_unit_kind_valid(const char *kind)
{
	return kind &&
	       (strcmp(kind, "province") == 0 || strcmp(kind, "commune") == 0 ||
	        strcmp(kind, "cell") == 0);
}

const char *store_unit_code_problem(const char *code)
{
	if (!code || !*code)
		return _("mã không được để trống");
	if (strlen(code) > STORE_UNIT_CODE_MAX)
		return _("mã dài quá 63 ký tự");
	for (const char *p = code; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
		      *p == '-'))
			return _("mã chỉ gồm chữ cái không dấu, chữ số và các "
			         "dấu . _ -");
	return NULL;
}

const char *store_unit_name_problem(const char *name)
{
	if (!name || !*name)
		return _("tên không được để trống");
	if (strlen(name) > STORE_UNIT_NAME_MAX)
		return _("tên dài quá 255 byte");
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return _("tên có ký tự điều khiển (xuống dòng, tab…)");
	return NULL;
}

/* ---- reading ------------------------------------------------------------ */

static void unit_read(sqlite3_stmt *st, store_unit *u)
{
	memset(u, 0, sizeof *u);
	col_copy(u->id, sizeof u->id, st, 0);
	col_copy(u->parent_id, sizeof u->parent_id, st, 1);
	col_copy(u->kind, sizeof u->kind, st, 2);
	col_copy(u->name, sizeof u->name, st, 3);
	col_copy(u->code, sizeof u->code, st, 4);
	col_copy(u->superior, sizeof u->superior, st, 5);
}

/* A unit, and its path (malloc'd) when path is not NULL: 1, 0, -1. */
static int unit_load(store *s, const char *id, store_unit *out, char **path)
{
	const char *what = _("không đọc được đơn vị trong %s");
	sqlite3_stmt *st = prep(
	    s, "SELECT " UNIT_COLS " FROM unit WHERE id = ?1", what, 1, id);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		unit_read(st, out);
		if (path)
			*path = col_dup(st, 6);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_unit_get(store *s, const char *id, store_unit *out)
{
	return unit_load(s, id, out, NULL);
}

/* The id and kind of the child of parent_id (NULL: a root) named name:
 * 1 found, 0 none, -1 error. */
static int child_named(store *s, const char *parent_id, const char *name,
                       char id[STORE_ID_LEN], char kind[16])
{
	const char *what = _("không đọc được đơn vị trong %s");
	/* The IN list lets unit_parent (parent_id, kind, name) serve the
	 * lookup whole. */
	sqlite3_stmt *st =
	    prep(s,
	         parent_id ? "SELECT id, kind FROM unit WHERE parent_id = ?1"
	                     " AND kind IN ('province', 'commune', 'cell')"
	                     " AND name = ?2 LIMIT 1"
	                   : "SELECT id, kind FROM unit WHERE parent_id IS NULL"
	                     " AND ?1 IS NULL AND name = ?2 LIMIT 1",
	         what, 2, parent_id, name);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		col_copy(id, STORE_ID_LEN, st, 0);
		col_copy(kind, 16, st, 1);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* The unit that has code: 1 (its id and name), 0 none, -1 error. */
static int unit_with_code(store *s, const char *code, char id[STORE_ID_LEN],
                          char *name, size_t n)
{
	const char *what = _("không đọc được đơn vị trong %s");
	sqlite3_stmt *st =
	    prep(s, "SELECT id, name FROM unit WHERE code = ?1", what, 1, code);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		col_copy(id, STORE_ID_LEN, st, 0);
		col_copy(name, n, st, 1);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* ---- adding ------------------------------------------------------------- */

static int unit_insert(store *s, const char *id, const char *parent_id,
                       const char *kind, const char *name, const char *code,
                       const char *superior, const char *path, const char *now,
                       const char *what)
{
	sqlite3_stmt *st = prep(
	    s,
	    "INSERT INTO unit (id, parent_id, kind, name, code,"
	    " superior_name, path, created_at, updated_at)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7 || ?1 || '/', ?8, ?8)",
	    what, 8, id, parent_id, kind, name, code && *code ? code : NULL,
	    superior && *superior ? superior : NULL, path, now);
	return st ? stmt_finish(s, st, what) : -1;
}

/* Checks that parent_id (NULL: a root) may take a unit of kind named
 * name; loads the parent and its path (malloc'd, "/" for a root). */
static int check_place(store *s, const char *parent_id, const char *kind,
                       const char *name, const char *what_fmt,
                       store_unit *parent, char **path)
{
	memset(parent, 0, sizeof *parent);
	*path = NULL;
	char *why = NULL;
	int rc = 1;
	if (!parent_id) {
		if (strcmp(kind, "cell") == 0)
			why = xstrdup(
			    _("chi bộ phải thuộc một đảng ủy cấp trên"));
		else
			*path = xstrdup("/");
	} else if ((rc = unit_load(s, parent_id, parent, path)) == 0) {
		why = xstrdup(_("không tìm thấy đơn vị cấp trên"));
	} else if (rc > 0 && strcmp(parent->kind, "cell") == 0) {
		why = xasprintf(_("'%s' là chi bộ, không có đơn vị trực thuộc"),
		                parent->name);
	}
	if (rc > 0 && !why) {
		char id[STORE_ID_LEN], k[16];
		rc = child_named(s, parent_id, name, id, k);
		if (rc == 0)
			return 0;
		if (rc > 0)
			why = parent_id
			          ? xasprintf(_("'%s' đã có đơn vị trực "
			                        "thuộc cùng tên"),
			                      parent->name)
			          : xstrdup(_("đã có đơn vị gốc cùng tên"));
	}
	if (why)
		refuse(s, what_fmt, name, why);
	free(why);
	free(*path);
	*path = NULL;
	return -1;
}

int store_unit_add(store *s, const char *actor_id, const char *kind,
                   const char *parent_id, const char *name, const char *code,
                   const char *superior, store_unit *out)
{
	const char *what = _("không thêm được đơn vị vào %s");
	const char *refused = _("không thêm được '%s': %s");
	if (!store_unit_kind_valid(kind))
		return misuse(s, __func__, "kind");
	const char *why = store_unit_name_problem(name);
	if (why)
		return refuse(s, _("không thêm được đơn vị: %s"), why);
	if (code && *code && (why = store_unit_code_problem(code)) != NULL)
		return refuse(s,
		              _("không thêm được '%s': mã '%s' không hợp lệ: "
		                "%s"),
		              name, code, why);
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	store_unit parent;
	char *path = NULL;
	int rc = check_place(s, parent_id, kind, name, refused, &parent, &path);
	char other[STORE_ID_LEN], other_name[STORE_UNIT_NAME_MAX + 1];
	if (rc == 0 && code && *code) {
		rc = unit_with_code(s, code, other, other_name,
		                    sizeof other_name);
		if (rc > 0)
			rc = refuse(s,
			            _("không thêm được '%s': mã '%s' đã dùng "
			              "cho '%s'; hãy chọn mã khác"),
			            name, code, other_name);
	}
	if (rc == 0) {
		if (!(superior && *superior) && strcmp(kind, "cell") == 0)
			superior = parent.name;
		memset(out, 0, sizeof *out);
		store_new_id(out->id);
		char now[32];
		now_utc(now);
		rc = unit_insert(s, out->id, parent_id, kind, name, code,
		                 superior, path, now, what);
	}
	if (rc == 0) {
		sbuf d = SBUF_INIT;
		detail_str(&d, "kind", kind);
		detail_str(&d, "name", name);
		detail_str(&d, "parent", parent_id);
		detail_str(&d, "code", code);
		rc = audit(s, actor_id, "unit.add", out->id, &d);
	}
	free(path);
	rc = own_end(s, own, rc);
	if (rc == 0 && unit_load(s, out->id, out, NULL) < 0)
		rc = -1;
	return rc;
}

/* ---- moving ------------------------------------------------------------- */

int store_unit_move(store *s, const char *actor_id, const char *id,
                    const char *parent_id)
{
	const char *what = _("không chuyển được đơn vị trong %s");
	const char *refused = _("không chuyển được '%s': %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	store_unit u, to;
	char *old = NULL, *to_path = NULL;
	int rc = unit_load(s, id, &u, &old);
	if (rc == 0)
		rc = refuse(s, _("không chuyển được: không tìm thấy đơn vị"));
	if (rc > 0)
		rc = unit_load(s, parent_id, &to, &to_path);
	if (rc == 0)
		rc = refuse(s, refused, u.name,
		            _("không tìm thấy đơn vị cấp trên mới"));
	if (rc < 0)
		goto done;
	rc = 0;
	if (strcmp(to.id, u.id) == 0) {
		rc = refuse(s, refused, u.name,
		            _("không chuyển một đơn vị vào chính nó"));
		goto done;
	}
	if (strncmp(to_path, old, strlen(old)) == 0) {
		char *why =
		    xasprintf(_("'%s' là đơn vị cấp dưới của nó"), to.name);
		rc = refuse(s, refused, u.name, why);
		free(why);
		goto done;
	}
	if (strcmp(u.parent_id, parent_id) == 0) {
		rc = 1;
		goto done;
	}
	store_unit place;
	char *path = NULL;
	if (check_place(s, parent_id, u.kind, u.name, refused, &place, &path) <
	    0) {
		rc = -1;
		goto done;
	}
	free(path);
	store_unit from = {0};
	if (u.parent_id[0] && unit_load(s, u.parent_id, &from, NULL) < 0) {
		rc = -1;
		goto done;
	}
	char now[32];
	now_utc(now);
	char *new_path = xasprintf("%s%s/", to_path, u.id);
	rc = stmt_finish(
	    s,
	    prep(s,
	         "UPDATE unit SET path = ?2 || substr(path, length(?1) + 1),"
	         " updated_at = ?3 WHERE path >= ?1 AND path < ?1 || '~'",
	         what, 3, old, new_path, now),
	    what);
	free(new_path);
	if (rc == 0) {
		sqlite3_stmt *st =
		    prep(s,
		         "UPDATE unit SET parent_id = ?2, superior_name = CASE"
		         " WHEN kind = 'cell' AND (superior_name IS NULL"
		         " OR superior_name = ?3) THEN ?4 ELSE superior_name"
		         " END, updated_at = ?5 WHERE id = ?1",
		         what, 5, u.id, parent_id, from.name, to.name, now);
		rc = st ? stmt_finish(s, st, what) : -1;
	}
	if (rc == 0) {
		sbuf d = SBUF_INIT;
		detail_str(&d, "from", u.parent_id);
		detail_str(&d, "to", parent_id);
		rc = audit(s, actor_id, "unit.move", u.id, &d);
	}
done:
	free(old);
	free(to_path);
	return own_end(s, own, rc);
}

/* ---- listing ------------------------------------------------------------ */

/* The tree is read in one query ordered by path (parents before their
 * children: a path is a prefix of its descendants'), then put in order
 * here: children by name, then id, as strcmp sorts them. */
struct tnode {
	char *id, *kind, *name, *code, *path;
	size_t plen;        /* strlen(path) */
	size_t nkids, kids; /* kid[kids .. kids + nkids) */
	long cells;
	int depth;
};

struct tree {
	struct tnode *v;
	size_t n;
	size_t *kid; /* children of each node, then the roots */
	size_t nroots, roots;
};

static const struct tnode *sort_nodes; /* qsort has no argument */

static int by_name(const void *a, const void *b)
{
	const struct tnode *x = &sort_nodes[*(const size_t *)a];
	const struct tnode *y = &sort_nodes[*(const size_t *)b];
	int d = strcmp(x->name, y->name);
	return d ? d : strcmp(x->id, y->id);
}

/* Reads the rows of the subtree at path and links them: 0 or -1. */
static int tree_load(store *s, const char *path, struct tree *t)
{
	const char *what = _("không đọc được cây đơn vị trong %s");
	sqlite3_stmt *st =
	    prep(s,
	         "SELECT id, kind, name, coalesce(code, ''), path"
	         " FROM unit WHERE path >= ?1 AND path < ?1 || '~'"
	         " ORDER BY path",
	         what, 1, path);
	if (!st)
		return -1;
	size_t cap = 0, *parent = NULL, *stack = NULL, top = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (t->n == cap) {
			cap = cap ? 2 * cap : 256;
			t->v = xrealloc(t->v, cap * sizeof *t->v);
			parent = xrealloc(parent, cap * sizeof *parent);
			stack = xrealloc(stack, cap * sizeof *stack);
		}
		struct tnode *n = &t->v[t->n];
		memset(n, 0, sizeof *n);
		n->id = col_dup(st, 0);
		n->kind = col_dup(st, 1);
		n->name = col_dup(st, 2);
		n->code = col_dup(st, 3);
		n->path = col_dup(st, 4);
		n->plen = strlen(n->path);
		/* the ancestors on the stack are those whose path starts
		 * this one's */
		while (top > 0 && strncmp(n->path, t->v[stack[top - 1]].path,
		                          t->v[stack[top - 1]].plen) != 0)
			top--;
		parent[t->n] = top ? stack[top - 1] : SIZE_MAX;
		n->depth = (int)top;
		if (strcmp(n->kind, "cell") == 0)
			for (size_t k = 0; k < top; k++)
				t->v[stack[k]].cells++;
		stack[top++] = t->n++;
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	free(stack);
	if (rc == SQLITE_DONE) {
		/* children lists (counted, placed, sorted), the roots last */
		t->kid = xmalloc((t->n + 1) * sizeof *t->kid);
		for (size_t i = 0; i < t->n; i++)
			if (parent[i] != SIZE_MAX)
				t->v[parent[i]].nkids++;
			else
				t->nroots++;
		size_t at = 0;
		for (size_t i = 0; i < t->n; i++) {
			t->v[i].kids = at;
			at += t->v[i].nkids;
			t->v[i].nkids = 0;
		}
		t->roots = at;
		t->nroots = 0;
		for (size_t i = 0; i < t->n; i++) {
			if (parent[i] == SIZE_MAX) {
				t->kid[t->roots + t->nroots++] = i;
			} else {
				struct tnode *p = &t->v[parent[i]];
				t->kid[p->kids + p->nkids++] = i;
			}
		}
		sort_nodes = t->v;
		for (size_t i = 0; i < t->n; i++)
			qsort(t->kid + t->v[i].kids, t->v[i].nkids,
			      sizeof *t->kid, by_name);
		qsort(t->kid + t->roots, t->nroots, sizeof *t->kid, by_name);
	}
	free(parent);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void tree_free(struct tree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].id);
		free(t->v[i].kind);
		free(t->v[i].name);
		free(t->v[i].code);
		free(t->v[i].path);
	}
	free(t->v);
	free(t->kid);
}

/* Calls cb for the nodes kid[from .. from + n) and their subtrees. */
static int tree_walk(struct tree *t, size_t from, size_t n, store_unit_cb cb,
                     void *arg)
{
	for (size_t k = 0; k < n; k++) {
		struct tnode *x = &t->v[t->kid[from + k]];
		store_unit_node node = {
		    .id = x->id,
		    .kind = x->kind,
		    .name = x->name,
		    .code = x->code,
		    .depth = x->depth,
		    .last = k + 1 == n,
		    .children = (long)x->nkids,
		    .cells = x->cells,
		};
		int stop = cb(arg, &node);
		if (!stop)
			stop = tree_walk(t, x->kids, x->nkids, cb, arg);
		if (stop)
			return stop;
	}
	return 0;
}

int store_unit_tree(store *s, const char *unit_id, store_unit_cb cb, void *arg)
{
	char *path = NULL;
	store_unit u;
	if (unit_id) {
		int rc = unit_load(s, unit_id, &u, &path);
		if (rc <= 0)
			return rc < 0 ? -1
			              : misuse(s, __func__, "unknown unit");
	}
	struct tree t = {0};
	int rc = tree_load(s, path ? path : "/", &t);
	free(path);
	if (rc == 0)
		rc = tree_walk(&t, t.roots, t.nroots, cb, arg);
	tree_free(&t);
	return rc;
}

int store_unit_counts(store *s, const char *id, long *children, long *cells)
{
	const char *what = _("không đọc được đơn vị trong %s");
	sqlite3_stmt *st = prep(
	    s,
	    "SELECT (SELECT count(*) FROM unit k WHERE k.parent_id = u.id),"
	    " (SELECT count(*) FROM unit c WHERE c.path > u.path"
	    " AND c.path < u.path || '~' AND c.kind = 'cell')"
	    " FROM unit u WHERE u.id = ?1",
	    what, 1, id);
	if (!st)
		return -1;
	*children = *cells = 0;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*children = (long)sqlite3_column_int64(st, 0);
		*cells = (long)sqlite3_column_int64(st, 1);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int store_unit_admin_roots(store *s, const char *person_id, store_unit_id_cb cb,
                           void *arg)
{
	const char *what = _("không đọc được vai trò trong %s");
	/* An admin role of every unit first; then the units not under
	 * another unit the person administers. */
	sqlite3_stmt *st =
	    prep(s,
	         "SELECT r.unit_id FROM person_role r LEFT JOIN unit a"
	         " ON a.id = r.unit_id WHERE r.person_id = ?1"
	         " AND r.role = 'admin' AND NOT EXISTS (SELECT 1"
	         " FROM person_role o JOIN unit b ON b.id = o.unit_id"
	         " WHERE o.person_id = ?1 AND o.role = 'admin'"
	         " AND a.path > b.path AND a.path < b.path || '~')"
	         " ORDER BY r.unit_id IS NOT NULL, a.name, a.id",
	         what, 1, person_id);
	if (!st)
		return -1;
	int rc = SQLITE_DONE, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		stop = cb(arg, id);
		if (!id)
			break;
	}
	if (!stop && rc != SQLITE_DONE && rc != SQLITE_ROW)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return stop ? stop : rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : -1;
}

int store_unit_chain(store *s, const char *id, const char *sep, char **out)
{
	const char *what = _("không đọc được đơn vị trong %s");
	sqlite3_stmt *st =
	    prep(s,
	         "WITH RECURSIVE up(id, parent_id, name, depth) AS"
	         " (SELECT id, parent_id, name, 0 FROM unit WHERE id = ?1"
	         " UNION ALL SELECT u.id, u.parent_id, u.name, up.depth + 1"
	         " FROM unit u JOIN up ON u.id = up.parent_id)"
	         " SELECT name FROM up WHERE depth > 0 ORDER BY depth DESC",
	         what, 1, id);
	*out = NULL;
	if (!st)
		return -1;
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (b.len)
			sbuf_adds(&b, sep);
		sbuf_adds(&b, (const char *)sqlite3_column_text(st, 0));
	}
	if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
		sbuf_free(&b);
	} else {
		*out = sbuf_detach(&b);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int people_each(store *s, sqlite3_stmt *st, const char *what,
                       store_unit_person_cb cb, void *arg)
{
	if (!st)
		return -1;
	int rc = SQLITE_DONE, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_unit_person p = {
		    .name = (const char *)sqlite3_column_text(st, 0),
		    .login = (const char *)sqlite3_column_text(st, 1),
		    .role = (const char *)sqlite3_column_text(st, 2),
		    .starts_on = (const char *)sqlite3_column_text(st, 3),
		    .ends_on = (const char *)sqlite3_column_text(st, 4),
		};
		stop = cb(arg, &p);
	}
	if (!stop && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return stop ? stop : rc == SQLITE_DONE ? 0 : -1;
}

int store_unit_secretaries(store *s, const char *cell_id,
                           store_unit_person_cb cb, void *arg)
{
	const char *what = _("không đọc được người dùng trong %s");
	return people_each(
	    s,
	    prep(s,
	         "SELECT coalesce(nullif(p.display_name, ''), p.login),"
	         " p.login, NULL, '', '' FROM person_role r"
	         " JOIN person p ON p.id = r.person_id"
	         " WHERE r.role = 'secretary' AND r.unit_id = ?1"
	         " ORDER BY 1, p.login",
	         what, 1, cell_id),
	    what, cb, arg);
}

int store_unit_mentors(store *s, const char *cell_id, const char *today,
                       store_unit_person_cb cb, void *arg)
{
	const char *what = _("không đọc được người hướng dẫn trong %s");
	return people_each(
	    s,
	    prep(s,
	         "SELECT coalesce(nullif(p.display_name, ''), p.login),"
	         " p.login, ma.committee_role, ma.starts_on,"
	         " coalesce(ma.ends_on, '') FROM mentor_assignment ma"
	         " JOIN person p ON p.id = ma.mentor_id"
	         " WHERE ma.unit_id = ?1 AND" STORE_CURRENT("ma", "?2")
	         " ORDER BY ma.starts_on, 1, p.login",
	         what, 2, cell_id, today),
	    what, cb, arg);
}

/* ---- importing ---------------------------------------------------------- */

struct import_ctx {
	store *s;
	const store_unit_row *rows;
	store_unit_problem_cb cb;
	void *arg;
	long problems;
};

static void problem(struct import_ctx *c, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void problem(struct import_ctx *c, long line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	c->cb(c->arg, line, msg);
	free(msg);
	c->problems++;
}

static const store_unit_row *sort_rows; /* qsort has no argument */
static int sort_codes;

static const char *row_key(size_t i)
{
	return sort_codes ? sort_rows[i].code : sort_rows[i].name;
}

static int by_key(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int d = strcmp(row_key(i), row_key(j));
	return d ? d : (i > j) - (i < j);
}

/* Reports the rows of idx[0..n) whose name (or code) an earlier row has,
 * and marks them bad. */
static void file_duplicates(struct import_ctx *c, size_t *idx, size_t n,
                            int codes, char *state)
{
	sort_rows = c->rows;
	sort_codes = codes;
	qsort(idx, n, sizeof *idx, by_key);
	for (size_t k = 1, first = 0; k < n; k++) {
		if (strcmp(row_key(idx[k]), row_key(idx[first])) != 0) {
			first = k;
			continue;
		}
		const store_unit_row *r = &c->rows[idx[k]];
		long line0 = c->rows[idx[first]].line;
		if (codes)
			problem(c, r->line, _("mã '%s' trùng với dòng %ld"),
			        r->code, line0);
		else
			problem(c, r->line, _("tên '%s' trùng với dòng %ld"),
			        r->name, line0);
		state[idx[k]] = 'b';
	}
}

/* What each row is: state[i] 'n' (new), 'e' (a cell already there) or
 * 'b' (bad, reported). */
static int import_check(struct import_ctx *c, const char *parent_id, size_t n,
                        char *state)
{
	size_t *idx = xmalloc((n ? n : 1) * sizeof *idx), ni = 0;
	for (size_t i = 0; i < n; i++) {
		const store_unit_row *r = &c->rows[i];
		const char *why = store_unit_name_problem(r->name);
		state[i] = 'n';
		if (why) {
			problem(c, r->line, "%s", why);
			state[i] = 'b';
		} else if (r->code && *r->code &&
		           (why = store_unit_code_problem(r->code)) != NULL) {
			problem(c, r->line, _("mã '%s' không hợp lệ: %s"),
			        r->code, why);
			state[i] = 'b';
		} else if (r->superior && *r->superior &&
		           (why = store_unit_name_problem(r->superior))) {
			problem(c, r->line, _("cấp trên: %s"), why);
			state[i] = 'b';
		} else {
			idx[ni++] = i;
		}
	}
	file_duplicates(c, idx, ni, 0, state);
	ni = 0;
	for (size_t i = 0; i < n; i++)
		if (state[i] == 'n' && c->rows[i].code && *c->rows[i].code)
			idx[ni++] = i;
	file_duplicates(c, idx, ni, 1, state);
	free(idx);
	for (size_t i = 0; i < n; i++) {
		const store_unit_row *r = &c->rows[i];
		if (state[i] == 'b')
			continue;
		char id[STORE_ID_LEN] = "", kind[16], other[STORE_ID_LEN],
		     other_name[STORE_UNIT_NAME_MAX + 1];
		int found = child_named(c->s, parent_id, r->name, id, kind);
		if (found < 0)
			return -1;
		if (found && strcmp(kind, "cell") != 0) {
			problem(c, r->line,
			        _("'%s' đã là một đơn vị trực thuộc khác, "
			          "không phải chi bộ"),
			        r->name);
			state[i] = 'b';
			continue;
		}
		if (r->code && *r->code) {
			int taken =
			    unit_with_code(c->s, r->code, other, other_name,
			                   sizeof other_name);
			if (taken < 0)
				return -1;
			if (taken && (!found || strcmp(other, id) != 0)) {
				problem(c, r->line,
				        _("mã '%s' đã dùng cho '%s'"), r->code,
				        other_name);
				state[i] = 'b';
				continue;
			}
		}
		if (found)
			state[i] = 'e';
	}
	return 0;
}

int store_unit_import(store *s, const char *actor_id, const char *parent_id,
                      const store_unit_row *rows, size_t n, int dry_run,
                      store_unit_problem_cb cb, void *arg, long *added,
                      long *skipped, long *problems)
{
	const char *what = _("không nhập được chi bộ vào %s");
	*added = *skipped = *problems = 0;
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	store_unit parent;
	char *path = NULL;
	int rc = unit_load(s, parent_id, &parent, &path);
	if (rc == 0)
		rc = refuse(s, _("không nhập được: không tìm thấy đơn vị cấp "
		                 "trên"));
	else if (rc > 0 && strcmp(parent.kind, "cell") == 0)
		rc = refuse(s,
		            _("không nhập được vào '%s': đó là chi bộ, "
		              "không có đơn vị trực thuộc"),
		            parent.name);
	char *state = xmalloc(n ? n : 1);
	struct import_ctx c = {s, rows, cb, arg, 0};
	if (rc > 0)
		rc = import_check(&c, parent_id, n, state);
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (state[i] != 'b')
			*(state[i] == 'e' ? skipped : added) += 1;
	*problems = c.problems;
	if (rc == 0 && !dry_run && !c.problems && *added) {
		char now[32];
		now_utc(now);
		for (size_t i = 0; rc == 0 && i < n; i++) {
			if (state[i] != 'n')
				continue;
			char id[STORE_ID_LEN];
			store_new_id(id);
			const char *sup = rows[i].superior && *rows[i].superior
			                      ? rows[i].superior
			                      : parent.name;
			rc = unit_insert(s, id, parent_id, "cell", rows[i].name,
			                 rows[i].code, sup, path, now, what);
		}
		if (rc == 0) {
			sbuf d = SBUF_INIT;
			detail_long(&d, "added", *added);
			detail_long(&d, "skipped", *skipped);
			rc = audit(s, actor_id, "unit.import", parent_id, &d);
		}
	}
	free(state);
	free(path);
	return own_end(s, own, rc);
}

/* ---- terms -------------------------------------------------------------- */

int store_term_add(store *s, const char *actor_id, const char *unit_id,
                   const char *name, const char *starts_on, const char *ends_on,
                   store_term *out)
{
	const char *what = _("không thêm được nhiệm kỳ vào %s");
	char d1[16], d2[16];
	if (!name || !*name)
		return refuse(s,
		              _("không thêm được nhiệm kỳ: tên không được để "
		                "trống"));
	if (strcmp(ends_on, starts_on) < 0)
		return refuse(s,
		              _("không thêm được nhiệm kỳ '%s': ngày kết "
		                "thúc %s trước ngày bắt đầu %s"),
		              name, date_show_r(ends_on, d2),
		              date_show_r(starts_on, d1));
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	store_unit u;
	int rc = unit_load(s, unit_id, &u, NULL);
	if (rc == 0)
		rc = refuse(s, _("không thêm được nhiệm kỳ: không tìm thấy đơn "
		                 "vị"));
	sqlite3_stmt *st = NULL;
	if (rc > 0)
		st = prep(s,
		          "SELECT name, starts_on, ends_on FROM term"
		          " WHERE unit_id = ?1 AND starts_on <= ?3"
		          " AND ends_on >= ?2 ORDER BY starts_on LIMIT 1",
		          what, 3, unit_id, starts_on, ends_on);
	if (st) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			char o1[16], o2[16];
			refuse(
			    s,
			    _("không thêm được nhiệm kỳ '%s' cho '%s': trùng "
			      "thời gian với nhiệm kỳ '%s' (%s – %s)"),
			    name, u.name,
			    (const char *)sqlite3_column_text(st, 0),
			    date_show_r(
			        (const char *)sqlite3_column_text(st, 1), o1),
			    date_show_r(
			        (const char *)sqlite3_column_text(st, 2), o2));
			rc = -1;
		} else if (rc != SQLITE_DONE) {
			set_err(s, rc, what);
			rc = -1;
		} else {
			rc = 0;
		}
		sqlite3_finalize(st);
	} else if (rc > 0) {
		rc = -1;
	}
	if (rc == 0) {
		memset(out, 0, sizeof *out);
		store_new_id(out->id);
		snprintf(out->name, sizeof out->name, "%s", name);
		snprintf(out->starts_on, sizeof out->starts_on, "%s",
		         starts_on);
		snprintf(out->ends_on, sizeof out->ends_on, "%s", ends_on);
		char now[32];
		now_utc(now);
		st = prep(s,
		          "INSERT INTO term (id, unit_id, name, starts_on,"
		          " ends_on, created_at, updated_at)"
		          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
		          what, 6, out->id, unit_id, name, starts_on, ends_on,
		          now);
		rc = st ? stmt_finish(s, st, what) : -1;
	}
	if (rc == 0) {
		sbuf d = SBUF_INIT;
		detail_str(&d, "term", out->id);
		detail_str(&d, "name", name);
		detail_str(&d, "from", starts_on);
		detail_str(&d, "to", ends_on);
		rc = audit(s, actor_id, "unit.term", unit_id, &d);
	}
	return own_end(s, own, rc);
}

int store_term_each(store *s, const char *unit_id, store_term_cb cb, void *arg)
{
	const char *what = _("không đọc được nhiệm kỳ trong %s");
	sqlite3_stmt *st = prep(s,
	                        "SELECT id, name, starts_on, ends_on FROM term"
	                        " WHERE unit_id = ?1 ORDER BY starts_on DESC",
	                        what, 1, unit_id);
	if (!st)
		return -1;
	int rc = SQLITE_DONE, stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_term t;
		col_copy(t.id, sizeof t.id, st, 0);
		col_copy(t.name, sizeof t.name, st, 1);
		col_copy(t.starts_on, sizeof t.starts_on, st, 2);
		col_copy(t.ends_on, sizeof t.ends_on, st, 3);
		stop = cb(arg, &t);
	}
	if (!stop && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return stop ? stop : rc == SQLITE_DONE ? 0 : -1;
}
