/*
 * cmd_user.c — chibo user add | list | passwd | role | logout: people,
 * their roles and their accounts.  Who may do what is asked of access.c
 * (an admin over the unit concerned); passphrases go through auth.c; every
 * change is audited by the store in the same transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "auth.h"
#include "cmd.h"
#include "i18n.h"
#include "store_access.h"
#include "store_account.h"
#include "store_unit.h"
#include "util.h"

#define MAX_ROLE_ARGS 16

static int store_failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

static int is_role(const char *r)
{
	return strcmp(r, "secretary") == 0 || strcmp(r, "mentor") == 0 ||
	       strcmp(r, "admin") == 0;
}

static const char *role_name(const char *r)
{
	return strcmp(r, "secretary") == 0 ? _("bí thư")
	       : strcmp(r, "mentor") == 0  ? _("người hướng dẫn")
	                                   : _("quản trị");
}

/* "bí thư (Chi bộ thôn Bản Cầu), quản trị (toàn bộ)" (malloc'd). */
static char *roles_text(const store_role *r, size_t n)
{
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "");
	for (size_t i = 0; i < n; i++)
		sbuf_addf(&b, "%s%s (%s)", i ? ", " : "", role_name(r[i].role),
		          r[i].unit_id[0] ? r[i].unit_name : _("toàn bộ"));
	return text_clean(sbuf_detach(&b));
}

/* What is wrong with a login typed for a new person, or NULL. */
static const char *login_problem(const char *login)
{
	size_t n = strlen(login);
	if (n == 0)
		return _("tên đăng nhập không được để trống");
	if (n > STORE_LOGIN_MAX)
		return _("tên đăng nhập dài quá 64 byte");
	if (!term_utf8_valid(login, n))
		return _("tên đăng nhập không phải văn bản UTF-8 hợp lệ");
	if (login[0] == '-')
		return _("tên đăng nhập không được bắt đầu bằng '-'");
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)login[i] <= ' ' || login[i] == 0x7f)
			return _("tên đăng nhập không được có dấu cách hay ký "
			         "tự điều khiển");
	return NULL;
}

/* The unit a user typed: 0 (id filled), 1 failed (printed). */
static int unit_of(app *a, const char *text, char id[STORE_ID_LEN])
{
	int rc = store_unit_resolve(a->st, text, id);
	if (rc < 0)
		return store_failed(a);
	if (rc == 0) {
		fprintf(stderr,
		        _("chibo: không có đơn vị '%s'; xem các đơn vị: chibo "
		          "unit list\n"),
		        text);
		return 1;
	}
	return 0;
}

/* A person by login: 0 found, 1 not (printed). */
static int person_of(app *a, const char *login, store_account *acc)
{
	int rc = store_account_by_login(a->st, login, acc);
	if (rc < 0)
		return store_failed(a);
	if (rc == 0) {
		fprintf(stderr,
		        _("chibo: không có người dùng '%s'; thêm bằng: chibo "
		          "user add %s --name \"HỌ TÊN\"\n"),
		        login, login);
		return 1;
	}
	return 0;
}

/* Only admins look people up (nobody else learns which logins exist);
 * with no admin at all the user becomes the first.  0 an admin, 1 not
 * (printed). */
static int some_admin(app *a)
{
	int roles = access_roles(a);
	if (roles < 0)
		return 1;
	return !(roles & ROLE_ADMIN) && access_admin(a, NULL) < 0;
}

/* May the user manage this person: an admin over their unit and over
 * every unit they administer themselves (so that an admin of a commune
 * cannot take over the account of an admin above it).  0 yes, 1 no
 * (printed). */
static int manages(app *a, const store_account *acc)
{
	if (access_admin(a, acc->unit_id[0] ? acc->unit_id : NULL) < 0)
		return 1;
	store_role *roles;
	size_t n;
	if (store_role_list(a->st, acc->id, &roles, &n) < 0)
		return store_failed(a);
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++)
		if (strcmp(roles[i].role, "admin") == 0 &&
		    access_admin(a, roles[i].unit_id[0] ? roles[i].unit_id
		                                        : NULL) < 0)
			rc = 1;
	free(roles);
	return rc;
}

/* ---- add --------------------------------------------------------------- */

