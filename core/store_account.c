/*
 * store_account.c — the SQL of people, accounts, roles and sessions (the
 * contract is in store_account.h).  A subtree of unit U is the path range
 * [U.path, U.path || '~').
 */
#include "store_account.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "json.h"
#include "store_access.h"
#include "store_priv.h"
#include "util.h"

#define ACC_COLS                                                               \
	"p.id, p.login, p.display_name, coalesce(p.unit_id, ''),"              \
	" p.passphrase IS NOT NULL, p.failed_logins,"                          \
	" coalesce(p.locked_until, '')"
#define ACC_NCOLS 7

/* The role's unit columns after a role column: r joined to unit ru. */
#define ROLE_COLS                                                              \
	"r.role, coalesce(r.unit_id, ''), coalesce(ru.name, ''),"              \
	" coalesce(ru.kind, ''), coalesce(ru.code, '')"

#define ROLE_ORDER                                                             \
	"CASE r.role WHEN 'secretary' THEN 0 WHEN 'mentor' THEN 1 ELSE 2 END," \
	" ru.name, r.unit_id"

static void acc_read(sqlite3_stmt *st, int i, store_account *a)
{
	memset(a, 0, sizeof *a);
	col_copy(a->id, sizeof a->id, st, i);
	col_copy(a->login, sizeof a->login, st, i + 1);
	col_copy(a->display_name, sizeof a->display_name, st, i + 2);
	col_copy(a->unit_id, sizeof a->unit_id, st, i + 3);
	a->has_passphrase = sqlite3_column_int(st, i + 4);
	a->failed_logins = sqlite3_column_int(st, i + 5);
	col_copy(a->locked_until, sizeof a->locked_until, st, i + 6);
}

static void role_read(sqlite3_stmt *st, int i, store_role *r)
{
	memset(r, 0, sizeof *r);
	col_copy(r->role, sizeof r->role, st, i);
	col_copy(r->unit_id, sizeof r->unit_id, st, i + 1);
	col_copy(r->unit_name, sizeof r->unit_name, st, i + 2);
	col_copy(r->unit_kind, sizeof r->unit_kind, st, i + 3);
	col_copy(r->unit_code, sizeof r->unit_code, st, i + 4);
}

/* The audit entry of a change to person_id, detail from key/value pairs
 * (a NULL value is JSON null) and, when extra_key is not NULL, one member
 * whose value is raw JSON (a number, true). */
static int audit(store *s, const char *actor_id, const char *action,
                 const char *person_id, const char *const *kv, size_t nkv,
                 const char *extra_key, const char *extra_raw)
{
	sbuf b = SBUF_INIT;
	for (size_t i = 0; i + 1 < nkv; i += 2)
		json_member(&b, kv[i], kv[i + 1]);
	if (extra_key)
		json_member_raw(&b, extra_key, extra_raw);
	sbuf_adds(&b, b.len ? "}" : "{}");
	int rc = store_audit_add(s, actor_id, action, person_id, b.buf);
	sbuf_free(&b);
	return rc;
}

/* stmt_change() binding up to four texts (NULL: SQL NULL). */
static int run4(store *s, const char *sql, const char *p1, const char *p2,
                const char *p3, const char *p4, const char *what)
{
	const char *p[] = {p1, p2, p3, p4};
	return stmt_change(s, sql, p, 4, what);
}

/* stmt_one() binding up to three texts. */
static int row3(store *s, const char *sql, const char *p1, const char *p2,
                const char *p3, char *out, size_t n, const char *what)
{
	const char *p[] = {p1, p2, p3};
	return stmt_one(s, sql, p, 3, out, n, what);
}

/* ---- people ------------------------------------------------------------ */

static int account_where(store *s, const char *where, const char *key,
                         store_account *out)
{
	const char *what = _("không đọc được người dùng trong %s");
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT " ACC_COLS " FROM person p WHERE %s",
	         where);
	sqlite3_stmt *st = stmt_prep(s, sql, what);
	if (!st)
		return -1;
	bind_text(st, 1, key);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		acc_read(st, 0, out);
	else if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_account_get(store *s, const char *person_id, store_account *out)
{
	return account_where(s, "p.id = ?1", person_id, out);
}

int store_account_by_login(store *s, const char *login, store_account *out)
{
	return account_where(s, "p.login = ?1", login, out);
}

