#include "runner.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "json.h"
#include "util.h"

/* Internal: the worker died or broke the protocol (reported by
 * runner_run with the reason worker_finish gives). */
#define RUNNER_DIED ((enum runner_result)100)

/* Step progress waiting for the next transaction. */
struct pending {
	char *step;
	const char *status; /* "in_progress" | "done" */
	double seconds;
};

/* Output held back during replay. */
struct held {
	int is_step; /* a step heading, else a paragraph */
	int index, total;
	char *text;
};

/* proto_get_str for text that will be displayed. */
static int get_text(proto_in *in, char **s)
{
	if (proto_get_str(in, s) < 0)
		return -1;
	text_clean(*s);
	return 0;
}

struct run {
	const runner_opts *o;
	const worker_job *job;
	worker w;
	proto_in in;
	proto_out out;
	int replay;             /* holding output back */
	int skipping;           /* replay: dropping the rest of an answered
				   prompt's step */
	struct held heading;    /* replay: the running step's heading */
	struct held *held;
	size_t nheld;
	struct pending *pend;
	size_t npend;
	char *step;             /* the running step */
	double checkpoint;      /* when its time was last counted */
	struct record {         /* W_MSET / W_MADD waiting for the next commit */
		int type;
		unsigned char *payload;
		size_t len;
	} *recs;
	size_t nrecs;
	struct clock {          /* clock readings waiting likewise */
		char *key, *json;
	} *clocks;
	size_t nclocks;
	char **stored;          /* keys with a row at the start (sorted): a
				   prompt whose key is not there is new */
	size_t nstored;
};

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* 1 if key may have a stored answer (it had a row when the run started). */
static int maybe_stored(const struct run *r, const char *key)
{
	return r->nstored &&
	       bsearch(&key, r->stored, r->nstored, sizeof *r->stored,
		       cmp_key) != NULL;
}

static void held_clear(struct run *r)
{
	for (size_t i = 0; i < r->nheld; i++)
		free(r->held[i].text);
	r->nheld = 0;
}

static void hold(struct run *r, int is_step, int index, int total,
		 const char *text)
{
	r->held = xrealloc(r->held, (r->nheld + 1) * sizeof *r->held);
	r->held[r->nheld++] = (struct held){is_step, index, total,
					    xstrdup(text)};
}

static void show(struct run *r, int is_step, int index, int total,
		 const char *text)
{
	if (is_step)
		term_step(r->o->t, index, total, text);
	else
		term_say(r->o->t, text);
}

static void held_flush(struct run *r)
{
	/* Resuming inside a step: say where we are first. */
	if (r->heading.text && (r->nheld == 0 || !r->held[0].is_step))
		show(r, 1, r->heading.index, r->heading.total,
		     r->heading.text);
	free(r->heading.text);
	r->heading.text = NULL;
	for (size_t i = 0; i < r->nheld; i++)
		show(r, r->held[i].is_step, r->held[i].index,
		     r->held[i].total, r->held[i].text);
	held_clear(r);
}

/* During replay, what follows an answered prompt in its own step was seen
 * in an earlier session (feedback on that answer) and is dropped; from the
 * next step on, output is held until the first unanswered prompt. */
static void out_or_hold(struct run *r, int is_step, int index, int total,
			const char *text)
{
	if (!r->replay) {
		show(r, is_step, index, total, text);
		return;
	}
	if (is_step) {
		r->skipping = 0;
		free(r->heading.text);
		r->heading = (struct held){1, index, total, xstrdup(text)};
	}
	if (!r->skipping)
		hold(r, is_step, index, total, text);
}

/* Queues progress for a step, merging with what is queued for it. */
static void pend(struct run *r, const char *step, const char *status,
		 double seconds)
{
	for (size_t i = 0; i < r->npend; i++) {
		if (strcmp(r->pend[i].step, step) == 0) {
			if (strcmp(status, "done") == 0)
				r->pend[i].status = "done";
			r->pend[i].seconds += seconds;
			return;
		}
	}
	r->pend = xrealloc(r->pend, (r->npend + 1) * sizeof *r->pend);
	r->pend[r->npend++] = (struct pending){xstrdup(step), status, seconds};
}

