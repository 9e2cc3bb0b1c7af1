/*
 * store_mentor.c — the SQL of mentor assignments, the dashboard, the
 * drill-down of a mentee, review comments and sign-offs.
 */
#include "store_mentor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "json.h"
#include "store_access.h"
#include "store_priv.h"
#include "util.h"

/* ---- assignments ------------------------------------------------------- */

int store_assign(store *s, const char *actor_id, const char *mentor_id,
		 const char *unit_id, const char *term_id, const char *role,
		 const char *from, const char *to)
{
	const char *what = _("không ghi được phân công trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	const char *q[] = {mentor_id, unit_id};
	int rc = stmt_one(s,
			   "SELECT 1 FROM mentor_assignment WHERE mentor_id = ?1"
			   " AND unit_id = ?2 AND ended_on IS NULL",
			   q, 2, NULL, 0, what);
	if (rc == 1) {
		rc = store_refuse(
			s, xstrdup(_("người này đang được phân công cho chi bộ "
				     "này; muốn đổi thời hạn thì kết thúc phân "
				     "công cũ (mentor unassign) rồi phân công "
				     "lại")));
	}
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	if (rc == 0) {
		const char *p[] = {id, mentor_id, unit_id, term_id, role,
				   from, to, actor_id, now};
		rc = stmt_change(s,
			    "INSERT INTO mentor_assignment (id, mentor_id,"
			    " unit_id, term_id, committee_role, starts_on,"
			    " ends_on, assigned_by, created_at, updated_at)"
			    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
			    p, 9, what) < 0
			     ? -1
			     : 0;
	}
	if (rc == 0) {
		sbuf b = SBUF_INIT;
		json_member(&b, "mentor", mentor_id);
		json_member(&b, "unit", unit_id);
		json_member(&b, "from", from);
		json_member(&b, "to", to);
		sbuf_adds(&b, "}");
		rc = store_audit_add(s, actor_id, "assign", id, b.buf);
		sbuf_free(&b);
	}
	return own_end(s, own, rc);
}

int store_unassign(store *s, const char *actor_id, const char *mentor_id,
		   const char *unit_id, const char *today)
{
	const char *what = _("không ghi được phân công trong %s");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char id[STORE_ID_LEN] = "", now[32];
	now_utc(now);
	const char *q[] = {mentor_id, unit_id};
	int rc = stmt_one(s,
			   "SELECT id FROM mentor_assignment WHERE mentor_id = ?1"
			   " AND unit_id = ?2 AND ended_on IS NULL",
			   q, 2, id, sizeof id, what);
	if (rc == 1) {
		const char *p[] = {id, today, actor_id, now};
		rc = stmt_change(s,
			    "UPDATE mentor_assignment SET ended_on = ?2,"
			    " ended_by = ?3, updated_at = ?4 WHERE id = ?1",
			    p, 4, what) < 0
			     ? -1
			     : 1;
	}
	if (rc == 1) {
		sbuf b = SBUF_INIT;
		json_member(&b, "mentor", mentor_id);
		json_member(&b, "unit", unit_id);
		json_member(&b, "on", today);
		sbuf_adds(&b, "}");
		if (store_audit_add(s, actor_id, "unassign", id, b.buf) < 0)
			rc = -1;
		sbuf_free(&b);
	}
	return own_end(s, own, rc);
}

int store_assignment_each(store *s, const char *mentor_id, int history,
			  const char *today, store_cols_cb cb, void *arg)
{
	const char *p[] = {today, mentor_id, history ? "1" : NULL};
	return stmt_each(
		s,
		"SELECT pm.login, pm.display_name, u.name, coalesce(u.code, ''),"
		" ma.committee_role, ma.starts_on, coalesce(ma.ends_on, ''),"
		" coalesce(ma.ended_on, ''), (" STORE_CURRENT("ma", "?1") "),"
		" coalesce(t.name, '')"
		" FROM temp.scope_cell sc"
		" JOIN mentor_assignment ma ON ma.unit_id = sc.unit_id"
		" JOIN unit u ON u.id = ma.unit_id"
		" JOIN person pm ON pm.id = ma.mentor_id"
		" LEFT JOIN term t ON t.id = ma.term_id"
		" WHERE (?2 IS NULL OR ma.mentor_id = ?2)"
		" AND (?3 IS NOT NULL OR (" STORE_CURRENT("ma", "?1") "))"
		" ORDER BY u.name, u.id, ma.starts_on, pm.login",
		p, 3, cb, arg, _("không đọc được phân công trong %s"));
}

/* A term row "id ends_on" of sql (parameters p) split into id, ends_on. */
static int term_row(store *s, const char *sql, const char *const *p,
		    char id[STORE_ID_LEN], char ends_on[16])
{
	char row[64];
	int rc = stmt_one(s, sql, p, 2, row, sizeof row,
			  _("không đọc được nhiệm kỳ trong %s"));
	if (rc == 1) {
		snprintf(id, STORE_ID_LEN, "%.36s", row);
		snprintf(ends_on, 16, "%.10s", row + 37);
	}
	return rc;
}

int store_term_find(store *s, const char *unit_id, const char *text,
		    char id[STORE_ID_LEN], char ends_on[16])
{
	const char *p[] = {unit_id, text};
	return term_row(s,
			"SELECT id || ' ' || ends_on FROM term WHERE unit_id"
			" = ?1 AND (id = ?2 OR name = ?2)",
			p, id, ends_on);
}

int store_term_current(store *s, const char *unit_id, const char *day,
		       char id[STORE_ID_LEN], char ends_on[16])
{
	const char *p[] = {unit_id, day};
	return term_row(s,
			"SELECT id || ' ' || ends_on FROM term WHERE unit_id"
			" = ?1 AND starts_on <= ?2 AND ?2 <= ends_on"
			" ORDER BY starts_on DESC LIMIT 1",
			p, id, ends_on);
}

/* ---- dashboard ---------------------------------------------------------- */

/* ?1 lessons (JSON array), ?2 today; the year, month and quarter starts
 * are derived from it. */
static const char mentee_sql[] =
	"WITH d AS (SELECT ?2 AS today,"
	"  substr(?2, 1, 4) || '-01-01' AS year_start,"
	"  substr(?2, 1, 7) || '-01' AS month_start,"
	"  printf('%s-%02d-01', substr(?2, 1, 4),"
	"   ((CAST(substr(?2, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1)"
	"   AS quarter_start),"
	" mentee AS (SELECT p.id AS pid, p.login, p.display_name AS pname,"
	"  u.id AS cid, u.name AS cname, u.path"
	"  FROM temp.scope_cell sc CROSS JOIN unit u ON u.id = sc.unit_id"
	"  CROSS JOIN person_role r ON r.unit_id = u.id"
	"  AND r.role = 'secretary' JOIN person p ON p.id = r.person_id),"
	/* the last activity: a learn run or one of its steps, a meeting or
	 * a document of the cell (meeting and draft runs are seen through
	 * their meeting or document); "status IN" lets the planner take the
	 * covering index of learn runs */
	" act AS MATERIALIZED (SELECT m.*, max(coalesce((SELECT max(updated_at) FROM"
	"  lesson_run WHERE person_id = m.pid AND mode = 'learn' AND status IN"
	"  ('in_progress', 'done', 'abandoned')), ''),"
	"  coalesce((SELECT max(sp.updated_at) FROM lesson_run lr JOIN"
	"  step_progress sp ON sp.run_id = lr.id WHERE lr.person_id = m.pid"
	"  AND lr.mode = 'learn' AND lr.status IN ('in_progress', 'done',"
	"  'abandoned')), ''),"
	"  coalesce((SELECT max(updated_at) FROM meeting WHERE unit_id = m.cid"
	"  AND mode = 'live'), ''),"
	"  coalesce((SELECT max(updated_at) FROM document WHERE unit_id ="
	"  m.cid), '')) AS last FROM mentee m)"
	" SELECT pid, login, pname, cname,"
	" (SELECT count(DISTINCT lesson_id) FROM lesson_run WHERE person_id ="
	"  pid AND mode = 'learn' AND status = 'done' AND lesson_id IN (SELECT value FROM"
	"  json_each(?1))),"
	" CASE WHEN last = '' THEN '' ELSE date(last, 'localtime') END,"
	" CASE WHEN last = '' THEN -1 ELSE CAST(julianday(d.today) -"
	"  julianday(date(last, 'localtime')) AS INTEGER) END,"
	" (SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'"
	"  AND status = 'done' AND type IN ('regular', 'combined')"
	"  AND held_on >= d.year_start AND held_on <= d.today),"
	" (SELECT coalesce(band, '') || '|' || held_on FROM meeting"
	"  WHERE unit_id = cid AND mode = 'live' AND status = 'done'"
	"  AND type <> 'committee'"
	"  ORDER BY held_on DESC, created_at DESC LIMIT 1),"
	" (SELECT count(*) FROM document doc WHERE doc.unit_id = cid"
	"  AND doc.status = 'draft' AND EXISTS (SELECT 1 FROM document_revision"
	"  v WHERE v.document_id = doc.id) AND NOT EXISTS (SELECT 1 FROM"
	"  review_comment c JOIN document_revision v ON v.id = c.revision_id"
	"  WHERE v.document_id = doc.id AND v.n = (SELECT max(n) FROM"
	"  document_revision WHERE document_id = doc.id))),"
	" (SELECT lr.lesson_id || ' › ' || substr(a.key, 1, instr(a.key, '.')"
	"  - 1) || '|' || (a.attempts - (a.value IS NOT NULL))"
	"  FROM lesson_run lr JOIN answer a ON a.run_id = lr.id"
	"  WHERE lr.person_id = pid AND lr.mode = 'learn'"
	"  AND lr.status <> 'abandoned'"
	"  AND a.attempts - (a.value IS NOT NULL) >= 3"
	"  AND NOT EXISTS (SELECT 1 FROM signoff WHERE run_id = lr.id)"
	"  ORDER BY a.updated_at DESC LIMIT 1),"
	" (SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'"
	"  AND status <> 'abandoned' AND held_on >= d.month_start"
	"  AND held_on <= d.today),"
	" (SELECT count(*) FROM meeting WHERE unit_id = cid AND mode = 'live'"
	"  AND status <> 'abandoned' AND type IN ('thematic', 'combined')"
	"  AND held_on >= d.quarter_start AND held_on <= d.today),"
	" (SELECT count(*) FROM review_comment WHERE person_id = pid"
	"  AND read_at IS NULL)"
	" FROM act, d ORDER BY cname, pname, login";

static void split_pair(const char *v, char *a, size_t na, char *b, size_t nb)
{
	const char *bar = strchr(v, '|');
	size_t len = bar ? (size_t)(bar - v) : strlen(v);
	snprintf(a, na, "%.*s", (int)len, v);
	snprintf(b, nb, "%s", bar ? bar + 1 : "");
}

struct mentee_walk {
	store_mentee_cb cb;
	void *arg;
};

static int mentee_row(void *arg, const char *const *c, int n)
{
	struct mentee_walk *w = arg;
	(void)n;
	store_mentee m;
	memset(&m, 0, sizeof m);
	snprintf(m.person_id, sizeof m.person_id, "%s", c[0]);
	snprintf(m.login, sizeof m.login, "%s", c[1]);
	snprintf(m.name, sizeof m.name, "%s", c[2]);
	snprintf(m.cell, sizeof m.cell, "%s", c[3]);
	m.lessons_done = atoi(c[4]);
	snprintf(m.last_activity, sizeof m.last_activity, "%s", c[5]);
	m.idle_days = atoi(c[6]);
	m.meetings_year = atoi(c[7]);
	split_pair(c[8], m.last_band, sizeof m.last_band, m.last_meeting,
		   sizeof m.last_meeting);
	m.drafts_waiting = atoi(c[9]);
	char times[16];
	split_pair(c[10], m.failed_step, sizeof m.failed_step, times,
		   sizeof times);
	m.failed_times = atoi(times);
	m.meetings_month = atoi(c[11]);
	m.thematic_quarter = atoi(c[12]);
	m.unread_comments = atoi(c[13]);
	return w->cb(w->arg, &m);
}

int store_mentee_each(store *s, const char *lessons, const char *today,
		      store_mentee_cb cb, void *arg)
{
	struct mentee_walk w = {cb, arg};
	const char *p[] = {lessons, today};
	return stmt_each(s, mentee_sql, p, 2, mentee_row, &w,
			  _("không đọc được tiến độ người được hướng dẫn trong "
			    "%s"));
}

/* ---- drill-down --------------------------------------------------------- */

/* The cells of a person: where they are secretary, or their profile's. */
#define CELLS_OF(p)                                                            \
	" (SELECT unit_id FROM person_role WHERE person_id = " p               \
	" AND role = 'secretary' UNION SELECT unit_id FROM person WHERE id = " \
	p " AND unit_id IS NOT NULL)"

int store_person_runs(store *s, const char *person_id, store_cols_cb cb,
		      void *arg)
{
	const char *p[] = {person_id};
	return stmt_each(
		s,
		"SELECT r.id, r.lesson_id, r.status, date(r.started_at,"
		" 'localtime'), coalesce(date(r.finished_at, 'localtime'), ''),"
		" EXISTS (SELECT 1 FROM signoff WHERE run_id = r.id),"
		" (SELECT count(*) FROM step_progress WHERE run_id = r.id"
		"  AND status = 'done')"
		" FROM lesson_run r WHERE r.person_id = ?1 AND r.mode = 'learn'"
		" AND r.status <> 'abandoned' ORDER BY r.started_at, r.lesson_id",
		p, 1, cb, arg, _("không đọc được bài học trong %s"));
}

int store_run_answers(store *s, const char *run_id, store_cols_cb cb,
		      void *arg)
{
	const char *p[] = {run_id};
	return stmt_each(s,
			  "SELECT key, coalesce(value, ''), attempts,"
			  " attempts - (value IS NOT NULL) FROM answer"
			  " WHERE run_id = ?1 ORDER BY rowid",
			  p, 1, cb, arg, _("không đọc được câu trả lời trong %s"));
}

int store_person_meetings(store *s, const char *person_id, store_cols_cb cb,
			  void *arg)
{
	const char *p[] = {person_id};
	return stmt_each(
		s,
		"SELECT m.id, m.held_on, m.type, m.status,"
		" coalesce(m.score, ''), coalesce(m.band, ''),"
		" EXISTS (SELECT 1 FROM signoff WHERE meeting_id = m.id),"
		" (SELECT count(*) FROM review_comment WHERE meeting_id = m.id)"
		" FROM meeting m WHERE m.mode = 'live' AND m.status <> 'abandoned'"
		" AND m.unit_id IN" CELLS_OF("?1") " ORDER BY m.held_on, m.created_at",
		p, 1, cb, arg, _("không đọc được các buổi sinh hoạt trong %s"));
}

int store_person_drafts(store *s, const char *person_id, store_cols_cb cb,
			void *arg)
{
	const char *p[] = {person_id};
	return stmt_each(
		s,
		"SELECT d.id, d.type, d.status, coalesce(d.number, ''),"
		" (SELECT count(*) FROM document_revision WHERE document_id ="
		"  d.id),"
		" coalesce((SELECT id FROM document_revision WHERE document_id ="
		"  d.id ORDER BY n DESC LIMIT 1), ''),"
		" (SELECT count(*) FROM review_comment c JOIN document_revision v"
		"  ON v.id = c.revision_id WHERE v.document_id = d.id AND v.n ="
		"  (SELECT max(n) FROM document_revision WHERE document_id ="
		"  d.id)), date(d.created_at, 'localtime')"
		" FROM document d WHERE d.unit_id IN" CELLS_OF("?1")
		" ORDER BY d.created_at",
		p, 1, cb, arg, _("không đọc được văn bản trong %s"));
}

int store_run_done_of(store *s, const char *person_id, const char *lesson_id,
		      char run_id[STORE_ID_LEN])
{
	const char *p[] = {person_id, lesson_id};
	return stmt_one(s,
			 "SELECT id FROM lesson_run WHERE person_id = ?1 AND"
			 " lesson_id = ?2 AND mode = 'learn' AND status = 'done'"
			 " ORDER BY finished_at DESC LIMIT 1",
			 p, 2, run_id, STORE_ID_LEN,
			 _("không đọc được bài học trong %s"));
}

int store_meeting_of_person(store *s, const char *meeting_id,
			    const char *person_id, int *yes)
{
	const char *p[] = {meeting_id, person_id};
	int rc = stmt_one(s,
			   "SELECT 1 FROM meeting WHERE id = ?1 AND unit_id IN"
			   CELLS_OF("?2"),
			   p, 2, NULL, 0,
			   _("không đọc được buổi sinh hoạt trong %s"));
	*yes = rc == 1;
	return rc < 0 ? -1 : 0;
}

/* ---- review ------------------------------------------------------------- */

int store_signoff(store *s, const char *mentor_id, const char *person_id,
		  const char *run_id, const char *meeting_id)
{
	const char *what = _("không ghi được chữ ký xác nhận trong %s");
	if (!run_id == !meeting_id)
		return misuse(s, __func__, "one of run_id, meeting_id");
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	const char *p[] = {id, mentor_id, run_id, meeting_id, now};
	int rc = stmt_change(s,
			"INSERT OR IGNORE INTO signoff (id, mentor_id, run_id,"
			" meeting_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
			p, 5, what);
	if (rc == 1) {
		sbuf b = SBUF_INIT;
		json_member(&b, "person", person_id);
		json_member(&b, run_id ? "run" : "meeting",
			    run_id ? run_id : meeting_id);
		sbuf_adds(&b, "}");
		if (store_audit_add(s, mentor_id, "signoff", id, b.buf) < 0)
			rc = -1;
		sbuf_free(&b);
	}
	return own_end(s, own, rc);
}

int store_comment_add(store *s, const char *author_id, const char *person_id,
		      const char *target, const char *run_id,
		      const char *step_id, const char *meeting_id,
		      const char *revision_id, const char *body)
{
	char id[STORE_ID_LEN], now[32];
	store_new_id(id);
	now_utc(now);
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	const char *p[] = {id,	       author_id,   person_id, target, run_id,
			   step_id,    meeting_id, revision_id, body,   now};
	int rc = stmt_change(s,
			"INSERT INTO review_comment (id, author_id, person_id,"
			" target, run_id, step_id, meeting_id, revision_id, body,"
			" created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
			" ?10)",
			p, 10, _("không ghi được góp ý trong %s"));
	return own_end(s, own, rc < 0 ? -1 : 0);
}

int store_comment_each(store *s, const char *person_id, int unread_only,
		       store_cols_cb cb, void *arg)
{
	const char *p[] = {person_id, unread_only ? "1" : NULL};
	return stmt_each(
		s,
		"SELECT date(c.created_at, 'localtime'), a.display_name, c.target,"
		" CASE c.target"
		"  WHEN 'step' THEN r.lesson_id || ' › ' || c.step_id"
		"  WHEN 'lesson' THEN r.lesson_id"
		"  WHEN 'meeting' THEN m.held_on"
		"  ELSE d.type || '|' || coalesce(d.number, '') || '|' || v.n END,"
		" c.body, c.read_at IS NOT NULL"
		" FROM review_comment c JOIN person a ON a.id = c.author_id"
		" LEFT JOIN lesson_run r ON r.id = c.run_id"
		" LEFT JOIN meeting m ON m.id = c.meeting_id"
		" LEFT JOIN document_revision v ON v.id = c.revision_id"
		" LEFT JOIN document d ON d.id = v.document_id"
		" WHERE c.person_id = ?1 AND (?2 IS NULL OR c.read_at IS NULL)"
		" ORDER BY c.created_at DESC, c.rowid DESC",
		p, 2, cb, arg, _("không đọc được góp ý trong %s"));
}

int store_comment_unread(store *s, const char *person_id, int *n)
{
	char buf[16] = "0";
	const char *p[] = {person_id};
	int rc = stmt_one(s,
			   "SELECT count(*) FROM review_comment WHERE person_id"
			   " = ?1 AND read_at IS NULL",
			   p, 1, buf, sizeof buf,
			   _("không đọc được góp ý trong %s"));
	*n = atoi(buf);
	return rc < 0 ? -1 : 0;
}

int store_comment_mark_read(store *s, const char *person_id)
{
	char now[32];
	now_utc(now);
	int own;
	if (own_begin(s, &own) < 0)
		return -1;
	const char *p[] = {person_id, now};
	int rc = stmt_change(s,
			"UPDATE review_comment SET read_at = ?2"
			" WHERE person_id = ?1 AND read_at IS NULL",
			p, 2, _("không ghi được góp ý trong %s"));
	return own_end(s, own, rc < 0 ? -1 : 0);
}
