/*
 * store_mentor.h — the SQL of mentor assignments, the mentor's dashboard
 * and drill-down, review comments and sign-offs.  Dates are local
 * YYYY-MM-DD; "current" is defined in core/schema/004-mentoring.sql.
 * Listing functions read the cells of temp.scope_cell (access_scope()).
 */
#ifndef CHIBO_STORE_MENTOR_H
#define CHIBO_STORE_MENTOR_H

#include "store.h"

/* Own transaction, with its audit entry: mentor_id joins the committee of
 * cell unit_id from `from` (to: planned last day or NULL; term_id or
 * NULL).  A mentor already assigned to the cell is refused (message). */
int store_assign(store *s, const char *actor_id, const char *mentor_id,
		 const char *unit_id, const char *term_id, const char *role,
		 const char *from, const char *to);
/* Own transaction, with its audit entry: ends the open assignment on
 * `today` (it stops being current that day).  1 ended, 0 none open. */
int store_unassign(store *s, const char *actor_id, const char *mentor_id,
		   const char *unit_id, const char *today);

/* Assignments of the cells in temp.scope_cell (of mentor_id only when not
 * NULL), current ones only unless history: columns mentor login, mentor
 * name, cell name, cell code, committee role, starts_on, ends_on, ended_on,
 * current (0/1), term name.  Ordered by cell, then start. */
int store_assignment_each(store *s, const char *mentor_id, int history,
			  const char *today, store_cols_cb cb, void *arg);

/* The id of a term of a unit by its name or id: 1, 0 none, -1. */
int store_term_find(store *s, const char *unit_id, const char *text,
		    char id[STORE_ID_LEN], char ends_on[16]);
/* The term of the unit current on day: 1 found (id, ends_on), 0 none. */
int store_term_current(store *s, const char *unit_id, const char *day,
		       char id[STORE_ID_LEN], char ends_on[16]);

/* One mentee (a secretary of a cell in temp.scope_cell) on the dashboard. */
typedef struct store_mentee {
	char person_id[STORE_ID_LEN];
	char login[128];
	char name[160];
	char cell[160];        /* the cell's name */
	int lessons_done;      /* distinct lessons of `lessons` done */
	char last_activity[16]; /* local YYYY-MM-DD of the last lesson or
				   meeting change, "" if none */
	int idle_days;         /* days since then (-1: never active) */
	int meetings_year;     /* regular + combined live meetings done */
	char last_band[32];    /* band of the last cell meeting done (live;
				  committee meetings aside), "" unscored */
	char last_meeting[16]; /* its held_on, "" when none */
	int drafts_waiting;    /* drafts whose newest revision has no comment */
	char failed_step[160]; /* "lesson › step" failed 3+ times, "" */
	int failed_times;
	int meetings_month;    /* live meetings (not abandoned) this month */
	int thematic_quarter;  /* thematic/combined ones this quarter */
	int unread_comments;   /* mentor comments the mentee has not seen */
} store_mentee;
typedef int (*store_mentee_cb)(void *arg, const store_mentee *m);
/* lessons: JSON array of the lesson ids that count (the catalog's). */
int store_mentee_each(store *s, const char *lessons, const char *today,
		      store_mentee_cb cb, void *arg);

/* Drill-down of one person: their lesson runs (not abandoned): run id,
 * lesson id, status, started_at, finished_at, signed off (0/1), steps done. */
int store_person_runs(store *s, const char *person_id, store_cols_cb cb,
		      void *arg);
/* Answers of a run: key, value JSON ("" while only failed), attempts,
 * failures. */
int store_run_answers(store *s, const char *run_id, store_cols_cb cb,
		      void *arg);
/* Live meetings of the person's cell(s): meeting id, held_on, type,
 * status, score ("" none), band, signed off (0/1), comments. */
int store_person_meetings(store *s, const char *person_id, store_cols_cb cb,
			  void *arg);
/* Documents of the person's cell(s): id, type, status, number,
 * revisions, newest revision id, comments on it, created_at. */
int store_person_drafts(store *s, const char *person_id, store_cols_cb cb,
			void *arg);

/* The person's newest done run of a lesson: 1 found, 0 none. */
int store_run_done_of(store *s, const char *person_id, const char *lesson_id,
		      char run_id[STORE_ID_LEN]);
/* 1 if the meeting belongs to a cell the person is secretary of. */
int store_meeting_of_person(store *s, const char *meeting_id,
			    const char *person_id, int *yes);

/* Own transaction, with its audit entry: signs off a run or a meeting
 * (exactly one of run_id, meeting_id).  1 done, 0 already signed off. */
int store_signoff(store *s, const char *mentor_id, const char *person_id,
		  const char *run_id, const char *meeting_id);

/* A comment (target "step" | "lesson" | "meeting" | "revision"; the ids
 * that apply, others NULL).  Own transaction. */
int store_comment_add(store *s, const char *author_id, const char *person_id,
		      const char *target, const char *run_id,
		      const char *step_id, const char *meeting_id,
		      const char *revision_id, const char *body);
/* Comments to a person, newest first (unread only if unread_only):
 * local date, author name, target, what (lesson id › step, lesson id,
 * meeting date, or "type|number|revision" of a document), body, read
 * (0/1). */
int store_comment_each(store *s, const char *person_id, int unread_only,
		       store_cols_cb cb, void *arg);
/* How many unread comments the person has. */
int store_comment_unread(store *s, const char *person_id, int *n);
/* Own transaction: marks the person's comments read. */
int store_comment_mark_read(store *s, const char *person_id);

#endif
