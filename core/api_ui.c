/*
 * api_ui.c — primitives for the prelude (core/lua/host.lua): prompts,
 * output, stored answers, metadata, file reading for plugins.  Each Lua
 * function is documented with its stack effect.
 *
 * A prompt is a small dialogue with the parent: the worker sends W_PROMPT;
 * the parent answers with the stored value (resume by replay) or with a line
 * the user typed; the worker converts and validates it (behaviour lives
 * here and in Lua, never in the parent) and sends W_VERDICT; the parent
 * stores and commits an accepted value before it reads anything else from
 * the worker, hence before the next prompt; the worker goes on at once, so
 * its next step overlaps the parent's fsync.
 */
#include "api_ui.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "i18n.h"
#include "proto.h"
#include "sandbox.h"
#include "term.h"
#include "util.h"

#define MAX_FILE ((size_t)4 << 20)
/* What a script may print between two prompts; a loop of ui.say spends
 * little CPU (it waits on the pipe) and would flood the terminal. */
#define MAX_SAY_BYTES ((size_t)1 << 20)
/* Longest error message sent to the parent. */
#define MAX_ERROR 8192
/* Longest opts.key. */
#define MAX_KEY 100

/* The worker's side of the conversation (one per process). */
static struct {
	int from, to;     /* pipe fds */
	proto_out out;    /* reused message buffer */
	proto_in in;      /* reused reply buffer */
	char step[128];   /* id of the running step; "" outside steps */
	int nprompt;      /* prompts asked so far in this step */
	const char *source; /* the lesson file, as shown in messages */
	size_t said;        /* bytes of ui.say since the last answer */
	int in_prompt;      /* a prompt is waiting for its answer */
} ui;

/* Answer keys asked so far in this run: a key asked twice would be answered
 * from the store the second time without the user seeing the question. */
static struct {
	char **keys;
	size_t n;
} asked;

/* 1 if key was asked before (and records it otherwise). */
static int key_seen(const char *key)
{
	for (size_t i = 0; i < asked.n; i++)
		if (strcmp(asked.keys[i], key) == 0)
			return 1;
	asked.keys = xrealloc(asked.keys, (asked.n + 1) * sizeof *asked.keys);
	asked.keys[asked.n++] = xstrdup(key);
	return 0;
}

static void send_or_die(lua_State *L)
{
	if (proto_send(&ui.out, ui.to) < 0)
		_exit(1); /* the parent is gone: nothing to report to */
	(void)L;
}

/* Waits for the parent's reply.  arm: the reply ends a prompt, so the
 * script gets a new CPU budget (other replies, such as ctx.answer's, do
 * not renew it, or a loop of them would never be stopped). */
static void recv_or_die(lua_State *L, int arm)
{
	if (proto_recv(&ui.in, ui.from) != 1)
		_exit(1);
	if (arm) {
		sandbox_arm(L);
		ui.said = 0;
	}
}

static const char *check_text(lua_State *L, int idx, const char *what)
{
	size_t n;
	const char *s = luaL_checklstring(L, idx, &n);
	if (u8_check((const uint8_t *)s, n) != NULL || memchr(s, '\0', n))
		luaL_error(L, _("%s: văn bản không phải UTF-8 hợp lệ"), what);
	return s;
}

/* Pushes a protocol value as a Lua value. */
static void push_value(lua_State *L, const proto_value *v)
{
	switch (v->type) {
	case PV_BOOL:
		lua_pushboolean(L, (int)v->i);
		break;
	case PV_INT:
		lua_pushinteger(L, (lua_Integer)v->i);
		break;
	case PV_STR:
		lua_pushlstring(L, v->s, v->len);
		break;
	default:
		lua_pushnil(L);
	}
}

