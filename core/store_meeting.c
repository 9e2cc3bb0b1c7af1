/*
 * store_meeting.c — the SQL of cells and meetings.  Table and column names
 * in SQL strings come only from meeting_fields.c.
 */
#include "store_meeting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "meeting_fields.h"
#include "store_priv.h"
#include "util.h"

/* Slots of s->mst: one upsert per list, one update per meeting field, then
 * the fixed statements below. */
enum {
	MS_LIST = 0,
	MS_SET = MS_LIST + 8,
	MS_FIXED = MS_SET + 18,
	MS_CELL_OF = MS_FIXED,
	MS_CELL_ADD,
	MS_PERSON_CELL,
	MS_SECRETARY,
	MS_RUBRIC,
	MS_CREATE,
	MS_OPEN,
	MS_GET,
	MS_STATUS,
	MS_EACH,
	MS_PREV,
	MS_HISTORY,
	MS_END
};
_Static_assert(MS_END <= STORE_NMST, "raise STORE_NMST");

#define MEETING_COLS                                                           \
	"id, unit_id, run_id, type, mode, status, held_on,"                    \
	" coalesce(actual_start, ''), coalesce(actual_end, ''),"               \
	" coalesce(rubric_id, ''), score, coalesce(band, ''),"                 \
	" coalesce(present_full, -1), coalesce(summoned_full, -1)"

static const char *const fixed_sql[] = {
	[MS_CELL_OF - MS_FIXED] =
		"SELECT u.id, u.name, coalesce(u.superior_name, ''),"
		" u.rubric_id FROM person AS p JOIN unit AS u"
		" ON u.id = p.unit_id AND u.kind = 'cell' WHERE p.id = ?1",
	[MS_CELL_ADD - MS_FIXED] =
		"INSERT INTO unit (id, kind, name, superior_name, rubric_id,"
		" path, created_at, updated_at) VALUES (?1, 'cell', ?2, ?3, ?4,"
		" '/' || ?1 || '/', ?5, ?5)",
	[MS_PERSON_CELL - MS_FIXED] =
		"UPDATE person SET unit_id = ?2, updated_at = ?3 WHERE id = ?1",
	[MS_SECRETARY - MS_FIXED] =
		"INSERT INTO person_role (id, person_id, role, unit_id,"
		" created_at) VALUES (?1, ?2, 'secretary', ?3, ?4)",
	[MS_RUBRIC - MS_FIXED] =
		"UPDATE unit SET rubric_id = ?2, updated_at = ?3 WHERE id = ?1",
	[MS_CREATE - MS_FIXED] =
		"INSERT INTO meeting (id, unit_id, run_id, type, mode, held_on,"
		" rubric_id, created_at, updated_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
	[MS_OPEN - MS_FIXED] =
		"SELECT " MEETING_COLS " FROM meeting WHERE unit_id = ?1"
		" AND status = 'in_progress' AND (?2 IS NULL OR mode = ?2)"
		" ORDER BY mode = 'live' DESC, created_at DESC, rowid DESC"
		" LIMIT 1",
	[MS_GET - MS_FIXED] =
		"SELECT " MEETING_COLS " FROM meeting WHERE id >= ?1"
		" AND id < ?1 || 'g' ORDER BY id LIMIT 2",
	[MS_STATUS - MS_FIXED] =
		"UPDATE meeting SET status = ?2, updated_at = ?3 WHERE id = ?1",
	[MS_EACH - MS_FIXED] =
		"SELECT " MEETING_COLS " FROM meeting WHERE unit_id = ?1"
		" ORDER BY held_on, created_at, rowid",
	[MS_PREV - MS_FIXED] =
		"SELECT t.key, coalesce(t.owner, ''), t.what,"
		" coalesce(t.deadline, '') FROM meeting_task AS t"
		" WHERE t.meeting_id = (SELECT id FROM meeting"
		" WHERE unit_id = ?1 AND id <> ?2 AND mode = 'live'"
		" AND status = 'done' AND instr(?3, ',' || type || ',') > 0"
		" ORDER BY held_on DESC, created_at DESC, rowid DESC LIMIT 1)"
		" ORDER BY t.rowid",
	[MS_HISTORY - MS_FIXED] =
		"SELECT coalesce(sum(type IN ('thematic', 'combined')"
		"  AND (CAST(substr(held_on, 6, 2) AS INTEGER) + 2) / 3"
		"    = (CAST(substr(?3, 6, 2) AS INTEGER) + 2) / 3"
		"  AND substr(held_on, 1, 4) = substr(?3, 1, 4)), 0),"
		" coalesce(sum(substr(held_on, 1, 4) = substr(?3, 1, 4)), 0),"
		" coalesce(max(held_on), '')"
		" FROM meeting WHERE unit_id = ?1 AND id <> ?2 AND mode = 'live'"
		" AND status = 'done' AND held_on <= ?3",
};

