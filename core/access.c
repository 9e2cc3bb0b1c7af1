/*
 * access.c — who may see and change what (the rules are in access.h).
 * The store answers "how does this person reach that one"; this file turns
 * the answer into yes or no, asks for the account when one is needed, and
 * says no in one voice.
 */
#include "access.h"

#include <stdio.h>
#include <string.h>

#include "auth.h"
#include "i18n.h"
#include "store_access.h"
#include "util.h"

static void today(char out[16])
{
	char now[32];
	now_local(now);
	snprintf(out, 16, "%.10s", now);
}

static int store_failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return -1;
}

static int deny(const char *why)
{
	fprintf(stderr, "chibo: %s\n", why);
	return -1;
}

int access_roles(app *a)
{
	if (a->roles_loaded)
		return a->roles;
	if (app_open_store(a) < 0)
		return -1;
	if (store_roles_of(a->st, a->person_id, &a->roles) < 0)
		return store_failed(a);
	a->roles_loaded = 1;
	return a->roles;
}

/* Reaching other people's data needs an account, proved. */
static int need_account(app *a, int how)
{
	if (how & ~STORE_REACH_SELF)
		return auth_login(a, 1);
	return 0;
}

long access_scope(app *a, const char *unit_id)
{
	int roles = access_roles(a);
	if (roles < 0)
		return -1;
	if ((roles & (ROLE_MENTOR | ROLE_ADMIN)) && auth_login(a, 1) < 0)
		return -1;
	char d[16];
	today(d);
	long n = store_scope_fill(a->st, a->person_id, unit_id, d);
	if (n < 0)
		return store_failed(a);
	if (unit_id && n == 0) {
		/* An empty subtree is fine to report on for who manages it;
		 * anyone else learns nothing about it. */
		int how;
		if (store_reach_unit(a->st, a->person_id, unit_id, d, &how) < 0)
			return store_failed(a);
		if (!how)
			return deny(_("không có quyền xem đơn vị này: nó không "
				      "thuộc phạm vi của bạn"));
	}
	return n;
}

int access_person(app *a, const char *person_id, int review)
{
	if (app_open_store(a) < 0)
		return -1;
	char d[16];
	today(d);
	int how;
	if (store_reach_person(a->st, a->person_id, person_id, d, &how) < 0)
		return store_failed(a);
	if (review) {
		if (how & STORE_REACH_SELF)
			return deny(_("không có quyền tự góp ý hay ký xác nhận "
				      "việc của chính mình"));
		if (!(how & STORE_REACH_MENTOR))
			return deny(_("không có quyền góp ý hay ký xác nhận: "
				      "chỉ người hướng dẫn đang được phân "
				      "công cho chi bộ này mới làm được"));
	} else if (!how) {
		return deny(_("không có quyền xem dữ liệu của người này: họ "
			      "không thuộc phạm vi của bạn"));
	}
	return need_account(a, how);
}

int access_unit(app *a, const char *unit_id)
{
	if (app_open_store(a) < 0)
		return -1;
	char d[16];
	today(d);
	int how;
	if (store_reach_unit(a->st, a->person_id, unit_id, d, &how) < 0)
		return store_failed(a);
	if (!how)
		return deny(_("không có quyền xem đơn vị này: nó không thuộc "
			      "phạm vi của bạn"));
	return need_account(a, how);
}

int access_admin(app *a, const char *unit_id)
{
	if (app_open_store(a) < 0)
		return -1;
	int boot = auth_bootstrap_admin(a);
	if (boot < 0)
		return -1;
	if (boot == 1) {
		a->roles |= ROLE_ADMIN;
		return 0;
	}
	int yes;
	if (store_is_admin_of(a->st, a->person_id, unit_id, &yes) < 0)
		return store_failed(a);
	if (!yes)
		return deny(unit_id ? _("không có quyền quản trị đơn vị này: "
					"cần vai trò quản trị của đơn vị hoặc "
					"đơn vị cấp trên")
				    : _("không có quyền quản trị toàn bộ các "
					"đơn vị"));
	return auth_login(a, 1);
}
