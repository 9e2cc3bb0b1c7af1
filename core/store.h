/*
 * store.h — the only room that speaks SQL.
 *
 * Contract:
 *  - store_open() creates, migrates (core/schema/NNN-*.sql compiled in,
 *    applied by PRAGMA user_version inside one BEGIN IMMEDIATE transaction)
 *    or refuses a database.  A file that is not a chibo database, one written
 *    by a newer chibo, or a corrupt one is refused with a message and never
 *    written to.
 *  - Pragmas: WAL, synchronous=FULL, foreign_keys=ON, busy_timeout.
 *  - Every write goes through store_begin()/store_commit() (BEGIN IMMEDIATE);
 *    functions marked [tx] must be called inside such a transaction, the
 *    others open and commit their own.
 *  - Functions return 0 on success, -1 on error (message in store_errmsg()),
 *    and 1 where documented ("found").
 *  - Ids are random UUID v4 strings (36 chars + NUL): STORE_ID_LEN.
 *  - Times are UTC ISO-8601 ("2026-11-26T06:00:00Z").
 *  - Returned strings are malloc'd and owned by the caller unless stated.
 *  - Functions not marked [tx] join the caller's transaction if one is
 *    open; [tx] functions called outside one fail with an internal error.
 *  - Messages are complete sentences ("đĩa đầy: không lưu được …; hãy …"):
 *    print them as "chibo: <message>" without adding a prefix.
 */
#ifndef CHIBO_STORE_H
#define CHIBO_STORE_H

#include <stddef.h>
#include <stdint.h>

#define STORE_ID_LEN 37

/* One row of a listing: n columns as text ("" for NULL); non-zero stops. */
typedef int (*store_cols_cb)(void *arg, const char *const *col, int n);

typedef struct store store;

/* Open (creating parent dirs 0700 and the file 0600 if missing).  On failure
 * returns NULL and sets *err to a malloc'd, user-facing message. */
store *store_open(const char *path, char **err);
void store_close(store *s);
/* Last error message; owned by the store, valid until the next call. */
const char *store_errmsg(const store *s);
/* The schema version this binary knows. */
int store_schema_version(void);

int store_begin(store *s);    /* BEGIN IMMEDIATE (waits on busy) */
int store_commit(store *s);   /* COMMIT; on failure the tx is rolled back */
void store_rollback(store *s);

/* Fills id with a new random UUID v4. */
void store_new_id(char id[STORE_ID_LEN]);
/* Device id from meta. */
const char *store_device_id(store *s);

/* person: the local profile for a login; created on first use. */
int store_person_ensure(store *s, const char *login, char id[STORE_ID_LEN]);

/* lesson_run */
typedef struct store_run {
	char id[STORE_ID_LEN];
	char lesson_id[128];
	int lesson_version;
	char status[16];      /* "in_progress" | "done" | "abandoned" */
	char started_at[32];
	char finished_at[32]; /* "" while unfinished */
} store_run;

/* Newest in_progress run of a lesson by a person: 1 found, 0 none, -1 error. */
int store_run_find_open(store *s, const char *person_id, const char *lesson_id,
			store_run *out);
/* A run by id: 1 found, 0 none. */
int store_run_get(store *s, const char *run_id, store_run *out);
int store_run_create(store *s, const char *person_id, const char *lesson_id,
		     int version, const char *mode, store_run *out);
/* [tx] status: "done" (sets finished_at) or "abandoned". */
int store_run_set_status(store *s, const char *run_id, const char *status);

/* [tx] The run continues on another version of its lesson. */
int store_run_set_version(store *s, const char *run_id, int version);

/* meta: small settings of this database (key → text). */
/* 1 found (*value malloc'd), 0 none, -1 error. */
int store_meta_get(store *s, const char *key, char **value);
/* [tx] */
int store_meta_put(store *s, const char *key, const char *value);

/* answer: (run, key) → JSON value, attempts. */
/* 1 found, 0 none, -1 error.  *json is NULL when only failed attempts were
 * recorded (not answered yet). */
int store_answer_get(store *s, const char *run_id, const char *key,
		     char **json, int *attempts);
/* Every key with a row (answered or attempted) of a run, sorted by strcmp
 * (malloc'd array of malloc'd strings). */
int store_answer_keys(store *s, const char *run_id, char ***keys, size_t *n);
/* [tx] Store an accepted answer (json non-NULL) or, with json NULL, record
 * one more failed attempt.  attempts is incremented either way; a failed
 * attempt after an accepted answer keeps the accepted value. */
int store_answer_put(store *s, const char *run_id, const char *key,
		     const char *json);

/* step_progress */
/* [tx] status "in_progress" | "done"; seconds is added to time spent.
 * "done" never goes back to "in_progress" (replay cannot undo progress);
 * negative or non-finite seconds count as 0. */
int store_step_put(store *s, const char *run_id, const char *step_id,
		   const char *status, double seconds);
/* Per-run progress: steps done.  1 if the run exists. */
int store_steps_done(store *s, const char *run_id, int *done);

/* Progress of a person over all lessons, for lists: one callback per lesson
 * id the person has runs of, with the newest run's status and steps done, and
 * whether any run of that lesson is done, the lesson whose newest run
 * started last first.  A non-zero return from cb stops. */
typedef int (*store_progress_cb)(void *arg, const char *lesson_id,
				 const char *status, int steps_done,
				 int ever_done);
int store_progress_each(store *s, const char *person_id, store_progress_cb cb,
			void *arg);

/* lesson_index: metadata cache so that listing does not execute lessons. */
typedef struct store_lesson_meta {
	char *path;
	int64_t mtime_ns;
	int64_t size;
	char *lesson_id; /* NULL when the file has an error */
	int version;
	char *title;
	char *summary;
	int minutes;
	int steps;
	char *error;     /* NULL when valid */
	char *mem;       /* when set, every string above points into it */
} store_lesson_meta;

/* Frees the strings inside m (not m itself). */
void store_lesson_meta_free(store_lesson_meta *m);
/* Calls cb for every cached row (path order).  cb's row is only valid during
 * the call.  Rows are read before the first call, so cb may write; a
 * non-zero return from cb stops the walk (the function still returns 0). */
typedef int (*store_meta_cb)(void *arg, const store_lesson_meta *m);
int store_index_each(store *s, store_meta_cb cb, void *arg);
/* The cached rows whose path is under dir ("dir/…"; every row when dir is
 * NULL), ordered by path, as an array the caller owns (free each row with
 * store_lesson_meta_free, then the array). */
int store_index_load(store *s, const char *dir, store_lesson_meta **rows,
		     size_t *n);
/* [tx] insert or replace one row. */
int store_index_put(store *s, const store_lesson_meta *m);
/* [tx] remove one cached row. */
int store_index_del(store *s, const char *path);

#endif
