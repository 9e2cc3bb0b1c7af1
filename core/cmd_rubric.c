/*
 * cmd_rubric.c — chibo rubric list | check FILE | score FILE --facts FILE
 *
 * Quality rubrics are plugins (plugins/rubrics/<id>.lua); these commands let
 * a province's author check one and see the sheet it gives for a set of
 * facts, without holding a meeting.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "runner.h"
#include "util.h"

static int rubric_list(app *a)
{
	for (int i = 0; i < 2; i++) {
		char *dir = xasprintf("%s/rubrics", a->plugin_dirs[i]);
		size_t n;
		char **names = lua_files(dir, &n);
		for (size_t k = 0; k < n; k++) {
			char *path = xasprintf("%s/%s", dir, names[k]);
			worker_job job = app_job(a, "rubric-check", path, path);
			store_lesson_meta m;
			if (catalog_meta(&job, &m, NULL) == 0) {
				if (m.error)
					fprintf(stderr, "%s\n", m.error);
				else
					printf("%-16s %s\n", m.lesson_id,
					       m.title);
				store_lesson_meta_free(&m);
			}
			free(path);
			free(names[k]);
		}
		free(names);
		free(dir);
	}
	return 0;
}

static int rubric_check(app *a, const char *file)
{
	worker_job job = app_job(a, "rubric-check", file, file);
	store_lesson_meta m;
	char *extra = NULL;
	if (catalog_meta(&job, &m, &extra) < 0)
		return 1;
	int rc = 0;
	if (m.error) {
		fprintf(stderr, "%s\n", m.error);
		rc = 1;
	} else {
		/* version carries the sum of the groups' maxima */
		printf(_("%s: hợp lệ (phiếu '%s', tổng %d điểm)\n"), file,
		       m.lesson_id, m.version);
		for (char *s = extra, *nl; s && *s; s = nl + 1) {
			nl = strchr(s, '\n');
			if (!nl)
				break;
			*nl = '\0';
			if (strncmp(s, "K\t", 2) == 0) {
				char *id = strchr(s + 2, '\t');
				char *title = id ? strchr(id + 1, '\t') : NULL;
				if (id && title)
					printf("  %.*s %s\n", (int)(title - id - 1),
					       id + 1, title + 1);
			}
		}
	}
	free(extra);
	store_lesson_meta_free(&m);
	return rc;
}

static int rubric_score(app *a, const char *file, const char *facts)
{
	worker_job job = app_job(a, "rubric-score", file, file);
	job.facts = facts;
	sbuf sheet = SBUF_INIT;
	char *err = NULL;
	int rc = runner_collect(&job, NULL, &sheet, &err);
	if (sheet.len)
		fputs(sheet.buf, stdout);
	if (rc < 0)
		fprintf(stderr, "%s\n", err);
	free(err);
	sbuf_free(&sheet);
	return rc < 0 ? 1 : 0;
}

static int exec_rubric(app *a, int argc, char **argv)
{
	if (argc == 1 && strcmp(argv[0], "list") == 0)
		return rubric_list(a);
	if (argc == 2 && strcmp(argv[0], "check") == 0)
		return rubric_check(a, argv[1]);
	if (argc == 4 && strcmp(argv[0], "score") == 0 &&
	    strcmp(argv[2], "--facts") == 0)
		return rubric_score(a, argv[1], argv[3]);
	return cmd_usage_error(&cmd_rubric_entry,
			       _("cần: list, check TỆP hoặc score TỆP --facts "
				 "TỆP"));
}

const struct cmd_entry cmd_rubric_entry = {
	"rubric",
	N_("chibo rubric list | check TỆP | score TỆP --facts TỆP"),
	N_("xem, kiểm tra và chạy thử phiếu chấm chất lượng buổi sinh hoạt "
	   "(plugins/rubrics/)"),
	exec_rubric,
};