/* A cached statement; sql is used only the first time. */
static sqlite3_stmt *mstmt(store *s, int slot, const char *sql,
			   const char *what)
{
	if (!s->mst[slot]) {
		int rc = sqlite3_prepare_v3(s->db, sql, -1,
					    SQLITE_PREPARE_PERSISTENT,
					    &s->mst[slot], NULL);
		if (rc != SQLITE_OK) {
			set_err(s, rc, what);
			return NULL;
		}
	}
	return s->mst[slot];
}

static sqlite3_stmt *fixed(store *s, int slot, const char *what)
{
	return mstmt(s, slot, fixed_sql[slot - MS_FIXED], what);
}

/* ---- cells ------------------------------------------------------------- */

int store_cell_of(store *s, const char *person_id, store_cell *out)
{
	const char *what = _("không đọc được chi bộ trong %s");
	sqlite3_stmt *st = fixed(s, MS_CELL_OF, what);
	if (!st)
		return -1;
	bind_text(st, 1, person_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		col_copy(out->id, sizeof out->id, st, 0);
		col_copy(out->name, sizeof out->name, st, 1);
		col_copy(out->superior, sizeof out->superior, st, 2);
		col_copy(out->rubric, sizeof out->rubric, st, 3);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	stmt_done(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_cell_create(store *s, const char *person_id, const char *name,
		      const char *superior, const char *rubric,
		      store_cell *out)
{
	const char *what = _("không tạo được chi bộ trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char now[32];
	now_utc(now);
	memset(out, 0, sizeof *out);
	store_new_id(out->id);
	int rc = -1;
	sqlite3_stmt *st = fixed(s, MS_CELL_ADD, what);
	if (st) {
		bind_text(st, 1, out->id);
		bind_text(st, 2, name);
		bind_text(st, 3, superior && *superior ? superior : NULL);
		bind_text(st, 4, rubric);
		bind_text(st, 5, now);
		rc = stmt_run(s, st, what);
	}
	if (rc == 0 && (st = fixed(s, MS_PERSON_CELL, what)) != NULL) {
		bind_text(st, 1, person_id);
		bind_text(st, 2, out->id);
		bind_text(st, 3, now);
		rc = stmt_run(s, st, what);
	} else {
		rc = -1;
	}
	if (rc == 0 && (st = fixed(s, MS_SECRETARY, what)) != NULL) {
		char role_id[STORE_ID_LEN];
		store_new_id(role_id);
		bind_text(st, 1, role_id);
		bind_text(st, 2, person_id);
		bind_text(st, 3, out->id);
		bind_text(st, 4, now);
		rc = stmt_run(s, st, what);
	} else {
		rc = -1;
	}
	snprintf(out->name, sizeof out->name, "%s", name);
	snprintf(out->superior, sizeof out->superior, "%s",
		 superior ? superior : "");
	snprintf(out->rubric, sizeof out->rubric, "%s", rubric);
	return own_end(s, own, rc);
}

int store_cell_set_rubric(store *s, const char *cell_id, const char *rubric)
{
	const char *what = _("không cập nhật được chi bộ trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char now[32];
	now_utc(now);
	int rc = -1;
	sqlite3_stmt *st = fixed(s, MS_RUBRIC, what);
	if (st) {
		bind_text(st, 1, cell_id);
		bind_text(st, 2, rubric);
		bind_text(st, 3, now);
		rc = stmt_run(s, st, what);
	}
	return own_end(s, own, rc);
}

/* ---- meetings ---------------------------------------------------------- */

static void meeting_read(sqlite3_stmt *st, store_meeting *m)
{
	memset(m, 0, sizeof *m);
	col_copy(m->id, sizeof m->id, st, 0);
	col_copy(m->unit_id, sizeof m->unit_id, st, 1);
	col_copy(m->run_id, sizeof m->run_id, st, 2);
	col_copy(m->type, sizeof m->type, st, 3);
	col_copy(m->mode, sizeof m->mode, st, 4);
	col_copy(m->status, sizeof m->status, st, 5);
	col_copy(m->held_on, sizeof m->held_on, st, 6);
	col_copy(m->actual_start, sizeof m->actual_start, st, 7);
	col_copy(m->actual_end, sizeof m->actual_end, st, 8);
	col_copy(m->rubric, sizeof m->rubric, st, 9);
	m->has_score = sqlite3_column_type(st, 10) != SQLITE_NULL;
	m->score = sqlite3_column_int(st, 10);
	col_copy(m->band, sizeof m->band, st, 11);
	m->present_full = sqlite3_column_int(st, 12);
	m->summoned_full = sqlite3_column_int(st, 13);
}

int store_meeting_create(store *s, const char *unit_id, const char *run_id,
			 const char *type, const char *mode,
			 const char *held_on, const char *rubric,
			 store_meeting *out)
{
	const char *what = _("không tạo được buổi sinh hoạt trong %s");
	if (need_tx(s, "store_meeting_create") < 0)
		return -1;
	store_meeting open;
	if (strcmp(mode, "live") == 0 &&
	    store_meeting_open(s, unit_id, "live", &open) == 1) {
		char *msg = xasprintf(_("chi bộ đang có một buổi sinh hoạt chưa "
					"kết thúc (bắt đầu ngày %s, mã %.8s); "
					"hãy tiếp tục bằng 'chibo meeting "
					"resume %.8s' hoặc bỏ nó bằng 'chibo "
					"meeting abandon %.8s'"),
				      open.held_on, open.id, open.id, open.id);
		free(s->err);
		s->err = msg;
		return -1;
	}
	char now[32];
	now_utc(now);
	memset(out, 0, sizeof *out);
	store_new_id(out->id);
	sqlite3_stmt *st = fixed(s, MS_CREATE, what);
	if (!st)
		return -1;
	bind_text(st, 1, out->id);
	bind_text(st, 2, unit_id);
	bind_text(st, 3, run_id);
	bind_text(st, 4, type);
	bind_text(st, 5, mode);
	bind_text(st, 6, held_on);
	bind_text(st, 7, rubric);
	bind_text(st, 8, now);
	if (stmt_run(s, st, what) < 0)
		return -1;
	snprintf(out->unit_id, sizeof out->unit_id, "%s", unit_id);
	snprintf(out->run_id, sizeof out->run_id, "%s", run_id);
	snprintf(out->type, sizeof out->type, "%s", type);
	snprintf(out->mode, sizeof out->mode, "%s", mode);
	snprintf(out->status, sizeof out->status, "in_progress");
	snprintf(out->held_on, sizeof out->held_on, "%s", held_on);
	snprintf(out->rubric, sizeof out->rubric, "%s", rubric);
	out->present_full = out->summoned_full = -1;
	return 0;
}

/* Steps a statement that returns at most one meeting. */
static int one_meeting(store *s, sqlite3_stmt *st, store_meeting *out,
		       const char *what)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		meeting_read(st, out);
	else if (rc != SQLITE_DONE)
		set_err(s, rc, what);
	int more = rc == SQLITE_ROW && sqlite3_step(st) == SQLITE_ROW;
	stmt_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	return rc == SQLITE_ROW ? (more ? 2 : 1) : 0;
}

int store_meeting_open(store *s, const char *unit_id, const char *mode,
		       store_meeting *out)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	sqlite3_stmt *st = fixed(s, MS_OPEN, what);
	if (!st)
		return -1;
	bind_text(st, 1, unit_id);
	bind_text(st, 2, mode);
	return one_meeting(s, st, out, what);
}

int store_meeting_get(store *s, const char *id, store_meeting *out)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	if (strlen(id) < 4)
		return 0;
	sqlite3_stmt *st = fixed(s, MS_GET, what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	int rc = one_meeting(s, st, out, what);
	if (rc == 2 && strlen(id) < STORE_ID_LEN - 1) {
		free(s->err);
		s->err = xasprintf(_("mã '%s' ứng với nhiều buổi sinh hoạt; "
				     "hãy gõ thêm vài ký tự"),
				   id);
		return 0;
	}
	return rc > 0 ? 1 : rc;
}

int store_meeting_set_status(store *s, const char *id, const char *status)
{
	const char *what = _("không cập nhật được buổi sinh hoạt trong %s");
	if (need_tx(s, "store_meeting_set_status") < 0)
		return -1;
	char now[32];
	now_utc(now);
	sqlite3_stmt *st = fixed(s, MS_STATUS, what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	bind_text(st, 2, status);
	bind_text(st, 3, now);
	return stmt_run(s, st, what);
}

int store_meeting_each(store *s, const char *unit_id, store_meeting_cb cb,
		       void *arg)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	sqlite3_stmt *st = fixed(s, MS_EACH, what);
	if (!st)
		return -1;
	bind_text(st, 1, unit_id);
	int rc;
	store_meeting m;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		meeting_read(st, &m);
		if (cb(arg, &m))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		set_err(s, rc, what);
	stmt_done(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* ---- records ----------------------------------------------------------- */

/* Binds a protocol value checked against a field. */
static int bind_field(store *s, sqlite3_stmt *st, int i,
		      const struct meeting_field *f, const proto_value *v)
{
	int ok = v->type == PV_NIL || (f->type == MF_TEXT && v->type == PV_STR) ||
		 (f->type == MF_INT && v->type == PV_INT) ||
		 (f->type == MF_BOOL && v->type == PV_BOOL);
	if (!ok)
		return misuse(s, "store_meeting_record", f->name);
	if (v->type == PV_STR)
		sqlite3_bind_text(st, i, v->s, (int)v->len, SQLITE_TRANSIENT);
	else if (v->type == PV_NIL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v->i);
	return 0;
}

/* Reads the n (field, value) pairs of a W_MSET, all checked before any is
 * written: a refused message writes nothing. */
static int record_set(store *s, const char *meeting_id, proto_in *in,
		      const char *what)
{
	int64_t n;
	if (proto_get_int(in, &n) < 0 || n < 0 ||
	    n > (int64_t)meeting_nset_fields)
		return misuse(s, "store_meeting_record", "W_MSET");
	const struct meeting_field *fields[32];
	proto_value values[32];
	for (int64_t k = 0; k < n; k++) {
		char *name;
		if (proto_get_str(in, &name) < 0 ||
		    proto_get_value(in, &values[k]) < 0)
			return misuse(s, "store_meeting_record", "W_MSET");
		fields[k] = meeting_field_find(meeting_set_fields,
					       meeting_nset_fields, name);
		int bad = !fields[k] ||
			  (values[k].type != PV_NIL &&
			   !((fields[k]->type == MF_TEXT &&
			      values[k].type == PV_STR) ||
			     (fields[k]->type == MF_INT &&
			      values[k].type == PV_INT) ||
			     (fields[k]->type == MF_BOOL &&
			      values[k].type == PV_BOOL)));
		if (bad) {
			int rc = misuse(s, "store_meeting_record", name);
			free(name);
			return rc;
		}
		free(name);
	}
	char now[32];
	now_utc(now);
	for (int64_t k = 0; k < n; k++) {
		const struct meeting_field *f = fields[k];
		int slot = MS_SET + (int)(f - meeting_set_fields);
		char sql[128];
		snprintf(sql, sizeof sql,
			 "UPDATE meeting SET %s = ?2, updated_at = ?3"
			 " WHERE id = ?1",
			 f->name);
		sqlite3_stmt *st = mstmt(s, slot, sql, what);
		if (!st)
			return -1;
		bind_text(st, 1, meeting_id);
		bind_text(st, 3, now);
		if (bind_field(s, st, 2, f, &values[k]) < 0 ||
		    stmt_run(s, st, what) < 0) {
			stmt_done(st);
			return -1;
		}
	}
	return 0;
}

/* "INSERT INTO t (id, meeting_id, key, f…) VALUES (…) ON CONFLICT
 * (meeting_id, key) DO UPDATE SET f = excluded.f, …" */
static char *upsert_sql(const struct meeting_list *l)
{
	sbuf b = SBUF_INIT;
	sbuf_addf(&b, "INSERT INTO %s (id, meeting_id, key", l->table);
	for (size_t i = 0; i < l->nfields; i++)
		sbuf_addf(&b, ", %s", l->fields[i].name);
	sbuf_adds(&b, ") VALUES (?1, ?2, ?3");
	for (size_t i = 0; i < l->nfields; i++)
		sbuf_addf(&b, ", ?%zu", i + 4);
	sbuf_adds(&b, ") ON CONFLICT (meeting_id, key) DO UPDATE SET ");
	for (size_t i = 0; i < l->nfields; i++)
		sbuf_addf(&b, "%s%s = excluded.%s", i ? ", " : "",
			  l->fields[i].name, l->fields[i].name);
	return sbuf_detach(&b);
}

static int record_add(store *s, const char *meeting_id, proto_in *in,
		      const char *what)
{
	char *list = NULL, *key = NULL, *name = NULL;
	int64_t n;
	int rc = -1;
	if (proto_get_str(in, &list) < 0 || proto_get_str(in, &key) < 0 ||
	    proto_get_int(in, &n) < 0) {
		rc = misuse(s, "store_meeting_record", "W_MADD");
		goto out;
	}
	const struct meeting_list *l = meeting_list_find(list);
	if (!l) {
		rc = misuse(s, "store_meeting_record", list);
		goto out;
	}
	int slot = MS_LIST + (int)(l - meeting_lists);
	char *sql = s->mst[slot] ? NULL : upsert_sql(l);
	sqlite3_stmt *st = mstmt(s, slot, sql, what);
	free(sql);
	if (!st)
		goto out;
	char id[STORE_ID_LEN];
	store_new_id(id);
	bind_text(st, 1, id);
	bind_text(st, 2, meeting_id);
	bind_text(st, 3, key);
	for (int64_t k = 0; k < n; k++) {
		proto_value v;
		if (proto_get_str(in, &name) < 0 ||
		    proto_get_value(in, &v) < 0) {
			rc = misuse(s, "store_meeting_record", "W_MADD");
			goto reset;
		}
		const struct meeting_field *f =
			meeting_field_find(l->fields, l->nfields, name);
		if (!f) {
			rc = misuse(s, "store_meeting_record", name);
			goto reset;
		}
		if (bind_field(s, st, (int)(f - l->fields) + 4, f, &v) < 0)
			goto reset;
		free(name);
		name = NULL;
	}
	rc = stmt_run(s, st, what);
reset:
	stmt_done(st);
out:
	free(list);
	free(key);
	free(name);
	return rc;
}

int store_meeting_record(store *s, const char *meeting_id, proto_in *in)
{
	const char *what = _("không ghi được biên bản buổi sinh hoạt vào %s");
	if (need_tx(s, "store_meeting_record") < 0)
		return -1;
	in->pos = 0;
	if (in->type == W_MSET)
		return record_set(s, meeting_id, in, what);
	if (in->type == W_MADD)
		return record_add(s, meeting_id, in, what);
	return misuse(s, "store_meeting_record", "type");
}

/* ---- reading back ------------------------------------------------------ */

int store_meeting_rows(store *s, const char *meeting_id, const char *list,
		       store_row_cb cb, void *arg)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	const struct meeting_field *f = meeting_set_fields;
	size_t n = meeting_nset_fields;
	const char *table = "meeting", *where = "id";
	if (list) {
		const struct meeting_list *l = meeting_list_find(list);
		if (!l)
			return misuse(s, "store_meeting_rows", list);
		f = l->fields;
		n = l->nfields;
		table = l->table;
		where = "meeting_id";
	}
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, list ? "SELECT key" : "SELECT id");
	for (size_t i = 0; i < n; i++)
		sbuf_addf(&b, ", %s", f[i].name);
	sbuf_addf(&b, " FROM %s WHERE %s = ?1 ORDER BY rowid", table, where);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, b.buf, -1, &st, NULL);
	sbuf_free(&b);
	if (rc != SQLITE_OK) {
		set_err(s, rc, what);
		return -1;
	}
	bind_text(st, 1, meeting_id);
	const char **values = xmalloc((n + 1) * sizeof *values);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (size_t i = 0; i < n; i++)
			values[i] = (const char *)sqlite3_column_text(
				st, (int)i + 1);
		if (cb(arg, (const char *)sqlite3_column_text(st, 0), n, f,
		       values))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	free(values);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* Appends the text of column i with tabs and newlines made spaces. */
static void add_field(sbuf *b, sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	for (; t && *t; t++)
		sbuf_add(b, *t == '\t' || *t == '\n' ? " " : t, 1);
}

char *store_meeting_previous_tasks(store *s, const char *unit_id,
				   const char *meeting_id, const char *types)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	sqlite3_stmt *st = fixed(s, MS_PREV, what);
	if (!st)
		return NULL;
	bind_text(st, 1, unit_id);
	bind_text(st, 2, meeting_id);
	char *list = xasprintf(",%s,", types);
	bind_text(st, 3, list);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < 4; i++) {
			if (i)
				sbuf_adds(&b, "\t");
			add_field(&b, st, i);
		}
		sbuf_adds(&b, "\n");
	}
	stmt_done(st);
	free(list);
	if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_detach(&b);
}

char *store_meeting_history(store *s, const char *unit_id,
			    const char *meeting_id, const char *date)
{
	const char *what = _("không đọc được buổi sinh hoạt trong %s");
	sqlite3_stmt *st = fixed(s, MS_HISTORY, what);
	if (!st)
		return NULL;
	bind_text(st, 1, unit_id);
	bind_text(st, 2, meeting_id);
	bind_text(st, 3, date);
	char *out = NULL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		out = xasprintf("%d\t%d\t%s", sqlite3_column_int(st, 0),
				sqlite3_column_int(st, 1),
				(const char *)sqlite3_column_text(st, 2));
	else
		set_err(s, rc, what);
	stmt_done(st);
	return out;
}
