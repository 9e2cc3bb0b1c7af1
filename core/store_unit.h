/*
 * store_unit.h — the unit tree (tỉnh → đảng ủy xã → chi bộ, any depth) and
 * the units' terms (nhiệm kỳ): the SQL behind `chibo unit`.  Same contract
 * as store.h: 0 / -1 with store_errmsg(), 1 for "found".
 *
 * Invariants kept here: a unit's path is its parent's path followed by its
 * id and '/' ("/<root>/…/<id>/"), so a subtree is the path range
 * [path, path || '~'); nothing sits under a cell; a code is unique and
 * made of [A-Za-z0-9._-]; two children of one unit never share a name;
 * the terms of a unit never overlap.  Writes that change the tree or the
 * terms leave an audit entry by actor_id in the same transaction.
 */
#ifndef CHIBO_STORE_UNIT_H
#define CHIBO_STORE_UNIT_H

#include <stddef.h>

#include "store.h"

#define STORE_UNIT_NAME_MAX 255 /* bytes of a name or superior name */
#define STORE_UNIT_CODE_MAX 63  /* bytes of a code */

typedef struct store_unit {
	char id[STORE_ID_LEN];
	char parent_id[STORE_ID_LEN]; /* "" for a root */
	char kind[16];                /* province | commune | cell */
	char name[STORE_UNIT_NAME_MAX + 1];
	char code[STORE_UNIT_CODE_MAX + 1];     /* "" when none */
	char superior[STORE_UNIT_NAME_MAX + 1]; /* superior_name, "" none */
} store_unit;

/* 1 if kind is province, commune or cell. */
int store_unit_kind_valid(const char *kind);
/* NULL when code is a valid code, else why not (a static message). */
const char *store_unit_code_problem(const char *code);
/* NULL when name is a valid name, else why not (a static message). */
const char *store_unit_name_problem(const char *name);

/* A unit by id: 1 found, 0 none, -1 error. */
int store_unit_get(store *s, const char *id, store_unit *out);

/* Adds a unit under parent_id (NULL: a root; a cell needs a parent).
 * code NULL or "": none.  superior NULL or "": for a cell the parent's
 * name, else none.  Refused (message says why): a parent that is a cell,
 * a code in use, a name already used under the same parent.  Audit
 * "unit.add". */
int store_unit_add(store *s, const char *actor_id, const char *kind,
                   const char *parent_id, const char *name, const char *code,
                   const char *superior, store_unit *out);

/* Re-parents unit id under parent_id and rewrites the path of its whole
 * subtree, in one transaction.  A cell whose superior name was its old
 * parent's name takes the new parent's.  Refused: parent_id is the unit,
 * one of its descendants, or a cell; a sibling of the same name there.
 * Audit "unit.move". */
int store_unit_move(store *s, const char *actor_id, const char *id,
                    const char *parent_id);

/* One unit of a listed tree; strings valid during the callback only. */
typedef struct store_unit_node {
	const char *id, *kind, *name;
	const char *code; /* "" when none */
	int depth;        /* 0: a listed root */
	int last;         /* the last of its listed siblings */
	long children;    /* units right under it */
	long cells;       /* cells anywhere under it */
} store_unit_node;
typedef int (*store_unit_cb)(void *arg, const store_unit_node *n);
/* The subtree of unit_id (NULL: of every root), depth first, children in
 * name order, in one query.  A non-zero return from cb stops the walk
 * (and is returned). */
int store_unit_tree(store *s, const char *unit_id, store_unit_cb cb, void *arg);

/* How many units are right under id, and how many cells anywhere under
 * it. */
int store_unit_counts(store *s, const char *id, long *children, long *cells);

/* The units a person administers (admin roles), outermost only, in name
 * order: cb(arg, id) with id NULL for "every unit" (then only that). */
typedef int (*store_unit_id_cb)(void *arg, const char *id);
int store_unit_admin_roots(store *s, const char *person_id, store_unit_id_cb cb,
                           void *arg);

/* The names of a unit's ancestors, root first, joined with sep ("" for a
 * root).  malloc'd in *out. */
int store_unit_chain(store *s, const char *id, const char *sep, char **out);

/* The people of a cell: its secretaries (role NULL, dates "") and the
 * mentors currently assigned to it on day today (committee role and the
 * assignment's dates, ends_on "" when open).  Strings valid during the
 * callback only. */
typedef struct store_unit_person {
	const char *name, *login;
	const char *role;      /* committee role; NULL for a secretary */
	const char *starts_on; /* YYYY-MM-DD or "" */
	const char *ends_on;   /* YYYY-MM-DD or "" */
} store_unit_person;
typedef int (*store_unit_person_cb)(void *arg, const store_unit_person *p);
int store_unit_secretaries(store *s, const char *cell_id,
                           store_unit_person_cb cb, void *arg);
int store_unit_mentors(store *s, const char *cell_id, const char *today,
                       store_unit_person_cb cb, void *arg);

/* A cell to import (chibo unit import): line is where it is in the file,
 * for messages; code and superior NULL or "" when not given. */
typedef struct store_unit_row {
	long line;
	const char *name, *code, *superior;
} store_unit_row;
/* A problem with one row (msg valid during the call). */
typedef void (*store_unit_problem_cb)(void *arg, long line, const char *msg);

/* Adds rows as cells under parent_id (a unit that is not a cell), all or
 * nothing: every row is checked — name and code valid, no name or code
 * twice in the rows, no code used by another unit — and each problem
 * reported through cb.  A row whose name is a cell already under parent_id
 * is skipped (importing the same file twice adds nothing).  When there is
 * no problem and !dry_run the cells are added with an audit entry
 * "unit.import"; otherwise nothing is written.  Returns 0 (*added, the
 * cells added or that would be; *skipped; *problems) or -1 on error. */
int store_unit_import(store *s, const char *actor_id, const char *parent_id,
                      const store_unit_row *rows, size_t n, int dry_run,
                      store_unit_problem_cb cb, void *arg, long *added,
                      long *skipped, long *problems);

/* Terms (nhiệm kỳ): dates YYYY-MM-DD, both inclusive. */
typedef struct store_term {
	char id[STORE_ID_LEN];
	char name[64];
	char starts_on[11], ends_on[11];
} store_term;

/* Adds a term to a unit.  Refused: ends_on before starts_on, a term of the
 * unit overlapping it (the message names it).  Audit "unit.term". */
int store_term_add(store *s, const char *actor_id, const char *unit_id,
                   const char *name, const char *starts_on, const char *ends_on,
                   store_term *out);
/* The terms of a unit, newest first. */
typedef int (*store_term_cb)(void *arg, const store_term *t);
int store_term_each(store *s, const char *unit_id, store_term_cb cb, void *arg);

#endif