static int user_add(app *a, int argc, char **argv)
{
	const char *login = NULL, *name = NULL, *unit = NULL;
	const char *roles[MAX_ROLE_ARGS];
	size_t nroles = 0;
	int want_pass = 0;
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		if (strcmp(s, "--passphrase") == 0) {
			want_pass = 1;
		} else if (strcmp(s, "--name") == 0 ||
		           strcmp(s, "--unit") == 0 ||
		           strcmp(s, "--role") == 0) {
			if (i + 1 >= argc)
				return cmd_usage_error(&cmd_user_entry,
				                       _("%s cần một giá trị"),
				                       s);
			const char *v = argv[++i];
			if (s[2] == 'n')
				name = v;
			else if (s[2] == 'u')
				unit = v;
			else if (!is_role(v))
				return cmd_usage_error(
				    &cmd_user_entry,
				    _("không có vai trò '%s' (có: "
				      "secretary, mentor, admin)"),
				    v);
			else if (nroles == MAX_ROLE_ARGS)
				return cmd_usage_error(&cmd_user_entry,
				                       _("quá nhiều --role"));
			else
				roles[nroles++] = v;
		} else if (s[0] != '-' && !login) {
			login = s;
		} else {
			return cmd_usage_error(&cmd_user_entry,
			                       _("đối số không rõ: %s"), s);
		}
	}
	if (!login)
		return cmd_usage_error(&cmd_user_entry,
		                       _("user add cần tên đăng nhập"));
	const char *why = login_problem(login);
	if (why)
		return cmd_usage_error(&cmd_user_entry, "%s", why);
	if (!name)
		return cmd_usage_error(&cmd_user_entry,
		                       _("user add cần --name \"HỌ TÊN\""));
	char *nfc = term_nfc(name);
	if (!nfc || !*nfc) {
		free(nfc);
		return cmd_usage_error(&cmd_user_entry,
		                       _("họ tên phải là văn bản UTF-8 không "
		                         "trống"));
	}
	int rc = 1;
	char unit_id[STORE_ID_LEN] = "", id[STORE_ID_LEN];
	char *hash = NULL;
	store_account old;
	int found = 0;
	if (app_open_store(a) < 0 || (unit && unit_of(a, unit, unit_id)) ||
	    access_admin(a, unit ? unit_id : NULL) < 0)
		goto out;
	found = store_account_by_login(a->st, login, &old);
	if (found < 0) {
		rc = store_failed(a);
		goto out;
	}
	if (found) {
		store_role *held;
		size_t n;
		if (store_role_list(a->st, old.id, &held, &n) < 0) {
			rc = store_failed(a);
			goto out;
		}
		free(held);
		if (n > 0) {
			fprintf(stderr,
			        _("chibo: đã có người dùng '%s' với vai trò; "
			          "để đổi vai trò: chibo user role %s "
			          "+VAI_TRÒ|-VAI_TRÒ\n"),
			        login, login);
			goto out;
		}
		/* Adopting a profile that belongs somewhere, or an account,
		 * is managing that person. */
		if ((old.unit_id[0] || old.has_passphrase) && manages(a, &old))
			goto out;
	}
	if (want_pass && auth_new_passphrase(a, login, &hash) < 0)
		goto out;
	if (store_begin(a->st) < 0) {
		rc = store_failed(a);
		goto out;
	}
	const char *u = unit ? unit_id : NULL;
	int w =
	    found
	        ? store_account_set_profile(a->st, a->person_id, old.id, nfc, u)
	        : store_account_add(a->st, a->person_id, login, nfc, u, id);
	const char *pid = found ? old.id : id;
	for (size_t i = 0; w >= 0 && i < nroles; i++)
		w = store_role_add(
		    a->st, a->person_id, pid, roles[i],
		    strcmp(roles[i], "admin") == 0 && !unit ? NULL : u);
	if (w >= 0 && hash)
		w = store_account_set_passphrase(a->st, a->person_id, pid,
		                                 hash);
	if (w < 0) {
		rc = store_failed(a);
		store_rollback(a->st);
		goto out;
	}
	if (store_commit(a->st) < 0) {
		rc = store_failed(a);
		goto out;
	}
	printf(found ? _("Đã nhận hồ sơ có sẵn '%s' (%s).\n")
	             : _("Đã thêm người dùng '%s' (%s).\n"),
	       login, text_clean(nfc));
	if (hash)
		printf(_("Đã đặt mật khẩu: mỗi lần dùng chibo, %s cần nhập "
		         "mật khẩu này.\n"),
		       login);
	else if (!found || !old.has_passphrase)
		printf(_("Chưa có mật khẩu: %s tự đặt bằng chibo user passwd, "
		         "hoặc quản trị viên đặt bằng chibo user passwd %s.\n"),
		       login, login);
	rc = 0;
