/*
 * auth.c — passphrases (libsodium argon2id), lockout and login sessions
 * (the contract is in auth.h).
 *
 * A session is a random 32-byte token: its hex sits in a 0600 file of the
 * user's state directory, named from a hash of the database's real path
 * and the login (so that databases and logins do not share one), and only
 * a hash of it is stored in the database (table session).  A passphrase
 * typed on a terminal and one read from the environment go through the
 * same rules (NFC, surrounding blanks dropped) so that either way of
 * giving it matches the other.
 */
#include "auth.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "store_account.h"
#include "store_access.h"
#include "util.h"

#define PASS_MIN_CHARS 8
#define PASS_MAX_BYTES 1024
#define TTY_TRIES 3 /* passphrases asked per run on a terminal */

/* The person whose passphrase was typed right at the login of this
 * process; a login by session clears it (changing the passphrase then asks
 * for it again). */
static char proved[STORE_ID_LEN];

static int sodium_ready(void)
{
	static int done;
	if (!done && sodium_init() < 0) {
		fprintf(stderr, _("chibo: không khởi động được libsodium\n"));
		return -1;
	}
	done = 1;
	return 0;
}

static int store_failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return -1;
}

/* ---- times ------------------------------------------------------------- */

static void iso_utc(time_t t, char out[32])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static time_t parse_utc(const char *iso)
{
	struct tm tm = {0};
	if (sscanf(iso, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon,
	           &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return (time_t)-1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

/* A UTC ISO time as the user reads it: local "HH:MM DD/MM/YYYY". */
static void shown_time(const char *iso, char out[32])
{
	time_t t = parse_utc(iso);
	struct tm tm;
	if (t == (time_t)-1 || !localtime_r(&t, &tm))
		snprintf(out, 32, "%s", iso);
	else
		strftime(out, 32, "%H:%M %d/%m/%Y", &tm);
}

/* ---- passphrases ------------------------------------------------------- */

static void secret_free(char *p)
{
	if (p) {
		sodium_memzero(p, strlen(p));
		free(p);
	}
}

/* What is wrong with a new passphrase, or NULL. */
static const char *pass_problem(const char *p)
{
	size_t n = strlen(p), chars = 0;
	if (!term_utf8_valid(p, n))
		return _("mật khẩu không phải văn bản UTF-8 hợp lệ");
	if (n > PASS_MAX_BYTES)
		return _("mật khẩu dài quá 1024 byte");
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)p[i] & 0xC0) != 0x80;
	if (chars < PASS_MIN_CHARS)
		return _("mật khẩu cần ít nhất 8 ký tự");
	return NULL;
}

/* A passphrase from the environment, NFC with surrounding blanks dropped
 * like a typed one (malloc'd); NULL when it is not valid UTF-8. */
static char *env_secret(const char *v)
{
	char *nfc = term_nfc(v);
	if (!nfc)
		return NULL;
	size_t a = 0, b = strlen(nfc);
	while (a < b && strchr(" \t\r\n", nfc[a]))
		a++;
	while (b > a && strchr(" \t\r\n", nfc[b - 1]))
		b--;
	char *out = xstrndup(nfc + a, b - a);
	secret_free(nfc);
	return out;
}

static const char *env_set(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* One line typed without echo: 0, or -1 (cancelled, printed). */
static int ask_secret(app *a, const char *prompt, char **out)
{
	int rc = term_read_secret(app_term(a, 0), prompt, out);
	if (rc == TERM_OK)
		return 0;
	secret_free(*out);
	*out = NULL;
	fprintf(stderr, _("chibo: đã hủy: chưa nhập mật khẩu\n"));
	return -1;
}

/* The passphrase of the user's account: 0 (*pass malloc'd) or -1
 * (printed). */
static int read_current(app *a, char **pass)
{
	*pass = NULL;
	const char *env = env_set("CHIBO_PASSPHRASE");
	if (env) {
		*pass = env_secret(env);
		if (*pass)
			return 0;
		fprintf(stderr, _("chibo: CHIBO_PASSPHRASE không phải văn bản "
		                  "UTF-8 hợp lệ\n"));
		return -1;
	}
	if (!isatty(STDIN_FILENO)) {
		fprintf(
		    stderr,
		    _("chibo: cần mật khẩu của tài khoản '%s' nhưng không "
		      "có bàn phím để hỏi; khi chạy không tương tác, hãy "
		      "đặt mật khẩu vào biến môi trường CHIBO_PASSPHRASE\n"),
		    a->login);
		return -1;
	}
	char *prompt = xasprintf(_("Mật khẩu của %s: "), a->login);
	int rc = ask_secret(a, prompt, pass);
	free(prompt);
	return rc;
}

static int hash_new(const char *pass, char **hash)
{
	char out[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str(out, pass, strlen(pass),
	                      crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                      crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
		fprintf(stderr, _("chibo: không tính được mã băm của mật khẩu: "
		                  "thiếu bộ nhớ (cần khoảng 64 MiB)\n"));
		return -1;
	}
	*hash = xstrdup(out);
	return 0;
}

int auth_new_passphrase(app *a, const char *login, char **hash)
{
	*hash = NULL;
	if (sodium_ready() < 0)
		return -1;
	const char *env = env_set("CHIBO_NEW_PASSPHRASE");
	char *pass = NULL;
	if (env) {
		pass = env_secret(env);
		const char *why = pass ? pass_problem(pass)
		                       : _("mật khẩu không phải văn bản UTF-8 "
		                           "hợp lệ");
		if (why) {
			fprintf(stderr,
			        _("chibo: mật khẩu mới trong "
			          "CHIBO_NEW_PASSPHRASE không dùng "
			          "được: %s\n"),
			        why);
			secret_free(pass);
			return -1;
		}
	} else if (!isatty(STDIN_FILENO)) {
		fprintf(stderr,
		        _("chibo: cần đặt mật khẩu mới cho '%s' nhưng không có "
		          "bàn phím để hỏi; khi chạy không tương tác, hãy đặt "
		          "mật khẩu mới vào biến môi trường "
		          "CHIBO_NEW_PASSPHRASE\n"),
		        login);
		return -1;
	} else {
		char *prompt = xasprintf(_("Mật khẩu mới cho %s (ít nhất 8 "
		                           "ký tự): "),
		                         login);
		for (int i = 0; !pass && i < TTY_TRIES; i++) {
			char *again = NULL;
			if (ask_secret(a, prompt, &pass) < 0)
				break;
			const char *why = pass_problem(pass);
			if (!why && ask_secret(a, _("Nhập lại mật khẩu mới: "),
			                       &again) < 0) {
				secret_free(pass);
				pass = NULL;
				break;
			}
			if (!why && strcmp(pass, again) != 0)
				why = _("hai lần nhập không giống nhau");
			if (why) {
				term_warn(app_term(a, 0), why);
				secret_free(pass);
				pass = NULL;
			}
			secret_free(again);
		}
		free(prompt);
		if (!pass)
			return -1;
	}
	int rc = hash_new(pass, hash);
	secret_free(pass);
	return rc;
}

/* ---- sessions ---------------------------------------------------------- */

static void hex_of(const unsigned char *b, size_t n, char *out)
{
	sodium_bin2hex(out, 2 * n + 1, b, n);
}

static void token_hash(const unsigned char token[32], char hex[65])
{
	unsigned char h[32];
	crypto_generichash(h, sizeof h, token, 32, NULL, 0);
	hex_of(h, sizeof h, hex);
}

/* The user's session file for this database (malloc'd); NULL when the
 * database file is not there. */
static char *session_path(app *a)
{
	const char *db = a->db_path ? a->db_path : a->default_db;
	char *real = realpath(db, NULL);
	if (!real)
		return NULL;
	char *key = xasprintf("%s\n%s", real, a->login);
	unsigned char h[16];
	char hex[33];
	crypto_generichash(h, sizeof h, (const unsigned char *)key, strlen(key),
	                   NULL, 0);
	hex_of(h, sizeof h, hex);
	free(key);
	free(real);
	return xasprintf("%s/session-%s", a->state_dir, hex);
}

/* Reads the token of a session file: 1 read, 0 none (a file that is not
 * the user's own private file, or does not hold a token, is removed). */
static int token_read(const char *path, unsigned char token[32])
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP)
			unlink(path);
		return 0;
	}
	struct stat st;
	char buf[80];
	ssize_t n = -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_uid == geteuid() && !(st.st_mode & 077))
		n = read(fd, buf, sizeof buf - 1);
	close(fd);
	size_t got = 0;
	int ok =
	    n >= 64 &&
	    sodium_hex2bin(token, 32, buf, (size_t)n, "\n", &got, NULL) == 0 &&
	    got == 32;
	sodium_memzero(buf, sizeof buf);
	if (!ok)
		unlink(path);
	return ok;
}

