/*
 * store_access.c — the SQL behind access.c: roles, who reaches whom, the
 * scope table reports join; people and units by what users type; the
 * audit log.
 *
 * "Current" for a mentor assignment on day D (local YYYY-MM-DD):
 * starts_on <= D, (ends_on IS NULL OR D <= ends_on), (ended_on IS NULL OR
 * D < ended_on).  A subtree of unit U is the path range
 * [U.path, U.path || '~').
 */
#include "store_access.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "i18n.h"
#include "store_priv.h"
#include "util.h"

/* stmt_one() with up to three text parameters. */
static int one_row(store *s, const char *sql, const char *p1, const char *p2,
		   const char *p3, char *out, size_t n, const char *what)
{
	const char *p[] = {p1, p2, p3};
	return stmt_one(s, sql, p, 3, out, n, what);
}

int store_person_by_login(store *s, const char *login, char id[STORE_ID_LEN])
{
	return one_row(s, "SELECT id FROM person WHERE login = ?1", login,
		       NULL, NULL, id, STORE_ID_LEN,
		       _("không đọc được người dùng trong %s"));
}

int store_unit_resolve(store *s, const char *text, char id[STORE_ID_LEN])
{
	const char *what = _("không đọc được đơn vị trong %s");
	int rc = one_row(s,
			 "SELECT id FROM unit WHERE id = ?1"
			 " UNION ALL SELECT id FROM unit WHERE code = ?1",
			 text, NULL, NULL, id, STORE_ID_LEN, what);
	if (rc != 0)
		return rc;
	sqlite3_stmt *st = stmt_prep(
		s,
		"SELECT id, coalesce(code, substr(id, 1, 8)) FROM unit"
		" WHERE name = ?1 ORDER BY code IS NULL, code, id LIMIT 6",
		what);
	if (!st)
		return -1;
	bind_text(st, 1, text);
	int n = 0;
	char *names = xstrdup("");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n++ == 0)
			col_copy(id, STORE_ID_LEN, st, 0);
		char *more = xasprintf("%s%s%s", names, *names ? ", " : "",
				       (const char *)sqlite3_column_text(st, 1));
		free(names);
		names = more;
	}
	if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
		n = -1;
	} else if (n > 1) {
		n = store_refuse(s, xasprintf(_("có nhiều đơn vị tên '%s' "
						"(%s%s); hãy dùng mã hoặc id "
						"của đơn vị"),
					      text, names, n > 5 ? ", …" : ""));
	}
	sqlite3_finalize(st);
	free(names);
	return n < 0 ? -1 : n;
}

int store_unit_brief(store *s, const char *id, char kind[16],
		     char name[160])
{
	char row[200];
	int rc = one_row(s, "SELECT kind || '|' || name FROM unit WHERE id = ?1",
			 id, NULL, NULL, row, sizeof row,
			 _("không đọc được đơn vị trong %s"));
	if (rc == 1) {
		char *bar = strchr(row, '|');
		snprintf(kind, 16, "%.*s", (int)(bar - row), row);
		snprintf(name, 160, "%s", bar + 1);
	}
	return rc;
}