out:
	free(nfc);
	free(hash);
	return rc;
}

/* ---- list -------------------------------------------------------------- */

static int print_person(void *arg, const store_person_row *p)
{
	long *count = arg;
	char until[32], *s;
	const char *state = !p->acc->has_passphrase ? _("chưa có mật khẩu")
	                    : auth_locked(p->acc->locked_until, until)
	                        ? NULL
	                        : _("có mật khẩu");
	char *locked = state ? NULL : xasprintf(_("khóa đến %s"), until);
	if (*count == 0) {
		pad_print(stdout, _("Tên đăng nhập"), 16);
		pad_print(stdout, _("Họ tên"), 24);
		pad_print(stdout, _("Đơn vị"), 26);
		pad_print(stdout, _("Tài khoản"), 28);
		printf("%s\n", _("Vai trò"));
	}
	s = text_clean(xstrdup(p->acc->login));
	pad_print(stdout, s, 16);
	free(s);
	s = text_clean(xstrdup(p->acc->display_name));
	pad_print(stdout, s, 24);
	free(s);
	s = text_clean(xstrdup(p->unit_name[0] ? p->unit_name : "—"));
	pad_print(stdout, s, 26);
	free(s);
	pad_print(stdout, state ? state : locked, 28);
	s = roles_text(p->roles, p->nroles);
	printf("%s\n", *s ? s : "—");
	free(s);
	free(locked);
	(*count)++;
	return 0;
}

struct list_ctx {
	app *a;
	long count; /* people printed */
	int roots;  /* subtrees listed */
	int failed;
};

static int list_root(void *arg, const char *unit_id)
{
	struct list_ctx *c = arg;
	c->roots++;
	if (access_admin(c->a, unit_id) < 0) {
		c->failed = 1;
	} else if (store_people_each(c->a->st, unit_id, print_person,
	                             &c->count) < 0) {
		store_failed(c->a);
		c->failed = 1;
	}
	return c->failed;
}

static int user_list(app *a, int argc, char **argv)
{
	const char *unit = NULL;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--unit") == 0 && i + 1 < argc)
			unit = argv[++i];
		else
			return cmd_usage_error(
			    &cmd_user_entry, _("đối số không rõ: %s"), argv[i]);
	}
	if (app_open_store(a) < 0)
		return 1;
	struct list_ctx c = {a, 0, 0, 0};
	char unit_id[STORE_ID_LEN];
	if (unit) {
		if (unit_of(a, unit, unit_id))
			return 1;
		list_root(&c, unit_id);
	} else if (store_unit_admin_roots(a->st, a->person_id, list_root, &c) <
	               0 &&
	           !c.failed) {
		return store_failed(a);
	} else if (c.roots == 0) {
		/* No admin role: asking for the whole tree says why not, or
		 * makes the user the first admin. */
		list_root(&c, NULL);
	}
	if (c.failed)
		return 1;
	if (c.count == 0)
		printf(_("Chưa có ai thuộc đơn vị này.\n"));
	return 0;
}

/* ---- passwd ------------------------------------------------------------ */

static int user_passwd(app *a, int argc, char **argv)
{
	if (argc > 1)
		return cmd_usage_error(&cmd_user_entry,
		                       _("user passwd nhận nhiều nhất một tên "
		                         "đăng nhập"));
	if (argc == 1 && argv[0][0] == '-')
		return cmd_usage_error(&cmd_user_entry,
		                       _("đối số không rõ: %s"), argv[0]);
	if (app_open_store(a) < 0)
		return 1;
	if (argc == 0 || strcmp(argv[0], a->login) == 0) {
		int had = store_account_has_passphrase(a->st, a->person_id);
		if (had < 0)
			return store_failed(a);
		if (auth_passwd(a) < 0)
			return 1;
		if (had)
			printf(_("Đã đổi mật khẩu.\n"));
		else
			printf(_("Đã đặt mật khẩu: từ nay mỗi lần dùng chibo "
			         "cần mật khẩu này (một lần đăng nhập dùng "
			         "được %d phút).\n"),
			       AUTH_SESSION_MINUTES);
		return 0;
	}
	store_account acc;
	if (some_admin(a) || person_of(a, argv[0], &acc) || manages(a, &acc))
		return 1;
	char *hash;
	if (auth_new_passphrase(a, acc.login, &hash) < 0)
		return 1;
	int rc =
	    store_account_set_passphrase(a->st, a->person_id, acc.id, hash);
	free(hash);
	if (rc < 0)
		return store_failed(a);
	printf(_("Đã đặt lại mật khẩu cho '%s': tài khoản được mở khóa, các "
	         "phiên đăng nhập của họ đã kết thúc.\n"),
	       acc.login);
	return 0;
}

