/*
 * test_auth.c — accounts: new passphrases (rules, argon2id), a profile
 * without a passphrase, lockout after AUTH_MAX_FAILURES (refused while
 * locked even with the right passphrase, a new count once the lock has run
 * out), rehash of an old hash, sessions (reused, pushed forward, expired,
 * a 0600 file per database and login, logout), the first admin (once
 * only), the own passphrase change, roles (unit kinds, the last admin,
 * audit rows) and the people of a subtree.
 *
 * Accounts are given a hash made with the smallest argon2 limits so that
 * checking a passphrase is cheap; only a few INTERACTIVE hashes are made.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sodium.h>
#include <sqlite3.h>

#include "auth.h"
#include "store_access.h"
#include "store_account.h"
#include "util.h"

#define RIGHT "đúng mật khẩu"
#define WRONG "sai mật khẩu"

static char *tmp;

typedef struct fixture {
	app a;
	char *db;
} fixture;

/* A fresh database (name) with the profile login, the store opened as
 * app_open_store would, and the state directory emptied. */
static void fresh(fixture *f, const char *name, const char *login)
{
	memset(f, 0, sizeof *f);
	f->db = xasprintf("%s/%s.db", tmp, name);
	char *cmd = xasprintf("rm -rf '%s' '%s-wal' '%s-shm' '%s/%s-state'",
	                      f->db, f->db, f->db, tmp, name);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	f->a.db_path = f->db;
	f->a.state_dir = xasprintf("%s/%s-state", tmp, name);
	f->a.login = login;
	char *err = NULL;
	f->a.st = store_open(f->db, &err);
	if (!f->a.st)
		fail_msg("%s", err);
	assert_int_equal(store_person_ensure(f->a.st, login, f->a.person_id),
	                 0);
}

/* Another run of chibo on f's database, as login. */
static void again(fixture *g, const fixture *f, const char *login)
{
	memset(g, 0, sizeof *g);
	g->a.db_path = f->db;
	g->a.state_dir = xstrdup(f->a.state_dir);
	g->a.login = login;
	char *err = NULL;
	g->a.st = store_open(f->db, &err);
	if (!g->a.st)
		fail_msg("%s", err);
	assert_int_equal(store_person_ensure(g->a.st, login, g->a.person_id),
	                 0);
}

static void done(fixture *f)
{
	free(f->a.state_dir);
	f->a.state_dir = NULL;
	app_close(&f->a);
	free(f->db);
}

/* Runs SQL on the database through a connection of its own. */
static void sql(const fixture *f, const char *q)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	char *err = NULL;
	if (sqlite3_exec(db, q, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", q, err);
	sqlite3_close(db);
}

/* The first column of the first row of q, as a number. */
static long num(const fixture *f, const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &st, NULL), SQLITE_OK);
	long n =
	    sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	sqlite3_close(db);
	return n;
}

/* Gives the person a passphrase hashed with the smallest limits. */
static void cheap_account(fixture *f, const char *person_id, const char *pass)
{
	char h[crypto_pwhash_STRBYTES];
	assert_int_equal(crypto_pwhash_str(h, pass, strlen(pass),
	                                   crypto_pwhash_OPSLIMIT_MIN,
	                                   crypto_pwhash_MEMLIMIT_MIN),
	                 0);
	assert_int_equal(
	    store_account_set_passphrase(f->a.st, NULL, person_id, h), 0);
}

static void passphrase(const char *current, const char *new_one)
{
	if (current)
		setenv("CHIBO_PASSPHRASE", current, 1);
	else
		unsetenv("CHIBO_PASSPHRASE");
	if (new_one)
		setenv("CHIBO_NEW_PASSPHRASE", new_one, 1);
	else
		unsetenv("CHIBO_NEW_PASSPHRASE");
}

static void account(fixture *f, store_account *acc)
{
	assert_int_equal(store_account_get(f->a.st, f->a.person_id, acc), 1);
}