/* Puts the Lua value at idx (nil, boolean, integer, string). */
static void put_lua_value(lua_State *L, int idx)
{
	switch (lua_type(L, idx)) {
	case LUA_TBOOLEAN:
		proto_put_bool(&ui.out, lua_toboolean(L, idx));
		break;
	case LUA_TNUMBER:
		proto_put_int(&ui.out, (int64_t)lua_tointeger(L, idx));
		break;
	case LUA_TSTRING: {
		size_t n;
		const char *s = lua_tolstring(L, idx, &n);
		proto_put_str(&ui.out, s, n);
		break;
	}
	default:
		proto_put_nil(&ui.out);
	}
}

/* Sends a message holding one string. */
static void send_str(lua_State *L, int type, const char *s, size_t n)
{
	proto_begin(&ui.out, type);
	proto_put_str(&ui.out, s, n);
	send_or_die(L);
}

/* chibo.step_begin(id, index, total, title)  [-0, +0, e] */
static int f_step_begin(lua_State *L)
{
	const char *id = luaL_checkstring(L, 1);
	lua_Integer i = luaL_checkinteger(L, 2), n = luaL_checkinteger(L, 3);
	const char *title = check_text(L, 4, "title");
	snprintf(ui.step, sizeof ui.step, "%s", id);
	ui.nprompt = 0;
	proto_begin(&ui.out, W_STEP_BEGIN);
	proto_put_str(&ui.out, id, strlen(id));
	proto_put_int(&ui.out, i);
	proto_put_int(&ui.out, n);
	proto_put_str(&ui.out, title, strlen(title));
	send_or_die(L);
	return 0;
}

/* chibo.step_end(id)  [-0, +0, e] */
static int f_step_end(lua_State *L)
{
	const char *id = luaL_checkstring(L, 1);
	proto_begin(&ui.out, W_STEP_END);
	proto_put_str(&ui.out, id, strlen(id));
	send_or_die(L);
	ui.step[0] = '\0';
	return 0;
}

/* ui.say(text)  [-0, +0, e] */
static int f_say(lua_State *L)
{
	size_t n;
	check_text(L, 1, "ui.say");
	const char *s = lua_tolstring(L, 1, &n);
	if (n > MAX_SAY_BYTES - ui.said)
		return luaL_error(L, _("ui.say: quá nhiều văn bản giữa hai câu "
				       "hỏi (hơn %d KiB)"),
				  (int)(MAX_SAY_BYTES >> 10));
	ui.said += n;
	send_str(L, W_SAY, s, n);
	return 0;
}

/* chibo.log(text)  [-0, +0, e]: print() from a script, for --debug. */
static int f_log(lua_State *L)
{
	size_t n;
	const char *s = luaL_checklstring(L, 1, &n);
	send_str(L, W_LOG, s, n);
	return 0;
}

/* ctx.answer(key) → value | nil  [-0, +1, e] */
static int f_get(lua_State *L)
{
	size_t n;
	const char *key = luaL_checklstring(L, 1, &n);
	if (n > 2 * MAX_KEY + 128) /* "<step id>.<key>" */
		return luaL_error(L, _("ctx.answer: khóa quá dài"));
	send_str(L, W_GET, key, n);
	recv_or_die(L, 0);
	proto_value v;
	if (ui.in.type != P_VALUE || proto_get_value(&ui.in, &v) < 0)
		_exit(1);
	push_value(L, &v);
	return 1;
}

/* Reads a string from opts[name] (raw); NULL when absent. */
static const char *opt_str(lua_State *L, int opts, const char *name)
{
	if (opts == 0)
		return NULL;
	lua_pushstring(L, name);
	lua_rawget(L, opts);
	const char *s = NULL;
	if (lua_type(L, -1) == LUA_TSTRING)
		s = lua_tostring(L, -1); /* kept alive by opts */
	else if (!lua_isnil(L, -1))
		luaL_error(L, _("tùy chọn '%s' phải là một chuỗi"), name);
	lua_pop(L, 1);
	return s;
}

