/*
 * cmd_draft.c — chibo draft new resolution|minutes [--meeting ID]
 * [--template ID] | list | show ID | edit ID | finalize ID | export ID
 * [-o FILE]
 *
 * A draft is written by a template plugin (plugins/documents/<id>.lua,
 * docs/document-api.md): its wizard runs as a lesson run in mode "draft",
 * each finished run is a revision, and the template checks the draft and
 * builds the document model that core/doc.c renders.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "access.h"
#include "catalog.h"
#include "cmd.h"
#include "doc.h"
#include "i18n.h"
#include "json.h"
#include "meeting_fields.h"
#include "runner.h"
#include "store_document.h"
#include "store_meeting.h"
#include "util.h"

static const char *type_name(const char *type)
{
	return strcmp(type, "resolution") == 0 ? _("nghị quyết")
					       : _("biên bản");
}

/* plugins/documents/<id>.lua, the user's before the bundled one. */
static char *template_path(app *a, const char *id)
{
	for (int i = 1; i >= 0; i--) {
		char *p = xasprintf("%s/documents/%s.lua", a->plugin_dirs[i], id);
		struct stat st;
		if (stat(p, &st) == 0)
			return p;
		free(p);
	}
	return NULL;
}

/* ---- what the template sees (the I/A/M/R lines of host.lua) ------------ */

static void add_escaped(sbuf *b, const char *v)
{
	for (; v && *v; v++) {
		if (*v == '\n')
			sbuf_adds(b, "\\n");
		else if (*v == '\t')
			sbuf_adds(b, "\\t");
		else if (*v == '\\')
			sbuf_adds(b, "\\\\");
		else
			sbuf_add(b, v, 1);
	}
}

static void add_line(sbuf *b, const char *tag, const char *const *f, int n)
{
	sbuf_adds(b, tag);
	for (int i = 0; i < n; i++) {
		sbuf_adds(b, "\t");
		add_escaped(b, f[i]);
	}
	sbuf_adds(b, "\n");
}

static int add_answer(void *arg, const char *key, const char *json)
{
	proto_value v;
	char *buf = NULL, num[32];
	if (json_decode(json, &v, &buf) < 0)
		return 0;
	const char *type = "n", *text = "";
	char *s = NULL;
	if (v.type == PV_STR) {
		type = "s";
		text = s = xstrndup(v.s, v.len);
	} else if (v.type == PV_INT || v.type == PV_BOOL) {
		type = v.type == PV_INT ? "i" : "b";
		snprintf(num, sizeof num, "%lld", (long long)v.i);
		text = num;
	}
	const char *f[] = {key, type, text};
	add_line(arg, "A", f, 3);
	free(s);
	free(buf);
	return 0;
}

struct rows_arg {
	sbuf *b;
	const char *list; /* NULL: the meeting's own fields */
};

static int add_row(void *arg, const char *key, size_t n,
		   const struct meeting_field *fields, const char *const *v)
{
	struct rows_arg *ra = arg;
	for (size_t i = 0; i < n; i++) {
		if (!v[i])
			continue;
		if (ra->list) {
			const char *f[] = {ra->list, key, fields[i].name, v[i]};
			add_line(ra->b, "R", f, 4);
		} else {
			const char *f[] = {fields[i].name, v[i]};
			add_line(ra->b, "M", f, 2);
		}
	}
	return 0;
}

/* The lines for a document: the cell's settings, the newest revision's
 * answers (unless skip_answers), the meeting's record.  NULL on error. */