static void test_new_passphrase_rules(void **state)
{
	(void)state;
	fixture f;
	fresh(&f, "rules", "an");
	char *hash = NULL;
	const char *bad[] = {"ngắn", "mật khẩ", "\xff\xfe mật khẩu dài",
	                     "        "};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		passphrase(NULL, bad[i]);
		assert_int_equal(auth_new_passphrase(&f.a, "an", &hash), -1);
		assert_null(hash);
	}
	char *big = xmalloc(1026);
	memset(big, 'x', 1025);
	big[1025] = '\0';
	passphrase(NULL, big);
	assert_int_equal(auth_new_passphrase(&f.a, "an", &hash), -1);
	free(big);
	/* Neither the variable nor a terminal. */
	passphrase(NULL, NULL);
	assert_int_equal(auth_new_passphrase(&f.a, "an", &hash), -1);
	/* 8 characters, more bytes; surrounding blanks are not part of it. */
	passphrase(NULL, "  mật khẩu ");
	assert_int_equal(auth_new_passphrase(&f.a, "an", &hash), 0);
	assert_non_null(strstr(hash, "$argon2id$"));
	assert_int_equal(
	    crypto_pwhash_str_verify(hash, "mật khẩu", strlen("mật khẩu")), 0);
	assert_int_not_equal(
	    crypto_pwhash_str_verify(hash, "mật khẩu ", strlen("mật khẩu ")),
	    0);
	free(hash);
	done(&f);
}

static void test_profile_without_passphrase(void **state)
{
	(void)state;
	fixture f;
	fresh(&f, "profile", "an");
	passphrase(NULL, NULL);
	assert_int_equal(store_account_has_passphrase(f.a.st, f.a.person_id),
	                 0);
	assert_int_equal(auth_login(&f.a, 0), 0);
	assert_int_equal(f.a.authed, 0);
	assert_int_equal(auth_login(&f.a, 1), -1);
	/* An account without CHIBO_PASSPHRASE and no terminal. */
	cheap_account(&f, f.a.person_id, RIGHT);
	assert_int_equal(store_account_has_passphrase(f.a.st, f.a.person_id),
	                 1);
	assert_int_equal(auth_login(&f.a, 0), -1);
	store_account acc;
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, 0);
	done(&f);
}

static void test_lockout(void **state)
{
	(void)state;
	fixture f;
	fresh(&f, "lockout", "an");
	cheap_account(&f, f.a.person_id, RIGHT);
	store_account acc;
	passphrase(WRONG, NULL);
	for (int i = 1; i < AUTH_MAX_FAILURES; i++) {
		assert_int_equal(auth_login(&f.a, 0), -1);
		account(&f, &acc);
		assert_int_equal(acc.failed_logins, i);
		assert_string_equal(acc.locked_until, "");
	}
	assert_int_equal(num(&f, "SELECT count(*) FROM audit"
	                         " WHERE action = 'lockout'"),
	                 0);
	assert_int_equal(auth_login(&f.a, 0), -1);
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, AUTH_MAX_FAILURES);
	char shown[32];
	assert_int_equal(auth_locked(acc.locked_until, shown), 1);
	assert_int_equal(strlen(shown), strlen("HH:MM DD/MM/YYYY"));
	assert_int_equal(num(&f, "SELECT count(*) FROM audit"
	                         " WHERE action = 'lockout'"),
	                 1);
	/* About AUTH_LOCK_MINUTES from now. */
	assert_int_equal(num(&f, "SELECT abs(unixepoch(locked_until)"
	                         " - unixepoch() - 15 * 60) < 5 FROM person"
	                         " WHERE login = 'an'"),
	                 1);
	/* Locked: the right passphrase is refused, nothing counted. */
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_login(&f.a, 0), -1);
	assert_int_equal(f.a.authed, 0);
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, AUTH_MAX_FAILURES);
	/* The lock has run out: a failure starts a new count. */
	sql(&f, "UPDATE person SET locked_until = '2000-01-01T00:00:00Z'");
	assert_int_equal(auth_locked("2000-01-01T00:00:00Z", shown), 0);
	passphrase(WRONG, NULL);
	assert_int_equal(auth_login(&f.a, 0), -1);
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, 1);
	assert_string_equal(acc.locked_until, "");
	/* Locked again, run out again: the right passphrase opens it, clears
	 * the count and replaces the weak hash by an INTERACTIVE one. */
	sql(&f, "UPDATE person SET failed_logins = 5,"
	        " locked_until = '2000-01-01T00:00:00Z'");
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_login(&f.a, 0), 0);
	assert_int_equal(f.a.authed, 1);
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, 0);
	assert_string_equal(acc.locked_until, "");
	char *hash;
	assert_int_equal(store_account_hash(f.a.st, f.a.person_id, &hash), 1);
	assert_int_equal(crypto_pwhash_str_needs_rehash(
	                     hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                     crypto_pwhash_MEMLIMIT_INTERACTIVE),
	                 0);
	free(hash);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit"
	                         " WHERE action = 'lockout'"),
	                 1);
	/* Nothing about the passphrase in the audit log. */
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE detail"
	                         " LIKE '%argon%' OR detail LIKE '%mật%'"),
	                 0);
	done(&f);
}