/* Live time spent in the running step since the last checkpoint. */
static double lap(struct run *r)
{
	double now = now_mono(), d = r->replay ? 0 : now - r->checkpoint;
	r->checkpoint = now;
	return d;
}

/* [tx] Writes the queued step progress, clock readings and records.  The
 * running step's time is counted at its end, and at the last commit of a
 * session (with_lap): not at every answer, which would cost a write each. */
static int pend_write(struct run *r, int with_lap)
{
	if (r->step && with_lap)
		pend(r, r->step, "in_progress", lap(r));
	for (size_t i = 0; i < r->npend; i++)
		if (store_step_put(r->o->st, r->o->run_id, r->pend[i].step,
				   r->pend[i].status, r->pend[i].seconds) < 0)
			return -1;
	for (size_t i = 0; i < r->nclocks; i++)
		if (store_answer_put(r->o->st, r->o->run_id, r->clocks[i].key,
				     r->clocks[i].json) < 0)
			return -1;
	for (size_t i = 0; i < r->nrecs; i++) {
		proto_in in = {.type = r->recs[i].type,
			       .buf = r->recs[i].payload,
			       .len = r->recs[i].len};
		if (r->o->hooks->record(r->o->hooks->arg, r->o->st, &in) < 0)
			return -1;
	}
	return 0;
}

static void pend_clear(struct run *r)
{
	for (size_t i = 0; i < r->npend; i++)
		free(r->pend[i].step);
	r->npend = 0;
	for (size_t i = 0; i < r->nclocks; i++) {
		free(r->clocks[i].key);
		free(r->clocks[i].json);
	}
	r->nclocks = 0;
	for (size_t i = 0; i < r->nrecs; i++)
		free(r->recs[i].payload);
	r->nrecs = 0;
}

static void store_failed(struct run *r)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(r->o->st));
}

/* Commits the queued progress, with an answer when key is not NULL
 * (json NULL: a failed attempt).  0 or -1 (message printed). */
static int commit(struct run *r, const char *key, const char *json,
		  const char *status)
{
	store *st = r->o->st;
	if (store_begin(st) < 0)
		goto fail;
	if (pend_write(r, !key) < 0 ||
	    (key && store_answer_put(st, r->o->run_id, key, json) < 0) ||
	    (status && store_run_set_status(st, r->o->run_id, status) < 0) ||
	    (status && r->o->hooks && r->o->hooks->done &&
	     r->o->hooks->done(r->o->hooks->arg, st) < 0)) {
		store_rollback(st);
		goto fail;
	}
	if (store_commit(st) < 0)
		goto fail;
	pend_clear(r);
	return 0;
fail:
	store_failed(r);
	return -1;
}

struct prompt_msg {
	char *key, *kind, *text, *hint;
	char **options;
	int64_t nopt;
	proto_value def;
	int has_min, has_max;
	int64_t min, max;
};

static void prompt_free(struct prompt_msg *p)
{
	free(p->key);
	free(p->kind);
	free(p->text);
	free(p->hint);
	for (int64_t i = 0; i < p->nopt; i++)
		free(p->options[i]);
	free(p->options);
}

static int opt_int(proto_in *in, int *has, int64_t *v)
{
	proto_value pv;
	if (proto_get_value(in, &pv) < 0)
		return -1;
	*has = pv.type == PV_INT;
	*v = pv.i;
	return 0;
}

