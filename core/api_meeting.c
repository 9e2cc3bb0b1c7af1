/*
 * api_meeting.c — ctx.meeting's primitives.  Names and types are checked
 * here against meeting_fields.c, so a checklist's mistake is an error at
 * its own line; the parent checks them again before any SQL.
 */
#include "api_meeting.h"

#include <string.h>

#include <lauxlib.h>

#include "api_ui.h"
#include "i18n.h"
#include "meeting_fields.h"

/* Puts fields[name] = value pairs of the table at idx, checked against
 * the n fields f.  what names the caller in messages. */
static void put_fields(lua_State *L, int idx, const struct meeting_field *f,
		       size_t n, const char *what)
{
	proto_out *o = api_ui_out();
	luaL_checktype(L, idx, LUA_TTABLE);
	int64_t count = 0;
	lua_pushnil(L);
	while (lua_next(L, idx))
		count++, lua_pop(L, 1);
	proto_put_int(o, count);
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		if (lua_type(L, -2) != LUA_TSTRING)
			luaL_error(L, _("%s: tên trường phải là chuỗi"), what);
		const char *name = lua_tostring(L, -2);
		const struct meeting_field *mf = meeting_field_find(f, n, name);
		if (!mf)
			luaL_error(L, _("%s: không có trường '%s'"), what, name);
		int t = lua_type(L, -1);
		int ok = (mf->type == MF_TEXT && t == LUA_TSTRING) ||
			 (mf->type == MF_INT && lua_isinteger(L, -1)) ||
			 (mf->type == MF_BOOL && t == LUA_TBOOLEAN);
		if (!ok)
			luaL_error(L, _("%s: trường '%s' phải là %s"), what,
				   name,
				   mf->type == MF_TEXT  ? _("chuỗi văn bản")
				   : mf->type == MF_INT ? _("số nguyên")
							: "true/false");
		if (t == LUA_TSTRING) {
			api_ui_check_text(L, -1, what);
			const char *v = lua_tostring(L, -1);
			int allowed = !mf->values;
			for (size_t i = 0; mf->values && mf->values[i]; i++)
				allowed |= strcmp(mf->values[i], v) == 0;
			if (!allowed)
				luaL_error(L, _("%s: '%s' không phải giá trị "
						"của trường '%s'"),
					   what, v, name);
		}
		proto_put_str(o, name, strlen(name));
		if (t == LUA_TSTRING) {
			size_t len;
			const char *v = lua_tolstring(L, -1, &len);
			proto_put_str(o, v, len);
		} else if (t == LUA_TBOOLEAN) {
			proto_put_bool(o, lua_toboolean(L, -1));
		} else {
			proto_put_int(o, (int64_t)lua_tointeger(L, -1));
		}
		lua_pop(L, 1);
	}
}

/* chibo.mset(fields)  [-0, +0, e] */
static int f_mset(lua_State *L)
{
	proto_begin(api_ui_out(), W_MSET);
	put_fields(L, 1, meeting_set_fields, meeting_nset_fields,
		   "meeting.set");
	api_ui_send(L);
	return 0;
}

static int valid_key(const char *k)
{
	size_t n = strlen(k);
	if (n == 0 || n > 100)
		return 0;
	for (const char *p = k; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-' || *p == '_' || *p == '.'))
			return 0;
	return 1;
}

/* chibo.madd(list, key, fields)  [-0, +0, e] */
static int f_madd(lua_State *L)
{
	const char *list = luaL_checkstring(L, 1);
	const char *key = luaL_checkstring(L, 2);
	const struct meeting_list *ml = meeting_list_find(list);
	if (!ml)
		return luaL_error(L, _("meeting.add: không có danh sách "
				       "'%s'"),
				  list);
	if (!valid_key(key))
		return luaL_error(L, _("meeting.add: key '%s' chỉ gồm chữ "
				       "thường không dấu, số, '-', '_', '.' "
				       "(tối đa 100 ký tự)"),
				  key);
	proto_out *o = api_ui_out();
	proto_begin(o, W_MADD);
	proto_put_str(o, list, strlen(list));
	proto_put_str(o, key, strlen(key));
	put_fields(L, 3, ml->fields, ml->nfields, "meeting.add");
	api_ui_send(L);
	return 0;
}

/* Sends a request with one string and returns the string reply. */
static int ask_string(lua_State *L, int type, const char *arg)
{
	proto_out *o = api_ui_out();
	proto_begin(o, type);
	proto_put_str(o, arg, strlen(arg));
	api_ui_send(L);
	api_ui_recv(L, 0);
	proto_in *in = api_ui_in();
	proto_value v;
	if (in->type != P_VALUE || proto_get_value(in, &v) < 0 ||
	    v.type != PV_STR)
		return luaL_error(L, _("không đọc được dữ liệu buổi sinh hoạt"));
	lua_pushlstring(L, v.s, v.len);
	return 1;
}

/* chibo.clock(name) → "YYYY-MM-DD HH:MM"  [-0, +1, e] */
static int f_clock(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	if (!valid_key(name))
		return luaL_error(L, _("meeting.now: tên '%s' không hợp lệ"),
				  name);
	lua_pushfstring(L, "_clock.%s", name);
	return ask_string(L, W_CLOCK, lua_tostring(L, -1));
}

/* chibo.mquery(name) → text  [-0, +1, e] */
static int f_mquery(lua_State *L)
{
	return ask_string(L, W_MQUERY, luaL_checkstring(L, 1));
}

void api_meeting_register(lua_State *L)
{
	static const luaL_Reg f[] = {
		{"mset", f_mset},
		{"madd", f_madd},
		{"clock", f_clock},
		{"mquery", f_mquery},
		{NULL, NULL},
	};
	luaL_setfuncs(L, f, 0);
}
