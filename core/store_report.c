/*
 * store_report.c — the SQL of `chibo report` (store_report.h).
 *
 * Every query reads the cells of temp.scope_cell and nothing else, in one
 * statement with its aggregates; the meeting figures read the partial
 * index meeting_report (its WHERE, mode = 'live' AND status = 'done', is
 * repeated in each query so that the planner may use it), the lesson
 * figures the partial index lesson_run_learn.  Aggregates are computed
 * with `m.unit_id IN (SELECT unit_id FROM temp.scope_cell)` rather than a
 * LEFT JOIN from the scope: SQLite walks the index once per cell either
 * way, but the LEFT JOIN form runs about twice as slow.
 *
 * Every query returns the same columns, read by walk(): group id, name,
 * code, cell id, name, code, text, date, n0, n1, n2.
 */
#include "store_report.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "store_priv.h"
#include "util.h"

/* The cell, its group (the parent unit) and their order. */
#define CELLS                                                                  \
	" FROM temp.scope_cell sc CROSS JOIN unit u ON u.id = sc.unit_id"      \
	" LEFT JOIN unit g ON g.id = u.parent_id"
#define GROUP_COLS " g.id, g.name, coalesce(g.code, ''),"
#define CELL_COLS " u.id, u.name, coalesce(u.code, ''),"
#define CELL_ORDER " ORDER BY g.name IS NULL, g.name, g.id, u.name, u.id"

/* Finished live meetings of the year (?1 first day, ?2 last day). */
#define LIVE_DONE(m)                                                           \
	" " m ".mode = 'live' AND " m ".status = 'done' AND " m                \
	".held_on BETWEEN ?1 AND ?2"

static const char coverage_sql[] =
	"WITH m AS (SELECT ma.unit_id, group_concat(p.display_name, ', ')"
	"  AS names FROM mentor_assignment ma JOIN person p"
	"  ON p.id = ma.mentor_id"
	"  WHERE ma.unit_id IN (SELECT unit_id FROM temp.scope_cell)"
	"  AND" STORE_CURRENT("ma", "?1")
	"  GROUP BY ma.unit_id)"
	" SELECT" GROUP_COLS CELL_COLS " m.names, '', 0, 0, 0" CELLS
	" LEFT JOIN m ON m.unit_id = u.id" CELL_ORDER;

static const char meetings_sql[] =
	"WITH n AS (SELECT m.unit_id,"
	"  count(*) FILTER (WHERE m.type IN ('regular', 'combined')) AS r,"
	"  count(*) FILTER (WHERE m.type IN ('thematic', 'combined')) AS t,"
	"  count(*) FILTER (WHERE m.type = 'committee') AS c"
	"  FROM meeting m WHERE" LIVE_DONE("m")
	"  AND m.unit_id IN (SELECT unit_id FROM temp.scope_cell)"
	"  GROUP BY m.unit_id)"
	" SELECT" GROUP_COLS CELL_COLS " NULL, '',"
	" coalesce(n.r, 0), coalesce(n.t, 0), coalesce(n.c, 0)" CELLS
	" LEFT JOIN n ON n.unit_id = u.id" CELL_ORDER;

/* Per group and band; the second arm gives every group a row, so that a
 * commune without meetings is reported with 0. */
static const char quality_sql[] =
	"WITH b AS (SELECT u.parent_id AS gid, coalesce(m.band, '') AS band,"
	"  count(*) AS n FROM meeting m JOIN unit u ON u.id = m.unit_id"
	"  WHERE" LIVE_DONE("m") " AND m.type <> 'committee'"
	"  AND (m.type <> 'thematic' OR m.band IS NOT NULL)"
	"  AND m.unit_id IN (SELECT unit_id FROM temp.scope_cell)"
	"  GROUP BY 1, 2"
	" UNION ALL SELECT DISTINCT u.parent_id, '', 0"
	"  FROM temp.scope_cell sc CROSS JOIN unit u ON u.id = sc.unit_id)"
	" SELECT b.gid, g.name, coalesce(g.code, ''), NULL, NULL, '', b.band,"
	" '', sum(b.n), 0, 0 FROM b LEFT JOIN unit g ON g.id = b.gid"
	" GROUP BY b.gid, b.band"
	" ORDER BY g.name IS NULL, g.name, b.gid, b.band";

/* ?1 the lessons that count (JSON array).  The last activity of an
 * unfinished run is its newest step; a finished or abandoned run's is its
 * own updated_at (set when it ended).  "status IN (every status)" is
 * always true (lesson_run's CHECK lists the same three): it makes
 * lesson_run_learn (person_id, status, …) WHERE mode = 'learn' the
 * planner's choice over lesson_run_person_lesson (person_id, lesson_id,
 * status), which would read every meeting run of the person too (35 ms
 * instead of 130 ms on a province). */
