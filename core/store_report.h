/*
 * store_report.h — the SQL of `chibo report`: one aggregate query per
 * report over the cells of temp.scope_cell (filled by access_scope(); no
 * cell outside it is ever read).  Same contract as store.h.
 *
 * Cells are grouped by their parent unit (the commune); a cell without a
 * parent has a NULL group.  Rows come ordered by group name (no group
 * last), then cell name, so that a caller sums groups as it goes.
 * Dates are local YYYY-MM-DD.
 */
#ifndef CHIBO_STORE_REPORT_H
#define CHIBO_STORE_REPORT_H

#include "store.h"

/* One row; strings valid during the callback only. */
typedef struct store_report_row {
	const char *group_id;   /* the cell's parent, NULL: none */
	const char *group;      /* its name (NULL: none) */
	const char *group_code; /* "" when none */
	const char *cell_id;    /* NULL in per-group reports (quality) */
	const char *cell;
	const char *cell_code;  /* "" when none */
	const char *text;       /* see each report */
	const char *date;       /* see each report; "" when none */
	long long n[3];         /* see each report */
} store_report_row;
/* A non-zero return stops the walk (and is returned). */
typedef int (*store_report_cb)(void *arg, const store_report_row *r);

/* Coverage on day today, one row per cell: text the names of the mentors
 * currently assigned, the earliest assigned first, joined by ", " (NULL:
 * none). */
int store_report_coverage(store *s, const char *today, store_report_cb cb,
			  void *arg);

/* Finished live meetings of the year, one row per cell: n[0] regular
 * (regular or combined), n[1] thematic (thematic or combined), n[2]
 * committee. */
int store_report_meetings(store *s, int year, store_report_cb cb, void *arg);

/* Quality bands of the year's finished live cell meetings (regular and
 * combined, and thematic ones that were scored; not committee), one row
 * per group and band: text the band ("" unscored), n[0] meetings.  A
 * group without meetings has one row with n[0] = 0. */
int store_report_quality(store *s, int year, store_report_cb cb, void *arg);

/* The lessons that count: distinct valid lesson ids of the lesson index
 * (the catalog's cache; no lesson is run) under the directories of dirs,
 * a JSON array of real paths.  *ids: a malloc'd JSON array. */
int store_report_lessons(store *s, const char *dirs, char **ids, long *n);

/* Lesson progress, one row per secretary of each cell (a cell without one
 * has one row with text NULL): text the secretary's name, n[0] the lessons
 * of `lessons` (a JSON array of ids) they finished in learn mode, date
 * their last lesson activity. */
int store_report_progress(store *s, const char *lessons, store_report_cb cb,
			  void *arg);

#endif
