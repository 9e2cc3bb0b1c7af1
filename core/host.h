/*
 * host.h — the worker side: owns the lua_State, runs the embedded trusted
 * prelude (core/lua/host.lua) which sandboxes and drives the lesson, and
 * answers for it over the pipes.  Called only in the child (worker.c).
 */
#ifndef CHIBO_HOST_H
#define CHIBO_HOST_H

#include "worker.h"

/* Runs job; returns the worker's exit status (0: the lesson ran or failed
 * cleanly with W_ERROR sent; 1: the pipe broke). */
int host_main(const worker_job *job, int from_parent, int to_parent);
/* The same, in the calling process (tests, fuzzing): close_state closes the
 * Lua state at the end (running the script's finalizers under a fresh CPU
 * budget).  The process limits of sandbox_limit_process are not applied. */
int host_run(const worker_job *job, int from_parent, int to_parent,
	     int close_state);

#endif
