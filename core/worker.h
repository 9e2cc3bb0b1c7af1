/*
 * worker.h — runs untrusted Lua (a lesson, its step kinds, plugins) in a
 * child process forked per run, as DESIGN recommends: the child has rlimits
 * (sandbox.h), no database handle, no terminal, and talks to the parent
 * over two pipes (proto.h).  Only the parent writes to the store, so a
 * worker that crashes, overruns or is killed loses nothing acknowledged.
 */
#ifndef CHIBO_WORKER_H
#define CHIBO_WORKER_H

#include <stddef.h>
#include <sys/types.h>

#include "proto.h"
#include "sandbox.h"

/* What ctx.meeting.info() tells a checklist (all strings). */
typedef struct worker_meeting {
	const char *type;     /* regular | thematic | combined | committee */
	const char *cell;     /* the cell's name */
	const char *superior; /* its superior body's name, or NULL */
	const char *rubric;   /* rubric plugin id */
	const char *date;     /* YYYY-MM-DD the meeting started */
} worker_meeting;

typedef struct worker_job {
	const char *action;       /* "run" (drive the lesson) | "meta" |
				     "rubric-check" | "rubric-score" */
	const char *path;         /* lesson file to open */
	const char *shown;        /* its name in messages (e.g. lessons/x.lua) */
	const char *const *plugin_dirs; /* roots; kinds: <root>/kinds/NAME.lua */
	size_t nplugin_dirs;
	const char *user;         /* ctx.user */
	const char *mode;         /* ctx.mode: learn | rehearse | live | test */
	const char *lang;         /* "vi" | "en" */
	sandbox_limits limits;
	double wall;              /* seconds the parent waits for one message
				     while the worker computes */
	const worker_meeting *meeting; /* ctx.meeting exists when set */
	const char *facts;        /* rubric-score: the facts file */
	const char *draft;        /* draft*: the draft's lines (cmd_draft.c) */
} worker_job;

typedef struct worker {
	pid_t pid;
	int to;   /* parent → worker */
	int from; /* worker → parent */
	double wall;
	int killed_for_time; /* the parent killed it at the wall deadline */
	int bad_message;     /* it sent a malformed or oversized message */
} worker;

/* Forks the worker; 0, or -1 with *err (malloc'd). */
int worker_start(worker *w, const worker_job *job, char **err);
/* Next message from the worker: 1, 0 when it closed the pipe, -1 on a
 * malformed message or when the wall deadline passed (it is then killed). */
int worker_recv(worker *w, proto_in *in);
int worker_send(worker *w, proto_out *o);
/* Ends the worker (SIGKILL if still running), reaps it, and returns NULL if
 * it exited with status 0, or a malloc'd user-facing reason. */
char *worker_finish(worker *w);

#endif
