/*
 * store_access.h — the SQL behind access.c (roles, visibility, the scope
 * table that reports join), finding people and units by what users type,
 * and the audit log.  Dates ("today") are local YYYY-MM-DD.
 */
#ifndef CHIBO_STORE_ACCESS_H
#define CHIBO_STORE_ACCESS_H

#include "store.h"

/* The id of the person with this login: 1 found, 0 none, -1 error. */
int store_person_by_login(store *s, const char *login,
			  char id[STORE_ID_LEN]);

/* A unit from what a user typed: its id, its code, or its exact name when
 * only one unit has it.  1 found, 0 none, -1 error or ambiguous (the
 * message names the candidates' codes or ids). */
int store_unit_resolve(store *s, const char *text, char id[STORE_ID_LEN]);

/* A unit's kind and name: 1 found, 0 none, -1 error. */
int store_unit_brief(store *s, const char *id, char kind[16],
		     char name[160]);

/* The ROLE_* bits (access.h) of a person. */
int store_roles_of(store *s, const char *person_id, int *roles);

/* How many people hold the admin role. */
int store_admin_count(store *s, long *n);

/* Refills temp.scope_cell with the cells person_id may read on day today
 * (see access.h), keeping only the subtree of unit_id when not NULL.
 * Returns the number of cells, or -1. */
long store_scope_fill(store *s, const char *person_id, const char *unit_id,
		      const char *today);

/* How person_id (the actor) reaches other's data on day today: bits
 * STORE_REACH_* in *how (0: not at all). */
enum {
	STORE_REACH_SELF = 1,   /* the same person */
	STORE_REACH_MENTOR = 2, /* currently assigned to the other's cell */
	STORE_REACH_ADMIN = 4,  /* the other's unit is in an admin subtree */
};
int store_reach_person(store *s, const char *actor_id, const char *other_id,
		       const char *today, int *how);
/* Likewise for a unit (MENTOR: an assigned cell or an ancestor of one is
 * not enough, only the cell itself; SELF: the actor's own cell). */
int store_reach_unit(store *s, const char *actor_id, const char *unit_id,
		     const char *today, int *how);
/* 1 if actor_id is an admin of unit_id (NULL: of the whole tree), that is
 * holds an admin role on the unit, on an ancestor, or on every unit. */
int store_is_admin_of(store *s, const char *actor_id, const char *unit_id,
		      int *yes);

/* Appends to the audit log (inside the caller's transaction if one is
 * open): actor_id NULL for chibo itself; detail_json a JSON object or
 * NULL ("{}"). */
int store_audit_add(store *s, const char *actor_id, const char *action,
		    const char *subject, const char *detail_json);

#endif