int store_roles_of(store *s, const char *person_id, int *roles)
{
	const char *what = _("không đọc được vai trò trong %s");
	sqlite3_stmt *st = stmt_prep(
		s, "SELECT DISTINCT role FROM person_role WHERE person_id = ?1",
		what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	*roles = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		*roles |= strcmp(r, "secretary") == 0 ? ROLE_SECRETARY
			  : strcmp(r, "mentor") == 0  ? ROLE_MENTOR
						      : ROLE_ADMIN;
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int store_admin_count(store *s, long *n)
{
	char buf[32];
	int rc = one_row(s,
			 "SELECT count(DISTINCT person_id) FROM person_role"
			 " WHERE role = 'admin'",
			 NULL, NULL, NULL, buf, sizeof buf,
			 _("không đọc được vai trò trong %s"));
	*n = rc == 1 ? atol(buf) : 0;
	return rc < 0 ? -1 : 0;
}

/* The cells a person reaches, one INSERT per way (?1 person, ?2 today,
 * ?3 the path of the unit the scope is kept to, '/' for all). */
static const char *const scope_sql[] = {
	"DELETE FROM temp.scope_cell",
	/* own cell(s); every arm starts from the person's own rows, so that
	 * a user who reaches little costs little */
	"INSERT OR IGNORE INTO temp.scope_cell (unit_id)"
	" SELECT u.id FROM (SELECT unit_id AS id FROM person_role"
	"  WHERE person_id = ?1 AND role = 'secretary'"
	"  UNION SELECT unit_id FROM person WHERE id = ?1) own"
	" JOIN unit u ON u.id = own.id WHERE u.kind = 'cell'"
	" AND u.path >= ?3 AND u.path < ?3 || '~'",
	/* currently assigned as mentor */
	"INSERT OR IGNORE INTO temp.scope_cell (unit_id)"
	" SELECT u.id FROM mentor_assignment ma JOIN unit u ON u.id = ma.unit_id"
	" WHERE ma.mentor_id = ?1 AND" STORE_CURRENT("ma", "?2")
	" AND u.kind = 'cell' AND u.path >= ?3 AND u.path < ?3 || '~'",
	/* administered subtrees; a NULL unit is every unit */
	"INSERT OR IGNORE INTO temp.scope_cell (unit_id)"
	" SELECT c.id FROM person_role r"
	" JOIN unit a ON a.id = r.unit_id"
	" JOIN unit c ON c.path >= max(a.path, ?3)"
	"  AND c.path < min(a.path || '~', ?3 || '~')"
	" WHERE r.person_id = ?1 AND r.role = 'admin' AND c.kind = 'cell'",
	"INSERT OR IGNORE INTO temp.scope_cell (unit_id)"
	" SELECT c.id FROM (SELECT 1 FROM person_role WHERE person_id = ?1"
	"  AND role = 'admin' AND unit_id IS NULL LIMIT 1) everything"
	" CROSS JOIN unit c WHERE c.kind = 'cell'"
	" AND c.path >= ?3 AND c.path < ?3 || '~'",
};

long store_scope_fill(store *s, const char *person_id, const char *unit_id,
		      const char *today)
{
	const char *what = _("không đọc được phạm vi dữ liệu trong %s");
	char *err = NULL;
	if (sqlite3_exec(s->db,
			 "CREATE TEMP TABLE IF NOT EXISTS scope_cell"
			 " (unit_id TEXT PRIMARY KEY) WITHOUT ROWID",
			 NULL, NULL, &err) != SQLITE_OK) {
		sqlite3_free(err);
		set_err(s, sqlite3_errcode(s->db), what);
		return -1;
	}
	char path[4096] = "/";
	if (unit_id &&
	    one_row(s, "SELECT path FROM unit WHERE id = ?1", unit_id, NULL,
		    NULL, path, sizeof path, what) != 1)
		return misuse(s, __func__, "unknown unit");
	for (size_t i = 0; i < sizeof scope_sql / sizeof *scope_sql; i++) {
		sqlite3_stmt *st = stmt_prep(s, scope_sql[i], what);
		if (!st)
			return -1;
		if (i > 0) {
			bind_text(st, 1, person_id);
			bind_text(st, 2, today);
			bind_text(st, 3, path);
		}
		if (stmt_finish(s, st, what) < 0)
			return -1;
	}
	char n[32];
	if (one_row(s, "SELECT count(*) FROM temp.scope_cell", NULL, NULL,
		    NULL, n, sizeof n, what) != 1)
		return -1;
	return atol(n);
}

/* Does ?1 (actor) reach the subject, for each bit?  ?2 other person or
 * unit, ?3 today. */
static const char reach_person_sql[] =
	"SELECT (?1 = ?2)"
	" | (EXISTS (SELECT 1 FROM mentor_assignment ma WHERE ma.mentor_id = ?1"
	"   AND" STORE_CURRENT("ma", "?3") " AND (ma.unit_id IN (SELECT unit_id"
	"   FROM person_role WHERE person_id = ?2 AND role = 'secretary')"
	"   OR ma.unit_id = (SELECT unit_id FROM person WHERE id = ?2))) << 1)"
	" | (EXISTS (SELECT 1 FROM person_role r LEFT JOIN unit a"
	"   ON a.id = r.unit_id WHERE r.person_id = ?1 AND r.role = 'admin'"
	"   AND (r.unit_id IS NULL OR EXISTS (SELECT 1 FROM unit o"
	"   WHERE (o.id = (SELECT unit_id FROM person WHERE id = ?2)"
	"   OR o.id IN (SELECT unit_id FROM person_role WHERE person_id = ?2))"
	"   AND o.path >= a.path AND o.path < a.path || '~'))) << 2)";

static const char reach_unit_sql[] =
	"SELECT (?2 IS (SELECT unit_id FROM person WHERE id = ?1) OR EXISTS"
	"   (SELECT 1 FROM person_role WHERE person_id = ?1"
	"   AND role = 'secretary' AND unit_id = ?2))"
	" | (EXISTS (SELECT 1 FROM mentor_assignment ma WHERE ma.mentor_id = ?1"
	"   AND ma.unit_id = ?2 AND" STORE_CURRENT("ma", "?3") ") << 1)"
	" | (EXISTS (SELECT 1 FROM person_role r LEFT JOIN unit a"
	"   ON a.id = r.unit_id, unit o WHERE o.id = ?2 AND r.person_id = ?1"
	"   AND r.role = 'admin' AND (r.unit_id IS NULL OR"
	"   (o.path >= a.path AND o.path < a.path || '~'))) << 2)";

static int reach(store *s, const char *sql, const char *actor,
		 const char *other, const char *today, int *how)
{
	char buf[16] = "0";
	int rc = one_row(s, sql, actor, other, today, buf, sizeof buf,
			 _("không đọc được quyền truy cập trong %s"));
	*how = atoi(buf);
	return rc < 0 ? -1 : 0;
}

int store_reach_person(store *s, const char *actor_id, const char *other_id,
		       const char *today, int *how)
{
	return reach(s, reach_person_sql, actor_id, other_id, today, how);
}

int store_reach_unit(store *s, const char *actor_id, const char *unit_id,
		     const char *today, int *how)
{
	return reach(s, reach_unit_sql, actor_id, unit_id, today, how);
}

int store_is_admin_of(store *s, const char *actor_id, const char *unit_id,
		      int *yes)
{
	int rc = one_row(
		s,
		"SELECT 1 FROM person_role r LEFT JOIN unit a ON a.id = r.unit_id"
		" WHERE r.person_id = ?1 AND r.role = 'admin' AND (r.unit_id IS"
		" NULL OR (?2 IS NOT NULL AND EXISTS (SELECT 1 FROM unit o"
		" WHERE o.id = ?2 AND o.path >= a.path"
		" AND o.path < a.path || '~')))",
		actor_id, unit_id, NULL, NULL, 0,
		_("không đọc được quyền truy cập trong %s"));
	*yes = rc == 1;
	return rc < 0 ? -1 : 0;
}

int store_audit_add(store *s, const char *actor_id, const char *action,
		    const char *subject, const char *detail_json)
{
	const char *what = _("không ghi được nhật ký trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	const char *p[] = {id, now, actor_id, action, subject, detail_json};
	int rc = stmt_change(s,
			     "INSERT INTO audit (id, at, actor_id, action,"
			     " subject, detail) VALUES (?1, ?2, ?3, ?4, ?5,"
			     " coalesce(?6, '{}'))",
			     p, 6, what) < 0
			 ? -1
			 : 0;
	return own_end(s, own, rc);
}
