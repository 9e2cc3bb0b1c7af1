/*
 * store_meeting.h — cells and meetings (schema 002): the SQL behind
 * `chibo meeting` and ctx.meeting.  Same contract as store.h: 0 / -1 with
 * store_errmsg(), 1 for "found"; [tx] needs store_begin().
 */
#ifndef CHIBO_STORE_MEETING_H
#define CHIBO_STORE_MEETING_H

#include "proto.h"
#include "store.h"

typedef struct store_cell {
	char id[STORE_ID_LEN];
	char name[256];
	char superior[256]; /* "" when unknown */
	char rubric[64];
} store_cell;

/* The cell of a person's profile: 1 found, 0 none. */
int store_cell_of(store *s, const char *person_id, store_cell *out);
/* Creates a cell and makes it the person's (own transaction). */
int store_cell_create(store *s, const char *person_id, const char *name,
		      const char *superior, const char *rubric,
		      store_cell *out);
/* Own transaction. */
int store_cell_set_rubric(store *s, const char *cell_id, const char *rubric);

typedef struct store_meeting {
	char id[STORE_ID_LEN];
	char unit_id[STORE_ID_LEN];
	char run_id[STORE_ID_LEN];
	char type[16];   /* regular | thematic | combined | committee */
	char mode[16];   /* live | rehearse */
	char status[16]; /* in_progress | done | abandoned */
	char held_on[16];
	char actual_start[32], actual_end[32]; /* "" when not recorded */
	char rubric[64];
	int has_score, score;
	char band[32];
	int present_full, summoned_full; /* -1 when not recorded */
} store_meeting;

/* [tx] A new meeting of a cell for a run.  A second open live meeting of
 * the same cell is refused (message says so). */
int store_meeting_create(store *s, const char *unit_id, const char *run_id,
			 const char *type, const char *mode,
			 const char *held_on, const char *rubric,
			 store_meeting *out);
/* The newest open meeting of a cell (live first, then rehearsals when
 * mode is NULL): 1 found, 0 none. */
int store_meeting_open(store *s, const char *unit_id, const char *mode,
		       store_meeting *out);
/* By id or by a unique prefix of at least 4 characters: 1 found, 0 none
 * (or ambiguous: the message says so). */
int store_meeting_get(store *s, const char *id, store_meeting *out);
/* [tx] */
int store_meeting_set_status(store *s, const char *id, const char *status);
/* [tx] Writes one W_MSET or W_MADD message (fields checked against
 * meeting_fields.c). */
int store_meeting_record(store *s, const char *meeting_id, proto_in *in);

/* The meetings of a cell, oldest first. */
typedef int (*store_meeting_cb)(void *arg, const store_meeting *m);
int store_meeting_each(store *s, const char *unit_id, store_meeting_cb cb,
		       void *arg);

/* The rows of one recorded list ("person", "task", …; NULL: the meeting
 * row's own fields as one row), in the order they were first recorded:
 * the row's key, and values[i] for fields[i] as text (NULL when not
 * recorded; booleans "0"/"1"). */
struct meeting_field;
typedef int (*store_row_cb)(void *arg, const char *key, size_t n,
			    const struct meeting_field *fields,
			    const char *const *values);
int store_meeting_rows(store *s, const char *meeting_id, const char *list,
		       store_row_cb cb, void *arg);

/* ctx.meeting.previous_tasks(): the tasks of the cell's last finished live
 * meeting of one of types ("regular,combined") other than this one, as
 * "key\towner\twhat\tdeadline" lines.  malloc'd; NULL on error. */
char *store_meeting_previous_tasks(store *s, const char *unit_id,
				   const char *meeting_id, const char *types);
/* ctx.meeting.history(): "thematic_this_quarter\tmeetings_this_year\t
 * last_date" of finished live meetings before this one (date: this
 * meeting's YYYY-MM-DD). malloc'd; NULL on error. */
char *store_meeting_history(store *s, const char *unit_id,
			    const char *meeting_id, const char *date);

#endif
