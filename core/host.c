#include "host.h"

#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "api_ui.h"
#include "embedded.h"
#include "i18n.h"

static const struct embedded_file *prelude(void)
{
	for (const struct embedded_file *f = embedded_hostlua; f->name; f++)
		if (strcmp(f->name, "host.lua") == 0)
			return f;
	return NULL;
}

/* Opens the libraries the prelude may use.  io and package are never
 * opened; debug is used by the prelude only (line numbers, tracebacks) and
 * never reaches a script's environment. */
static void open_libs(lua_State *L)
{
	static const luaL_Reg libs[] = {
		{LUA_GNAME, luaopen_base},
		{LUA_STRLIBNAME, luaopen_string},
		{LUA_TABLIBNAME, luaopen_table},
		{LUA_MATHLIBNAME, luaopen_math},
		{LUA_UTF8LIBNAME, luaopen_utf8},
		{LUA_COLIBNAME, luaopen_coroutine},
		{LUA_OSLIBNAME, luaopen_os},
		{LUA_DBLIBNAME, luaopen_debug},
		{NULL, NULL},
	};
	for (const luaL_Reg *l = libs; l->func; l++) {
		luaL_requiref(L, l->name, l->func, 1);
		lua_pop(L, 1);
	}
}

static void push_job(lua_State *L, const worker_job *job)
{
	lua_createtable(L, 0, 8);
	lua_pushstring(L, job->action);
	lua_setfield(L, -2, "action");
	lua_pushstring(L, job->path);
	lua_setfield(L, -2, "path");
	lua_pushstring(L, job->shown ? job->shown : job->path);
	lua_setfield(L, -2, "shown");
	lua_pushstring(L, job->user ? job->user : "");
	lua_setfield(L, -2, "user");
	lua_pushstring(L, job->mode ? job->mode : "learn");
	lua_setfield(L, -2, "mode");
	lua_pushstring(L, job->lang ? job->lang : "vi");
	lua_setfield(L, -2, "lang");
	lua_createtable(L, (int)job->nplugin_dirs, 0);
	for (size_t i = 0; i < job->nplugin_dirs; i++) {
		lua_pushstring(L, job->plugin_dirs[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "plugin_dirs");
	if (job->draft) {
		lua_pushstring(L, job->draft);
		lua_setfield(L, -2, "draft");
	}
	if (job->facts) {
		lua_pushstring(L, job->facts);
		lua_setfield(L, -2, "facts");
	}
	const worker_meeting *m = job->meeting;
	if (m) {
		lua_createtable(L, 0, 6);
		const char *k[] = {"type", "cell", "superior", "rubric", "date"};
		const char *v[] = {m->type, m->cell, m->superior, m->rubric,
				   m->date};
		for (int i = 0; i < 5; i++) {
			lua_pushstring(L, v[i]); /* NULL pushes nil */
			lua_setfield(L, -2, k[i]);
		}
		lua_pushstring(L, job->mode);
		lua_setfield(L, -2, "mode");
		lua_setfield(L, -2, "meeting");
	}
}

/* [-0, +0, m] Loads and starts the prelude with the primitives, then calls
 * the entry point it returns with the job. */
static int start(lua_State *L)
{
	const worker_job *job = lua_touserdata(L, 1);
	int from = (int)lua_tointeger(L, 2), to = (int)lua_tointeger(L, 3);
	const struct embedded_file *f = prelude();
	open_libs(L);
	if (luaL_loadbufferx(L, f->data, f->len, "=host.lua", "t") != LUA_OK)
		return lua_error(L);
	api_ui_open(L, from, to);
	lua_call(L, 1, 1);
	push_job(L, job);
	lua_call(L, 1, 0);
	return 0;
}

int host_main(const worker_job *job, int from_parent, int to_parent)
{
	return host_run(job, from_parent, to_parent, 0);
}

int host_run(const worker_job *job, int from_parent, int to_parent,
	     int close_state)
{
	lua_State *L = sandbox_new_state(&job->limits);
	api_ui_open_fds(from_parent, to_parent);
	api_ui_set_source(job->shown ? job->shown : job->path);
	if (!L) {
		api_ui_send_error(_("không tạo được môi trường Lua"), "");
		return 0;
	}
	lua_pushcfunction(L, start);
	lua_pushlightuserdata(L, (void *)job);
	lua_pushinteger(L, from_parent);
	lua_pushinteger(L, to_parent);
	if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
		const char *msg = lua_tostring(L, -1);
		char buf[512];
		if (sandbox_time_message()) {
			msg = sandbox_time_message();
		} else if (sandbox_hit_memory(L) || !msg) {
			snprintf(buf, sizeof buf, "%s: %s",
				 job->shown ? job->shown : job->path,
				 msg ? _("quá giới hạn bộ nhớ của bài học")
				     : "?");
			msg = buf;
		}
		api_ui_send_error(msg, "");
	}
	/* A worker does not lua_close: finalizers (__gc) of a script would
	 * run there, outside any step; the kernel frees its memory. */
	if (close_state) {
		sandbox_arm(L);
		lua_close(L);
	}
	return 0;
}
