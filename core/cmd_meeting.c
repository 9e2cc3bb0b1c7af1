/*
 * cmd_meeting.c — chibo meeting start | resume | list | show | abandon
 *
 * A meeting is a run of a checklist plugin (plugins/checklists/<type>.lua)
 * in mode "live" or "rehearse", with what it records in the meeting tables
 * (store_meeting.c) through ctx.meeting.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "access.h"
#include "catalog.h"
#include "cmd.h"
#include "meeting_fields.h"
#include "i18n.h"
#include "runner.h"
#include "store_meeting.h"
#include "util.h"

const char *const cmd_meeting_types[4] = {"regular", "thematic", "combined",
					  "committee"};
#define types cmd_meeting_types

/* What the person reads for a type, a mode, a status. */
const char *cmd_meeting_type_name(const char *t)
{
	if (strcmp(t, "regular") == 0)
		return _("định kỳ");
	if (strcmp(t, "thematic") == 0)
		return _("chuyên đề");
	if (strcmp(t, "combined") == 0)
		return _("định kỳ + chuyên đề");
	return _("họp chi ủy");
}

static const char *status_name(const char *s)
{
	if (strcmp(s, "in_progress") == 0)
		return _("đang họp");
	if (strcmp(s, "done") == 0)
		return _("xong");
	return _("đã bỏ");
}

/* ---- the cell ---------------------------------------------------------- */

struct start_opts {
	const char *type, *cell, *superior, *rubric;
	int rehearse;
};

/* Reads one answer for the first-time setup; NULL if input ended. */
static char *ask_line(app *a, const char *prompt, int required)
{
	for (;;) {
		char *line;
		int st = term_read(a->t, prompt, &line);
		if (st == TERM_INTERRUPT)
			continue;
		if (st != TERM_OK)
			return NULL;
		if (*line || !required)
			return line;
		free(line);
		term_warn(a->t, _("Không được để trống; hãy nhập nội dung."));
	}
}

/* The person's cell, created on first use (asked, or from --cell). */
static int ensure_cell(app *a, const struct start_opts *o, store_cell *cell)
{
	int rc = store_cell_of(a->st, a->person_id, cell);
	if (rc < 0)
		return -1;
	if (rc == 0) {
		char *name = o->cell ? xstrdup(o->cell) : NULL;
		char *sup = o->superior ? xstrdup(o->superior) : NULL;
		if (!name) {
			term_say(a->t, _("Chibo chưa biết chi bộ của đồng chí. "
					 "Hãy cho biết tên chi bộ và đảng bộ "
					 "cấp trên (dùng trên biên bản, nghị "
					 "quyết)."));
			name = ask_line(a, _("Tên chi bộ (ví dụ: Chi bộ thôn "
					     "Nà Làng): "),
					1);
			if (name && !sup)
				sup = ask_line(a, _("Đảng bộ cấp trên (ví dụ: "
						    "Đảng bộ xã Hợp Thành; "
						    "Enter để bỏ qua): "),
					       0);
		}
		if (!name) {
			free(sup);
			fprintf(stderr, _("chibo: chưa có tên chi bộ; chưa "
					  "bắt đầu buổi sinh hoạt.\n"));
			return -2;
		}
		rc = store_cell_create(a->st, a->person_id, name, sup,
				       o->rubric ? o->rubric : "hd42-100",
				       cell);
		free(name);
		free(sup);
		return rc;
	}
	if (o->rubric && strcmp(o->rubric, cell->rubric) != 0) {
		if (store_cell_set_rubric(a->st, cell->id, o->rubric) < 0)
			return -1;
		snprintf(cell->rubric, sizeof cell->rubric, "%s", o->rubric);
	}
	return 0;
}

/* plugins/checklists/<type>.lua, the user's before the bundled one. */
static char *checklist_path(app *a, const char *type)
{
	for (int i = 1; i >= 0; i--) {
		char *p = xasprintf("%s/checklists/%s.lua", a->plugin_dirs[i],
				    type);
		struct stat st;
		if (stat(p, &st) == 0)
			return p;
		free(p);
	}
	return NULL;
}

/* ---- running ----------------------------------------------------------- */

static int hook_record(void *arg, store *st, proto_in *in)
{
	const store_meeting *m = arg;
	return store_meeting_record(st, m->id, in);
}