/* ---- role -------------------------------------------------------------- */

/* One +ROLE / -ROLE of chibo user role. */
struct role_op {
	int add; /* + */
	const char *role;
	int every;               /* admin of every unit (no unit) */
	char unit[STORE_ID_LEN]; /* else this unit */
	char unit_name[STORE_UNIT_NAME_MAX + 1];
	int done;   /* 1 changed, 0 nothing to do */
	int absent; /* a removal of a role not held at all */
};

/* The unit of a role change without --unit: every unit for +admin; the
 * one unit of the kind held, for a removal; else the person's unit.  0,
 * or 1 when there is none (printed). */
static int default_unit(struct role_op *op, const store_account *acc,
                        const store_role *held, size_t n)
{
	int is_admin = strcmp(op->role, "admin") == 0;
	size_t k = 0, at = 0;
	for (size_t i = 0; !op->add && i < n; i++)
		if (strcmp(held[i].role, op->role) == 0) {
			at = i;
			k++;
		}
	if (!op->add && k == 0) {
		op->absent = 1;
		return 0;
	}
	if (k > 1) {
		fprintf(stderr,
		        _("chibo: %s có nhiều vai trò %s; hãy chọn vai trò cần "
		          "bỏ bằng --unit ĐƠN_VỊ\n"),
		        acc->login, role_name(op->role));
		return 1;
	}
	const char *unit = k == 1            ? held[at].unit_id
	                   : is_admin        ? ""
	                   : acc->unit_id[0] ? acc->unit_id
	                                     : NULL;
	if (!unit) {
		fprintf(stderr,
		        _("chibo: vai trò %s cần đơn vị: hãy thêm --unit "
		          "ĐƠN_VỊ\n"),
		        role_name(op->role));
		return 1;
	}
	op->every = !*unit;
	snprintf(op->unit, sizeof op->unit, "%s", unit);
	return 0;
}

/* "bí thư (Chi bộ thôn Bản Cầu)" (malloc'd). */
static char *op_text(const struct role_op *op)
{
	char *s = xasprintf("%s (%s)", role_name(op->role),
	                    op->every ? _("toàn bộ") : op->unit_name);
	return text_clean(s);
}

static int user_role(app *a, int argc, char **argv)
{
	const char *login = NULL, *unit = NULL;
	struct role_op ops[MAX_ROLE_ARGS];
	size_t nops = 0;
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		if (strcmp(s, "--unit") == 0 && i + 1 < argc) {
			unit = argv[++i];
		} else if (!login && s[0] != '-' && s[0] != '+') {
			login = s;
		} else if ((s[0] == '+' || s[0] == '-') && is_role(s + 1) &&
		           nops < MAX_ROLE_ARGS) {
			memset(&ops[nops], 0, sizeof ops[nops]);
			ops[nops].add = s[0] == '+';
			ops[nops++].role = s + 1;
		} else {
			return cmd_usage_error(
			    &cmd_user_entry,
			    _("đối số không rõ: %s (vai trò: "
			      "+secretary, -mentor, "
			      "+admin, …)"),
			    s);
		}
	}
	if (!login || nops == 0)
		return cmd_usage_error(&cmd_user_entry,
		                       _("user role cần tên đăng nhập và ít "
		                         "nhất một +VAI_TRÒ hoặc -VAI_TRÒ"));
	store_account acc;
	char unit_id[STORE_ID_LEN];
	if (app_open_store(a) < 0 || some_admin(a) ||
	    person_of(a, login, &acc) || (unit && unit_of(a, unit, unit_id)))
		return 1;
	/* Someone who belongs somewhere, or has an account, is managed by
	 * the admins over them only (giving roles moves people into a
	 * subtree). */
	if ((acc.unit_id[0] || acc.has_passphrase) && manages(a, &acc))
		return 1;
	store_role *held;
	size_t nheld;
	if (store_role_list(a->st, acc.id, &held, &nheld) < 0)
		return store_failed(a);
	int rc = 0;
	for (size_t i = 0; !rc && i < nops; i++) {
		struct role_op *op = &ops[i];
		if (unit)
			snprintf(op->unit, sizeof op->unit, "%s", unit_id);
		else
			rc = default_unit(op, &acc, held, nheld);
		if (op->absent)
			continue;
		store_unit u;
		if (!rc && !op->every) {
			int found = store_unit_get(a->st, op->unit, &u);
			if (found < 0)
				rc = store_failed(a);
			else
				snprintf(op->unit_name, sizeof op->unit_name,
				         "%s", found ? u.name : op->unit);
		}
		if (!rc && access_admin(a, op->every ? NULL : op->unit) < 0)
			rc = 1;
	}
	free(held);
	if (rc)
		return rc;
	if (store_begin(a->st) < 0)
		return store_failed(a);
	for (size_t i = 0; i < nops; i++) {
		struct role_op *op = &ops[i];
		const char *u = op->every ? NULL : op->unit;
		if (op->absent)
			continue;
		op->done = op->add ? store_role_add(a->st, a->person_id, acc.id,
		                                    op->role, u)
		                   : store_role_remove(a->st, a->person_id,
		                                       acc.id, op->role, u);
		if (op->done < 0) {
			rc = store_failed(a);
			store_rollback(a->st);
			return rc;
		}
	}
	if (store_commit(a->st) < 0)
		return store_failed(a);
	for (size_t i = 0; i < nops; i++) {
		char *r = ops[i].absent ? xstrdup(role_name(ops[i].role))
		                        : op_text(&ops[i]);
		if (ops[i].add)
			printf(ops[i].done ? _("Đã cấp vai trò %s.\n")
			                   : _("Đã có vai trò %s từ trước.\n"),
			       r);
		else
			printf(ops[i].done ? _("Đã bỏ vai trò %s.\n")
			                   : _("Không có vai trò %s để bỏ.\n"),
			       r);
		free(r);
	}
	if (store_role_list(a->st, acc.id, &held, &nheld) < 0)
		return store_failed(a);
	char *text = roles_text(held, nheld);
	printf(_("Vai trò của %s bây giờ: %s\n"), acc.login,
	       *text ? text : _("không có"));
	free(text);
	free(held);
	a->roles_loaded = 0;
	return 0;
}