static int prompt_parse(proto_in *in, struct prompt_msg *p)
{
	memset(p, 0, sizeof *p);
	if (proto_get_str(in, &p->key) < 0 || proto_get_str(in, &p->kind) < 0 ||
	    get_text(in, &p->text) < 0 || proto_get_int(in, &p->nopt) < 0 ||
	    p->nopt < 0 || p->nopt > 100)
		return -1;
	p->options = xmalloc(((size_t)p->nopt + 1) * sizeof *p->options);
	for (int64_t i = 0; i < p->nopt; i++)
		if (get_text(in, &p->options[i]) < 0) {
			p->nopt = i;
			return -1;
		}
	proto_value hint;
	if (proto_get_value(in, &p->def) < 0 ||
	    proto_get_value(in, &hint) < 0 ||
	    opt_int(in, &p->has_min, &p->min) < 0 ||
	    opt_int(in, &p->has_max, &p->max) < 0)
		return -1;
	if (hint.type == PV_STR)
		p->hint = text_clean(xstrndup(hint.s, hint.len));
	return 0;
}

static char *prompt_line_with(const struct prompt_msg *p, const char *def);

/* The line the user answers at, e.g. "Chọn 1–3: ". */
static char *prompt_line(const struct prompt_msg *p)
{
	char *def = p->def.type == PV_STR
			    ? text_clean(xasprintf(" [%.*s]", (int)p->def.len, p->def.s))
		    : p->def.type == PV_INT
			    ? xasprintf(" [%lld]", (long long)p->def.i)
		    : p->def.type == PV_BOOL ? xasprintf(" [%s]", p->def.i ? "c" : "k")
					     : xstrdup("");
	char *line = prompt_line_with(p, def);
	free(def);
	return line;
}

static char *prompt_line_with(const struct prompt_msg *p, const char *def)
{
	const char *k = p->kind;
	if (strcmp(k, "choose") == 0)
		return xasprintf(_("Chọn 1–%lld%s: "), (long long)p->nopt, def);
	if (strcmp(k, "confirm") == 0)
		return xasprintf(_("%s (c/k)%s: "), p->text, def);
	if (strcmp(k, "text") == 0)
		return xasprintf(_("%s (nhiều dòng; kết thúc bằng một dòng chỉ "
				   "có dấu chấm .): "),
				 p->text);
	if (strcmp(k, "number") == 0 && p->has_min && p->has_max)
		return xasprintf("%s (%lld–%lld)%s: ", p->text,
				 (long long)p->min, (long long)p->max, def);
	return xasprintf("%s%s: ", p->text, def);
}

static void prompt_show(struct run *r, const struct prompt_msg *p)
{
	term *t = r->o->t;
	if (p->hint)
		term_say(t, p->hint);
	if (strcmp(p->kind, "choose") == 0) {
		term_say(t, p->text);
		term_options(t, (const char *const *)p->options,
			     (size_t)p->nopt);
		term_complete_with(t, (const char *const *)p->options,
				   (size_t)p->nopt);
	} else if (strcmp(p->kind, "confirm") == 0) {
		static const char *const yn[] = {"có", "không"};
		term_complete_with(t, yn, 2);
	} else {
		term_complete_with(t, NULL, 0);
	}
}

static int reply_value(struct run *r, int type, const proto_value *v)
{
	proto_begin(&r->out, type);
	proto_put_value(&r->out, v);
	return worker_send(&r->w, &r->out);
}

/* Answers a stored prompt from the store: 1 answered, 0 not stored, -1. */
static int replay_stored(struct run *r, const char *key, int *attempts)
{
	char *json = NULL;
	if (!maybe_stored(r, key))
		return 0;
	int rc = store_answer_get(r->o->st, r->o->run_id, key, &json,
				  attempts);
	if (rc < 0) {
		store_failed(r);
		return -1;
	}
	if (rc == 0 || !json) {
		free(json);
		return 0;
	}
	proto_value v;
	char *buf;
	if (json_decode(json, &v, &buf) < 0)
		v.type = PV_NIL;
	rc = reply_value(r, P_STORED, &v) < 0 ? -1 : 1;
	free(buf);
	free(json);
	return rc;
}

static void on_error(struct run *r);
static int on_get(struct run *r);

/* Saves the lines typed so far of a text prompt (their own transaction):
 * a note typed during a meeting must survive a power cut before its ".". */