/* Reads an integer opts[name]; returns 1 if present. */
static int opt_int(lua_State *L, int opts, const char *name, lua_Integer *v)
{
	if (opts == 0)
		return 0;
	lua_pushstring(L, name);
	lua_rawget(L, opts);
	int has = !lua_isnil(L, -1);
	if (has) {
		if (!lua_isinteger(L, -1))
			luaL_error(L, _("tùy chọn '%s' phải là một số nguyên"),
				   name);
		*v = lua_tointeger(L, -1);
	}
	lua_pop(L, 1);
	return has;
}

/* opts[name] as a boolean; dflt when absent. */
static int opt_bool_or(lua_State *L, int opts, const char *name, int dflt)
{
	if (opts == 0)
		return dflt;
	lua_pushstring(L, name);
	lua_rawget(L, opts);
	int b = lua_isnil(L, -1) ? dflt : lua_toboolean(L, -1);
	lua_pop(L, 1);
	return b;
}

enum pkind { PK_ASK, PK_NUMBER, PK_CHOOSE, PK_CONFIRM, PK_TEXT };
static const char *const pkind_name[] = {"ask", "number", "choose",
					 "confirm", "text"};

/* One prompt: its spec, as read from the call's arguments. */
struct prompt {
	enum pkind kind;
	const char *text;
	int options;      /* stack index of the options table (choose) */
	lua_Integer nopt; /* number of options */
	int opts;         /* stack index of opts, 0 when absent */
	int required;
	int has_min, has_max;
	lua_Integer min, max;
	int validate;     /* stack index of opts.validate, 0 when absent */
};

/* Converts a typed line into a value pushed on the stack; returns NULL, or
 * the reason it is not acceptable (nothing pushed). */
static const char *convert(lua_State *L, const struct prompt *p,
			   const char *line, char *why, size_t whylen);
static const char *convert(lua_State *L, const struct prompt *p,
			   const char *line, char *why, size_t whylen)
{
	int empty = line[0] == '\0';
	if (empty && p->opts) {
		/* An empty line takes the default, converted and checked as if
		 * it had been typed. */
		char buf[64];
		const char *def = NULL;
		lua_pushstring(L, "default");
		lua_rawget(L, p->opts);
		if (lua_type(L, -1) == LUA_TBOOLEAN) {
			def = lua_toboolean(L, -1) ? "c" : "k";
		} else if (lua_isinteger(L, -1)) {
			snprintf(buf, sizeof buf, "%lld",
				 (long long)lua_tointeger(L, -1));
			def = buf;
		} else if (lua_type(L, -1) == LUA_TSTRING) {
			def = lua_tostring(L, -1);
		} else if (!lua_isnil(L, -1)) {
			luaL_error(L, _("default phải là chuỗi, số nguyên hoặc "
					"true/false"));
		}
		if (def && *def) {
			const char *r = convert(L, p, def, why, whylen);
			lua_remove(L, r ? -1 : -2); /* the default itself */
			return r;
		}
		lua_pop(L, 1);
	}
	switch (p->kind) {
	case PK_ASK:
	case PK_TEXT: /* the parent joined the lines with '\n' */
		if (empty && p->required)
			return _("Không được để trống; hãy nhập nội dung.");
		lua_pushstring(L, line);
		return NULL;
	case PK_NUMBER: {
		if (empty && !p->required) {
			lua_pushnil(L);
			return NULL;
		}
		if (empty)
			return _("Không được để trống; hãy nhập một số.");
		char *end;
		errno = 0;
		long long v = strtoll(line, &end, 10);
		if (empty || *end || errno) {
			snprintf(why, whylen, "%s",
				 _("Hãy nhập một số nguyên (chỉ gồm chữ số)."));
			return why;
		}
		if ((p->has_min && v < p->min) || (p->has_max && v > p->max)) {
			if (p->has_min && p->has_max)
				snprintf(why, whylen,
					 _("Hãy nhập một số từ %lld đến %lld."),
					 (long long)p->min, (long long)p->max);
			else if (p->has_min)
				snprintf(why, whylen,
					 _("Hãy nhập một số không nhỏ hơn "
					   "%lld."),
					 (long long)p->min);
			else
				snprintf(why, whylen,
					 _("Hãy nhập một số không lớn hơn "
					   "%lld."),
					 (long long)p->max);
			return why;
		}
		lua_pushinteger(L, (lua_Integer)v);
		return NULL;
	}
	case PK_CHOOSE: {
		char *end;
		long long v = strtoll(line, &end, 10);
		if (!empty && !*end && v >= 1 && v <= p->nopt) {
			lua_pushinteger(L, (lua_Integer)v);
			return NULL;
		}
		for (lua_Integer i = 1; i <= p->nopt; i++) {
			lua_rawgeti(L, p->options, i);
			int same = strcmp(lua_tostring(L, -1), line) == 0;
			lua_pop(L, 1);
			if (same) {
				lua_pushinteger(L, i);
				return NULL;
			}
		}
		snprintf(why, whylen,
			 _("Hãy chọn một số từ 1 đến %lld, hoặc gõ đúng nội "
			   "dung một lựa chọn."),
			 (long long)p->nopt);
		return why;
	}
	case PK_CONFIRM: {
		int yn = term_parse_yesno(line);
		if (yn < 0)
			return _("Hãy trả lời c (có) hoặc k (không).");
		lua_pushboolean(L, yn);
		return NULL;
	}
	}
	return NULL;
}

