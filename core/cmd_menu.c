/*
 * cmd_menu.c — chibo with no command: the interactive menu (continue where
 * I stopped, lessons with progress, quit).  Ctrl-D quits; Ctrl-C clears the
 * prompt; Ctrl-C inside a lesson comes back here with progress kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "util.h"

struct menu_state {
	catalog cat;
	char *open_id; /* a lesson with an unfinished run */
	int *pct;
};

static int collect(void *arg, const char *lesson_id, const char *status,
		   int steps_done, int ever_done)
{
	struct menu_state *m = arg;
	for (size_t i = 0; i < m->cat.n; i++) {
		const store_lesson_meta *e = &m->cat.e[i].meta;
		if (!e->lesson_id || strcmp(e->lesson_id, lesson_id) != 0)
			continue;
		int pct = e->steps ? 100 * steps_done / e->steps : 0;
		m->pct[i] = ever_done ? 100 : pct > 100 ? 100 : pct;
		if (strcmp(status, "in_progress") == 0 && !m->open_id &&
		    !m->cat.e[i].hidden)
			m->open_id = xstrdup(lesson_id);
	}
	return 0;
}

static int load(app *a, struct menu_state *m)
{
	memset(m, 0, sizeof *m);
	if (catalog_load(&m->cat, a) < 0)
		return -1;
	m->pct = calloc(m->cat.n + 1, sizeof *m->pct);
	return store_progress_each(a->st, a->person_id, collect, m);
}

static void unload(struct menu_state *m)
{
	catalog_free(&m->cat);
	free(m->open_id);
	free(m->pct);
}

/* The lessons screen: pick one by number or id; "" goes back. */
static char *pick_lesson(app *a, struct menu_state *m)
{
	const char **ids = xmalloc((m->cat.n + 1) * sizeof *ids);
	size_t n = 0;
	term_say(a->t, _("Các bài học:"));
	for (size_t i = 0; i < m->cat.n; i++) {
		const catalog_entry *e = &m->cat.e[i];
		if (e->meta.error || e->hidden)
			continue;
		ids[n++] = e->meta.lesson_id;
		char *line = xasprintf(_("%2zu. %s — %d phút, đã học %d%% "
					 "(%s)"),
				       n, e->meta.title, e->meta.minutes,
				       m->pct[i], e->meta.lesson_id);
		term_say(a->t, line);
		free(line);
	}
	term_complete_with(a->t, ids, n);
	char *chosen = NULL;
	for (;;) {
		char *line;
		int st = term_read(a->t, _("Chọn bài (số hoặc mã bài, Enter để "
					   "quay lại): "),
				   &line);
		if (st == TERM_INTERRUPT)
			continue;
		if (st != TERM_OK)
			break;
		char *end;
		long k = strtol(line, &end, 10);
		if (!*line) {
			free(line);
			break;
		}
		if (!*end && k >= 1 && (size_t)k <= n)
			chosen = xstrdup(ids[k - 1]);
		for (size_t i = 0; !chosen && i < n; i++)
			if (strcmp(ids[i], line) == 0)
				chosen = xstrdup(ids[i]);
		free(line);
		if (chosen)
			break;
		term_warn(a->t, _("Không có bài đó; hãy nhập số thứ tự hoặc mã "
				  "bài."));
	}
	free(ids);
	return chosen;
}

/* The meeting type screen: a type, or NULL to go back. */
static const char *pick_type(app *a)
{
	const char *names[4];
	for (int i = 0; i < 4; i++)
		names[i] = cmd_meeting_type_name(cmd_meeting_types[i]);
	term_say(a->t, _("Loại buổi sinh hoạt:"));
	term_options(a->t, names, 4);
	term_complete_with(a->t, names, 4);
	for (;;) {
		char *line;
		int st = term_read(a->t, _("Chọn (Enter để quay lại): "), &line);
		if (st == TERM_INTERRUPT)
			continue;
		if (st != TERM_OK)
			return NULL;
		long k = strtol(line, NULL, 10);
		const char *type = NULL;
		for (int i = 0; i < 4; i++)
			if ((k == i + 1 && line[0]) || strcmp(line, names[i]) == 0)
				type = cmd_meeting_types[i];
		int empty = !*line;
		free(line);
		if (type || empty)
			return type;
		term_warn(a->t, _("Hãy chọn một số từ 1 đến 4."));
	}
}

enum action {
	A_COMMENTS,
	A_CONTINUE,
	A_LESSONS,
	A_MEETING_RESUME,
	A_MEETING_START,
	A_MEETING_REHEARSE,
	A_MEETINGS,
	A_DRAFT,
	A_DRAFTS,
	A_DASHBOARD,
	A_REPORT,
	A_QUIT
};

/* New draft from the menu: the type, and the newest meeting if wanted. */
static int menu_draft(app *a)
{
	static const char *const names[] = {N_("Nghị quyết"), N_("Biên bản")};
	const char *shown[] = {_(names[0]), _(names[1])};
	term_say(a->t, _("Soạn văn bản:"));
	term_options(a->t, shown, 2);
	char *line;
	if (term_read(a->t, _("Chọn (Enter để quay lại): "), &line) != TERM_OK)
		return 0;
	long k = strtol(line, NULL, 10);
	free(line);
	if (k != 1 && k != 2)
		return 0;
	char id[37], date[16];
	cmd_meeting_latest_done(a, id, date);
	int from = 0;
	if (id[0]) {
		char *q = xasprintf(_("Soạn từ buổi sinh hoạt ngày %s đã ghi? "
				      "(c/k): "),
				    date);
		if (term_read(a->t, q, &line) == TERM_OK) {
			from = term_parse_yesno(line) == 1;
			free(line);
		}
		free(q);
	}
	return cmd_draft_new(a, k == 1 ? "resolution" : "minutes",
			     from ? id : NULL);
}

