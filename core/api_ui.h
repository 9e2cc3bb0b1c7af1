/*
 * api_ui.h — the C primitives the trusted prelude builds `ui` and `ctx`
 * from: every call that needs the parent is a request over the pipe.
 */
#ifndef CHIBO_API_UI_H
#define CHIBO_API_UI_H

#include <lua.h>

#include "proto.h"

/* [-0, +1, m] Pushes the primitives table; from/to are the pipe fds. */
void api_ui_open(lua_State *L, int from_parent, int to_parent);
/* Sets the pipe fds without a Lua state (to report early failures). */
void api_ui_open_fds(int from_parent, int to_parent);
/* For the other api_*.c files: the worker's message buffers and the
 * blocking exchange with the parent (a broken pipe ends the worker). */
proto_out *api_ui_out(void);
proto_in *api_ui_in(void);
void api_ui_send(lua_State *L);
/* arm: the reply ends a prompt (a new CPU budget). */
void api_ui_recv(lua_State *L, int arm);
/* Checks that the string at idx is valid UTF-8 without NUL. */
const char *api_ui_check_text(lua_State *L, int idx, const char *what);

/* The lesson file's name for messages that have no position. */
void api_ui_set_source(const char *shown);
/* Sends W_ERROR (used by host.c when even the prelude failed). */
void api_ui_send_error(const char *msg, const char *traceback);

#endif