int store_account_has_passphrase(store *s, const char *person_id)
{
	return row3(s,
	            "SELECT 1 FROM person WHERE id = ?1"
	            " AND passphrase IS NOT NULL",
	            person_id, NULL, NULL, NULL, 0,
	            _("không đọc được người dùng trong %s"));
}

int store_account_hash(store *s, const char *person_id, char **hash)
{
	const char *what = _("không đọc được người dùng trong %s");
	*hash = NULL;
	sqlite3_stmt *st =
	    stmt_prep(s,
	              "SELECT passphrase FROM person WHERE id = ?1"
	              " AND passphrase IS NOT NULL",
	              what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*hash = col_dup(st, 0);
	else if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_account_add(store *s, const char *actor_id, const char *login,
                      const char *display_name, const char *unit_id,
                      char id[STORE_ID_LEN])
{
	const char *what = _("không thêm được người dùng vào %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char now[32], new_id[STORE_ID_LEN];
	now_utc(now);
	store_new_id(new_id);
	int rc = row3(s, "SELECT 1 FROM person WHERE login = ?1", login, NULL,
	              NULL, NULL, 0, what);
	if (rc == 1)
		rc = store_refuse(s, xasprintf(_("đã có người dùng '%s'"), login));
	if (rc == 0) {
		const char *p[] = {new_id, login, display_name, unit_id, now};
		rc = stmt_change(s,
		                 "INSERT INTO person (id, login, display_name,"
		                 " unit_id, created_at, updated_at)"
		                 " VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
		                 p, 5, what) < 0
		         ? -1
		         : 0;
	}
	if (rc == 0) {
		const char *kv[] = {"login",      login,     "display_name",
		                    display_name, "unit_id", unit_id};
		rc = audit(s, actor_id, "person_add", new_id, kv, 6, NULL, NULL);
	}
	rc = own_end(s, own, rc);
	if (rc == 0)
		memcpy(id, new_id, STORE_ID_LEN);
	return rc;
}

int store_account_set_profile(store *s, const char *actor_id,
                              const char *person_id, const char *display_name,
                              const char *unit_id)
{
	const char *what = _("không cập nhật được người dùng trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char now[32];
	now_utc(now);
	int rc = run4(s,
	              "UPDATE person SET display_name = coalesce(?2,"
	              " display_name), unit_id = coalesce(?3, unit_id),"
	              " updated_at = ?4 WHERE id = ?1",
	              person_id, display_name, unit_id, now, what);
	if (rc == 0)
		rc = misuse(s, __func__, "no such person");
	if (rc > 0) {
		const char *kv[4];
		size_t n = 0;
		if (display_name) {
			kv[n++] = "display_name";
			kv[n++] = display_name;
		}
		if (unit_id) {
			kv[n++] = "unit_id";
			kv[n++] = unit_id;
		}
		rc =
		    audit(s, actor_id, "person_update", person_id, kv, n, NULL,
		          NULL);
	}
	return own_end(s, own, rc);
}

/* The new hash, no failures, no lock, no sessions ([tx]). */
static int put_hash(store *s, const char *person_id, const char *hash,
                    const char *what)
{
	char now[32];
	now_utc(now);
	int rc = run4(s,
	              "UPDATE person SET passphrase = ?2, failed_logins = 0,"
	              " locked_until = NULL, updated_at = ?3 WHERE id = ?1",
	              person_id, hash, now, NULL, what);
	if (rc == 0)
		return misuse(s, "store_account_set_passphrase",
		              "no such person");
	if (rc > 0)
		rc = run4(s, "DELETE FROM session WHERE person_id = ?1",
		          person_id, NULL, NULL, NULL, what);
	return rc < 0 ? -1 : 0;
}

int store_account_set_passphrase(store *s, const char *actor_id,
                                 const char *person_id, const char *hash)
{
	const char *what = _("không lưu được mật khẩu vào %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	int rc = put_hash(s, person_id, hash, what);
	if (rc == 0) {
		int self = actor_id && strcmp(actor_id, person_id) == 0;
		rc = audit(s, actor_id, self ? "passwd" : "passwd_reset",
		           person_id, NULL, 0, NULL, NULL);
	}
	return own_end(s, own, rc);
}

int store_account_failed(store *s, const char *person_id, int max,
                         const char *now, const char *lock_until, int *failures)
{
	const char *what = _("không ghi được lần đăng nhập sai vào %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char n[32] = "0";
	/* A lock that has run out: this failure starts a new count. */
	int rc =
	    row3(s,
	         "UPDATE person SET failed_logins = CASE WHEN locked_until"
	         " <= ?2 THEN 1 ELSE failed_logins + 1 END, locked_until ="
	         " CASE WHEN locked_until <= ?2 THEN NULL ELSE locked_until"
	         " END WHERE id = ?1 RETURNING failed_logins",
	         person_id, now, NULL, n, sizeof n, what);
	if (rc == 0)
		rc = misuse(s, __func__, "no such person");
	*failures = atoi(n);
	if (rc > 0 && *failures >= max) {
		char m[16];
		snprintf(m, sizeof m, "%d", max);
		rc = run4(s,
		          "UPDATE person SET locked_until = ?2 WHERE id = ?1"
		          " AND locked_until IS NULL AND failed_logins >= ?3",
		          person_id, lock_until, m, NULL, what);
		if (rc > 0) {
			const char *kv[] = {"until", lock_until};
			char n[16];
			snprintf(n, sizeof n, "%d", *failures);
			rc = audit(s, NULL, "lockout", person_id, kv, 2,
			           "failures", n);
		}
	}
	return own_end(s, own, rc < 0 ? -1 : 0);
}

int store_account_succeeded(store *s, const char *person_id,
                            const char *new_hash)
{
	const char *what = _("không ghi được lần đăng nhập vào %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	int rc =
	    run4(s,
	         "UPDATE person SET failed_logins = 0, locked_until = NULL,"
	         " passphrase = coalesce(?2, passphrase) WHERE id = ?1"
	         " AND (failed_logins <> 0 OR locked_until IS NOT NULL"
	         " OR ?2 IS NOT NULL)",
	         person_id, new_hash, NULL, NULL, what);
	return own_end(s, own, rc < 0 ? -1 : 0);
}

int store_account_bootstrap(store *s, const char *person_id, const char *hash)
{
	const char *what = _("không tạo được quản trị viên đầu tiên trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	long admins = 0;
	int rc = store_admin_count(s, &admins);
	if (rc == 0 && admins > 0) {
		own_end(s, own, 0);
		return 0;
	}
	if (rc == 0 && hash) {
		rc = put_hash(s, person_id, hash, what);
		if (rc == 0)
			rc = audit(s, person_id, "passwd", person_id, NULL, 0,
			           NULL, NULL);
	}
	if (rc == 0) {
		char id[STORE_ID_LEN], now[32];
		store_new_id(id);
		now_utc(now);
		rc = run4(s,
		          "INSERT INTO person_role (id, person_id, role,"
		          " unit_id, created_at) VALUES (?1, ?2, 'admin', NULL,"
		          " ?3)",
		          id, person_id, now, NULL, what);
	}
	if (rc >= 0) {
		const char *kv[] = {"role", "admin", "unit_id", NULL};
		rc = audit(s, person_id, "role_add", person_id, kv, 4,
		           "first_admin", "true");
	}
	rc = own_end(s, own, rc < 0 ? -1 : 0);
	return rc < 0 ? -1 : 1;
}

/* ---- roles ------------------------------------------------------------- */

/* Does the unit fit the role?  0, or -1 with the reason set. */
static int role_unit_check(store *s, const char *role, const char *unit_id)
{
	if (strcmp(role, "secretary") && strcmp(role, "mentor") &&
	    strcmp(role, "admin"))
		return store_refuse(s, xasprintf(_("không có vai trò '%s' (có: "
		                             "secretary, mentor, admin)"),
		                           role));
	if (!unit_id) {
		if (strcmp(role, "admin") == 0)
			return 0;
		return store_refuse(s, xstrdup(strcmp(role, "secretary") == 0
		                             ? _("vai trò bí thư cần một "
		                                 "chi bộ")
		                             : _("vai trò người hướng dẫn "
		                                 "cần đơn vị nơi cán bộ "
		                                 "công tác (đảng ủy xã)")));
	}
	char kind[16] = "";
	int rc =
	    row3(s, "SELECT kind FROM unit WHERE id = ?1", unit_id, NULL, NULL,
	         kind, sizeof kind, _("không đọc được đơn vị trong %s"));
	if (rc < 0)
		return -1;
	if (rc == 0)
		return store_refuse(s, xasprintf(_("không có đơn vị '%s'"), unit_id));
	if (strcmp(role, "secretary") == 0 && strcmp(kind, "cell") != 0)
		return store_refuse(s, xstrdup(_("vai trò bí thư cần một chi bộ, "
		                           "không phải đảng bộ")));
	if (strcmp(role, "mentor") == 0 && strcmp(kind, "cell") == 0)
		return store_refuse(s, xstrdup(_("vai trò người hướng dẫn cần đơn "
		                           "vị nơi cán bộ công tác (đảng ủy "
		                           "xã), không phải một chi bộ; chi "
		                           "bộ được giao qua chibo mentor "
		                           "assign")));
	return 0;
}

int store_role_add(store *s, const char *actor_id, const char *person_id,
                   const char *role, const char *unit_id)
{
	const char *what = _("không cấp được vai trò trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	int rc = role_unit_check(s, role, unit_id);
	if (rc == 0) {
		const char *p[] = {id, person_id, role, unit_id, now};
		rc = stmt_change(s,
		                 "INSERT OR IGNORE INTO person_role (id,"
		                 " person_id, role, unit_id, created_at)"
		                 " VALUES (?1, ?2, ?3, ?4, ?5)",
		                 p, 5, what);
	}
	/* A secretary's meetings belong to their cell. */
	if (rc > 0 && strcmp(role, "secretary") == 0 &&
	    run4(s,
	         "UPDATE person SET unit_id = ?2, updated_at = ?3"
	         " WHERE id = ?1 AND unit_id IS NULL",
	         person_id, unit_id, now, NULL, what) < 0)
		rc = -1;
	if (rc > 0) {
		const char *kv[] = {"role", role, "unit_id", unit_id};
		if (audit(s, actor_id, "role_add", person_id, kv, 4, NULL,
		          NULL) < 0)
			rc = -1;
	}
	return own_end(s, own, rc);
}

int store_role_remove(store *s, const char *actor_id, const char *person_id,
                      const char *role, const char *unit_id)
{
	const char *what = _("không bỏ được vai trò trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	int rc = 0;
	if (strcmp(role, "admin") == 0) {
		/* No admin of every unit left, or no admin at all: the next
		 * user would make themselves the first admin. */
		rc = row3(s,
		          "SELECT 1 FROM person_role WHERE person_id = ?1"
		          " AND role = 'admin' AND unit_id IS ?2 AND ("
		          " (?2 IS NULL AND NOT EXISTS (SELECT 1 FROM"
		          " person_role WHERE role = 'admin' AND unit_id IS"
		          " NULL AND person_id <> ?1)) OR NOT EXISTS (SELECT 1"
		          " FROM person_role WHERE role = 'admin' AND NOT"
		          " (person_id = ?1 AND unit_id IS ?2)))",
		          person_id, unit_id, NULL, NULL, 0, what);
		if (rc == 1)
			rc = store_refuse(s,
			            xstrdup(_("không bỏ được vai trò quản trị "
			                      "này: đó là quản trị viên "
			                      "cuối cùng của toàn bộ các "
			                      "đơn vị; hãy cấp vai trò "
			                      "quản trị (không --unit) cho "
			                      "người khác trước")));
	}
	if (rc == 0)
		rc = run4(s,
		          "DELETE FROM person_role WHERE person_id = ?1"
		          " AND role = ?2 AND unit_id IS ?3",
		          person_id, role, unit_id, NULL, what);
	if (rc > 0) {
		const char *kv[] = {"role", role, "unit_id", unit_id};
		if (audit(s, actor_id, "role_remove", person_id, kv, 4, NULL,
		          NULL) < 0)
			rc = -1;
	}
	return own_end(s, own, rc);
}

int store_role_list(store *s, const char *person_id, store_role **roles,
                    size_t *n)
{
	const char *what = _("không đọc được vai trò trong %s");
	*roles = NULL;
	*n = 0;
	sqlite3_stmt *st = stmt_prep(s,
	                             "SELECT " ROLE_COLS " FROM person_role r"
	                             " LEFT JOIN unit ru ON ru.id = r.unit_id"
	                             " WHERE r.person_id = ?1"
	                             " ORDER BY " ROLE_ORDER,
	                             what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*roles = xrealloc(*roles, (*n + 1) * sizeof **roles);
		role_read(st, 0, &(*roles)[(*n)++]);
	}
	if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- sessions ---------------------------------------------------------- */

int store_session_add(store *s, const char *token_hash, const char *person_id,
                      const char *expires_at)
{
	const char *what = _("không lưu được phiên đăng nhập vào %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char now[32];
	now_utc(now);
	int rc = run4(s,
	              "DELETE FROM session WHERE person_id = ?1"
	              " AND expires_at <= ?2",
	              person_id, now, NULL, NULL, what);
	if (rc >= 0)
		rc = run4(s,
		          "INSERT INTO session (token_hash, person_id,"
		          " created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
		          token_hash, person_id, now, expires_at, what);
	return own_end(s, own, rc < 0 ? -1 : 0);
}

int store_session_find(store *s, const char *token_hash, const char *person_id,
                       const char *now, char expires_at[32])
{
	const char *what = _("không đọc được phiên đăng nhập trong %s");
	expires_at[0] = '\0';
	int rc = row3(s,
	              "SELECT expires_at FROM session WHERE token_hash = ?1"
	              " AND person_id = ?2",
	              token_hash, person_id, NULL, expires_at, 32, what);
	if (rc <= 0 || strcmp(expires_at, now) > 0)
		return rc;
	expires_at[0] = '\0';
	return run4(s,
	            "DELETE FROM session WHERE person_id = ?1"
	            " AND expires_at <= ?2",
	            person_id, now, NULL, NULL, what) < 0
	           ? -1
	           : 0;
}

int store_session_touch(store *s, const char *token_hash,
                        const char *expires_at)
{
	return run4(s,
	            "UPDATE session SET expires_at = ?2 WHERE token_hash = ?1",
	            token_hash, expires_at, NULL, NULL,
	            _("không lưu được phiên đăng nhập vào %s")) < 0
	           ? -1
	           : 0;
}

int store_session_delete(store *s, const char *token_hash)
{
	int rc = run4(s, "DELETE FROM session WHERE token_hash = ?1",
	              token_hash, NULL, NULL, NULL,
	              _("không xóa được phiên đăng nhập trong %s"));
	return rc < 0 ? -1 : rc > 0;
}

/* ---- listing people ---------------------------------------------------- */

int store_people_each(store *s, const char *unit_id, store_person_cb cb,
                      void *arg)
{
	const char *what = _("không đọc được danh sách người dùng trong %s");
	/* Roles outside the subtree are not shown to its admin. */
	sqlite3_stmt *st = stmt_prep(
	    s,
	    "WITH sub(id) AS (SELECT u.id FROM unit u, unit t"
	    "  WHERE t.id = ?1 AND u.path >= t.path"
	    "  AND u.path < t.path || '~')"
	    " SELECT " ACC_COLS ", coalesce(pu.name, ''), " ROLE_COLS
	    " FROM person p LEFT JOIN unit pu ON pu.id = p.unit_id"
	    " LEFT JOIN person_role r ON r.person_id = p.id"
	    "  AND (?1 IS NULL OR r.unit_id IN sub)"
	    " LEFT JOIN unit ru ON ru.id = r.unit_id"
	    " WHERE ?1 IS NULL OR p.unit_id IN sub OR EXISTS (SELECT 1"
	    "  FROM person_role x WHERE x.person_id = p.id"
	    "  AND x.unit_id IN sub)"
	    " ORDER BY p.login, p.id, " ROLE_ORDER,
	    what);
	if (!st)
		return -1;
	bind_text(st, 1, unit_id);
	store_account acc = {0};
	char unit_name[256] = "";
	store_role *roles = NULL;
	size_t n = 0, cap = 0;
	int rc, stop = 0, have = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *id = (const char *)sqlite3_column_text(st, 0);
		if (have && strcmp(id, acc.id) != 0) {
			store_person_row p = {&acc, unit_name, roles, n};
			stop = cb(arg, &p);
			n = 0;
		}
		if (stop)
			break;
		acc_read(st, 0, &acc);
		col_copy(unit_name, sizeof unit_name, st, ACC_NCOLS);
		have = 1;
		if (sqlite3_column_type(st, ACC_NCOLS + 1) != SQLITE_NULL) {
			if (n == cap) {
				cap = cap ? 2 * cap : 4;
				roles = xrealloc(roles, cap * sizeof *roles);
			}
			role_read(st, ACC_NCOLS + 1, &roles[n++]);
		}
	}
	if (stop) {
		rc = SQLITE_DONE;
	} else if (rc == SQLITE_DONE && have) {
		store_person_row p = {&acc, unit_name, roles, n};
		stop = cb(arg, &p);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	free(roles);
	return rc != SQLITE_DONE ? -1 : stop;
}