static char *draft_text(app *a, const store_document *d, int skip_answers)
{
	store_cell_docs cd;
	if (store_cell_docs_get(a->st, d->unit_id, &cd) != 1)
		return NULL;
	sbuf b = SBUF_INIT;
	char today[32], number[64] = "";
	now_local(today);
	today[10] = '\0';
	if (d->number)
		snprintf(number, sizeof number, "%02d-%s/%s", d->number, d->code,
			 cd.issuer);
	const char *info[][2] = {
		{"type", d->type},     {"cell", cd.name},
		{"superior", cd.superior}, {"issuer", cd.issuer},
		{"place", cd.place},   {"term", d->number ? d->term : cd.term},
		{"date", today},       {"number", number},
	};
	for (size_t i = 0; i < sizeof info / sizeof *info; i++)
		add_line(&b, "I", info[i], 2);
	int n;
	char *json = skip_answers ? NULL
				  : store_revision_latest(a->st, d->id, &n);
	if (json && store_json_each(a->st, json, add_answer, &b) < 0)
		goto fail;
	free(json);
	json = NULL;
	if (d->meeting_id[0]) {
		struct rows_arg ra = {&b, NULL};
		store_meeting m;
		if (store_meeting_get(a->st, d->meeting_id, &m) != 1 ||
		    store_meeting_rows(a->st, d->meeting_id, NULL, add_row,
				       &ra) < 0)
			goto fail;
		const char *type[] = {"type", m.type}, *mode[] = {"mode", m.mode};
		add_line(&b, "M", type, 2);
		add_line(&b, "M", mode, 2);
		for (size_t i = 0; i < meeting_nlists; i++) {
			ra.list = meeting_lists[i].name;
			if (store_meeting_rows(a->st, d->meeting_id, ra.list,
					       add_row, &ra) < 0)
				goto fail;
		}
	}
	return sbuf_detach(&b);
fail:
	free(json);
	sbuf_free(&b);
	return NULL;
}

/* ---- running the template ---------------------------------------------- */

/* Runs a template action (runner_collect); says why it failed. */
static int template_collect(worker_job *job, char **model, sbuf *said)
{
	char *err = NULL;
	int rc = runner_collect(job, model, said, &err);
	if (rc < 0)
		fprintf(stderr, "chibo: %s\n", err);
	free(err);
	return rc;
}

/* The document's model, built by its template from the newest revision. */
static doc *build_doc(app *a, const store_document *d)
{
	char *path = template_path(a, d->template_id);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy mẫu văn bản '%s'\n"),
			d->template_id);
		return NULL;
	}
	char *draft = draft_text(a, d, 0);
	if (!draft) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		free(path);
		return NULL;
	}
	worker_job job = app_job(a, "draft-build", path, path);
	job.draft = draft;
	char *model = NULL;
	doc *out = NULL;
	if (template_collect(&job, &model, NULL) == 0 && model) {
		char *err = NULL;
		out = doc_parse(model, &err);
		if (!out) {
			fprintf(stderr, "chibo: %s: %s\n", path, err);
			free(err);
		}
	}
	free(model);
	free(draft);
	free(path);
	return out;
}

static int run_hook_done(void *arg, store *st)
{
	const store_document *d = arg;
	return store_revision_add(st, d->id, d->run_id);
}

/* Runs (or continues) the wizard run d->run_id. */
static int run_wizard(app *a, store_document *d, const char *path)
{
	/* answers of the newest revision are defaults (ctx.draft.value) */
	char *draft = draft_text(a, d, 0);
	if (!draft) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	worker_job job = app_job(a, "draft", path, path);
	job.mode = "draft";
	job.draft = draft;
	runner_hooks hooks = {NULL, NULL, run_hook_done, d};
	runner_opts ro = {.st = a->st, .t = a->t, .run_id = d->run_id,
			  .debug = a->debug, .hooks = &hooks};
	enum runner_result res = runner_run(&ro, &job);
	free(draft);
	if (res == RUNNER_DONE) {
		char *msg = xasprintf(_("Đã lưu bản thảo %s (lần %d). Xem: chibo "
					"draft show %.8s; xuất ra tệp: chibo "
					"draft export %.8s"),
				      type_name(d->type), d->revisions + 1,
				      d->id, d->id);
		term_say(a->t, msg);
		free(msg);
		return 0;
	}
	if (res == RUNNER_EOF || res == RUNNER_INTERRUPT) {
		fprintf(stderr, _("chibo: bản thảo chưa xong; những gì đã nhập "
				  "được lưu. Tiếp tục: chibo draft edit "
				  "%.8s\n"),
			d->id);
		return 3;
	}
	return 1;
}

/* Starts a new wizard run for d (inside a transaction). */
static int new_run(app *a, store_document *d, int version)
{
	store_run run;
	if (store_run_create(a->st, a->person_id, d->template_id, version,
			     "draft", &run) < 0 ||
	    store_document_set_run(a->st, d->id, run.id) < 0)
		return -1;
	snprintf(d->run_id, sizeof d->run_id, "%s", run.id);
	return 0;
}

/* ---- subcommands ------------------------------------------------------- */