static int save_draft(struct run *r, const char *dkey, const char *text)
{
	proto_value v = {.type = PV_STR, .s = text, .len = strlen(text)};
	char *json = json_encode(&v);
	store *st = r->o->st;
	int rc = store_begin(st) < 0 ||
			 store_answer_put(st, r->o->run_id, dkey, json) < 0
		 ? -1
		 : 0;
	if (rc < 0)
		store_rollback(st);
	else
		rc = store_commit(st);
	free(json);
	if (rc < 0)
		store_failed(r);
	return rc;
}

/* Several lines, ended by a line holding only "."; joined with '\n'.  The
 * lines are saved as they come under "<key>#draft", and shown again
 * after a resume. */
static int read_text(struct run *r, const char *key, const char *prompt,
		     char **out)
{
	char *dkey = xasprintf("%s#draft", key), *json = NULL;
	int attempts;
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	proto_value v;
	char *buf = NULL;
	if (store_answer_get(r->o->st, r->o->run_id, dkey, &json,
			     &attempts) == 1 &&
	    json && json_decode(json, &v, &buf) == 0 && v.type == PV_STR &&
	    v.len) {
		sbuf_add(&b, v.s, v.len);
		term_say(r->o->t, prompt);
		term_say(r->o->t, _("Phần đã ghi trước khi bị gián đoạn (gõ "
				    "tiếp, kết thúc bằng dấu chấm .):"));
		term_say(r->o->t, b.buf);
	}
	free(buf);
	free(json);
	const char *p = b.len ? "  … " : prompt;
	int st;
	for (;;) {
		char *line;
		st = term_read(r->o->t, p, &line);
		if (st != TERM_OK)
			break;
		p = "  … ";
		if (strcmp(line, ".") == 0) {
			free(line);
			*out = sbuf_detach(&b);
			/* cleared with the answer, in its transaction */
			proto_value empty = {.type = PV_STR, .s = "", .len = 0};
			r->clocks = xrealloc(r->clocks, (r->nclocks + 1) *
							       sizeof *r->clocks);
			r->clocks[r->nclocks++] =
				(struct clock){dkey, json_encode(&empty)};
			return TERM_OK;
		}
		if (b.len)
			sbuf_adds(&b, "\n");
		sbuf_adds(&b, line);
		free(line);
		/* A person typing waits here: keep what they typed.  When the
		 * next line is already there (typed ahead, a file), it comes
		 * at once and the source still holds it. */
		if (!term_input_pending(r->o->t) &&
		    save_draft(r, dkey, b.buf) < 0) {
			st = TERM_ERROR;
			break;
		}
	}
	sbuf_free(&b);
	free(dkey);
	return st;
}

static int on_side(struct run *r);

/* Reads the worker's answer to a typed line: its validate may print or
 * read answers first.  0 with the verdict (or an error) in r->in; -1 if
 * the worker died or broke the protocol. */
static int await_verdict(struct run *r)
{
	for (;;) {
		if (worker_recv(&r->w, &r->in) != 1)
			return -1;
		int side = on_side(r);
		if (side < 0)
			return -1;
		if (side == 0)
			return 0;
	}
}

/* Queues a W_MSET / W_MADD for the next commit. */
static int on_record(struct run *r)
{
	if (!r->o->hooks || !r->o->hooks->record)
		return -1; /* only a meeting's worker has ctx.meeting */
	r->recs = xrealloc(r->recs, (r->nrecs + 1) * sizeof *r->recs);
	struct record *rec = &r->recs[r->nrecs++];
	rec->type = r->in.type;
	rec->len = r->in.len;
	rec->payload = xmalloc(r->in.len + 1);
	memcpy(rec->payload, r->in.buf, r->in.len + 1);
	return 0;
}

static int reply_text(struct run *r, const char *s)
{
	proto_value v = {.type = PV_STR, .s = s, .len = strlen(s)};
	proto_begin(&r->out, P_VALUE);
	proto_put_value(&r->out, &v);
	return worker_send(&r->w, &r->out);
}

