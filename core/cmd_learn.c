/*
 * cmd_learn.c — chibo learn [ID | FILE.lua] [--restart]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "runner.h"
#include "util.h"

static int is_file_arg(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n > 4 && strcmp(s + n - 4, ".lua") == 0);
}

/* The lesson of the newest unfinished run of this user that the catalog
 * has (a lesson learnt from a file outside it cannot be found by id). */
struct newest {
	catalog cat;
	char *id;
};

static int pick_open(void *arg, const char *lesson_id, const char *status,
		     int steps_done, int ever_done)
{
	(void)steps_done;
	(void)ever_done;
	struct newest *n = arg;
	if (strcmp(status, "in_progress") == 0 &&
	    catalog_find(&n->cat, lesson_id)) {
		n->id = xstrdup(lesson_id);
		return 1;
	}
	return 0;
}

/* arg: the lesson as the user named it (id or file), for the resume hint. */
static int finish(app *a, enum runner_result res, const char *arg)
{
	switch (res) {
	case RUNNER_DONE:
		term_say(a->t, _("Đồng chí đã hoàn thành bài học. Tiến độ "
				 "đã được lưu."));
		return 0;
	case RUNNER_EOF:
	case RUNNER_INTERRUPT:
		fprintf(stderr,
			_("chibo: bài học chưa xong; tiến độ đã được lưu. Chạy "
			  "'chibo learn %s' để học tiếp.\n"),
			arg);
		return 3;
	default:
		return 1;
	}
}

int cmd_learn_lesson(app *a, const char *arg, int restart)
{
	const char *path, *shown;
	store_lesson_meta meta = {0};
	catalog cat = {0};
	int rc = 1;
	if (is_file_arg(arg)) {
		path = shown = arg;
		worker_job job = app_job(a, "meta", path, shown);
		if (catalog_meta(&job, &meta, NULL) < 0)
			goto out;
		if (meta.error) {
			fprintf(stderr, "%s\n", meta.error);
			fprintf(stderr, _("chibo: bài học có lỗi; hãy sửa rồi "
					  "thử lại (chibo lesson check %s).\n"),
				arg);
			goto out;
		}
	} else {
		if (catalog_load(&cat, a) < 0)
			goto out;
		const catalog_entry *e = catalog_find(&cat, arg);
		if (!e) {
			rc = cmd_usage_error(&cmd_learn_entry,
					     _("không có bài học '%s' (xem: "
					       "chibo lesson list)"),
					     arg);
			goto out;
		}
		path = shown = e->meta.path;
		meta.lesson_id = xstrdup(e->meta.lesson_id);
		meta.version = e->meta.version;
	}
	store_run run;
	int found = store_run_find_open(a->st, a->person_id, meta.lesson_id,
					&run);
	if (found < 0)
		goto store_fail;
	if (found && restart) {
		if (store_begin(a->st) < 0 ||
		    store_run_set_status(a->st, run.id, "abandoned") < 0 ||
		    store_commit(a->st) < 0)
			goto store_fail;
		found = 0;
	}
	if (found && run.lesson_version != meta.version) {
		/* Answers of steps that are still there are kept and replayed;
		 * the run is now on the file's version. */
		if (store_begin(a->st) < 0 ||
		    store_run_set_version(a->st, run.id, meta.version) < 0 ||
		    store_commit(a->st) < 0)
			goto store_fail;
	}
	if (!found && store_run_create(a->st, a->person_id, meta.lesson_id,
				       meta.version, "learn", &run) < 0)
		goto store_fail;
	app_term(a, 0);
	worker_job job = app_job(a, "run", path, shown);
	char *practice = NULL;
	runner_opts ro = {.st = a->st, .t = a->t, .run_id = run.id,
			  .debug = a->debug, .practice = &practice};
	rc = finish(a, runner_run(&ro, &job), arg);
	if (rc == 0 && practice)
		cmd_draft_from_run(a, practice, run.id);
	free(practice);
	goto out;
store_fail:
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
out:
	store_lesson_meta_free(&meta);
	catalog_free(&cat);
	return rc;
}

static int exec_learn(app *a, int argc, char **argv)
{
	const char *arg = NULL;
	int restart = 0;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--restart") == 0)
			restart = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cmd_usage_error(&cmd_learn_entry,
					       _("tùy chọn không rõ: %s"),
					       argv[i]);
		else if (arg)
			return cmd_usage_error(&cmd_learn_entry,
					       _("chỉ học một bài mỗi lần"));
		else
			arg = argv[i];
	}
	if (app_open_store(a) < 0)
		return 1;
	struct newest n = {0};
	if (!arg) {
		if (catalog_load(&n.cat, a) < 0 ||
		    store_progress_each(a->st, a->person_id, pick_open, &n) < 0) {
			catalog_free(&n.cat);
			return 1;
		}
		catalog_free(&n.cat);
		if (!n.id)
			return cmd_usage_error(
				&cmd_learn_entry,
				_("chưa có bài nào đang học dở; hãy chọn một "
				  "bài (chibo lesson list)"));
		arg = n.id;
	}
	int rc = cmd_learn_lesson(a, arg, restart);
	free(n.id);
	return rc;
}

const struct cmd_entry cmd_learn_entry = {
	"learn",
	N_("chibo learn [ID | TỆP.lua] [--restart]"),
	N_("học một bài; bài đang học dở thì học tiếp từ câu chưa trả lời "
	   "(--restart: học lại từ đầu, giữ lần học cũ)"),
	exec_learn,
};