static int draft_new(app *a, const char *type, const char *meeting_id,
		     const char *template_id)
{
	store_cell c;
	int rc = store_cell_of(a->st, a->person_id, &c);
	if (rc <= 0) {
		if (rc == 0)
			fprintf(stderr, _("chibo: chưa có chi bộ; đặt tên trước: "
					  "chibo cell set --name \"Chi bộ thôn "
					  "…\"\n"));
		else
			fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	if (!template_id)
		template_id = strcmp(type, "resolution") == 0 ? "nghi-quyet"
							      : "bien-ban";
	char *path = template_path(a, template_id);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy mẫu văn bản '%s' "
				  "(plugins/documents/%s.lua)\n"),
			template_id, template_id);
		return 1;
	}
	store_meeting m;
	if (meeting_id) {
		rc = store_meeting_get(a->st, meeting_id, &m);
		if (rc <= 0 || strcmp(m.unit_id, c.id) != 0) {
			fprintf(stderr, _("chibo: không có buổi sinh hoạt '%s' "
					  "của chi bộ (xem: chibo meeting "
					  "list)\n"),
				meeting_id);
			free(path);
			return 1;
		}
	}
	worker_job job = app_job(a, "draft-meta", path, path);
	store_lesson_meta meta;
	rc = 1;
	if (catalog_meta(&job, &meta, NULL) < 0)
		goto out_path;
	if (meta.error) {
		fprintf(stderr, "%s\n", meta.error);
		goto out;
	}
	/* summary carries "type\tcode" */
	char *tab = meta.summary ? strchr(meta.summary, '\t') : NULL;
	if (!tab || strncmp(meta.summary, type, (size_t)(tab - meta.summary)) ||
	    strlen(type) != (size_t)(tab - meta.summary)) {
		fprintf(stderr, _("chibo: mẫu '%s' không phải mẫu %s\n"),
			template_id, type_name(type));
		goto out;
	}
	store_document d;
	if (store_begin(a->st) < 0)
		goto fail;
	if (store_document_create(a->st, c.id, meeting_id ? m.id : NULL,
				  template_id, type, tab + 1, &d) < 0 ||
	    new_run(a, &d, meta.version) < 0) {
		store_rollback(a->st);
		goto fail;
	}
	if (store_commit(a->st) < 0)
		goto fail;
	rc = run_wizard(a, &d, path);
	goto out;
fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
out:
	store_lesson_meta_free(&meta);
out_path:
	free(path);
	return rc;
}

/* 1 if the draft has a saved revision; otherwise says how to go on. */
static int saved_once(const store_document *d)
{
	if (d->revisions > 0)
		return 1;
	fprintf(stderr, _("chibo: bản thảo %.8s chưa được lưu lần nào; soạn "
			  "tiếp: chibo draft edit %.8s\n"),
		d->id, d->id);
	return 0;
}

/* Looks a document up by id; prints why not and returns 0 when absent or
 * out of reach: a cell's documents are changed by its own people (write),
 * read by them and by who access.c lets see the cell. */
static int find_doc(app *a, const char *id, store_document *d, int write)
{
	int rc = store_document_get(a->st, id, d);
	if (rc > 0 && write) {
		store_cell c;
		rc = store_cell_of(a->st, a->person_id, &c);
		if (rc == 1 && strcmp(c.id, d->unit_id) == 0)
			return 1;
		if (rc >= 0)
			rc = 0;
	} else if (rc > 0) {
		return access_unit(a, d->unit_id) == 0;
	}
	if (rc == 0 && !*store_errmsg(a->st))
		fprintf(stderr, _("chibo: không có văn bản '%s' (xem: chibo "
				  "draft list)\n"),
			id);
	else
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 0;
}

static int draft_edit(app *a, const char *id)
{
	store_document d;
	if (!find_doc(a, id, &d, 1))
		return 1;
	if (strcmp(d.status, "final") == 0) {
		fprintf(stderr, _("chibo: văn bản %.8s đã hoàn tất; chỉ xem và "
				  "xuất ra tệp được\n"),
			d.id);
		return 1;
	}
	char *path = template_path(a, d.template_id);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy mẫu văn bản '%s'\n"),
			d.template_id);
		return 1;
	}
	store_run run;
	int open = d.run_id[0] && store_run_get(a->st, d.run_id, &run) == 1 &&
		   strcmp(run.status, "in_progress") == 0;
	if (!open) {
		if (store_begin(a->st) < 0 || new_run(a, &d, 1) < 0 ||
		    store_commit(a->st) < 0) {
			store_rollback(a->st);
			fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
			free(path);
			return 1;
		}
	}
	int rc = run_wizard(a, &d, path);
	free(path);
	return rc;
}

