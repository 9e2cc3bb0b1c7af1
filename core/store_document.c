/*
 * store_document.c — the SQL of the cell's document settings, documents,
 * revisions and numbering.
 */
#include "store_document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_priv.h"
#include "util.h"

#define DOC_COLS                                                               \
	"id, unit_id, coalesce(meeting_id, ''), template_id, type, code,"      \
	" status, coalesce(term, ''), coalesce(number, 0),"                    \
	" coalesce(run_id, ''), created_at,"                                   \
	" (SELECT count(*) FROM document_revision r"                           \
	"  WHERE r.document_id = document.id)"

static void doc_read(sqlite3_stmt *st, store_document *d)
{
	memset(d, 0, sizeof *d);
	col_copy(d->id, sizeof d->id, st, 0);
	col_copy(d->unit_id, sizeof d->unit_id, st, 1);
	col_copy(d->meeting_id, sizeof d->meeting_id, st, 2);
	col_copy(d->template_id, sizeof d->template_id, st, 3);
	col_copy(d->type, sizeof d->type, st, 4);
	col_copy(d->code, sizeof d->code, st, 5);
	col_copy(d->status, sizeof d->status, st, 6);
	col_copy(d->term, sizeof d->term, st, 7);
	d->number = sqlite3_column_int(st, 8);
	col_copy(d->run_id, sizeof d->run_id, st, 9);
	col_copy(d->created_at, sizeof d->created_at, st, 10);
	d->revisions = sqlite3_column_int(st, 11);
}