/* The path of the only session file of a state directory. */
static char *session_file(const char *dir)
{
	char *cmd = xasprintf("ls '%s' 2>/dev/null", dir);
	FILE *p = popen(cmd, "r");
	free(cmd);
	char name[256] = "", more[256];
	int n = 0;
	while (fgets(n ? more : name, sizeof name, p))
		n++;
	pclose(p);
	if (n != 1)
		return NULL;
	name[strcspn(name, "\n")] = '\0';
	return xasprintf("%s/%s", dir, name);
}

static void test_sessions(void **state)
{
	(void)state;
	fixture f, g, h;
	fresh(&f, "session", "an");
	cheap_account(&f, f.a.person_id, RIGHT);
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_login(&f.a, 0), 0);
	/* A 0600 file in a 0700 directory. */
	char *path = session_file(f.a.state_dir);
	assert_non_null(path);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(stat(f.a.state_dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	assert_int_equal(num(&f, "SELECT count(*) FROM session"), 1);
	/* The file holds the token, the database only a hash of it. */
	char token[80] = "";
	FILE *tf = fopen(path, "r");
	assert_non_null(fgets(token, sizeof token, tf));
	fclose(tf);
	token[strcspn(token, "\n")] = '\0';
	assert_int_equal(strlen(token), 64);
	char *q = xasprintf("SELECT count(*) FROM session WHERE token_hash"
	                    " = '%s'",
	                    token);
	assert_int_equal(num(&f, q), 0);
	free(q);

	/* The next run needs no passphrase; an expiry within a minute of
	 * the full length is not written again, an older one is pushed. */
	passphrase(NULL, NULL);
	sql(&f, "UPDATE session SET expires_at ="
	        " strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+10 minutes')");
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), 0);
	assert_int_equal(g.a.authed, 1);
	assert_int_equal(num(&f, "SELECT abs(unixepoch(expires_at)"
	                         " - unixepoch() - 30 * 60) < 5 FROM session"),
	                 1);
	done(&g);
	sql(&f, "UPDATE session SET expires_at ="
	        " strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+1770 seconds')");
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), 0);
	assert_int_equal(num(&f, "SELECT unixepoch(expires_at) - unixepoch()"
	                         " <= 1770 FROM session"),
	                 1);
	done(&g);

	/* Another login on the same database has its own file; so has the
	 * same login on another database. */
	again(&g, &f, "binh");
	cheap_account(&g, g.a.person_id, "mật khẩu của Bình");
	assert_int_equal(auth_login(&g.a, 0), -1);
	passphrase("mật khẩu của Bình", NULL);
	assert_int_equal(auth_login(&g.a, 0), 0);
	done(&g);
	fresh(&h, "session-other", "an");
	free(h.a.state_dir);
	h.a.state_dir = xstrdup(f.a.state_dir);
	cheap_account(&h, h.a.person_id, RIGHT);
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_login(&h.a, 0), 0);
	done(&h);
	char *cmd = xasprintf("test $(ls '%s' | wc -l) = 3", f.a.state_dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);

	/* Someone else's session token does not open this person's. */
	passphrase(NULL, NULL);
	sql(&f, "UPDATE session SET person_id = (SELECT id FROM person"
	        " WHERE login = 'binh') WHERE person_id = (SELECT id FROM"
	        " person WHERE login = 'an')");
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), -1);
	assert_int_equal(stat(path, &st), -1);
	done(&g);

	/* An expired session: deleted when seen, with its file. */
	passphrase(RIGHT, NULL);
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), 0);
	done(&g);
	free(path);
	sql(&f, "UPDATE session SET expires_at = '2000-01-01T00:00:00Z'");
	passphrase(NULL, NULL);
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), -1);
	assert_int_equal(num(&f, "SELECT count(*) FROM session WHERE"
	                         " person_id = (SELECT id FROM person"
	                         " WHERE login = 'an')"),
	                 0);
	done(&g);

	/* Logout: the row and the file go; a second logout finds none. */
	passphrase(RIGHT, NULL);
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), 0);
	done(&g);
	long before = num(&f, "SELECT count(*) FROM session");
	again(&g, &f, "an");
	store_close(g.a.st);
	g.a.st = NULL; /* logout opens the store itself */
	assert_int_equal(auth_logout(&g.a), 1);
	assert_int_equal(num(&f, "SELECT count(*) FROM session"), before - 1);
	assert_int_equal(auth_logout(&g.a), 0);
	done(&g);
	done(&f);
}