static int list_row(void *arg, const store_document *d)
{
	const store_cell_docs *cd = arg;
	char state[96];
	if (strcmp(d->status, "final") == 0)
		snprintf(state, sizeof state, _("Số %02d-%s/%s (%s)"), d->number,
			 d->code, cd->issuer, d->term);
	else
		snprintf(state, sizeof state, _("bản thảo, %d lần lưu"),
			 d->revisions);
	printf("%.10s  %.8s  ", d->created_at, d->id);
	pad_print(stdout, type_name(d->type), 12);
	printf("%s\n", state);
	return 0;
}

static int draft_list(app *a)
{
	store_cell c;
	store_cell_docs cd;
	int rc = store_cell_of(a->st, a->person_id, &c);
	if (rc == 0) {
		printf(_("Chưa có văn bản nào. Soạn: chibo draft new "
			 "resolution\n"));
		return 0;
	}
	if (rc < 0 || store_cell_docs_get(a->st, c.id, &cd) < 0 ||
	    store_document_each(a->st, c.id, list_row, &cd) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	return 0;
}

static int draft_show(app *a, const char *id)
{
	store_document d;
	if (!find_doc(a, id, &d, 0))
		return 1;
	if (!saved_once(&d))
		return 1;
	doc *doc = build_doc(a, &d);
	if (!doc)
		return 1;
	char *txt = doc_txt(doc);
	fputs(txt, stdout);
	free(txt);
	doc_free(doc);
	return 0;
}

static int draft_finalize(app *a, const char *id)
{
	store_document d;
	store_cell_docs cd;
	if (!find_doc(a, id, &d, 1))
		return 1;
	if (strcmp(d.status, "final") == 0) {
		fprintf(stderr, _("chibo: văn bản %.8s đã hoàn tất\n"), d.id);
		return 1;
	}
	if (!saved_once(&d))
		return 1;
	if (store_cell_docs_get(a->st, d.unit_id, &cd) != 1) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	if (!cd.term[0]) {
		fprintf(stderr, _("chibo: chưa đặt nhiệm kỳ của chi bộ (số văn "
				  "bản đánh lại từ 01 mỗi nhiệm kỳ): chibo cell "
				  "set --term 2025-2027\n"));
		return 1;
	}
	char *path = template_path(a, d.template_id);
	char *draft = path ? draft_text(a, &d, 0) : NULL;
	if (!draft) {
		fprintf(stderr, _("chibo: không tìm thấy mẫu văn bản '%s'\n"),
			d.template_id);
		free(path);
		return 1;
	}
	worker_job job = app_job(a, "draft-check", path, path);
	job.draft = draft;
	sbuf problems = SBUF_INIT;
	int rc = template_collect(&job, NULL, &problems);
	free(draft);
	free(path);
	if (rc < 0) {
		sbuf_free(&problems);
		return 1;
	}
	if (problems.len) {
		fprintf(stderr, _("chibo: chưa hoàn tất được văn bản %.8s; cần "
				  "sửa (chibo draft edit %.8s):\n%s"),
			d.id, d.id, problems.buf);
		sbuf_free(&problems);
		return 1;
	}
	sbuf_free(&problems);
	int number;
	if (store_document_finalize(a->st, d.id, cd.term, &number) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	printf(_("Đã hoàn tất %s Số %02d-%s/%s (nhiệm kỳ %s). Văn bản từ nay chỉ "
		 "xem và xuất ra tệp được: chibo draft export %.8s\n"),
	       type_name(d.type), number, d.code, cd.issuer, cd.term, d.id);
	return 0;
}

static int draft_export(app *a, const char *id, const char *out)
{
	store_document d;
	if (!find_doc(a, id, &d, 0))
		return 1;
	if (!saved_once(&d))
		return 1;
	char *name = out ? xstrdup(out)
		   : d.number ? xasprintf("%s-%02d-%s.docx", d.template_id,
					  d.number, d.term)
			      : xasprintf("%s-ban-thao-%.8s.docx",
					  d.template_id, d.id);
	doc *doc = build_doc(a, &d);
	int rc = 1;
	if (doc) {
		char *err = NULL;
		if (doc_write(doc, name, &err) < 0) {
			fprintf(stderr, "chibo: %s\n", err);
			free(err);
		} else {
			printf(_("Đã ghi %s\n"), name);
			rc = 0;
		}
		doc_free(doc);
	}
	free(name);
	return rc;
}

static int exec_draft(app *a, int argc, char **argv)
{
	if (argc == 0)
		return cmd_usage_error(&cmd_draft_entry,
				       _("thiếu lệnh con: new, list, show, edit, "
					 "finalize hoặc export"));
	const char *sub = argv[0];
	const char *type = NULL, *meeting = NULL, *tmpl = NULL, *out = NULL;
	if (strcmp(sub, "new") == 0) {
		if (argc < 2 || (strcmp(argv[1], "resolution") &&
				 strcmp(argv[1], "minutes")))
			return cmd_usage_error(&cmd_draft_entry,
					       _("draft new cần resolution hoặc "
						 "minutes"));
		type = argv[1];
		for (int i = 2; i < argc; i++) {
			if (strcmp(argv[i], "--meeting") == 0 && i + 1 < argc)
				meeting = argv[++i];
			else if (strcmp(argv[i], "--template") == 0 &&
				 i + 1 < argc)
				tmpl = argv[++i];
			else
				return cmd_usage_error(&cmd_draft_entry,
						       _("đối số không rõ: %s"),
						       argv[i]);
		}
	} else if (strcmp(sub, "export") == 0) {
		if (argc == 4 && strcmp(argv[2], "-o") == 0)
			out = argv[3];
		else if (argc != 2)
			return cmd_usage_error(&cmd_draft_entry,
					       _("draft export MÃ [-o TỆP]"));
	} else if (strcmp(sub, "list") == 0) {
		if (argc != 1)
			return cmd_usage_error(&cmd_draft_entry,
					       _("draft list không nhận đối số"));
	} else if (!strcmp(sub, "show") || !strcmp(sub, "edit") ||
		   !strcmp(sub, "finalize")) {
		if (argc != 2)
			return cmd_usage_error(&cmd_draft_entry,
					       _("draft %s cần đúng một mã văn "
						 "bản"),
					       sub);
	} else {
		return cmd_usage_error(&cmd_draft_entry,
				       _("không có lệnh con 'draft %s'"), sub);
	}
	if (app_open_store(a) < 0)
		return 1;
	app_term(a, 0);
	if (type)
		return draft_new(a, type, meeting, tmpl);
	if (strcmp(sub, "list") == 0)
		return draft_list(a);
	if (strcmp(sub, "show") == 0)
		return draft_show(a, argv[1]);
	if (strcmp(sub, "edit") == 0)
		return draft_edit(a, argv[1]);
	if (strcmp(sub, "finalize") == 0)
		return draft_finalize(a, argv[1]);
	return draft_export(a, argv[1], out);
}

void cmd_draft_from_run(app *a, const char *template_id, const char *run_id)
{
	store_cell c;
	if (store_cell_of(a->st, a->person_id, &c) != 1) {
		term_say(a->t, _("Bài thực hành đã soạn một bản thảo; để lưu nó "
				 "thành văn bản của chi bộ, hãy đặt tên chi bộ "
				 "(chibo cell set --name \"Chi bộ thôn …\") rồi "
				 "học lại bài."));
		return;
	}
	char *path = template_path(a, template_id);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy mẫu văn bản '%s'\n"),
			template_id);
		return;
	}
	worker_job job = app_job(a, "draft-meta", path, path);
	store_lesson_meta meta;
	char *tab;
	if (catalog_meta(&job, &meta, NULL) < 0 || meta.error ||
	    !(tab = strchr(meta.summary, '\t'))) {
		if (meta.error)
			fprintf(stderr, "%s\n", meta.error);
		store_lesson_meta_free(&meta);
		free(path);
		return;
	}
	*tab = '\0';
	store_document d;
	int ok = store_begin(a->st) == 0;
	if (ok && (store_document_create(a->st, c.id, NULL, template_id,
					 meta.summary, tab + 1, &d) < 0 ||
		   store_document_set_run(a->st, d.id, run_id) < 0 ||
		   store_revision_add(a->st, d.id, run_id) < 0)) {
		store_rollback(a->st);
		ok = 0;
	}
	if (ok && store_commit(a->st) == 0) {
		char *msg = xasprintf(_("Bản thảo %s luyện tập đã được lưu. Xem: "
					"chibo draft show %.8s; xuất ra tệp: "
					"chibo draft export %.8s"),
				      type_name(meta.summary), d.id, d.id);
		term_say(a->t, msg);
		free(msg);
	} else {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	}
	store_lesson_meta_free(&meta);
	free(path);
}

