/*
 * sandbox.h — limits on untrusted Lua, applied inside the worker process.
 *
 * Three layers, each a backstop for the one before:
 *  1. a capped allocator: a script that asks for more than `mem` bytes gets
 *     a Lua memory error (string.rep, table growth, …);
 *  2. a count hook that raises a Lua error once `cpu` seconds of CPU have
 *     been spent since the last sandbox_arm(), and then re-arms on every
 *     instruction so that pcall cannot swallow it (as Redis does);
 *  3. RLIMIT_CPU a little above that budget: the kernel kills the worker
 *     even inside a C library call that never returns to Lua (the pattern
 *     matcher on an adversarial pattern), and rlimits on address space and
 *     file size so nothing is written to disk.
 * The parent (worker.c) adds a wall-clock deadline on top.
 */
#ifndef CHIBO_SANDBOX_H
#define CHIBO_SANDBOX_H

#include <stddef.h>

#include <lua.h>

typedef struct sandbox_limits {
	size_t mem; /* bytes the Lua state may hold (default 64 MiB) */
	double cpu; /* CPU seconds between two prompts (default 2) */
} sandbox_limits;

#define SANDBOX_DEFAULT_MEM ((size_t)64 << 20)
#define SANDBOX_DEFAULT_CPU 2.0

/* Process-wide limits for the worker (call once, in the child). */
void sandbox_limit_process(const sandbox_limits *lim);
/* A new Lua state with the capped allocator and the count hook; NULL if
 * even that cannot be had. */
lua_State *sandbox_new_state(const sandbox_limits *lim);
/* Starts a new CPU budget (at start and after every answer). */
void sandbox_arm(lua_State *L);
/* 1 if the last failure was the memory cap or the CPU budget. */
int sandbox_hit_memory(lua_State *L);
int sandbox_hit_time(lua_State *L);
/* The time-limit message ("file:line: quá giới hạn thời gian …") once the
 * budget ran out since the last arm, else NULL.  Static storage. */
const char *sandbox_time_message(void);

#endif