/* ---- logout ------------------------------------------------------------ */

static int user_logout(app *a, int argc)
{
	if (argc > 0)
		return cmd_usage_error(&cmd_user_entry,
		                       _("user logout không nhận đối số"));
	int rc = auth_logout(a);
	if (rc < 0)
		return 1;
	printf(rc ? _("Đã đăng xuất: lần sau chibo sẽ hỏi mật khẩu.\n")
	          : _("Không có phiên đăng nhập nào đang mở.\n"));
	return 0;
}

static int exec_user(app *a, int argc, char **argv)
{
	static const char *const subs[] = {"add", "list", "passwd", "role",
	                                   "logout"};
	size_t k = 0;
	while (argc > 0 && k < 5 && strcmp(argv[0], subs[k]) != 0)
		k++;
	if (argc == 0)
		return cmd_usage_error(&cmd_user_entry,
		                       _("cần: add, list, passwd, role hoặc "
		                         "logout"));
	if (k == 5)
		return cmd_usage_error(&cmd_user_entry,
		                       _("không có lệnh 'user %s'; cần: add, "
		                         "list, passwd, role hoặc logout"),
		                       argv[0]);
	for (int i = 1; i < argc; i++)
		if (cmd_is_help(argv[i])) {
			cmd_help(&cmd_user_entry);
			return 0;
		}
	argc--;
	argv++;
	switch (k) {
	case 0:
		return user_add(a, argc, argv);
	case 1:
		return user_list(a, argc, argv);
	case 2:
		return user_passwd(a, argc, argv);
	case 3:
		return user_role(a, argc, argv);
	default:
		return user_logout(a, argc);
	}
}

const struct cmd_entry cmd_user_entry = {
    "user",
    N_("chibo user add TÊN_ĐĂNG_NHẬP --name \"HỌ TÊN\" [--unit ĐƠN_VỊ] "
       "[--role secretary|mentor|admin]… [--passphrase]\n"
       "       | role TÊN_ĐĂNG_NHẬP +VAI_TRÒ|-VAI_TRÒ… [--unit ĐƠN_VỊ]\n"
       "       | list [--unit ĐƠN_VỊ] | passwd [TÊN_ĐĂNG_NHẬP] | logout"),
    N_("người dùng và tài khoản: thêm người (bí thư chi bộ, người hướng "
       "dẫn, quản trị viên), xem danh sách, đặt mật khẩu, cấp và bỏ vai "
       "trò, đăng xuất"),
    exec_user,
};