/* Writes the token to the session file (0600, in a 0700 directory):
 * 0, or -1 with a warning printed (the login still holds for this run). */
static int token_write(app *a, const char *path, const char *token_hex)
{
	char *tmp = xasprintf("%s.%ld", path, (long)getpid());
	int fd = -1, ok = 0;
	if (mkdir_p(a->state_dir, 0700) == 0) {
		unlink(tmp);
		fd = open(tmp,
		          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		          0600);
	}
	if (fd >= 0) {
		size_t n = strlen(token_hex);
		ok = write(fd, token_hex, n) == (ssize_t)n &&
		     write(fd, "\n", 1) == 1;
		ok = close(fd) == 0 && ok && rename(tmp, path) == 0;
	}
	if (!ok) {
		fprintf(stderr,
		        _("chibo: không lưu được phiên đăng nhập vào %s (%s); "
		          "lần sau sẽ phải nhập lại mật khẩu\n"),
		        a->state_dir, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return ok ? 0 : -1;
}

/* A session of this user for this database still open: 1 (pushed
 * forward), 0 none, -1 error (printed). */
static int session_resume(app *a, time_t now)
{
	char *path = session_path(a);
	unsigned char token[32];
	if (!path || !token_read(path, token)) {
		free(path);
		return 0;
	}
	char hash[65], now_iso[32], expires[32];
	token_hash(token, hash);
	sodium_memzero(token, sizeof token);
	iso_utc(now, now_iso);
	int rc =
	    store_session_find(a->st, hash, a->person_id, now_iso, expires);
	if (rc == 0)
		unlink(path);
	free(path);
	if (rc < 0)
		return store_failed(a);
	if (rc == 0)
		return 0;
	/* At most one write a minute. */
	time_t next = now + AUTH_SESSION_MINUTES * 60;
	if (next - parse_utc(expires) >= 60) {
		iso_utc(next, expires);
		if (store_session_touch(a->st, hash, expires) < 0)
			return store_failed(a);
	}
	return 1;
}

/* Opens a session for the user ([tx]: the row; the file is written by
 * session_save after the commit).  token_hex: 65 bytes. */
static int session_open(app *a, char token_hex[65])
{
	unsigned char token[32];
	randombytes_buf(token, sizeof token);
	char hash[65], expires[32];
	token_hash(token, hash);
	hex_of(token, sizeof token, token_hex);
	sodium_memzero(token, sizeof token);
	iso_utc(time(NULL) + AUTH_SESSION_MINUTES * 60, expires);
	return store_session_add(a->st, hash, a->person_id, expires);
}

static void session_save(app *a, char token_hex[65])
{
	char *path = session_path(a);
	if (path)
		token_write(a, path, token_hex);
	free(path);
	sodium_memzero(token_hex, 65);
}

/* A new session in its own transaction, after a passphrase change. */
static int session_start(app *a)
{
	char token_hex[65];
	if (session_open(a, token_hex) < 0)
		return store_failed(a);
	session_save(a, token_hex);
	return 0;
}

/* ---- login ------------------------------------------------------------- */

int auth_locked(const char *locked_until, char shown[32])
{
	char now[32];
	iso_utc(time(NULL), now);
	shown[0] = '\0';
	if (!locked_until[0] || strcmp(locked_until, now) <= 0)
		return 0;
	shown_time(locked_until, shown);
	return 1;
}

static int say_locked(app *a, const char *until)
{
	fprintf(stderr,
	        _("chibo: tài khoản '%s' đang bị khóa đến %s vì nhập sai mật "
	          "khẩu nhiều lần; hãy thử lại sau thời điểm đó, hoặc nhờ quản "
	          "trị viên đặt lại mật khẩu (chibo user passwd %s)\n"),
	        a->login, until, a->login);
	return -1;
}

/* Checks pass against the stored hash: 1 right (*rehash: a new hash when
 * the stored one uses older parameters), 0 wrong, -1 error (printed). */
static int verify(app *a, const char *pass, char **rehash)
{
	char *hash = NULL;
	*rehash = NULL;
	int rc = store_account_hash(a->st, a->person_id, &hash);
	if (rc < 0)
		return store_failed(a);
	rc = rc == 1 && crypto_pwhash_str_verify(hash, pass, strlen(pass)) == 0;
	if (rc &&
	    crypto_pwhash_str_needs_rehash(
	        hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
	        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0 &&
	    hash_new(pass, rehash) < 0)
		rc = -1;
	free(hash);
	return rc;
}

/* A wrong passphrase: counted (and committed); says how many tries are
 * left or until when the account is locked.  1 locked now, 0 not, -1
 * error (printed). */
static int wrong(app *a)
{
	time_t now = time(NULL);
	char now_iso[32], until[32];
	iso_utc(now, now_iso);
	iso_utc(now + AUTH_LOCK_MINUTES * 60, until);
	int failures;
	if (store_account_failed(a->st, a->person_id, AUTH_MAX_FAILURES,
	                         now_iso, until, &failures) < 0)
		return store_failed(a);
	if (failures < AUTH_MAX_FAILURES) {
		fprintf(stderr,
		        _("chibo: mật khẩu không đúng; còn %d lần thử trước "
		          "khi tài khoản bị khóa %d phút\n"),
		        AUTH_MAX_FAILURES - failures, AUTH_LOCK_MINUTES);
		return 0;
	}
	store_account acc;
	if (store_account_get(a->st, a->person_id, &acc) != 1)
		return store_failed(a);
	shown_time(acc.locked_until, until);
	fprintf(stderr,
	        _("chibo: mật khẩu không đúng; đã sai %d lần liên tiếp nên tài "
	          "khoản '%s' bị khóa đến %s; hãy thử lại sau thời điểm đó, "
	          "hoặc nhờ quản trị viên đặt lại mật khẩu\n"),
	        failures, a->login, until);
	return 1;
}

/* Proves the passphrase (on a terminal up to TTY_TRIES times).  A right
 * one clears the failures and, with open_session, opens a session.  0 or
 * -1 (printed). */
static int prove(app *a, int open_session)
{
	int tries = isatty(STDIN_FILENO) && !env_set("CHIBO_PASSPHRASE")
	                ? TTY_TRIES
	                : 1;
	for (int i = 0; i < tries; i++) {
		char *pass, *rehash;
		if (read_current(a, &pass) < 0)
			return -1;
		int rc = verify(a, pass, &rehash);
		secret_free(pass);
		if (rc < 0)
			return -1;
		if (rc == 0) {
			if (wrong(a) != 0)
				return -1;
			continue;
		}
		char token_hex[65];
		rc = store_begin(a->st);
		if (rc == 0)
			rc = store_account_succeeded(a->st, a->person_id,
			                             rehash);
		if (rc == 0 && open_session)
			rc = session_open(a, token_hex);
		if (rc == 0)
			rc = store_commit(a->st);
		else
			store_rollback(a->st);
		free(rehash);
		if (rc < 0)
			return store_failed(a);
		if (open_session)
			session_save(a, token_hex);
		snprintf(proved, sizeof proved, "%s", a->person_id);
		a->authed = 1;
		return 0;
	}
	return -1;
}

/* The user's account, checking it is not locked: 1 an account, 0 a local
 * profile, -1 error or locked (printed). */
static int account_of(app *a, store_account *acc)
{
	int rc = store_account_get(a->st, a->person_id, acc);
	if (rc < 0)
		return store_failed(a);
	if (rc == 0) {
		fprintf(stderr, _("chibo: lỗi nội bộ: không có hồ sơ '%s'\n"),
		        a->login);
		return -1;
	}
	if (!acc->has_passphrase)
		return 0;
	if (sodium_ready() < 0)
		return -1;
	char until[32];
	return auth_locked(acc->locked_until, until) ? say_locked(a, until) : 1;
}

int auth_login(app *a, int need_account)
{
	if (a->authed)
		return 0;
	if (!a->st && app_open_store(a) < 0)
		return -1;
	if (a->authed)
		return 0;
	store_account acc;
	int rc = account_of(a, &acc);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		if (!need_account)
			return 0;
		fprintf(
		    stderr,
		    _("chibo: việc này cần một tài khoản có mật khẩu, mà hồ "
		      "sơ '%s' chưa có; hãy đặt mật khẩu (chibo user "
		      "passwd) rồi nhờ quản trị viên cấp vai trò (chibo "
		      "user role)\n"),
		    a->login);
		return -1;
	}
	rc = session_resume(a, time(NULL));
	if (rc < 0)
		return -1;
	if (rc == 1) {
		proved[0] = '\0';
		a->authed = 1;
		return 0;
	}
	return prove(a, 1);
}

int auth_passwd(app *a)
{
	if (!a->st && app_open_store(a) < 0)
		return -1;
	store_account acc;
	int rc = account_of(a, &acc);
	if (rc < 0)
		return -1;
	if (rc == 1 && strcmp(proved, a->person_id) != 0 && prove(a, 0) < 0)
		return -1;
	char *hash;
	if (auth_new_passphrase(a, a->login, &hash) < 0)
		return -1;
	rc = store_account_set_passphrase(a->st, a->person_id, a->person_id,
	                                  hash);
	free(hash);
	if (rc < 0)
		return store_failed(a);
	snprintf(proved, sizeof proved, "%s", a->person_id);
	a->authed = 1;
	return session_start(a);
}

int auth_bootstrap_admin(app *a)
{
	if (!a->st && app_open_store(a) < 0)
		return -1;
	long admins;
	if (store_admin_count(a->st, &admins) < 0)
		return store_failed(a);
	if (admins > 0)
		return 0;
	int has = store_account_has_passphrase(a->st, a->person_id);
	if (has < 0)
		return store_failed(a);
	char *hash = NULL;
	if (!has && !env_set("CHIBO_NEW_PASSPHRASE"))
		fprintf(stderr,
		        _("chibo: cơ sở dữ liệu chưa có quản trị viên; %s sẽ "
		          "là quản trị viên đầu tiên sau khi đặt mật khẩu.\n"),
		        a->login);
	if (has ? auth_login(a, 1) < 0
	        : auth_new_passphrase(a, a->login, &hash) < 0)
		return -1;
	int rc = store_account_bootstrap(a->st, a->person_id, hash);
	free(hash);
	if (rc < 0)
		return store_failed(a);
	if (rc == 0)
		return 0;
	fprintf(stderr,
	        _("chibo: cơ sở dữ liệu chưa có quản trị viên; %s trở thành "
	          "quản trị viên đầu tiên.\n"),
	        a->login);
	a->roles_loaded = 0;
	if (!has) {
		snprintf(proved, sizeof proved, "%s", a->person_id);
		a->authed = 1;
		return session_start(a) < 0 ? -1 : 1;
	}
	return 1;
}

int auth_logout(app *a)
{
	if (sodium_ready() < 0)
		return -1;
	char *path = session_path(a);
	unsigned char token[32];
	if (!path || !token_read(path, token)) {
		free(path);
		return 0;
	}
	char hash[65];
	token_hash(token, hash);
	sodium_memzero(token, sizeof token);
	store *s = a->st;
	char *err = NULL;
	if (!s) {
		s = store_open(a->db_path ? a->db_path : a->default_db, &err);
		if (!s) {
			fprintf(stderr, "chibo: %s\n", err);
			free(err);
			free(path);
			return -1;
		}
	}
	int rc = store_session_delete(s, hash);
	if (rc < 0)
		fprintf(stderr, "chibo: %s\n", store_errmsg(s));
	if (s != a->st)
		store_close(s);
	if (rc >= 0 && unlink(path) != 0 && errno != ENOENT) {
		fprintf(stderr, _("chibo: không xóa được %s: %s\n"), path,
		        strerror(errno));
		rc = -1;
	}
	free(path);
	a->authed = 0;
	proved[0] = '\0';
	return rc < 0 ? -1 : 1;
}
