/*
 * access.h — who may see and change what: the one place that decides.
 * Every command, report and export that reaches data other than the user's
 * own asks here first; nothing else decides access.
 *
 * The rules:
 * - a secretary sees their own data (their lessons, their cell's meetings
 *   and drafts);
 * - a mentor sees the cells currently assigned to them (not before the
 *   assignment starts, not after it ends or is ended), and may comment on
 *   and sign off their secretaries' work;
 * - an admin sees and manages the unit subtree they administer (every unit
 *   when their admin role has no unit); admins read, they do not review.
 * Reaching anyone else's data needs an account (auth_login(a, 1)).
 */
#ifndef CHIBO_ACCESS_H
#define CHIBO_ACCESS_H

#include "app.h"

enum { ROLE_SECRETARY = 1, ROLE_MENTOR = 2, ROLE_ADMIN = 4 };

/* The user's roles (ROLE_* bits), read once per process; -1 on error
 * (printed). */
int access_roles(app *a);

/* Fills the temporary table temp.scope_cell(unit_id) with the cells the
 * user may read — their own cell, the cells currently assigned to them as
 * mentor, every cell under a unit they administer — keeping only the
 * subtree of unit_id when it is not NULL.  Store queries for reports and
 * dashboards join temp.scope_cell.  Returns the number of cells, or -1
 * (refused or error, printed). */
long access_scope(app *a, const char *unit_id);

/* May the user read (review = 0) or review (review = 1: comment, sign off)
 * the data of person_id?  0 yes, -1 no (printed: "chibo: không có quyền
 * …"). */
int access_person(app *a, const char *person_id, int review);

/* May the user read the unit (visible to them: their cell, an assigned
 * cell, anything in their admin subtree)?  0 yes, -1 no (printed). */
int access_unit(app *a, const char *unit_id);

/* May the user manage units, people, roles and assignments under unit_id
 * (NULL: the whole tree)?  Needs an admin role over it.  When the database
 * has no admin at all, the user becomes the first admin
 * (auth_bootstrap_admin).  0 yes, -1 no (printed). */
int access_admin(app *a, const char *unit_id);

#endif
