/*
 * store_account.h — the SQL of people and their accounts: profiles (name,
 * unit), passphrase hashes and lockout, roles, login sessions, and the
 * people under a unit.  Same contract as store.h: 0 / -1 with
 * store_errmsg(), 1 for "found" or "done".
 *
 * Every change to a person, an account or a role writes its audit entry
 * (store_audit_add) in the same transaction; actor_id is who made the
 * change (NULL: chibo itself).  The audit entry's subject is the person's
 * id; its detail never holds a passphrase or a hash.  Actions: person_add,
 * person_update, passwd (own passphrase), passwd_reset (by an admin),
 * lockout, role_add, role_remove.
 *
 * Roles and their unit: secretary → a cell; mentor → a unit that is not a
 * cell (the commune the cadre works for); admin → any unit (its subtree),
 * or none: every unit.
 */
#ifndef CHIBO_STORE_ACCOUNT_H
#define CHIBO_STORE_ACCOUNT_H

#include <stddef.h>

#include "store.h"

#define STORE_LOGIN_MAX 64 /* bytes of a login typed in `chibo user add` */

typedef struct store_account {
	char id[STORE_ID_LEN];
	char login[256];
	char display_name[256];
	char unit_id[STORE_ID_LEN]; /* "" when none */
	int has_passphrase;         /* an account, not only a local profile */
	int failed_logins;          /* failures since the last success */
	char locked_until[32];      /* UTC ISO; "" when never locked (a time
	                               in the past: the lock has run out) */
} store_account;

/* A person by id: 1 found, 0 none, -1 error. */
int store_account_get(store *s, const char *person_id, store_account *out);
/* A person by login: 1 found, 0 none, -1 error. */
int store_account_by_login(store *s, const char *login, store_account *out);
/* Has the person a passphrase (an account)?  1 yes, 0 no (a local profile,
 * or no such person), -1 error.  app_open_store asks this before it calls
 * auth_login. */
int store_account_has_passphrase(store *s, const char *person_id);
/* The passphrase hash (crypto_pwhash_str string, malloc'd) for checking a
 * passphrase: 1, 0 none, -1 error. */
int store_account_hash(store *s, const char *person_id, char **hash);

/* A new person (a local profile until a passphrase is set); unit_id NULL:
 * none.  Refused when the login is taken.  Fills id. */
int store_account_add(store *s, const char *actor_id, const char *login,
                      const char *display_name, const char *unit_id,
                      char id[STORE_ID_LEN]);
/* Changes the name and/or the unit (NULL: unchanged). */
int store_account_set_profile(store *s, const char *actor_id,
                              const char *person_id, const char *display_name,
                              const char *unit_id);
/* Sets the passphrase hash, clears the failure count and the lock, and ends
 * every session of the person.  Audit passwd when actor_id is the person,
 * else passwd_reset. */
int store_account_set_passphrase(store *s, const char *actor_id,
                                 const char *person_id, const char *hash);

/* A failed passphrase at now (UTC ISO), committed at once: counts it (a
 * lock that has run out starts a new count); the max-th failure locks the
 * account until lock_until, with an audit entry lockout.  *failures: the
 * count now. */
int store_account_failed(store *s, const char *person_id, int max,
                         const char *now, const char *lock_until,
                         int *failures);
/* A passphrase proved right: clears the failure count and the lock;
 * new_hash non-NULL replaces the hash (the same passphrase hashed with
 * today's parameters). */
int store_account_succeeded(store *s, const char *person_id,
                            const char *new_hash);

/* When nobody holds the admin role (checked inside the transaction), makes
 * person_id admin of every unit, setting its passphrase hash first when
 * hash is non-NULL; audit role_add with "first_admin": true.  1 done, 0
 * there was an admin already, -1 error. */
int store_account_bootstrap(store *s, const char *person_id, const char *hash);

/* A role held by a person. */
typedef struct store_role {
	char role[16];              /* "secretary" | "mentor" | "admin" */
	char unit_id[STORE_ID_LEN]; /* "" for admin of every unit */
	char unit_name[256];        /* "" when unit_id is "" */
	char unit_kind[16];         /* likewise */
	char unit_code[64];         /* "" when the unit has no code */
} store_role;

/* Gives a role (unit_id NULL: none, only for admin).  Refused (the message
 * says why): an unknown role, a unit of the wrong kind or that does not
 * exist.  1 added, 0 the person held it already (nothing written), -1. */
int store_role_add(store *s, const char *actor_id, const char *person_id,
                   const char *role, const char *unit_id);
/* Takes a role away.  Refused: the last admin of every unit.  1 removed, 0
 * not held, -1. */
int store_role_remove(store *s, const char *actor_id, const char *person_id,
                      const char *role, const char *unit_id);
/* The roles of a person (secretary, mentor, admin; then by unit name), as
 * a malloc'd array (NULL when none). */
int store_role_list(store *s, const char *person_id, store_role **roles,
                    size_t *n);

/* Login sessions: token_hash is the hex of a hash of the random token kept
 * in the user's session file; times are UTC ISO. */
/* Adds a session, deleting the person's expired ones. */
int store_session_add(store *s, const char *token_hash, const char *person_id,
                      const char *expires_at);
/* The session of person_id with this token hash, valid at now: 1 (its
 * expiry copied into expires_at), 0 none (the person's expired sessions
 * are deleted when one is seen), -1 error. */
int store_session_find(store *s, const char *token_hash, const char *person_id,
                       const char *now, char expires_at[32]);
/* Pushes the session's expiry to expires_at. */
int store_session_touch(store *s, const char *token_hash,
                        const char *expires_at);
/* Ends a session: 1 deleted, 0 there was none, -1. */
int store_session_delete(store *s, const char *token_hash);

/* A person of a listed unit; valid during the callback only. */
typedef struct store_person_row {
	const store_account *acc;
	const char *unit_name;   /* "" when no unit */
	const store_role *roles; /* nroles of them */
	size_t nroles;
} store_person_row;
typedef int (*store_person_cb)(void *arg, const store_person_row *p);
/* The people whose unit, or the unit of one of whose roles, is in the
 * subtree of unit_id (everyone when NULL), by login.  A non-zero return
 * from cb stops the walk (and is returned). */
int store_people_each(store *s, const char *unit_id, store_person_cb cb,
                      void *arg);

#endif