static int exec_menu(app *a, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	if (app_open_store(a) < 0)
		return 1;
	app_term(a, 0);
	for (;;) {
		struct menu_state m;
		if (load(a, &m) < 0) {
			unload(&m);
			return 1;
		}
		const catalog_entry *open =
			m.open_id ? catalog_find(&m.cat, m.open_id) : NULL;
		term_say(a->t, _("chibo — học làm bí thư chi bộ"));
		const char *items[16];
		enum action acts[16];
		char *cont = NULL, *news = NULL;
		size_t n = 0;
		int unread = cmd_mentor_unread(a);
		if (unread > 0) {
			news = xasprintf(_("Góp ý mới từ người hướng dẫn (%d)"),
					 unread);
			acts[n] = A_COMMENTS;
			items[n++] = news;
		}
		if (open) {
			cont = xasprintf(_("Học tiếp: %s"), open->meta.title);
			acts[n] = A_CONTINUE;
			items[n++] = cont;
		}
		acts[n] = A_LESSONS;
		items[n++] = _("Danh sách bài học");
		/* A cell's work is for its people, and for a profile that has
		 * no role yet (it makes its cell on the first meeting); a
		 * mentor or an admin without a cell of their own follows
		 * cells instead. */
		int roles = access_roles(a);
		if (roles <= 0 || (roles & ROLE_SECRETARY) ||
		    cmd_meeting_has_cell(a)) {
			if (cmd_meeting_has_open(a)) {
				acts[n] = A_MEETING_RESUME;
				items[n++] = _("Tiếp tục buổi sinh hoạt đang dở");
			}
			acts[n] = A_MEETING_START;
			items[n++] = _("Bắt đầu buổi sinh hoạt chi bộ");
			acts[n] = A_MEETING_REHEARSE;
			items[n++] = _("Tập dượt một buổi sinh hoạt");
			acts[n] = A_MEETINGS;
			items[n++] = _("Các buổi sinh hoạt đã ghi");
			acts[n] = A_DRAFT;
			items[n++] = _("Soạn nghị quyết, biên bản");
			acts[n] = A_DRAFTS;
			items[n++] = _("Các văn bản đã soạn");
		}
		if (roles > 0 && (roles & (ROLE_MENTOR | ROLE_ADMIN))) {
			acts[n] = A_DASHBOARD;
			items[n++] = _("Theo dõi các chi bộ được phân công");
		}
		if (roles > 0 && (roles & ROLE_ADMIN)) {
			acts[n] = A_REPORT;
			items[n++] = _("Báo cáo: chi bộ có người hướng dẫn");
		}
		acts[n] = A_QUIT;
		items[n++] = _("Thoát");
		term_options(a->t, items, n);
		static const char *const words[] = {
			"1", "2", "3", "4", "5", "6", "7", "8",
			"9", "10", "11", "12", "13", "14", "15", "16"};
		term_complete_with(a->t, words, n);
		char *line = NULL;
		int st = term_read(a->t, _("Chọn: "), &line);
		int quit = st == TERM_EOF || st == TERM_ERROR, rc = 0;
		char *lesson = NULL;
		if (st == TERM_OK) {
			long k = strtol(line, NULL, 10);
			enum action act = k >= 1 && (size_t)k <= n ? acts[k - 1]
								  : A_QUIT + 1;
			const char *type;
			char *report[] = {"coverage", NULL};
			switch (act) {
			case A_COMMENTS:
				rc = cmd_mentor_comments(a, 1);
				break;
			case A_DASHBOARD:
				rc = cmd_mentor_entry.exec(a, 0, NULL);
				break;
			case A_REPORT:
				rc = cmd_report_entry.exec(a, 1, report);
				break;
			case A_CONTINUE:
				lesson = xstrdup(open->meta.lesson_id);
				break;
			case A_LESSONS:
				lesson = pick_lesson(a, &m);
				break;
			case A_MEETING_RESUME:
				rc = cmd_meeting_resume(a);
				break;
			case A_MEETING_START:
			case A_MEETING_REHEARSE:
				type = pick_type(a);
				if (type)
					rc = cmd_meeting_start(
						a, type, act == A_MEETING_REHEARSE);
				break;
			case A_MEETINGS:
				rc = cmd_meeting_list(a);
				break;
			case A_DRAFT:
				rc = menu_draft(a);
				break;
			case A_DRAFTS:
				rc = cmd_draft_menu(a);
				break;
			case A_QUIT:
				quit = 1;
				break;
			default:
				term_warn(a->t, _("Hãy chọn một số trong "
						  "trình đơn."));
			}
		}
		free(line);
		free(cont);
		free(news);
		unload(&m);
		if (lesson) {
			rc = cmd_learn_lesson(a, lesson, 0);
			free(lesson);
		}
		/* Without a terminal there is no one to come back to the
		 * menu: report how a lesson or meeting ended. */
		if ((rc == 1 || rc == 3) && !term_is_tty(a->t))
			return rc;
		if (quit)
			return 0;
	}
}

const struct cmd_entry cmd_menu_entry = {
	"menu",
	N_("chibo"),
	N_("mở trình đơn: góp ý mới, học tiếp, danh sách bài học, buổi sinh "
	   "hoạt, văn bản, theo dõi chi bộ, thoát"),
	exec_menu,
};
