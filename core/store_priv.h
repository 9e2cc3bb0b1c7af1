/*
 * store_priv.h — shared by the store's files (store.c, store_meeting.c)
 * and nothing else: the store struct and the helpers every SQL call uses.
 */
#ifndef CHIBO_STORE_PRIV_H
#define CHIBO_STORE_PRIV_H

#include <sqlite3.h>

#include "store.h"

#define STORE_NST 40  /* store.c's statements (static_assert there) */
#define STORE_NMST 48 /* store_meeting.c's statements */

struct store {
	sqlite3 *db;                  /* the one connection */
	char *path;                   /* as given to store_open() */
	char *err;                    /* last message, store_errmsg() */
	char device_id[STORE_ID_LEN]; /* meta.device_id, read at open */
	sqlite3_stmt *st[STORE_NST];  /* prepared on first use */
	sqlite3_stmt *mst[STORE_NMST]; /* store_meeting.c's, likewise */
	int checked;                  /* quick_check passed (before the first
					 write of this process) */
	int mark_checked;             /* record meta.checked_on in the next
					 transaction (a large database) */
};

/* SQL: the mentor assignment `ma` is current on day `d` (an SQL
 * expression, e.g. "?2"); the definition of core/schema/004-mentoring.sql. */
#define STORE_CURRENT(ma, d)                                                   \
	" " ma ".starts_on <= " d " AND (" ma ".ends_on IS NULL OR " d         \
	" <= " ma ".ends_on) AND (" ma ".ended_on IS NULL OR " d " < " ma      \
	".ended_on)"

/* Records the message for a failed call: what_fmt has one %s (the path). */
void set_err(store *s, int rc, const char *what_fmt);
/* A broken contract ("lỗi nội bộ …"); returns -1. */
int misuse(store *s, const char *fn, const char *why);
/* Resets a statement and drops its bindings. */
void stmt_done(sqlite3_stmt *st);
/* Steps a statement that returns no rows: 0, or -1 with the message set. */
int stmt_run(store *s, sqlite3_stmt *st, const char *what_fmt);
/* A one-off statement (not a hot path: finalize it, or stmt_finish());
 * NULL with the message set. */
sqlite3_stmt *stmt_prep(store *s, const char *sql, const char *what_fmt);
/* Steps a one-off statement once and finalizes it: 0, or -1 with the
 * message set. */
int stmt_finish(store *s, sqlite3_stmt *st, const char *what_fmt);
/* Steps a query expected to return at most one row: 1 row (left unreset for
 * the caller to read, then stmt_done()), 0 none, -1 error. */
int stmt_row(store *s, sqlite3_stmt *st, const char *what_fmt);
/* A message of our own (a refusal, not a database error); takes msg and
 * returns -1. */
int store_refuse(store *s, char *msg);
/* A one-off statement with texts p[0..np) bound to ?1… (NULL: SQL NULL;
 * they must outlive the steps); NULL with the message set. */
sqlite3_stmt *stmt_prepv(store *s, const char *sql, const char *const *p,
			 int np, const char *what_fmt);
/* Runs a one-off query and calls cb for every row (columns as text, ""
 * for NULL) until it returns non-zero: 0, or -1 with the message set. */
int stmt_each(store *s, const char *sql, const char *const *p, int np,
	      store_cols_cb cb, void *arg, const char *what_fmt);
/* A one-off query for at most one row: 1 (its first column copied into
 * out, n bytes, when out is not NULL), 0 none, -1 error. */
int stmt_one(store *s, const char *sql, const char *const *p, int np,
	     char *out, size_t n, const char *what_fmt);
/* A one-off statement that changes rows: how many, or -1. */
int stmt_change(store *s, const char *sql, const char *const *p, int np,
		const char *what_fmt);
/* Binds a text, NULL as SQL NULL (the string must outlive the step). */
void bind_text(sqlite3_stmt *st, int i, const char *v);
/* Column i as a malloc'd string, NULL for SQL NULL. */
char *col_dup(sqlite3_stmt *st, int i);
/* Column i copied into dst (n bytes, truncated, "" for NULL). */
void col_copy(char *dst, size_t n, sqlite3_stmt *st, int i);
/* -1 (misuse) unless a transaction is open. */
int need_tx(store *s, const char *fn);
/* Opens a transaction unless one is open; own_end commits it (or rolls it
 * back when rc < 0) and returns rc, or -1 if the commit failed. */
int own_begin(store *s, int *own);
int own_end(store *s, int own, int rc);

#endif