static const char progress_sql[] =
	"WITH les AS (SELECT value AS id FROM json_each(?1)),"
	" sec AS (SELECT r.person_id FROM temp.scope_cell sc CROSS JOIN"
	"  person_role r ON r.role = 'secretary' AND r.unit_id = sc.unit_id),"
	" lr AS (SELECT r.person_id,"
	"  count(DISTINCT CASE WHEN r.status = 'done' AND r.lesson_id IN les"
	"   THEN r.lesson_id END) AS done,"
	"  max(r.updated_at) AS last,"
	"  max(CASE WHEN r.status = 'in_progress' THEN (SELECT"
	"   max(sp.updated_at) FROM step_progress sp WHERE sp.run_id = r.id)"
	"   END) AS step"
	"  FROM lesson_run r WHERE r.mode = 'learn'"
	"  AND r.status IN ('done', 'in_progress', 'abandoned')"
	"  AND r.person_id IN (SELECT person_id FROM sec) GROUP BY r.person_id)"
	" SELECT" GROUP_COLS CELL_COLS " p.display_name,"
	" CASE WHEN lr.person_id IS NULL THEN '' ELSE date(max(lr.last,"
	"  coalesce(lr.step, '')), 'localtime') END,"
	" coalesce(lr.done, 0), 0, 0" CELLS
	" LEFT JOIN person_role r ON r.role = 'secretary' AND r.unit_id = u.id"
	" LEFT JOIN person p ON p.id = r.person_id"
	" LEFT JOIN lr ON lr.person_id = p.id" CELL_ORDER ", p.display_name, p.id";

static const char *text_or_null(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static const char *text_or_empty(sqlite3_stmt *st, int i)
{
	const char *t = text_or_null(st, i);
	return t ? t : "";
}

/* Steps st (bound by the caller) and calls cb for each row; finalizes. */
static int walk(store *s, sqlite3_stmt *st, store_report_cb cb, void *arg,
		const char *what)
{
	int rc, stop = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		store_report_row r;
		r.group_id = text_or_null(st, 0);
		r.group = text_or_null(st, 1);
		r.group_code = text_or_empty(st, 2);
		r.cell_id = text_or_null(st, 3);
		r.cell = text_or_null(st, 4);
		r.cell_code = text_or_empty(st, 5);
		r.text = text_or_null(st, 6);
		r.date = text_or_empty(st, 7);
		for (int i = 0; i < 3; i++)
			r.n[i] = sqlite3_column_int64(st, 8 + i);
		if ((stop = cb(arg, &r)) != 0)
			break;
	}
	if (!stop && rc != SQLITE_DONE)
		set_err(s, rc, what);
	sqlite3_finalize(st);
	return stop ? stop : rc == SQLITE_DONE ? 0 : -1;
}

static const char *what_report(void)
{
	return _("không đọc được số liệu báo cáo trong %s");
}

int store_report_coverage(store *s, const char *today, store_report_cb cb,
			  void *arg)
{
	sqlite3_stmt *st = stmt_prep(s, coverage_sql, what_report());
	if (!st)
		return -1;
	bind_text(st, 1, today);
	return walk(s, st, cb, arg, what_report());
}

/* The meeting queries: ?1 and ?2 the year's first and last days. */
static int by_year(store *s, const char *sql, int year, store_report_cb cb,
		   void *arg)
{
	sqlite3_stmt *st = stmt_prep(s, sql, what_report());
	if (!st)
		return -1;
	char from[16], to[16];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	bind_text(st, 1, from);
	bind_text(st, 2, to);
	return walk(s, st, cb, arg, what_report());
}

int store_report_meetings(store *s, int year, store_report_cb cb, void *arg)
{
	return by_year(s, meetings_sql, year, cb, arg);
}

int store_report_quality(store *s, int year, store_report_cb cb, void *arg)
{
	return by_year(s, quality_sql, year, cb, arg);
}

int store_report_lessons(store *s, const char *dirs, char **ids, long *n)
{
	const char *what = _("không đọc được danh mục bài học trong %s");
	*ids = NULL;
	*n = 0;
	sqlite3_stmt *st = stmt_prep(
		s,
		"SELECT json_group_array(lesson_id), count(*) FROM"
		" (SELECT DISTINCT i.lesson_id FROM lesson_index i, json_each(?1) d"
		"  WHERE i.lesson_id IS NOT NULL AND i.error IS NULL"
		"  AND substr(i.path, 1, length(d.value) + 1) = d.value || '/'"
		"  ORDER BY i.lesson_id)",
		what);
	if (!st)
		return -1;
	bind_text(st, 1, dirs);
	int rc = stmt_row(s, st, what);
	if (rc == 1) {
		*ids = col_dup(st, 0);
		*n = (long)sqlite3_column_int64(st, 1);
		sqlite3_finalize(st);
		return 0;
	}
	sqlite3_finalize(st);
	return -1;
}

int store_report_progress(store *s, const char *lessons, store_report_cb cb,
			  void *arg)
{
	sqlite3_stmt *st = stmt_prep(s, progress_sql, what_report());
	if (!st)
		return -1;
	bind_text(st, 1, lessons);
	return walk(s, st, cb, arg, what_report());
}
