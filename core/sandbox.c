#include "sandbox.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <lauxlib.h>

#include "i18n.h"
#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANDBOX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANDBOX_ASAN 1
#endif
#endif

/* The allocator's state; the one instance lives for the worker's life. */
struct sandbox {
	size_t used;     /* bytes held by the Lua state */
	size_t limit;    /* cap on used */
	double cpu;      /* budget per arm, seconds */
	double deadline; /* process CPU time at which the hook fires */
	int over_mem;    /* an allocation was refused */
	int over_time;   /* the hook fired */
	char time_msg[512]; /* the first time-limit message, with file:line */
};

static struct sandbox box;

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct sandbox *b = ud;
	size_t old = ptr ? osize : 0;
	if (nsize == 0) {
		free(ptr);
		b->used -= old;
		return NULL;
	}
	if (nsize > old && nsize - old > b->limit - b->used) {
		b->over_mem = 1;
		return NULL;
	}
	void *p = realloc(ptr, nsize);
	if (!p)
		return NULL;
	b->used = b->used - old + nsize;
	return p;
}

static void hook(lua_State *L, lua_Debug *ar)
{
	(void)ar;
	if (!box.over_time && cpu_now() < box.deadline)
		return;
	if (!box.over_time) {
		/* Where the script was: a hook has no frame of its own, so
		 * level 0 is the interrupted function.  Kept, because the
		 * error handlers that run next are interrupted too. */
		luaL_where(L, 0);
		snprintf(box.time_msg, sizeof box.time_msg,
			 _("%squá giới hạn thời gian: hơn %d giây CPU liền "
			   "không hỏi người dùng (vòng lặp không dừng?)"),
			 lua_tostring(L, -1), (int)ceil(box.cpu));
		lua_pop(L, 1);
	}
	box.over_time = 1;
	/* From now on every instruction fails, so a pcall loop cannot go on. */
	lua_sethook(L, hook, LUA_MASKCOUNT, 1);
	lua_pushstring(L, box.time_msg);
	lua_error(L);
}

static void set_cpu_rlimit(double budget)
{
	/* Whole seconds: the kernel's granularity; +1 so the hook, which gives
	 * a better message, normally fires first.  Only the soft limit moves:
	 * a hard limit once lowered could not be raised again for the next
	 * prompt.  Nothing in the worker handles SIGXCPU, so it kills. */
	struct rlimit r;
	if (getrlimit(RLIMIT_CPU, &r) != 0)
		return;
	rlim_t soft = (rlim_t)ceil(cpu_now() + budget) + 1;
	if (r.rlim_max != RLIM_INFINITY && soft > r.rlim_max)
		soft = r.rlim_max;
	r.rlim_cur = soft;
	setrlimit(RLIMIT_CPU, &r);
}

void sandbox_limit_process(const sandbox_limits *lim)
{
	struct rlimit r = {0, 0};
	setrlimit(RLIMIT_FSIZE, &r); /* no byte written to any file */
	setrlimit(RLIMIT_CORE, &r);  /* and no core file on SIGXCPU */
	r.rlim_cur = r.rlim_max = 64; /* reads of plugin files only */
	setrlimit(RLIMIT_NOFILE, &r);
#ifndef SANDBOX_ASAN
	/* Address space: the Lua cap plus room for the program itself.  Not
	 * under AddressSanitizer, which reserves terabytes of shadow. */
	r.rlim_cur = r.rlim_max = (rlim_t)lim->mem + ((rlim_t)512 << 20);
	setrlimit(RLIMIT_AS, &r);
#endif
	set_cpu_rlimit(lim->cpu);
}

lua_State *sandbox_new_state(const sandbox_limits *lim)
{
	box.used = 0;
	box.limit = lim->mem;
	box.cpu = lim->cpu;
	box.over_mem = box.over_time = 0;
	lua_State *L = lua_newstate(capped_alloc, &box);
	if (!L)
		return NULL;
	sandbox_arm(L);
	return L;
}

void sandbox_arm(lua_State *L)
{
	box.over_time = 0;
	box.over_mem = 0;
	box.deadline = cpu_now() + box.cpu;
	lua_sethook(L, hook, LUA_MASKCOUNT, 10000);
	set_cpu_rlimit(box.cpu);
}

int sandbox_hit_memory(lua_State *L)
{
	(void)L;
	return box.over_mem;
}

int sandbox_hit_time(lua_State *L)
{
	(void)L;
	return box.over_time;
}

const char *sandbox_time_message(void)
{
	return box.over_time ? box.time_msg : NULL;
}