int store_cell_docs_get(store *s, const char *cell_id, store_cell_docs *out)
{
	const char *what = _("không đọc được chi bộ trong %s");
	sqlite3_stmt *st = stmt_prep(s,
				"SELECT issuer_code, coalesce(term, ''),"
				" coalesce(place, ''), name,"
				" coalesce(superior_name, '') FROM unit"
				" WHERE id = ?1",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, cell_id);
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		col_copy(out->issuer, sizeof out->issuer, st, 0);
		col_copy(out->term, sizeof out->term, st, 1);
		col_copy(out->place, sizeof out->place, st, 2);
		col_copy(out->name, sizeof out->name, st, 3);
		col_copy(out->superior, sizeof out->superior, st, 4);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

int store_cell_update(store *s, const char *cell_id, const char *field,
		      const char *value)
{
	static const char *const cols[][2] = {
		{"name", "name"},        {"superior", "superior_name"},
		{"issuer", "issuer_code"}, {"term", "term"},
		{"place", "place"},      {"rubric", "rubric_id"},
	};
	const char *col = NULL;
	for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
		if (strcmp(cols[i][0], field) == 0)
			col = cols[i][1];
	if (!col)
		return misuse(s, "store_cell_update", field);
	const char *what = _("không cập nhật được chi bộ trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char sql[128], now[32];
	snprintf(sql, sizeof sql,
		 "UPDATE unit SET %s = ?2, updated_at = ?3 WHERE id = ?1", col);
	now_utc(now);
	sqlite3_stmt *st = stmt_prep(s, sql, what);
	int rc = -1;
	if (st) {
		bind_text(st, 1, cell_id);
		bind_text(st, 2, value && *value ? value : NULL);
		bind_text(st, 3, now);
		rc = stmt_finish(s, st, what);
	}
	return own_end(s, own, rc);
}

int store_document_create(store *s, const char *unit_id,
			  const char *meeting_id, const char *template_id,
			  const char *type, const char *code,
			  store_document *out)
{
	const char *what = _("không tạo được văn bản trong %s");
	if (need_tx(s, "store_document_create") < 0)
		return -1;
	char now[32];
	now_utc(now);
	memset(out, 0, sizeof *out);
	store_new_id(out->id);
	sqlite3_stmt *st = stmt_prep(s,
				"INSERT INTO document (id, unit_id, meeting_id,"
				" template_id, type, code, created_at,"
				" updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
				" ?7, ?7)",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, out->id);
	bind_text(st, 2, unit_id);
	bind_text(st, 3, meeting_id && *meeting_id ? meeting_id : NULL);
	bind_text(st, 4, template_id);
	bind_text(st, 5, type);
	bind_text(st, 6, code);
	bind_text(st, 7, now);
	if (stmt_finish(s, st, what) < 0)
		return -1;
	snprintf(out->unit_id, sizeof out->unit_id, "%s", unit_id);
	snprintf(out->meeting_id, sizeof out->meeting_id, "%s",
		 meeting_id ? meeting_id : "");
	snprintf(out->template_id, sizeof out->template_id, "%s", template_id);
	snprintf(out->type, sizeof out->type, "%s", type);
	snprintf(out->code, sizeof out->code, "%s", code);
	snprintf(out->status, sizeof out->status, "draft");
	snprintf(out->created_at, sizeof out->created_at, "%s", now);
	return 0;
}

int store_document_get(store *s, const char *id, store_document *out)
{
	const char *what = _("không đọc được văn bản trong %s");
	if (strlen(id) < 4)
		return 0;
	sqlite3_stmt *st = stmt_prep(s,
				"SELECT " DOC_COLS " FROM document WHERE id >= ?1"
				" AND id < ?1 || 'g' ORDER BY id LIMIT 2",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	int rc = sqlite3_step(st), n = 0;
	if (rc == SQLITE_ROW) {
		doc_read(st, out);
		n = 1;
		if (sqlite3_step(st) == SQLITE_ROW)
			n = 2;
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
		n = -1;
	}
	sqlite3_finalize(st);
	if (n == 2) {
		free(s->err);
		s->err = xasprintf(_("mã '%s' ứng với nhiều văn bản; hãy gõ "
				     "thêm vài ký tự"),
				   id);
		return 0;
	}
	return n;
}

int store_document_each(store *s, const char *unit_id, store_document_cb cb,
			void *arg)
{
	const char *what = _("không đọc được văn bản trong %s");
	sqlite3_stmt *st = stmt_prep(s,
				"SELECT " DOC_COLS " FROM document"
				" WHERE unit_id = ?1 ORDER BY created_at, rowid",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, unit_id);
	int rc;
	store_document d;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		doc_read(st, &d);
		if (cb(arg, &d))
			break;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int store_document_set_run(store *s, const char *id, const char *run_id)
{
	const char *what = _("không cập nhật được văn bản trong %s");
	if (need_tx(s, "store_document_set_run") < 0)
		return -1;
	char now[32];
	now_utc(now);
	sqlite3_stmt *st = stmt_prep(s,
				"UPDATE document SET run_id = ?2, updated_at = ?3"
				" WHERE id = ?1 AND status = 'draft'",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	bind_text(st, 2, run_id);
	bind_text(st, 3, now);
	return stmt_finish(s, st, what);
}

int store_revision_add(store *s, const char *document_id, const char *run_id)
{
	const char *what = _("không lưu được bản thảo vào %s");
	if (need_tx(s, "store_revision_add") < 0)
		return -1;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	sqlite3_stmt *st = stmt_prep(
		s,
		"INSERT INTO document_revision (id, document_id, n, run_id,"
		" data, created_at) VALUES (?1, ?2,"
		" (SELECT coalesce(max(n), 0) + 1 FROM document_revision"
		"  WHERE document_id = ?2), ?3,"
		" (SELECT json_group_object(key, json(value)) FROM answer"
		"  WHERE run_id = ?3 AND value IS NOT NULL"
		"  AND key NOT LIKE '%#draft'), ?4)",
		what);
	if (!st)
		return -1;
	bind_text(st, 1, id);
	bind_text(st, 2, document_id);
	bind_text(st, 3, run_id);
	bind_text(st, 4, now);
	return stmt_finish(s, st, what);
}

char *store_revision_latest(store *s, const char *document_id, int *n)
{
	const char *what = _("không đọc được bản thảo trong %s");
	*n = 0;
	sqlite3_stmt *st = stmt_prep(s,
				"SELECT n, data FROM document_revision"
				" WHERE document_id = ?1 ORDER BY n DESC LIMIT 1",
				what);
	if (!st)
		return NULL;
	bind_text(st, 1, document_id);
	char *out = NULL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*n = sqlite3_column_int(st, 0);
		out = col_dup(st, 1);
	} else if (rc != SQLITE_DONE) {
		set_err(s, rc, what);
	}
	sqlite3_finalize(st);
	return out;
}

int store_json_each(store *s, const char *object, store_json_cb cb, void *arg)
{
	const char *what = _("không đọc được bản thảo trong %s");
	sqlite3_stmt *st = stmt_prep(s,
				"SELECT key, CASE type WHEN 'text' THEN"
				" json_quote(value) WHEN 'true' THEN 'true'"
				" WHEN 'false' THEN 'false' WHEN 'null' THEN"
				" 'null' ELSE CAST(value AS TEXT) END"
				" FROM json_each(?1)",
				what);
	if (!st)
		return -1;
	bind_text(st, 1, object);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (cb(arg, (const char *)sqlite3_column_text(st, 0),
		       (const char *)sqlite3_column_text(st, 1)))
			break;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int store_document_finalize(store *s, const char *id, const char *term,
			    int *number)
{
	const char *what = _("không hoàn tất được văn bản trong %s");
	if (store_begin(s) < 0)
		return -1;
	char now[32];
	now_utc(now);
	sqlite3_stmt *st = stmt_prep(
		s,
		"UPDATE document SET status = 'final', term = ?2,"
		" number = (SELECT coalesce(max(number), 0) + 1 FROM document d"
		"  WHERE d.unit_id = document.unit_id AND d.type = document.type"
		"  AND d.term = ?2 AND d.number IS NOT NULL),"
		" finalized_at = ?3, updated_at = ?3"
		" WHERE id = ?1 AND status = 'draft' RETURNING number",
		what);
	int rc = -1;
	if (st) {
		bind_text(st, 1, id);
		bind_text(st, 2, term);
		bind_text(st, 3, now);
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			*number = sqlite3_column_int(st, 0);
			rc = 0;
		} else if (step == SQLITE_DONE) {
			rc = misuse(s, "store_document_finalize", id);
		} else {
			set_err(s, step, what);
		}
		sqlite3_finalize(st);
	}
	if (rc < 0) {
		store_rollback(s);
		return -1;
	}
	return store_commit(s);
}