static void test_bootstrap_once(void **state)
{
	(void)state;
	fixture f, g;
	fresh(&f, "bootstrap", "admin");
	passphrase(NULL, NULL);
	/* Without a way to choose a passphrase nobody becomes admin. */
	assert_int_equal(auth_bootstrap_admin(&f.a), -1);
	assert_int_equal(num(&f, "SELECT count(*) FROM person_role"), 0);
	passphrase(NULL, "mật khẩu quản trị");
	assert_int_equal(auth_bootstrap_admin(&f.a), 1);
	assert_int_equal(f.a.authed, 1);
	assert_int_equal(num(&f, "SELECT count(*) FROM person_role WHERE"
	                         " role = 'admin' AND unit_id IS NULL"),
	                 1);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE action ="
	                         " 'role_add' AND detail ->> 'first_admin'"
	                         " AND detail ->> 'role' = 'admin'"),
	                 1);
	assert_int_equal(store_account_has_passphrase(f.a.st, f.a.person_id),
	                 1);
	assert_int_equal(auth_bootstrap_admin(&f.a), 0);
	again(&g, &f, "other");
	assert_int_equal(auth_bootstrap_admin(&g.a), 0);
	done(&g);
	assert_int_equal(num(&f, "SELECT count(*) FROM person_role"), 1);

	/* An account that exists proves its passphrase first. */
	fixture h;
	fresh(&h, "bootstrap-account", "an");
	cheap_account(&h, h.a.person_id, RIGHT);
	passphrase(WRONG, NULL);
	assert_int_equal(auth_bootstrap_admin(&h.a), -1);
	assert_int_equal(num(&h, "SELECT count(*) FROM person_role"), 0);
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_bootstrap_admin(&h.a), 1);
	done(&h);
	done(&f);
}

static void test_own_passwd(void **state)
{
	(void)state;
	fixture f, g;
	fresh(&f, "passwd", "an");
	cheap_account(&f, f.a.person_id, RIGHT);
	/* A session opened by a passphrase typed in another run is not
	 * enough: the current passphrase is asked. */
	passphrase(RIGHT, NULL);
	assert_int_equal(auth_login(&f.a, 0), 0);
	again(&g, &f, "an");
	passphrase(NULL, "mật khẩu mới tinh");
	assert_int_equal(auth_login(&g.a, 0), 0);
	assert_int_equal(auth_passwd(&g.a), -1);
	passphrase(WRONG, "mật khẩu mới tinh");
	assert_int_equal(auth_passwd(&g.a), -1);
	store_account acc;
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, 1);
	passphrase(RIGHT, "mật khẩu mới tinh");
	assert_int_equal(auth_passwd(&g.a), 0);
	done(&g);
	account(&f, &acc);
	assert_int_equal(acc.failed_logins, 0);
	/* Every earlier session ended; the new one serves the next run. */
	assert_int_equal(num(&f, "SELECT count(*) FROM session"), 1);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE action ="
	                         " 'passwd' AND actor_id = subject"),
	                 1);
	passphrase(NULL, NULL);
	again(&g, &f, "an");
	assert_int_equal(auth_login(&g.a, 0), 0);
	done(&g);
	char *hash;
	assert_int_equal(store_account_hash(f.a.st, f.a.person_id, &hash), 1);
	assert_int_equal(crypto_pwhash_str_verify(hash, "mật khẩu mới tinh",
	                                          strlen("mật khẩu mới tinh")),
	                 0);
	free(hash);
	done(&f);
}