/* A clock reading is an answer the clock gives: stored under its key the
 * first time (with the next commit), replayed after a resume. */
static int on_clock(struct run *r)
{
	char *key, *json = NULL;
	int attempts;
	if (proto_get_str(&r->in, &key) < 0)
		return -1;
	int rc = store_answer_get(r->o->st, r->o->run_id, key, &json,
				  &attempts);
	for (size_t i = 0; rc == 0 && i < r->nclocks; i++)
		if (strcmp(r->clocks[i].key, key) == 0)
			json = xstrdup(r->clocks[i].json), rc = 1;
	proto_value v;
	char *buf = NULL;
	char now[32];
	if (rc == 1 && json && json_decode(json, &v, &buf) == 0 &&
	    v.type == PV_STR) {
		snprintf(now, sizeof now, "%.*s", (int)v.len, v.s);
	} else if (rc >= 0) {
		now_local(now);
		v = (proto_value){.type = PV_STR, .s = now, .len = strlen(now)};
		r->clocks = xrealloc(r->clocks,
				     (r->nclocks + 1) * sizeof *r->clocks);
		r->clocks[r->nclocks++] =
			(struct clock){xstrdup(key), json_encode(&v)};
	}
	free(buf);
	free(json);
	free(key);
	return rc < 0 ? -1 : reply_text(r, now);
}

static int on_query(struct run *r)
{
	char *name;
	if (!r->o->hooks || !r->o->hooks->query ||
	    proto_get_str(&r->in, &name) < 0)
		return -1;
	char *text = r->o->hooks->query(r->o->hooks->arg, r->o->st, name);
	free(name);
	if (!text) {
		store_failed(r);
		return -1;
	}
	int rc = reply_text(r, text);
	free(text);
	return rc;
}

/* Handles the messages a script may send at any time (output, print,
 * ctx.answer, meeting records): 1 handled, 0 not such a message, -1
 * failed. */
static int on_side(struct run *r)
{
	char *s;
	switch (r->in.type) {
	case W_MSET:
	case W_MADD:
		return on_record(r) < 0 ? -1 : 1;
	case W_CLOCK:
		return on_clock(r) < 0 ? -1 : 1;
	case W_MQUERY:
		return on_query(r) < 0 ? -1 : 1;
	case W_SAY:
		if (get_text(&r->in, &s) < 0)
			return -1;
		out_or_hold(r, 0, 0, 0, s);
		free(s);
		return 1;
	case W_LOG:
		if (get_text(&r->in, &s) < 0)
			return -1;
		if (r->o->debug)
			fprintf(stderr, "[lua] %s\n", s);
		free(s);
		return 1;
	case W_GET:
		return on_get(r) < 0 ? -1 : 1;
	case W_PRACTICE:
		if (get_text(&r->in, &s) < 0)
			return -1;
		if (r->o->practice) {
			free(*r->o->practice);
			*r->o->practice = s;
		} else {
			free(s);
		}
		return 1;
	default:
		return 0;
	}
}

