/*
 * api_ui.h — the C primitives the trusted prelude builds `ui` and `ctx`
 * from: every call that needs the parent is a request over the pipe.
 */
#ifndef CHIBO_API_UI_H
#define CHIBO_API_UI_H

#include <lua.h>

/* [-0, +1, m] Pushes the primitives table; from/to are the pipe fds. */
void api_ui_open(lua_State *L, int from_parent, int to_parent);
/* Sets the pipe fds without a Lua state (to report early failures). */
void api_ui_open_fds(int from_parent, int to_parent);
/* The lesson file's name for messages that have no position. */
void api_ui_set_source(const char *shown);
/* Sends W_ERROR (used by host.c when even the prelude failed). */
void api_ui_send_error(const char *msg, const char *traceback);

#endif