/* Asks the parent; returns with the answer value on top of the stack. */
static int ask(lua_State *L, struct prompt *p)
{
	if (!ui.step[0])
		return luaL_error(L, _("ui chỉ dùng được bên trong một bước"));
	if (ui.in_prompt)
		return luaL_error(L, _("không hỏi được câu mới khi câu trước "
				       "chưa có trả lời (ui.* trong "
				       "validate?)"));
	const char *k = opt_str(L, p->opts, "key");
	if (k && strlen(k) > MAX_KEY)
		return luaL_error(L, _("key quá dài (tối đa %d ký tự)"),
				  MAX_KEY);
	char key[256];
	ui.nprompt++;
	if (k)
		snprintf(key, sizeof key, "%s.%s", ui.step, k);
	else
		snprintf(key, sizeof key, "%s.%d", ui.step, ui.nprompt);
	if (key_seen(key))
		return luaL_error(L, _("khóa câu trả lời '%s' đã dùng cho một "
				       "câu hỏi trước trong bài này; mỗi câu "
				       "hỏi cần một key riêng"),
				  key);
	const char *hint = opt_str(L, p->opts, "hint");
	/* ui.number answers an integer unless required = false is given. */
	p->required = p->kind == PK_NUMBER ? opt_bool_or(L, p->opts, "required", 1)
					 : opt_bool_or(L, p->opts, "required", 0);
	p->has_min = opt_int(L, p->opts, "min", &p->min);
	p->has_max = opt_int(L, p->opts, "max", &p->max);
	p->validate = 0;
	if (p->opts) {
		lua_pushstring(L, "validate");
		lua_rawget(L, p->opts);
		if (lua_isfunction(L, -1))
			p->validate = lua_gettop(L);
		else if (!lua_isnil(L, -1))
			return luaL_error(L, _("validate phải là một hàm"));
		else
			lua_pop(L, 1);
	}

	proto_begin(&ui.out, W_PROMPT);
	proto_put_str(&ui.out, key, strlen(key));
	proto_put_str(&ui.out, pkind_name[p->kind],
		      strlen(pkind_name[p->kind]));
	proto_put_str(&ui.out, p->text, strlen(p->text));
	proto_put_int(&ui.out, p->nopt);
	for (lua_Integer i = 1; i <= p->nopt; i++) {
		lua_rawgeti(L, p->options, i);
		size_t n;
		const char *s = lua_tolstring(L, -1, &n);
		proto_put_str(&ui.out, s, n);
		lua_pop(L, 1);
	}
	if (p->opts) {
		lua_pushstring(L, "default");
		lua_rawget(L, p->opts);
		if (lua_type(L, -1) == LUA_TSTRING)
			check_text(L, -1, "default");
		put_lua_value(L, -1);
		lua_pop(L, 1);
	} else {
		proto_put_nil(&ui.out);
	}
	if (hint)
		proto_put_str(&ui.out, hint, strlen(hint));
	else
		proto_put_nil(&ui.out);
	if (p->has_min)
		proto_put_int(&ui.out, p->min);
	else
		proto_put_nil(&ui.out);
	if (p->has_max)
		proto_put_int(&ui.out, p->max);
	else
		proto_put_nil(&ui.out);
	send_or_die(L);

	ui.in_prompt = 1;
	for (;;) {
		recv_or_die(L, 1);
		proto_value v;
		if (ui.in.type == P_STORED) {
			if (proto_get_value(&ui.in, &v) < 0)
				_exit(1);
			push_value(L, &v);
			ui.in_prompt = 0;
			return 1;
		}
		char *line;
		int64_t attempts;
		if (ui.in.type != P_LINE || proto_get_str(&ui.in, &line) < 0 ||
		    proto_get_int(&ui.in, &attempts) < 0)
			_exit(1);
		char buf[256];
		const char *why = convert(L, p, line, buf, sizeof buf);
		free(line);
		int counts = 0;
		if (!why && p->validate) {
			int value = lua_gettop(L);
			lua_pushvalue(L, p->validate);
			lua_pushvalue(L, value);
			lua_pushinteger(L, (lua_Integer)attempts + 1);
			lua_call(L, 2, 2);
			if (!lua_toboolean(L, -2)) {
				counts = 1;
				why = lua_type(L, -1) == LUA_TSTRING
					      ? lua_tostring(L, -1)
					      : _("Câu trả lời chưa đúng; hãy "
						  "thử lại.");
				/* why stays alive on the stack below */
				proto_begin(&ui.out, W_VERDICT);
				proto_put_bool(&ui.out, 0);
				proto_put_str(&ui.out, why, strlen(why));
				proto_put_bool(&ui.out, counts);
				send_or_die(L);
				lua_pop(L, 3); /* results and value */
				continue;
			}
			lua_pop(L, 2);
		}
		proto_begin(&ui.out, W_VERDICT);
		if (why) {
			proto_put_bool(&ui.out, 0);
			proto_put_str(&ui.out, why, strlen(why));
			proto_put_bool(&ui.out, 0);
		} else {
			proto_put_bool(&ui.out, 1);
			put_lua_value(L, -1);
		}
		send_or_die(L);
		if (!why) {
			ui.in_prompt = 0;
			return 1; /* the value is on the stack */
		}
	}
}