/* Handles one W_PROMPT until the answer is committed. */
static enum runner_result on_prompt(struct run *r)
{
	struct prompt_msg p;
	enum runner_result res = RUNNER_ERROR;
	int attempts = 0;
	if (prompt_parse(&r->in, &p) < 0)
		goto out;
	int rc = replay_stored(r, p.key, &attempts);
	if (rc != 0) {
		held_clear(r);
		r->skipping = 1;
		res = rc < 0 ? RUNNER_ERROR : RUNNER_DONE;
		goto out;
	}
	if (r->replay) {
		r->replay = 0;
		r->checkpoint = now_mono();
		held_flush(r);
	}
	prompt_show(r, &p);
	char *pl = prompt_line(&p);
	for (;;) {
		char *line;
		int st = strcmp(p.kind, "text") == 0
				 ? read_text(r, p.key, pl, &line)
				 : term_read(r->o->t, pl, &line);
		if (st != TERM_OK) {
			res = st == TERM_INTERRUPT ? RUNNER_INTERRUPT
			      : st == TERM_EOF     ? RUNNER_EOF
						   : RUNNER_ERROR;
			break;
		}
		proto_begin(&r->out, P_LINE);
		proto_put_str(&r->out, line, strlen(line));
		proto_put_int(&r->out, attempts);
		free(line);
		if (worker_send(&r->w, &r->out) < 0 ||
		    await_verdict(r) < 0) {
			res = RUNNER_DIED;
			break;
		}
		if (r->in.type == W_ERROR) {
			on_error(r); /* e.g. the lesson's validate failed */
			break;
		}
		if (r->in.type != W_VERDICT) {
			res = RUNNER_DIED;
			break;
		}
		int ok, counts = 0;
		proto_value v;
		if (proto_get_bool(&r->in, &ok) < 0 ||
		    proto_get_value(&r->in, &v) < 0)
			break;
		if (ok) {
			char *json = json_encode(&v);
			rc = commit(r, p.key, json, NULL);
			free(json);
			if (rc < 0)
				break;
			res = RUNNER_DONE;
			break;
		}
		if (proto_get_bool(&r->in, &counts) < 0)
			break;
		char *why = text_clean(xstrndup(v.s ? v.s : "", v.len));
		if (counts) {
			attempts++;
			if (commit(r, p.key, NULL, NULL) < 0) {
				free(why);
				break;
			}
		}
		term_warn(r->o->t, why);
		free(why);
	}
	free(pl);
out:
	prompt_free(&p);
	return res;
}

static int on_get(struct run *r)
{
	char *key;
	if (proto_get_str(&r->in, &key) < 0)
		return -1;
	char *json = NULL;
	int attempts;
	int rc = store_answer_get(r->o->st, r->o->run_id, key, &json,
				  &attempts);
	free(key);
	proto_value v = {.type = PV_NIL};
	char *buf = NULL;
	if (rc == 1 && json && json_decode(json, &v, &buf) < 0)
		v.type = PV_NIL;
	rc = rc < 0 ? -1 : reply_value(r, P_VALUE, &v);
	free(buf);
	free(json);
	return rc;
}

static void report_error(struct run *r, const char *msg, const char *tb)
{
	fprintf(stderr, "chibo: %s\n", msg);
	if (r->o->debug && tb && *tb)
		fprintf(stderr, "%s\n", tb);
	if (r->job->meeting)
		fprintf(stderr, _("chibo: buổi sinh hoạt dừng ở đây; mọi điều "
				  "đã ghi vẫn được lưu.  Hãy báo cho người "
				  "soạn danh sách việc hoặc phiếu chấm nêu ở "
				  "trên; sửa xong thì tiếp tục bằng 'chibo "
				  "meeting resume'.\n"));
	else
		fprintf(stderr, _("chibo: bài học dừng ở đây; những câu đã trả "
				  "lời vẫn được lưu.  Hãy báo cho người soạn "
				  "bài.\n"));
}

/* Prints the W_ERROR message in r->in. */
static void on_error(struct run *r)
{
	char *msg = NULL, *tb = NULL;
	get_text(&r->in, &msg);
	get_text(&r->in, &tb);
	report_error(r, msg ? msg : "?", tb);
	free(msg);
	free(tb);
}

static enum runner_result on_step(struct run *r, int begin)
{
	char *id, *title = NULL;
	int64_t index = 0, total = 0;
	if (proto_get_str(&r->in, &id) < 0)
		return RUNNER_ERROR;
	if (begin && (proto_get_int(&r->in, &index) < 0 ||
		      proto_get_int(&r->in, &total) < 0 ||
		      get_text(&r->in, &title) < 0)) {
		free(id);
		return RUNNER_ERROR;
	}
	if (begin) {
		free(r->step);
		r->step = id;
		lap(r);
		pend(r, id, "in_progress", 0);
		out_or_hold(r, 1, (int)index, (int)total, title);
		free(title);
	} else {
		pend(r, id, "done", lap(r));
		free(r->step);
		r->step = NULL;
		free(id);
	}
	return RUNNER_DONE;
}