/* A commune with two cells; ids into c, x, y. */
static void units(fixture *f, char c[STORE_ID_LEN], char x[STORE_ID_LEN],
                  char y[STORE_ID_LEN])
{
	store_new_id(c);
	store_new_id(x);
	store_new_id(y);
	char *q = xasprintf(
	    "INSERT INTO unit (id, parent_id, kind, name, path, created_at,"
	    " updated_at) VALUES"
	    " ('%s', NULL, 'commune', 'Đảng ủy xã Đồng Đăng', '/%s/', 'x',"
	    " 'x'),"
	    " ('%s', '%s', 'cell', 'Chi bộ thôn Bản Cầu', '/%s/%s/', 'x',"
	    " 'x'),"
	    " ('%s', '%s', 'cell', 'Chi bộ thôn Nà Lầu', '/%s/%s/', 'x',"
	    " 'x')",
	    c, c, x, c, c, x, y, c, c, y);
	sql(f, q);
	free(q);
}

static void test_roles(void **state)
{
	(void)state;
	fixture f;
	fresh(&f, "roles", "admin");
	store *s = f.a.st;
	char c[STORE_ID_LEN], x[STORE_ID_LEN], y[STORE_ID_LEN];
	units(&f, c, x, y);
	const char *me = f.a.person_id;
	char an[STORE_ID_LEN];
	assert_int_equal(
	    store_account_add(s, me, "an", "Nguyễn Văn An", NULL, an), 0);
	assert_int_equal(store_account_add(s, me, "an", "Khác", NULL, an), -1);
	assert_non_null(strstr(store_errmsg(s), "đã có người dùng 'an'"));
	/* Unit kinds. */
	assert_int_equal(store_role_add(s, me, an, "secretary", c), -1);
	assert_int_equal(store_role_add(s, me, an, "secretary", NULL), -1);
	assert_int_equal(store_role_add(s, me, an, "mentor", x), -1);
	assert_int_equal(store_role_add(s, me, an, "mentor", NULL), -1);
	assert_int_equal(store_role_add(s, me, an, "boss", NULL), -1);
	assert_int_equal(num(&f, "SELECT count(*) FROM person_role"), 0);
	assert_int_equal(store_role_add(s, me, an, "secretary", x), 1);
	assert_int_equal(store_role_add(s, me, an, "secretary", x), 0);
	assert_int_equal(store_role_add(s, me, an, "mentor", c), 1);
	/* The secretary's meetings belong to the cell. */
	store_account acc;
	assert_int_equal(store_account_get(s, an, &acc), 1);
	assert_string_equal(acc.unit_id, x);
	assert_int_equal(store_role_add(s, me, me, "admin", NULL), 1);
	assert_int_equal(store_role_add(s, me, an, "admin", c), 1);
	store_role *r;
	size_t n;
	assert_int_equal(store_role_list(s, an, &r, &n), 0);
	assert_int_equal(n, 3);
	assert_string_equal(r[0].role, "secretary");
	assert_string_equal(r[0].unit_name, "Chi bộ thôn Bản Cầu");
	assert_string_equal(r[0].unit_kind, "cell");
	assert_string_equal(r[1].role, "mentor");
	assert_string_equal(r[2].role, "admin");
	free(r);
	/* Audit: who, what, whom; the repeated add wrote nothing. */
	char *q = xasprintf("SELECT count(*) FROM audit WHERE action ="
	                    " 'role_add' AND actor_id = '%s' AND subject ="
	                    " '%s'",
	                    me, an);
	assert_int_equal(num(&f, q), 3);
	free(q);
	/* The last admin of every unit stays, whatever other admins. */
	assert_int_equal(store_role_remove(s, me, me, "admin", NULL), -1);
	assert_non_null(strstr(store_errmsg(s), "cuối cùng"));
	assert_int_equal(store_role_remove(s, me, an, "admin", c), 1);
	assert_int_equal(store_role_remove(s, me, an, "admin", c), 0);
	assert_int_equal(store_role_add(s, me, an, "admin", NULL), 1);
	assert_int_equal(store_role_remove(s, me, me, "admin", NULL), 1);
	assert_int_equal(store_role_remove(s, me, an, "admin", NULL), -1);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE action ="
	                         " 'role_remove'"),
	                 2);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE action ="
	                         " 'role_remove' AND detail ->> 'role' ="
	                         " 'admin'"),
	                 2);
	/* Profile changes are audited too. */
	assert_int_equal(store_account_set_profile(s, me, an, "Nguyễn An", y),
	                 0);
	assert_int_equal(num(&f, "SELECT count(*) FROM audit WHERE action ="
	                         " 'person_update' AND detail ->> 'unit_id'"
	                         " IS NOT NULL"),
	                 1);
	done(&f);
}