static char *hook_query(void *arg, store *st, const char *name)
{
	const store_meeting *m = arg;
	if (strncmp(name, "previous_tasks ", 15) == 0)
		return store_meeting_previous_tasks(st, m->unit_id, m->id,
						    name + 15);
	if (strcmp(name, "history") == 0)
		return store_meeting_history(st, m->unit_id, m->id,
					     m->held_on);
	return xstrdup("");
}

static int hook_done(void *arg, store *st)
{
	const store_meeting *m = arg;
	return store_meeting_set_status(st, m->id, "done");
}

static void print_checks(app *a, const char *meeting_id);

/* Runs (or resumes) the checklist of meeting m. */
static int run_meeting(app *a, const store_cell *cell, store_meeting *m,
		       const char *path)
{
	worker_meeting wm = {m->type, cell->name,
			     cell->superior[0] ? cell->superior : NULL,
			     m->rubric[0] ? m->rubric : cell->rubric,
			     m->held_on};
	worker_job job = app_job(a, "run", path, path);
	job.mode = m->mode;
	job.meeting = &wm;
	runner_hooks hooks = {hook_record, hook_query, hook_done, m};
	runner_opts ro = {.st = a->st, .t = a->t, .run_id = m->run_id,
			  .debug = a->debug, .hooks = &hooks};
	enum runner_result res = runner_run(&ro, &job);
	switch (res) {
	case RUNNER_DONE: {
		print_checks(a, m->id);
		char *end = strcmp(m->mode, "live") == 0
				    ? xasprintf(_("Buổi sinh hoạt đã kết thúc và "
						  "được lưu. Xem lại: chibo "
						  "meeting show %.8s"),
						m->id)
				    : xstrdup(_("Buổi tập dượt đã xong. Buổi này "
						"được lưu là tập dượt, không "
						"tính là một buổi sinh hoạt."));
		term_say(a->t, end);
		free(end);
		return 0;
	}
	case RUNNER_EOF:
	case RUNNER_INTERRUPT:
		fprintf(stderr, _("chibo: buổi sinh hoạt chưa xong; mọi điều đã "
				  "ghi đều được lưu. Tiếp tục: chibo meeting "
				  "resume %.8s\n"),
			m->id);
		return 3;
	default:
		return 1;
	}
}

static int meeting_start(app *a, const struct start_opts *o)
{
	store_cell cell;
	int rc = ensure_cell(a, o, &cell);
	if (rc == -2)
		return 3;
	if (rc < 0)
		goto store_fail;
	char *path = checklist_path(a, o->type);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy danh sách việc cho "
				  "loại '%s' (plugins/checklists/%s.lua)\n"),
			o->type, o->type);
		return 1;
	}
	worker_job job = app_job(a, "meta", path, path);
	store_lesson_meta meta;
	if (catalog_meta(&job, &meta, NULL) < 0) {
		free(path);
		return 1;
	}
	if (meta.error) {
		fprintf(stderr, "%s\n", meta.error);
		store_lesson_meta_free(&meta);
		free(path);
		return 1;
	}
	const char *mode = o->rehearse ? "rehearse" : "live";
	char today[32];
	now_local(today);
	today[10] = '\0';
	store_run run;
	store_meeting m;
	if (store_begin(a->st) < 0)
		goto fail;
	if (store_run_create(a->st, a->person_id, meta.lesson_id, meta.version,
			     mode, &run) < 0 ||
	    store_meeting_create(a->st, cell.id, run.id, o->type, mode, today,
				 cell.rubric, &m) < 0) {
		store_rollback(a->st);
		goto fail;
	}
	if (store_commit(a->st) < 0)
		goto fail;
	store_lesson_meta_free(&meta);
	char *head = xasprintf(_("Buổi sinh hoạt %s của %s, ngày %s%s (mã %.8s)"),
			       cmd_meeting_type_name(o->type), cell.name, today,
			       o->rehearse ? _(" — TẬP DƯỢT") : "", m.id);
	term_say(a->t, head);
	free(head);
	rc = run_meeting(a, &cell, &m, path);
	free(path);
	return rc;
fail:
	store_lesson_meta_free(&meta);
	free(path);
store_fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