/* The message loop; returns when the run ends one way or another. */
static enum runner_result loop(struct run *r)
{
	for (;;) {
		if (worker_recv(&r->w, &r->in) != 1)
			return RUNNER_DIED;
		int side = on_side(r);
		if (side < 0)
			return RUNNER_ERROR;
		if (side)
			continue;
		enum runner_result res;
		switch (r->in.type) {
		case W_STEP_BEGIN:
		case W_STEP_END:
			if (on_step(r, r->in.type == W_STEP_BEGIN) != 0)
				return RUNNER_ERROR;
			break;
		case W_PROMPT:
			res = on_prompt(r);
			if (res != RUNNER_DONE)
				return res;
			break;
		case W_DONE:
			if (commit(r, NULL, NULL, "done") < 0)
				return RUNNER_ERROR;
			held_flush(r);
			return RUNNER_DONE;
		case W_ERROR:
			on_error(r);
			return RUNNER_ERROR;
		default:
			return RUNNER_ERROR;
		}
	}
}

enum runner_result runner_run(const runner_opts *o, const worker_job *job)
{
	struct run r = {.o = o, .job = job, .replay = 1};
	char *err = NULL;
	if (worker_start(&r.w, job, &err) < 0) {
		fprintf(stderr, "chibo: %s\n", err);
		free(err);
		return RUNNER_ERROR;
	}
	r.checkpoint = now_mono();
	if (store_answer_keys(o->st, o->run_id, &r.stored, &r.nstored) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(o->st));
		free(worker_finish(&r.w));
		return RUNNER_ERROR;
	}
	enum runner_result res = loop(&r);
	int died = res == RUNNER_DIED;
	if (res == RUNNER_EOF || res == RUNNER_INTERRUPT)
		commit(&r, NULL, NULL, NULL); /* time spent so far */
	if (died || res == RUNNER_EOF || res == RUNNER_INTERRUPT)
		kill(r.w.pid, SIGKILL);
	char *why = worker_finish(&r.w);
	if (died) {
		char *msg = why ? xasprintf("%s: %s", job->shown, why)
				: xasprintf(_("%s: tiến trình chạy bài học "
					      "dừng bất ngờ"),
					    job->shown);
		report_error(&r, msg, NULL);
		free(msg);
		res = RUNNER_ERROR;
	}
	free(why);
	held_clear(&r);
	free(r.held);
	free(r.heading.text);
	pend_clear(&r);
	free(r.pend);
	free(r.recs);
	free(r.clocks);
	for (size_t i = 0; i < r.nstored; i++)
		free(r.stored[i]);
	free(r.stored);
	free(r.step);
	proto_in_free(&r.in);
	proto_out_free(&r.out);
	return res;
}

int runner_collect(const worker_job *job, char **model, sbuf *said,
		   char **error)
{
	worker w;
	*error = NULL;
	if (worker_start(&w, job, error) < 0)
		return -1;
	proto_in in = {0};
	int rc = -1;
	while (worker_recv(&w, &in) == 1) {
		char *s = NULL;
		if (in.type == W_MODEL && model && proto_get_str(&in, &s) == 0) {
			free(*model);
			*model = s;
			s = NULL;
		} else if (in.type == W_SAY && proto_get_str(&in, &s) == 0) {
			if (said)
				sbuf_addf(said, "%s\n", text_clean(s));
		} else if (in.type == W_ERROR &&
			   proto_get_str(&in, error) == 0) {
			text_clean(*error);
			break;
		} else if (in.type == W_DONE) {
			rc = 0;
			break;
		}
		free(s);
	}
	char *why = worker_finish(&w);
	if (rc < 0 && !*error)
		*error = xasprintf("%s: %s", job->shown,
				   why ? why : _("tiến trình chạy bài học dừng "
						 "bất ngờ"));
	free(why);
	proto_in_free(&in);
	return rc;
}