static int collect(void *arg, const store_person_row *p)
{
	sbuf_addf(arg, "%s:", p->acc->login);
	for (size_t i = 0; i < p->nroles; i++)
		sbuf_addf(arg, "%s%s", i ? "," : "", p->roles[i].role);
	sbuf_adds(arg, p->unit_name[0] ? "@" : "");
	sbuf_adds(arg, p->unit_name);
	sbuf_adds(arg, ";");
	return 0;
}

static void test_people_of_a_subtree(void **state)
{
	(void)state;
	fixture f;
	fresh(&f, "people", "admin");
	store *s = f.a.st;
	char c[STORE_ID_LEN], x[STORE_ID_LEN], y[STORE_ID_LEN];
	units(&f, c, x, y);
	const char *me = f.a.person_id;
	char an[STORE_ID_LEN], binh[STORE_ID_LEN], chi[STORE_ID_LEN];
	assert_int_equal(store_account_add(s, me, "an", "An", NULL, an), 0);
	assert_int_equal(store_account_add(s, me, "binh", "Bình", c, binh), 0);
	assert_int_equal(store_account_add(s, me, "chi", "Chi", NULL, chi), 0);
	assert_int_equal(store_role_add(s, me, an, "secretary", x), 1);
	assert_int_equal(store_role_add(s, me, binh, "mentor", c), 1);
	assert_int_equal(store_role_add(s, me, chi, "admin", NULL), 1);
	sbuf b = SBUF_INIT;
	assert_int_equal(store_people_each(s, c, collect, &b), 0);
	assert_string_equal(b.buf, "an:secretary@Chi bộ thôn Bản Cầu;"
	                           "binh:mentor@Đảng ủy xã Đồng Đăng;");
	sbuf_free(&b);
	assert_int_equal(store_people_each(s, x, collect, &b), 0);
	assert_string_equal(b.buf, "an:secretary@Chi bộ thôn Bản Cầu;");
	sbuf_free(&b);
	assert_int_equal(store_people_each(s, y, collect, &b), 0);
	assert_null(b.buf);
	assert_int_equal(store_people_each(s, NULL, collect, &b), 0);
	assert_string_equal(b.buf, "admin:;an:secretary@Chi bộ thôn Bản Cầu;"
	                           "binh:mentor@Đảng ủy xã Đồng Đăng;"
	                           "chi:admin;");
	sbuf_free(&b);
	done(&f);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	tmp = xasprintf("%s/auth", base ? base : "/tmp/chibo-unit");
	mkdir_p(tmp, 0700);
	/* Never a terminal: a missing passphrase fails instead of asking. */
	if (!freopen("/dev/null", "r", stdin))
		return 1;
	assert_int_equal(sodium_init() >= 0, 1);
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_new_passphrase_rules),
	    cmocka_unit_test(test_profile_without_passphrase),
	    cmocka_unit_test(test_lockout),
	    cmocka_unit_test(test_sessions),
	    cmocka_unit_test(test_bootstrap_once),
	    cmocka_unit_test(test_own_passwd),
	    cmocka_unit_test(test_roles),
	    cmocka_unit_test(test_people_of_a_subtree),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(tmp);
	return rc;
}