int cmd_draft_new(app *a, const char *type, const char *meeting_id)
{
	return draft_new(a, type, meeting_id, NULL);
}

int cmd_draft_list(app *a)
{
	return draft_list(a);
}

struct ids {
	char (*id)[STORE_ID_LEN];
	char **label;
	size_t n;
	const store_cell_docs *cd;
};

static int collect_id(void *arg, const store_document *d)
{
	struct ids *ids = arg;
	ids->id = xrealloc(ids->id, (ids->n + 1) * sizeof *ids->id);
	ids->label = xrealloc(ids->label, (ids->n + 1) * sizeof *ids->label);
	snprintf(ids->id[ids->n], STORE_ID_LEN, "%s", d->id);
	ids->label[ids->n++] =
		strcmp(d->status, "final") == 0
			? xasprintf(_("%s Số %02d-%s/%s, %.10s"),
				    type_name(d->type), d->number, d->code,
				    ids->cd->issuer, d->created_at)
			: xasprintf(_("%s (bản thảo, %d lần lưu), %.10s"),
				    type_name(d->type), d->revisions,
				    d->created_at);
	return 0;
}

/* Reads a number from 1 to n; 0 for Enter (back) or the end of input. */
static long read_choice(app *a, const char *prompt, size_t n)
{
	for (;;) {
		char *line;
		int st = term_read(a->t, prompt, &line);
		if (st == TERM_INTERRUPT)
			continue;
		if (st != TERM_OK)
			return 0;
		long k = strtol(line, NULL, 10);
		int empty = !*line;
		free(line);
		if (empty)
			return 0;
		if (k >= 1 && (size_t)k <= n)
			return k;
		term_warn(a->t, _("Hãy chọn một số trong danh sách."));
	}
}

