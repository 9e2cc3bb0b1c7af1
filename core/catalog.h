/*
 * catalog.h — the lessons chibo knows: *.lua files in the bundled lessons/
 * directory, the user's $XDG_DATA_HOME/chibo/lessons and every --lessons
 * DIR, in that order; a later directory's lesson overrides an earlier one
 * with the same id (and says so).
 *
 * Metadata comes from the store's lesson_index, keyed by path, mtime and
 * size: a file is executed (in a worker) only when it is new or changed, so
 * listing a thousand lessons does not run a thousand scripts.
 */
#ifndef CHIBO_CATALOG_H
#define CHIBO_CATALOG_H

#include <stddef.h>

#include "app.h"
#include "store.h"

typedef struct catalog_entry {
	store_lesson_meta meta; /* owned; meta.error set for a broken file */
	int dir;                /* index of the directory it came from */
	int overrides;          /* it hides a lesson with the same id */
	int hidden;             /* another lesson with its id hides it */
} catalog_entry;

typedef struct catalog {
	catalog_entry *e;
	size_t n;
} catalog;

/* The lesson directories, in order: how many, and the d-th as given
 * (malloc'd; not resolved, it may not exist). */
size_t catalog_ndirs(const app *a);
char *catalog_dir(const app *a, size_t d);
/* Scans and refreshes the index; 0 or -1 (message printed). */
int catalog_load(catalog *c, app *a);
/* The visible lesson with this id, or NULL. */
const catalog_entry *catalog_find(const catalog *c, const char *id);
void catalog_free(catalog *c);

/* Runs job (action "meta") in a worker.  On success fills m (free with
 * store_lesson_meta_free; path/mtime/size are left to the caller) and, if
 * extra is not NULL, *extra: one line "S\t<source>" per source, then one
 * line "K\t<kind>\t<id>\t<title>" per step.  When the lesson is broken, m->error holds every
 * error, one per line.  Returns 0, or -1 if no worker could run. */
int catalog_meta(const worker_job *job, store_lesson_meta *m, char **extra);

#endif