static int opts_arg(lua_State *L, int idx)
{
	if (lua_isnoneornil(L, idx))
		return 0;
	luaL_checktype(L, idx, LUA_TTABLE);
	return idx;
}

/* ui.ask(prompt [, opts]) → string  [-0, +1, e] */
static int f_ask(lua_State *L)
{
	struct prompt p = {.kind = PK_ASK};
	p.text = check_text(L, 1, "ui.ask");
	p.opts = opts_arg(L, 2);
	return ask(L, &p);
}

/* ui.number(prompt [, opts]) → integer  [-0, +1, e] */
static int f_number(lua_State *L)
{
	struct prompt p = {.kind = PK_NUMBER};
	p.text = check_text(L, 1, "ui.number");
	p.opts = opts_arg(L, 2);
	return ask(L, &p);
}

/* ui.choose(prompt, options [, opts]) → index  [-0, +1, e] */
static int f_choose(lua_State *L)
{
	struct prompt p = {.kind = PK_CHOOSE};
	p.text = check_text(L, 1, "ui.choose");
	luaL_checktype(L, 2, LUA_TTABLE);
	p.opts = opts_arg(L, 3);
	p.nopt = (lua_Integer)lua_rawlen(L, 2);
	if (p.nopt < 1 || p.nopt > 100)
		return luaL_error(L, _("ui.choose cần từ 1 đến 100 lựa chọn"));
	/* A private copy: validate must not be able to change the options
	 * while the answer is being checked. */
	lua_createtable(L, (int)p.nopt, 0);
	p.options = lua_gettop(L);
	for (lua_Integer i = 1; i <= p.nopt; i++) {
		if (lua_rawgeti(L, 2, i) != LUA_TSTRING)
			return luaL_error(L, _("ui.choose: lựa chọn %d không "
					       "phải chuỗi"),
					  (int)i);
		check_text(L, -1, "ui.choose");
		lua_rawseti(L, p.options, i);
	}
	return ask(L, &p);
}

