/*
 * api_meeting.h — the meeting primitives the prelude builds ctx.meeting
 * from (docs/meeting-api.md): record fields and list rows, read the clock,
 * ask about the cell's earlier meetings.  Worker side.
 */
#ifndef CHIBO_API_MEETING_H
#define CHIBO_API_MEETING_H

#include <lua.h>

/* [-0, +0, m] Adds mset, madd, clock and mquery to the table on top. */
void api_meeting_register(lua_State *L);

#endif
