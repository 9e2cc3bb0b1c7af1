/*
 * app.h — one invocation of chibo: global options, resolved directories,
 * and the things most commands need (the store, the user's profile, the
 * terminal, a worker job template).  Commands (cmd_*.c) get an app.
 */
#ifndef CHIBO_APP_H
#define CHIBO_APP_H

#include <stddef.h>

#include "store.h"
#include "term.h"
#include "worker.h"

typedef struct app {
	/* global options */
	const char *db_path;        /* --db / CHIBO_DB / default */
	const char *login;          /* --user / CHIBO_USER / $USER */
	const char **lesson_dirs;   /* --lessons (repeatable) */
	size_t nlesson_dirs;
	const char *lang;           /* "vi" | "en" */
	int plain, debug;
	/* resolved directories (malloc'd) */
	char *data_dir;   /* bundled plugins/ and lessons/ live here */
	char *user_dir;   /* $XDG_DATA_HOME/chibo */
	char *state_dir;  /* $XDG_STATE_HOME/chibo (history) */
	char *default_db; /* $XDG_DATA_HOME/chibo/chibo.db */
	char *locale_dir;
	/* opened on demand */
	store *st;
	char person_id[STORE_ID_LEN];
	int authed;       /* auth_login() succeeded in this process */
	int roles;        /* access_roles(): ROLE_* bits, once roles_loaded */
	int roles_loaded;
	term *t;
	/* plugin roots for workers: bundled, then the user's */
	char *plugin_dirs[2];
} app;

/* Fills the directories from the binary's location and XDG variables. */
void app_paths(app *a);
/* Opens the store (and the user's profile); prints the reason and returns
 * -1 on failure. */
int app_open_store(app *a);
/* Opens the terminal on stdin/stdout (history under state_dir). */
term *app_term(app *a, int echo);
/* A job template: limits, plugin dirs, language, user. */
worker_job app_job(app *a, const char *action, const char *path,
		   const char *shown);
void app_close(app *a);

#endif
