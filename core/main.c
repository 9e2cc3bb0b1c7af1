/*
 * main.c — argv → global options → one command from the table.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "cmd.h"
#include "config.h"
#include "i18n.h"
#include "util.h"

static const struct cmd_entry *const commands[] = {
	&cmd_learn_entry,
	&cmd_lesson_entry,
	&cmd_meeting_entry,
	&cmd_rubric_entry,
	&cmd_cell_entry,
	&cmd_draft_entry,
	&cmd_unit_entry,
	&cmd_mentor_entry,
	&cmd_doc_entry,
	&cmd_user_entry,
	&cmd_report_entry,
	&cmd_menu_entry,
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

int cmd_is_help(const char *s)
{
	return strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0;
}

void cmd_help(const struct cmd_entry *c)
{
	printf("%s\n  %s\n", _(c->usage), _(c->summary));
}

int cmd_usage_error(const struct cmd_entry *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	fprintf(stderr, "chibo: %s\n", msg);
	if (c)
		fprintf(stderr, _("Cách dùng: %s\n"), _(c->usage));
	fprintf(stderr, _("Xem thêm: chibo --help\n"));
	free(msg);
	return 2;
}

static void help(void)
{
	printf(_("chibo %s — học và làm công tác bí thư chi bộ\n\n"),
	       CHIBO_VERSION);
	printf(_("Cách dùng: chibo [tùy chọn] [lệnh] [đối số]\n"
		 "Không có lệnh: mở trình đơn (tiếp tục bài đang học, danh "
		 "sách bài học).\n\nCác lệnh:\n"));
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (commands[i] != &cmd_menu_entry)
			printf("  %s\n      %s\n", _(commands[i]->usage),
			       _(commands[i]->summary));
	printf(_("\nTùy chọn chung:\n"
		 "  --user TÊN       người học (mặc định: $CHIBO_USER hoặc "
		 "tên đăng nhập)\n"
		 "  --db ĐƯỜNG_DẪN   cơ sở dữ liệu (mặc định: $CHIBO_DB hoặc "
		 "$XDG_DATA_HOME/chibo/chibo.db)\n"
		 "  --lessons THƯ_MỤC  thêm một thư mục bài học (lặp lại "
		 "được)\n"
		 "  --lang vi|en     ngôn ngữ giao diện (mặc định: vi)\n"
		 "  --plain          không màu, không ký tự khung\n"
		 "  --debug          hiện vết lỗi (traceback) và print() của "
		 "bài học\n"
		 "  --help, --version\n\n"
		 "Mã thoát: 0 xong; 1 lỗi; 2 sai cách dùng; 3 hết dữ liệu "
		 "nhập trước khi xong bài (đã lưu tiến độ).\n"));
}

/* Takes the global options out of argv (anywhere before "--"); returns the
 * remaining argc, or -1 on a usage error (printed). */
static int take_globals(app *a, int argc, char **argv, int *want_help,
			int *want_version)
{
	int out = 0;
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		const char **val = NULL;
		if (strcmp(s, "--db") == 0)
			val = &a->db_path;
		else if (strcmp(s, "--user") == 0)
			val = &a->login;
		else if (strcmp(s, "--lang") == 0)
			val = &a->lang;
		if (val || strcmp(s, "--lessons") == 0) {
			if (i + 1 >= argc) {
				cmd_usage_error(NULL, _("%s cần một giá trị"),
						s);
				return -1;
			}
			if (val) {
				*val = argv[++i];
			} else {
				a->lesson_dirs = xrealloc(
					a->lesson_dirs,
					(a->nlesson_dirs + 1) * sizeof(char *));
				a->lesson_dirs[a->nlesson_dirs++] = argv[++i];
			}
		} else if (strcmp(s, "--plain") == 0) {
			a->plain = 1;
		} else if (strcmp(s, "--debug") == 0) {
			a->debug = 1;
		} else if (strcmp(s, "--version") == 0) {
			*want_version = 1;
		} else if (cmd_is_help(s)) {
			*want_help = 1;
		} else {
			argv[out++] = argv[i];
		}
	}
	return out;
}

int main(int argc, char **argv)
{
	app a = {0};
	/* A worker that dies must not kill us through its pipe; write errors
	 * are checked instead. */
	signal(SIGPIPE, SIG_IGN);
	int want_help = 0, want_version = 0;
	int n = take_globals(&a, argc - 1, argv + 1, &want_help, &want_version);
	if (a.lang && strcmp(a.lang, "vi") != 0 && strcmp(a.lang, "en") != 0) {
		fprintf(stderr, "chibo: --lang: vi | en\n");
		return 2;
	}
	i18n_init(a.lang);
	if (!a.lang)
		a.lang = strcmp(getenv("LANGUAGE"), "en") == 0 ? "en" : "vi";
	app_paths(&a);
	i18n_bind(a.locale_dir);
	if (n < 0) {
		app_close(&a);
		free(a.lesson_dirs);
		return 2;
	}
	if (!a.db_path && getenv("CHIBO_DB") && *getenv("CHIBO_DB"))
		a.db_path = getenv("CHIBO_DB");
	if (!a.login)
		a.login = getenv("CHIBO_USER");
	if (!a.login || !*a.login)
		a.login = getenv("USER");
	if (!a.login || !*a.login)
		a.login = "default";

	int rc;
	char **args = argv + 1;
	if (want_version) {
		printf("chibo %s\n", CHIBO_VERSION);
		rc = 0;
	} else if (want_help && n == 0) {
		help();
		rc = 0;
	} else if (n == 0) {
		rc = cmd_menu_entry.exec(&a, 0, args);
	} else {
		const struct cmd_entry *c = NULL;
		for (size_t i = 0; i < NCOMMANDS; i++)
			if (strcmp(commands[i]->name, args[0]) == 0)
				c = commands[i];
		if (!c) {
			rc = cmd_usage_error(NULL, _("không có lệnh '%s'"),
					     args[0]);
		} else if (want_help) {
			cmd_help(c);
			rc = 0;
		} else {
			rc = c->exec(&a, n - 1, args + 1);
		}
	}
	app_close(&a);
	free(a.lesson_dirs);
	return rc;
}
