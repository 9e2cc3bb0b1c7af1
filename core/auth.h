/*
 * auth.h — proving who runs chibo: passphrases hashed by libsodium
 * (crypto_pwhash_str, argon2id), lockout after repeated failures, and
 * sessions so that one passphrase serves a working session.
 *
 * A person without a passphrase is a local profile: it reaches its own
 * lessons, meetings and drafts, nothing else.  A person with a passphrase
 * has an account: every command that opens its data first proves it
 * (app_open_store calls auth_login), and only accounts may reach other
 * people's data (access.c asks for need_account).
 *
 * The passphrase comes from $CHIBO_PASSPHRASE when set (non-interactive
 * use), else from a no-echo prompt on a terminal; with neither, the login
 * fails with a message saying so.
 */
#ifndef CHIBO_AUTH_H
#define CHIBO_AUTH_H

#include "app.h"

#define AUTH_MAX_FAILURES 5     /* consecutive failures before a lockout */
#define AUTH_LOCK_MINUTES 15    /* how long a lockout lasts */
#define AUTH_SESSION_MINUTES 30 /* a session ends after this long unused */

/* Makes sure a->person_id has proved who they are, once per process (sets
 * a->authed).  An account: a valid session, else the passphrase (checked,
 * counted, locking the account after AUTH_MAX_FAILURES), which opens a
 * session.  A profile without a passphrase: 0 when !need_account, else -1
 * with a message that says how to get an account.  Returns 0 or -1 (the
 * reason printed to stderr, "chibo: …"). */
int auth_login(app *a, int need_account);

/* When the database has no admin yet, makes the current user the first
 * admin of every unit (asking them to choose a passphrase if they have
 * none), with an audit entry: 1 done, 0 there was an admin already, -1
 * error (printed). */
int auth_bootstrap_admin(app *a);

/* Asks for a new passphrase for login: $CHIBO_NEW_PASSPHRASE when set,
 * else twice on a terminal (both the same), else fails saying to set
 * CHIBO_NEW_PASSPHRASE.  Valid UTF-8, at least 8 characters, at most 1024
 * bytes.  0 (*hash: its crypto_pwhash_str string, malloc'd) or -1
 * (printed). */
int auth_new_passphrase(app *a, const char *login, char **hash);

/* Changes the user's own passphrase (chibo user passwd): an account first
 * proves its current passphrase (a session is not enough) unless it was
 * typed in this process; then the new one is asked, the user's other
 * sessions end and a new one opens.  A local profile gets its first
 * passphrase this way.  0 or -1 (printed). */
int auth_passwd(app *a);

/* Is an account whose person.locked_until is locked_until (UTC ISO, ""
 * never locked) locked now?  1 yes, with the end of the lock as people
 * read it in shown ("HH:MM DD/MM/YYYY", local time); 0 no. */
int auth_locked(const char *locked_until, char shown[32]);

/* Ends the user's session for this database (chibo user logout), without
 * asking for a passphrase: 1 ended, 0 there was none, -1 error (printed).
 * Works with the store not opened (it opens it only to delete the row). */
int auth_logout(app *a);

#endif