int cmd_draft_menu(app *a)
{
	store_cell c;
	store_cell_docs cd;
	if (store_cell_of(a->st, a->person_id, &c) != 1 ||
	    store_cell_docs_get(a->st, c.id, &cd) != 1)
		return draft_list(a);
	struct ids ids = {.cd = &cd};
	int rc = 0;
	if (store_document_each(a->st, c.id, collect_id, &ids) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		rc = 1;
	} else if (ids.n == 0) {
		rc = draft_list(a);
	} else {
		term_options(a->t, (const char *const *)ids.label, ids.n);
	}
	long k = rc == 0 && ids.n
			 ? read_choice(a, _("Chọn văn bản (Enter để quay "
					    "lại): "),
				       ids.n)
			 : 0;
	if (k) {
		const char *id = ids.id[k - 1];
		const char *acts[] = {_("Xem"), _("Sửa (lưu thành lần mới)"),
				      _("Hoàn tất và đánh số"),
				      _("Xuất ra tệp .docx")};
		term_options(a->t, acts, 4);
		switch (read_choice(a, _("Chọn (Enter để quay lại): "), 4)) {
		case 1:
			rc = draft_show(a, id);
			break;
		case 2:
			rc = draft_edit(a, id);
			break;
		case 3:
			rc = draft_finalize(a, id);
			break;
		case 4:
			rc = draft_export(a, id, NULL);
			break;
		}
	}
	for (size_t i = 0; i < ids.n; i++)
		free(ids.label[i]);
	free(ids.label);
	free(ids.id);
	return rc;
}

const struct cmd_entry cmd_draft_entry = {
	"draft",
	N_("chibo draft new resolution|minutes [--meeting MÃ] [--template MÃ] | "
	   "list | show MÃ | edit MÃ | finalize MÃ | export MÃ [-o TỆP]"),
	N_("soạn nghị quyết, biên bản theo thể thức của Đảng (từ buổi sinh hoạt "
	   "đã ghi), hoàn tất, đánh số và xuất ra .docx, .html, .txt"),
	exec_draft,
};
