/*
 * runner.h — runs one lesson run: starts a worker, shows what it says,
 * asks what it asks, and stores every accepted answer (with the progress of
 * the steps passed since the last one) in one transaction committed before
 * the worker is told to go on, hence before the next prompt appears.
 *
 * Resume is replay: the worker re-runs the lesson from the start; prompts
 * whose answer is stored are answered from the store without being shown,
 * and what the lesson says is held back until the first prompt that has no
 * stored answer, when only the text since the last answered prompt is
 * shown (the context of the question being asked).
 */
#ifndef CHIBO_RUNNER_H
#define CHIBO_RUNNER_H

#include "store.h"
#include "term.h"
#include "worker.h"

enum runner_result {
	RUNNER_DONE = 0,      /* the lesson ran to its end; run is done */
	RUNNER_ERROR = 1,     /* the lesson failed (message printed) */
	RUNNER_EOF = 3,       /* input ended; progress kept */
	RUNNER_INTERRUPT = 4, /* Ctrl-C; progress kept */
};

/* What a run that records more than answers (a meeting) plugs in. */
typedef struct runner_hooks {
	/* [tx] Writes one W_MSET / W_MADD message (in->type, payload read
	 * with proto_get_*); 0 or -1 with the store's message set. */
	int (*record)(void *arg, store *st, proto_in *in);
	/* Answers a W_MQUERY: malloc'd text, or NULL on error (message in
	 * the store). */
	char *(*query)(void *arg, store *st, const char *name);
	/* [tx] The run reached its end (in the same transaction). */
	int (*done)(void *arg, store *st);
	void *arg;
} runner_hooks;

typedef struct runner_opts {
	store *st;
	term *t;
	const char *run_id;
	int debug; /* show tracebacks and print() output */
	const runner_hooks *hooks; /* NULL for a lesson */
	/* out (may be NULL): set to the template id a lesson asked to keep
	 * its answers as a draft of (malloc'd), if it did */
	char **practice;
} runner_opts;

/* Runs job (action "run") for run_id; prints failures itself, in the shape
 * "chibo: <file>: <why>". */
enum runner_result runner_run(const runner_opts *o, const worker_job *job);

/* Runs a worker job that answers with W_SAY / W_MODEL messages and W_DONE
 * (a rubric's sheet, a template's check or model): the last W_MODEL into
 * *model (if model is not NULL), the W_SAY lines into said (if not NULL).
 * 0 at W_DONE; -1 otherwise, with *error (malloc'd): the script's error
 * ("file:line: …") or why the worker stopped. */
struct sbuf;
int runner_collect(const worker_job *job, char **model, struct sbuf *said,
		   char **error);

#endif