static int meeting_resume(app *a, const char *id)
{
	store_cell cell;
	int rc = store_cell_of(a->st, a->person_id, &cell);
	if (rc < 0)
		goto fail;
	store_meeting m;
	rc = rc == 0 ? 0
	     : id    ? store_meeting_get(a->st, id, &m)
		     : store_meeting_open(a->st, cell.id, NULL, &m);
	if (rc < 0)
		goto fail;
	if (rc == 0 || strcmp(m.status, "in_progress") != 0 ||
	    strcmp(m.unit_id, cell.id) != 0) {
		fprintf(stderr, _("chibo: không có buổi sinh hoạt nào đang dở "
				  "để tiếp tục (xem: chibo meeting list)\n"));
		return 1;
	}
	char *path = checklist_path(a, m.type);
	if (!path) {
		fprintf(stderr, _("chibo: không tìm thấy danh sách việc cho "
				  "loại '%s'\n"),
			m.type);
		return 1;
	}
	rc = run_meeting(a, &cell, &m, path);
	free(path);
	return rc;
fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

/* ---- list, show, abandon ----------------------------------------------- */

static int list_row(void *arg, const store_meeting *m)
{
	(void)arg;
	char score[48] = "";
	if (m->has_score)
		snprintf(score, sizeof score, "%d %s", m->score, m->band);
	printf("%-10s  %.8s  ", m->held_on, m->id);
	pad_print(stdout, cmd_meeting_type_name(m->type), 20);
	pad_print(stdout, strcmp(m->mode, "live") == 0 ? "" : _("tập dượt"),
		  10);
	pad_print(stdout, status_name(m->status), 10);
	printf("%s\n", score);
	return 0;
}

static int meeting_list(app *a)
{
	store_cell cell;
	int rc = store_cell_of(a->st, a->person_id, &cell);
	if (rc < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	if (rc == 0) {
		printf(_("Chưa có buổi sinh hoạt nào. Bắt đầu: chibo meeting "
			 "start\n"));
		return 0;
	}
	printf("%s\n", cell.name);
	if (store_meeting_each(a->st, cell.id, list_row, NULL) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	return 0;
}

/* A recorded value as people read it. */
static const char *value_text(const struct meeting_field *f, const char *v)
{
	static const char *const words[][2] = {
		{"present", N_("có mặt")},
		{"absent_excused", N_("vắng có lý do")},
		{"absent_unexcused", N_("vắng không lý do")},
		{"guest", N_("khách mời")},
		{"full", N_("chính thức")},
		{"probationary", N_("dự bị")},
	};
	if (f->type == MF_BOOL)
		return atoi(v) ? _("có") : _("không");
	for (size_t i = 0; f->values && i < sizeof words / sizeof *words; i++)
		if (strcmp(words[i][0], v) == 0)
			return _(words[i][1]);
	return v;
}

/* Prints text indented by indent spaces, continuation lines too. */
static void print_indented(const char *text, int indent)
{
	for (const char *p = text; *p; p++) {
		putchar(*p);
		if (*p == '\n')
			printf("%*s", indent, "");
	}
}

/* The meeting row: one "label: value" line per recorded field. */
static int show_fields(void *arg, const char *key, size_t n,
		       const struct meeting_field *f, const char *const *v)
{
	(void)arg;
	(void)key;
	for (size_t i = 0; i < n; i++)
		if (v[i]) {
			printf("  %s: ", _(f[i].label));
			print_indented(value_text(&f[i], v[i]), 4);
			putchar('\n');
		}
	return 0;
}

struct line_print {
	const char *header;
	int printed;
	int kind; /* 0 generic, 1 check, 2 score */
};

/* A list row: "  - label: value; …", checks as ✓/!, score lines as a
 * sheet. */
static int show_line(void *arg, const char *key, size_t n,
		     const struct meeting_field *f, const char *const *v)
{
	struct line_print *lp = arg;
	if (!lp->printed++)
		printf("%s\n", lp->header);
	if (lp->kind == 1) { /* ok, detail */
		printf("  %s %s\n", v[0] && atoi(v[0]) ? "✓" : "!",
		       v[1] ? v[1] : key);
		return 0;
	}
	if (lp->kind == 2) { /* title, points, max */
		printf("  ");
		pad_print(stdout, v[0] ? v[0] : key, 40);
		printf(" %3s / %s\n", v[1] ? v[1] : "-", v[2] ? v[2] : "-");
		return 0;
	}
	printf("  -");
	for (size_t i = 0; i < n; i++)
		if (v[i] && *v[i]) {
			printf(" %s: ", _(f[i].label));
			print_indented(value_text(&f[i], v[i]), 6);
			putchar(';');
		}
	putchar('\n');
	return 0;
}

static void print_list(app *a, const char *id, const char *list,
		       const char *header, int kind)
{
	struct line_print lp = {header, 0, kind};
	if (store_meeting_rows(a->st, id, list, show_line, &lp) < 0)
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
}

/* The procedure checks and the quality sheet (end of a meeting). */
static void print_checks(app *a, const char *meeting_id)
{
	fflush(stdout);
	print_list(a, meeting_id, "check", _("Kiểm tra thủ tục:"), 1);
	print_list(a, meeting_id, "score", _("Chấm điểm chất lượng:"), 2);
	fflush(stdout);
}

static int meeting_show(app *a, const char *id)
{
	store_meeting m;
	int rc = store_meeting_get(a->st, id, &m);
	if (rc <= 0) {
		if (rc == 0 && !*store_errmsg(a->st))
			fprintf(stderr, _("chibo: không có buổi sinh hoạt '%s' "
					  "(xem: chibo meeting list)\n"),
				id);
		else
			fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return 1;
	}
	if (access_unit(a, m.unit_id) < 0)
		return 1;
	printf(_("Buổi sinh hoạt %s, ngày %s%s — %s (mã %s)\n"),
	       cmd_meeting_type_name(m.type), m.held_on,
	       strcmp(m.mode, "live") == 0 ? "" : _(" (tập dượt)"),
	       status_name(m.status), m.id);
	if (store_meeting_rows(a->st, m.id, NULL, show_fields, NULL) < 0)
		goto fail;
	print_list(a, m.id, "person", _("Người dự, vắng:"), 0);
	print_list(a, m.id, "agenda", _("Chương trình:"), 0);
	print_list(a, m.id, "followup", _("Kiểm điểm việc tháng trước:"), 0);
	print_list(a, m.id, "note", _("Ghi chép:"), 0);
	print_list(a, m.id, "decision", _("Quyết định và biểu quyết:"), 0);
	print_list(a, m.id, "task", _("Nhiệm vụ:"), 0);
	print_checks(a, m.id);
	return 0;
fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

static int meeting_abandon(app *a, const char *id)
{
	store_meeting m;
	store_cell cell;
	int rc = store_meeting_get(a->st, id, &m);
	/* only the cell's own meetings */
	if (rc > 0) {
		rc = store_cell_of(a->st, a->person_id, &cell);
		if (rc > 0 && strcmp(cell.id, m.unit_id) != 0)
			rc = 0;
	}
	if (rc == 0) {
		fprintf(stderr, _("chibo: không có buổi sinh hoạt '%s'\n"), id);
		return 1;
	}
	if (rc > 0 && strcmp(m.status, "in_progress") != 0) {
		/* a finished meeting is history: the next month follows up
		 * its tasks */
		fprintf(stderr, _("chibo: buổi sinh hoạt %.8s đã %s; chỉ bỏ "
				  "được buổi đang dở\n"),
			m.id, status_name(m.status));
		return 1;
	}
	if (rc < 0 || store_begin(a->st) < 0)
		goto fail;
	if (store_meeting_set_status(a->st, m.id, "abandoned") < 0 ||
	    store_run_set_status(a->st, m.run_id, "abandoned") < 0) {
		store_rollback(a->st);
		goto fail;
	}
	if (store_commit(a->st) < 0)
		goto fail;
	printf(_("Đã bỏ buổi sinh hoạt %.8s; những gì đã ghi vẫn được giữ.\n"),
	       m.id);
	return 0;
fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

/* ---- arguments --------------------------------------------------------- */

static int parse_start(int argc, char **argv, struct start_opts *o)
{
	memset(o, 0, sizeof *o);
	o->type = "regular";
	for (int i = 0; i < argc; i++) {
		const char **val = NULL;
		if (strcmp(argv[i], "--rehearse") == 0) {
			o->rehearse = 1;
			continue;
		}
		if (strcmp(argv[i], "--type") == 0)
			val = &o->type;
		else if (strcmp(argv[i], "--cell") == 0)
			val = &o->cell;
		else if (strcmp(argv[i], "--superior") == 0)
			val = &o->superior;
		else if (strcmp(argv[i], "--rubric") == 0)
			val = &o->rubric;
		if (!val || i + 1 >= argc)
			return cmd_usage_error(&cmd_meeting_entry,
					       _("đối số không rõ: %s"),
					       argv[i]);
		*val = argv[++i];
	}
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (strcmp(o->type, types[i]) == 0)
			return 0;
	return cmd_usage_error(&cmd_meeting_entry,
			       _("--type: regular, thematic, combined hoặc "
				 "committee, không phải '%s'"),
			       o->type);
}

static int exec_meeting(app *a, int argc, char **argv)
{
	if (argc == 0)
		return cmd_usage_error(&cmd_meeting_entry,
				       _("thiếu lệnh con: start, resume, list, "
					 "show hoặc abandon"));
	const char *sub = argv[0];
	struct start_opts so;
	if (strcmp(sub, "start") == 0) {
		int rc = parse_start(argc - 1, argv + 1, &so);
		if (rc)
			return rc;
	} else if ((strcmp(sub, "list") == 0 && argc != 1) ||
		   ((strcmp(sub, "show") == 0 ||
		     strcmp(sub, "abandon") == 0) &&
		    argc != 2) ||
		   (strcmp(sub, "resume") == 0 && argc > 2)) {
		return cmd_usage_error(&cmd_meeting_entry,
				       _("sai số đối số cho meeting %s"), sub);
	} else if (strcmp(sub, "list") && strcmp(sub, "show") &&
		   strcmp(sub, "abandon") && strcmp(sub, "resume")) {
		return cmd_usage_error(&cmd_meeting_entry,
				       _("không có lệnh con 'meeting %s'"),
				       sub);
	}
	if (app_open_store(a) < 0)
		return 1;
	app_term(a, 0);
	if (strcmp(sub, "start") == 0)
		return meeting_start(a, &so);
	if (strcmp(sub, "resume") == 0)
		return meeting_resume(a, argc == 2 ? argv[1] : NULL);
	if (strcmp(sub, "list") == 0)
		return meeting_list(a);
	if (strcmp(sub, "show") == 0)
		return meeting_show(a, argv[1]);
	return meeting_abandon(a, argv[1]);
}

static int latest_done(void *arg, const store_meeting *m)
{
	store_meeting *last = arg;
	if (strcmp(m->status, "done") == 0 && strcmp(m->mode, "live") == 0)
		*last = *m;
	return 0;
}

void cmd_meeting_latest_done(app *a, char id[37], char date[16])
{
	store_cell cell;
	store_meeting last = {0};
	if (store_cell_of(a->st, a->person_id, &cell) == 1)
		store_meeting_each(a->st, cell.id, latest_done, &last);
	snprintf(id, 37, "%s", last.id);
	snprintf(date, 16, "%s", last.held_on);
}

int cmd_meeting_has_cell(app *a)
{
	store_cell cell;
	return store_cell_of(a->st, a->person_id, &cell) == 1;
}

int cmd_meeting_has_open(app *a)
{
	store_cell cell;
	store_meeting m;
	return store_cell_of(a->st, a->person_id, &cell) == 1 &&
	       store_meeting_open(a->st, cell.id, NULL, &m) == 1;
}

int cmd_meeting_start(app *a, const char *type, int rehearse)
{
	struct start_opts o = {.type = type, .rehearse = rehearse};
	return meeting_start(a, &o);
}

int cmd_meeting_resume(app *a)
{
	return meeting_resume(a, NULL);
}

int cmd_meeting_list(app *a)
{
	return meeting_list(a);
}

const struct cmd_entry cmd_meeting_entry = {
	"meeting",
	N_("chibo meeting start [--type regular|thematic|combined|committee] "
	   "[--rehearse] [--cell TÊN] [--superior TÊN] [--rubric MÃ] | resume "
	   "[MÃ] | list | show MÃ | abandon MÃ"),
	N_("điều hành buổi sinh hoạt chi bộ thật theo từng bước (hoặc tập "
	   "dượt), ghi lại diễn biến, kiểm tra thủ tục và chấm điểm chất "
	   "lượng"),
	exec_meeting,
};