/* ui.text(prompt [, opts]) → string of lines  [-0, +1, e] */
static int f_text(lua_State *L)
{
	struct prompt p = {.kind = PK_TEXT};
	p.text = check_text(L, 1, "ui.text");
	p.opts = opts_arg(L, 2);
	return ask(L, &p);
}

/* ui.confirm(prompt [, opts]) → boolean  [-0, +1, e] */
static int f_confirm(lua_State *L)
{
	struct prompt p = {.kind = PK_CONFIRM};
	p.text = check_text(L, 1, "ui.confirm");
	p.opts = opts_arg(L, 2);
	return ask(L, &p);
}

/* Appends the strings of the array at idx. */
static void put_str_array(lua_State *L, int idx)
{
	lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
	proto_put_int(&ui.out, n);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, idx, i);
		size_t len;
		const char *s = lua_tolstring(L, -1, &len);
		proto_put_str(&ui.out, s ? s : "", s ? len : 0);
		lua_pop(L, 1);
	}
}

/* chibo.meta(id, version, title, summary, minutes, sources, steps)
 * [-0, +0, e] */
static int f_meta(lua_State *L)
{
	proto_begin(&ui.out, W_META);
	for (int i = 1; i <= 5; i++) {
		if (i == 2 || i == 5) {
			proto_put_int(&ui.out, luaL_checkinteger(L, i));
		} else {
			size_t n;
			const char *s = luaL_checklstring(L, i, &n);
			proto_put_str(&ui.out, s, n);
		}
	}
	luaL_checktype(L, 6, LUA_TTABLE);
	luaL_checktype(L, 7, LUA_TTABLE);
	proto_put_int(&ui.out, (int64_t)lua_rawlen(L, 7));
	put_str_array(L, 6);
	put_str_array(L, 7);
	send_or_die(L);
	return 0;
}

/* chibo.model(text)  [-0, +0, e]: a built document model. */
static int f_model(lua_State *L)
{
	const char *s = check_text(L, 1, "model");
	send_str(L, W_MODEL, s, strlen(s));
	return 0;
}

/* chibo.practice(template)  [-0, +0, e] */
static int f_practice(lua_State *L)
{
	size_t n;
	const char *s = luaL_checklstring(L, 1, &n);
	send_str(L, W_PRACTICE, s, n);
	return 0;
}

/* chibo.upper(text) → text in capitals (Unicode)  [-0, +1, m] */
static int f_upper(lua_State *L)
{
	size_t n, len;
	const char *s = check_text(L, 1, "upper");
	n = strlen(s);
	uint8_t *u = u8_toupper((const uint8_t *)s, n, "vi", UNINORM_NFC, NULL,
				&len);
	if (!u)
		return luaL_error(L, "upper: %s", strerror(errno));
	lua_pushlstring(L, (const char *)u, len);
	free(u);
	return 1;
}

/* chibo.done()  [-0, +0, -] */
static int f_done(lua_State *L)
{
	proto_begin(&ui.out, W_DONE);
	send_or_die(L);
	return 0;
}

