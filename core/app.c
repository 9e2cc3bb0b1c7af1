#include "app.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "auth.h"
#include "i18n.h"
#include "util.h"

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static char *xdg(const char *var, const char *fallback)
{
	const char *v = getenv(var);
	if (v && v[0] == '/')
		return xasprintf("%s/chibo", v);
	const char *home = getenv("HOME");
	return xasprintf("%s/%s/chibo", home && *home ? home : ".", fallback);
}

void app_paths(app *a)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *prefix = NULL;
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		/* <prefix>/bin/chibo → <prefix> */
		char *up = xasprintf("%s/..", exe);
		prefix = realpath(up, NULL);
		free(up);
	}
	char *installed =
		prefix ? xasprintf("%s/%s", prefix, CHIBO_REL_DATADIR) : NULL;
	char *probe = installed ? xasprintf("%s/plugins/kinds", installed)
				: NULL;
	const char *env = getenv("CHIBO_DATA_DIR");
	if (env && *env) {
		a->data_dir = xstrdup(env);
		a->locale_dir = xasprintf("%s/locale", CHIBO_BUILD_DIR);
	} else if (probe && is_dir(probe)) {
		a->data_dir = installed;
		installed = NULL;
		a->locale_dir = xasprintf("%s/%s", prefix, CHIBO_REL_LOCALEDIR);
	} else {
		a->data_dir = xstrdup(CHIBO_SOURCE_DIR);
		a->locale_dir = xasprintf("%s/locale", CHIBO_BUILD_DIR);
	}
	free(probe);
	free(installed);
	free(prefix);
	a->user_dir = xdg("XDG_DATA_HOME", ".local/share");
	a->state_dir = xdg("XDG_STATE_HOME", ".local/state");
	a->default_db = xasprintf("%s/chibo.db", a->user_dir);
	a->plugin_dirs[0] = xasprintf("%s/plugins", a->data_dir);
	a->plugin_dirs[1] = xasprintf("%s/plugins", a->user_dir);
}

int app_open_store(app *a)
{
	if (a->st)
		return 0;
	char *err = NULL;
	const char *path = a->db_path ? a->db_path : a->default_db;
	a->st = store_open(path, &err);
	if (!a->st) {
		fprintf(stderr, "chibo: %s\n", err);
		free(err);
		return -1;
	}
	if (store_person_ensure(a->st, a->login, a->person_id) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return -1;
	}
	/* An account proves who it is before its data opens. */
	if (auth_login(a, 0) < 0) {
		store_close(a->st);
		a->st = NULL;
		return -1;
	}
	return 0;
}

term *app_term(app *a, int echo)
{
	if (a->t)
		return a->t;
	char *hist = xasprintf("%s/history-%s", a->state_dir, a->login);
	term_opts o = {.plain = a->plain, .echo = echo, .history_path = hist};
	a->t = term_open(&o);
	free(hist);
	return a->t;
}

worker_job app_job(app *a, const char *action, const char *path,
		   const char *shown)
{
	worker_job j = {
		.action = action,
		.path = path,
		.shown = shown,
		.plugin_dirs = (const char *const *)a->plugin_dirs,
		.nplugin_dirs = 2,
		.user = a->login,
		.mode = "learn",
		.lang = a->lang,
		.limits = {SANDBOX_DEFAULT_MEM, SANDBOX_DEFAULT_CPU},
		.wall = 10,
	};
	const char *mem = getenv("CHIBO_LUA_MEMORY_MB");
	const char *cpu = getenv("CHIBO_LUA_CPU_SECONDS");
	if (mem && atoi(mem) > 0)
		j.limits.mem = (size_t)atoi(mem) << 20;
	if (cpu && atof(cpu) > 0) {
		j.limits.cpu = atof(cpu);
		j.wall = 5 * j.limits.cpu;
	}
	return j;
}

void app_close(app *a)
{
	if (a->t)
		term_close(a->t);
	if (a->st)
		store_close(a->st);
	free(a->data_dir);
	free(a->user_dir);
	free(a->state_dir);
	free(a->default_db);
	free(a->locale_dir);
	free(a->plugin_dirs[0]);
	free(a->plugin_dirs[1]);
}