void api_ui_send_error(const char *msg, const char *tb)
{
	size_t n = strlen(msg), m = strlen(tb);
	proto_begin(&ui.out, W_ERROR);
	proto_put_str(&ui.out, msg, n > MAX_ERROR ? MAX_ERROR : n);
	proto_put_str(&ui.out, tb, m > MAX_ERROR ? MAX_ERROR : m);
	if (proto_send(&ui.out, ui.to) < 0)
		_exit(1);
}

/* chibo.fail(message, traceback)  [-0, +0, -] */
static int f_fail(lua_State *L)
{
	const char *msg = luaL_checkstring(L, 1);
	const char *tb = luaL_optstring(L, 2, "");
	if (sandbox_time_message())
		msg = sandbox_time_message();
	else if (sandbox_hit_memory(L) && strstr(msg, "not enough memory"))
		msg = lua_pushfstring(L, "%s: %s", ui.source,
				      _("quá giới hạn bộ nhớ của bài học"));
	api_ui_send_error(msg, tb);
	return 0;
}

/* chibo.read_file(path) → contents | nil, why  [-0, +1|2, m] */
static int f_read_file(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size > MAX_FILE) {
		int e = fd < 0 ? errno : EINVAL;
		if (fd >= 0 && S_ISREG(st.st_mode)) {
			close(fd);
			lua_pushnil(L);
			lua_pushfstring(L, _("tệp lớn hơn %d MiB"),
					(int)(MAX_FILE >> 20));
			return 2;
		}
		if (fd >= 0)
			close(fd);
		lua_pushnil(L);
		lua_pushstring(L, strerror(e));
		return 2;
	}
	luaL_Buffer b;
	char *p = luaL_buffinitsize(L, &b, (size_t)st.st_size);
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, p + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	luaL_pushresultsize(&b, got);
	return 1;
}

/* chibo.list_dir(dir) → { "a.lua", … } sorted | nil  [-0, +1, m] */
static int f_list_dir(lua_State *L)
{
	size_t n;
	char **names = lua_files(luaL_checkstring(L, 1), &n);
	if (!names) {
		lua_pushnil(L);
		return 1;
	}
	lua_createtable(L, (int)n, 0);
	for (size_t i = 0; i < n; i++) {
		lua_pushstring(L, names[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
		free(names[i]);
	}
	free(names);
	return 1;
}

static const luaL_Reg api[] = {
	{"step_begin", f_step_begin},
	{"step_end", f_step_end},
	{"say", f_say},
	{"log", f_log},
	{"get", f_get},
	{"ask", f_ask},
	{"number", f_number},
	{"choose", f_choose},
	{"confirm", f_confirm},
	{"text", f_text},
	{"meta", f_meta},
	{"done", f_done},
	{"model", f_model},
	{"upper", f_upper},
	{"practice", f_practice},
	{"fail", f_fail},
	{"read_file", f_read_file},
	{"list_dir", f_list_dir},
	{NULL, NULL},
};

#include "api_meeting.h"

proto_out *api_ui_out(void)
{
	return &ui.out;
}

proto_in *api_ui_in(void)
{
	return &ui.in;
}

void api_ui_send(lua_State *L)
{
	send_or_die(L);
}

void api_ui_recv(lua_State *L, int arm)
{
	recv_or_die(L, arm);
}

const char *api_ui_check_text(lua_State *L, int idx, const char *what)
{
	return check_text(L, idx, what);
}

void api_ui_set_source(const char *shown)
{
	ui.source = shown;
}

void api_ui_open_fds(int from_parent, int to_parent)
{
	ui.from = from_parent;
	ui.to = to_parent;
}

void api_ui_open(lua_State *L, int from_parent, int to_parent)
{
	api_ui_open_fds(from_parent, to_parent);
	luaL_newlib(L, api);
	api_meeting_register(L);
}
