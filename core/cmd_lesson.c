/*
 * cmd_lesson.c — chibo lesson list | show ID | check FILE|DIR… |
 * test FILE --answers FILE | new ID
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "runner.h"
#include "util.h"

/* ---- list */

struct progress {
	catalog *cat;
	int *pct;
};

static int note_progress(void *arg, const char *lesson_id, const char *status,
			 int steps_done, int ever_done)
{
	struct progress *p = arg;
	for (size_t i = 0; i < p->cat->n; i++) {
		const store_lesson_meta *m = &p->cat->e[i].meta;
		if (!m->lesson_id || strcmp(m->lesson_id, lesson_id) != 0)
			continue;
		int pct = m->steps > 0 ? 100 * steps_done / m->steps : 0;
		if (ever_done || strcmp(status, "done") == 0)
			pct = 100;
		p->pct[i] = pct > 100 ? 100 : pct;
	}
	return 0;
}

/* Right-aligns n in width cells of buf; returns the end. */
static char *put_int(char *buf, int n, int width)
{
	char tmp[16];
	int len = 0;
	unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
	do
		tmp[len++] = (char)('0' + u % 10);
	while ((u /= 10) && len < 15);
	if (n < 0)
		tmp[len++] = '-';
	for (int i = len; i < width; i++)
		*buf++ = ' ';
	while (len)
		*buf++ = tmp[--len];
	return buf;
}

/* One line of the list: "id (padded to 26)  minutes  pct%  title".  Built
 * by hand: printf is most of the cost of listing a thousand lessons. */
static void put_row(const char *id, int minutes, int pct, const char *title,
		    const char *suffix)
{
	char buf[64];
	size_t n = strlen(id);
	fwrite(id, 1, n, stdout);
	char *p = buf;
	for (; n < 26 && p < buf + 26; n++)
		*p++ = ' ';
	p = put_int(p, minutes, 5);
	p = put_int(p, pct, 9);
	memcpy(p, "%  ", 3);
	fwrite(buf, 1, (size_t)(p + 3 - buf), stdout);
	fputs(title, stdout);
	fputs(suffix, stdout);
	putchar('\n');
}

static int lesson_list(app *a)
{
	catalog cat;
	if (catalog_load(&cat, a) < 0)
		return 1;
	int *pct = calloc(cat.n + 1, sizeof *pct);
	struct progress p = {&cat, pct};
	if (store_progress_each(a->st, a->person_id, note_progress, &p) < 0)
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	pad_print(stdout, _("MÃ BÀI"), 27);
	pad_print(stdout, _("PHÚT"), 7);
	pad_print(stdout, _("TIẾN ĐỘ"), 9);
	printf("%s\n", _("TÊN BÀI"));
	for (size_t i = 0; i < cat.n; i++) {
		const catalog_entry *e = &cat.e[i];
		if (e->meta.error || e->hidden)
			continue;
		put_row(e->meta.lesson_id, e->meta.minutes, pct[i],
			e->meta.title,
			e->overrides ? _(" (thay bản có sẵn)") : "");
	}
	for (size_t i = 0; i < cat.n; i++)
		if (cat.e[i].meta.error)
			fprintf(stderr,
				_("chibo: bỏ qua %s vì có lỗi (xem: chibo "
				  "lesson check %s)\n"),
				cat.e[i].meta.path, cat.e[i].meta.path);
	free(pct);
	catalog_free(&cat);
	return 0;
}

/* ---- show */

/* Prints the sources and steps of catalog_meta's extra (changes it). */
static void print_extra(char *extra)
{
	int nsrc = 0, nstep = 0;
	for (char *s = extra, *nl; s && *s; s = nl + 1) {
		nl = strchr(s, '\n');
		if (!nl)
			break;
		*nl = '\0';
		char *f[4] = {s, NULL, NULL, NULL};
		for (int i = 1; i < 4 && f[i - 1]; i++) {
			f[i] = strchr(f[i - 1], '\t');
			if (f[i])
				*f[i]++ = '\0';
		}
		if (strcmp(f[0], "S") == 0 && f[1]) {
			if (nsrc++ == 0)
				printf(_("Nguồn:\n"));
			printf("  - %s\n", f[1]);
		} else if (strcmp(f[0], "K") == 0 && f[3]) {
			if (nstep++ == 0)
				printf(_("Các bước:\n"));
			printf("  %2d. [%s] %s%s%s\n", nstep, f[1], f[2],
			       *f[3] ? " — " : "", f[3]);
		}
	}
}

static int lesson_show(app *a, const char *id)
{
	catalog cat;
	if (catalog_load(&cat, a) < 0)
		return 1;
	const catalog_entry *e = catalog_find(&cat, id);
	int rc = 1;
	if (!e) {
		rc = cmd_usage_error(&cmd_lesson_entry,
				     _("không có bài học '%s' (xem: chibo "
				       "lesson list)"),
				     id);
		goto out;
	}
	worker_job job = app_job(a, "meta", e->meta.path, e->meta.path);
	store_lesson_meta m;
	char *extra = NULL;
	if (catalog_meta(&job, &m, &extra) < 0)
		goto out;
	if (m.error) {
		fprintf(stderr, "%s\n", m.error);
	} else {
		printf("%s (%s, %s %d)\n", m.title, m.lesson_id,
		       _("phiên bản"), m.version);
		if (m.summary && *m.summary)
			printf("%s\n", m.summary);
		printf(_("Thời gian dự kiến: %d phút; %d bước.\nTệp: %s\n"),
		       m.minutes, m.steps, e->meta.path);
		print_extra(extra);
		rc = 0;
	}
	free(extra);
	store_lesson_meta_free(&m);
out:
	catalog_free(&cat);
	return rc;
}

/* ---- check */

static int check_file(app *a, const char *path, int *bad)
{
	worker_job job = app_job(a, "meta", path, path);
	store_lesson_meta m;
	if (catalog_meta(&job, &m, NULL) < 0)
		return -1;
	if (m.error) {
		fprintf(stderr, "%s\n", m.error);
		(*bad)++;
	} else {
		printf(_("%s: hợp lệ (bài '%s', %d bước)\n"), path,
		       m.lesson_id, m.steps);
	}
	store_lesson_meta_free(&m);
	return 0;
}

static int check_dir(app *a, const char *dir, int *bad, int *nfiles)
{
	size_t n, dl = strlen(dir);
	char **names = lua_files(dir, &n);
	if (!names)
		return -1;
	if (dl > 1 && dir[dl - 1] == '/')
		dl--;
	for (size_t i = 0; i < n; i++) {
		char *path = xasprintf("%.*s/%s", (int)dl, dir, names[i]);
		check_file(a, path, bad);
		(*nfiles)++;
		free(path);
		free(names[i]);
	}
	free(names);
	return 0;
}

static int lesson_check(app *a, int argc, char **argv)
{
	if (argc == 0)
		return cmd_usage_error(&cmd_lesson_entry,
				       _("lesson check cần ít nhất một tệp hoặc "
					 "thư mục"));
	int bad = 0, nfiles = 0;
	for (int i = 0; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, _("chibo: không mở được %s: %s\n"),
				argv[i], strerror(errno));
			bad++;
		} else if (S_ISDIR(st.st_mode)) {
			check_dir(a, argv[i], &bad, &nfiles);
		} else {
			check_file(a, argv[i], &bad);
			nfiles++;
		}
	}
	if (bad)
		fprintf(stderr, _("chibo: %d tệp có lỗi.\n"), bad);
	return bad ? 1 : 0;
}

/* ---- test */

static int lesson_test(app *a, int argc, char **argv)
{
	const char *file = NULL, *answers = NULL;
	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "--answers") == 0 && i + 1 < argc)
			answers = argv[++i];
		else if (!file && argv[i][0] != '-')
			file = argv[i];
		else
			return cmd_usage_error(&cmd_lesson_entry,
					       _("đối số không rõ: %s"),
					       argv[i]);
	}
	if (!file || !answers)
		return cmd_usage_error(&cmd_lesson_entry,
				       _("lesson test cần TỆP.lua và --answers "
					 "TỆP"));
	FILE *in = fopen(answers, "r");
	if (!in) {
		fprintf(stderr, _("chibo: không mở được %s: %s\n"), answers,
			strerror(errno));
		return 1;
	}
	/* A throw-away database: the test never touches the user's. */
	char dir[] = "/tmp/chibo-test-XXXXXX";
	if (!mkdtemp(dir)) {
		fprintf(stderr, "chibo: mkdtemp: %s\n", strerror(errno));
		fclose(in);
		return 1;
	}
	char *db = xasprintf("%s/test.db", dir);
	a->db_path = db;
	int rc = 1;
	store_lesson_meta m = {0};
	if (app_open_store(a) < 0)
		goto out;
	worker_job job = app_job(a, "meta", file, file);
	if (catalog_meta(&job, &m, NULL) < 0)
		goto out;
	if (m.error) {
		fprintf(stderr, "%s\n", m.error);
		goto out;
	}
	store_run run;
	if (store_run_create(a->st, a->person_id, m.lesson_id, m.version,
			     "test", &run) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		goto out;
	}
	term_opts to = {.in = in, .out = stdout, .plain = 1, .echo = 1};
	term *t = term_open(&to);
	job = app_job(a, "run", file, file); /* ctx.mode is "learn" */
	runner_opts ro = {.st = a->st, .t = t, .run_id = run.id,
			  .debug = a->debug};
	enum runner_result res = runner_run(&ro, &job);
	term_close(t);
	rc = res == RUNNER_DONE ? 0 : res == RUNNER_ERROR ? 1 : 3;
	if (res == RUNNER_EOF)
		fprintf(stderr, _("chibo: hết câu trả lời trong %s trước khi "
				  "xong bài\n"),
			answers);
out:
	store_lesson_meta_free(&m);
	fclose(in);
	store_close(a->st);
	a->st = NULL;
	char *wal = xasprintf("%s-wal", db), *shm = xasprintf("%s-shm", db);
	unlink(db);
	unlink(wal);
	unlink(shm);
	rmdir(dir);
	free(wal);
	free(shm);
	free(db);
	a->db_path = NULL;
	return rc;
}

/* ---- new */

static const char scaffold[] =
	"-- %s.lua — một bài học chibo.  Hướng dẫn đầy đủ: docs/lesson-api.md\n"
	"-- Kiểm tra:   chibo lesson check %s.lua\n"
	"-- Chạy thử:   chibo lesson test %s.lua --answers tra-loi.txt\n"
	"--             (mỗi dòng của tra-loi.txt là một câu trả lời)\n"
	"return lesson {\n"
	"  id = \"%s\",          -- mã bài: chữ thường không dấu, số, '-'\n"
	"  version = 1,          -- tăng lên khi sửa nội dung\n"
	"  title = \"Tên bài học\",\n"
	"  summary = \"Một câu nói bài học dạy gì.\",\n"
	"  minutes = 10,         -- thời gian học dự kiến (phút)\n"
	"  sources = { \"Số và ngày của văn bản làm căn cứ\" },\n"
	"  steps = {\n"
	"    -- Đoạn đọc: in ra, không hỏi gì.\n"
	"    read { id = \"mo-dau\", title = \"Mở đầu\", text = [[\n"
	"Nội dung cần đọc. Để một dòng trống giữa hai đoạn.\n"
	"]] },\n"
	"    -- Câu hỏi: hỏi lại đến khi đúng; sau mỗi lần sai hiện gợi ý kế "
	"tiếp.\n"
	"    quiz { id = \"cau-hoi-1\", question = \"Câu hỏi?\",\n"
	"           choices = { \"Lựa chọn 1\", \"Lựa chọn 2\", \"Lựa chọn 3\" "
	"},\n"
	"           answer = 2,  -- số thứ tự của lựa chọn đúng\n"
	"           hints = { \"Gợi ý sau lần sai thứ nhất\" },\n"
	"           explain = \"Giải thích vì sao đúng.\" },\n"
	"    -- Danh sách việc: mỗi mục hỏi có/không; mục bắt buộc phải "
	"\"có\".\n"
	"    checklist { id = \"viec-can-lam\", title = \"Việc cần làm\", items "
	"= {\n"
	"      { id = \"viec-1\", text = \"Việc thứ nhất\", required = true },\n"
	"      { id = \"viec-2\", text = \"Việc thứ hai\" } } },\n"
	"  },\n"
	"}\n";

static int lesson_new(const char *id)
{
	if (!*id || *id == '-')
		return cmd_usage_error(&cmd_lesson_entry,
				       _("mã bài '%s' phải bắt đầu bằng chữ "
					 "thường không dấu hoặc số"),
				       id);
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '-'))
			return cmd_usage_error(
				&cmd_lesson_entry,
				_("mã bài '%s' chỉ được gồm chữ thường không "
				  "dấu, số và '-'"),
				id);
	char *path = xasprintf("%s.lua", id);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0) {
		fprintf(stderr, _("chibo: không tạo được %s: %s\n"), path,
			strerror(errno));
		free(path);
		return 1;
	}
	FILE *f = fdopen(fd, "w");
	fprintf(f, scaffold, id, id, id, id);
	int rc = fclose(f) == 0 ? 0 : 1;
	if (rc == 0)
		printf(_("Đã tạo %s.  Sửa nội dung rồi chạy: chibo lesson check "
			 "%s\n"),
		       path, path);
	free(path);
	return rc;
}

static int exec_lesson(app *a, int argc, char **argv)
{
	if (argc == 0)
		return cmd_usage_error(&cmd_lesson_entry,
				       _("thiếu lệnh con: list, show, check, "
					 "test hoặc new"));
	const char *sub = argv[0];
	if (strcmp(sub, "check") == 0)
		return lesson_check(a, argc - 1, argv + 1);
	if (strcmp(sub, "test") == 0)
		return lesson_test(a, argc - 1, argv + 1);
	if (strcmp(sub, "new") == 0) {
		if (argc != 2)
			return cmd_usage_error(&cmd_lesson_entry,
					       _("lesson new cần đúng một mã "
						 "bài"));
		return lesson_new(argv[1]);
	}
	if (strcmp(sub, "list") == 0 || strcmp(sub, "show") == 0) {
		if ((sub[0] == 'l' && argc != 1) || (sub[0] == 's' && argc != 2))
			return cmd_usage_error(&cmd_lesson_entry,
					       _("sai số đối số cho lesson %s"),
					       sub);
		if (app_open_store(a) < 0)
			return 1;
		return sub[0] == 'l' ? lesson_list(a) : lesson_show(a, argv[1]);
	}
	return cmd_usage_error(&cmd_lesson_entry,
			       _("không có lệnh con 'lesson %s'"), sub);
}

const struct cmd_entry cmd_lesson_entry = {
	"lesson",
	N_("chibo lesson list | show ID | check TỆP|THƯ_MỤC… | test TỆP.lua "
	   "--answers TỆP | new ID"),
	N_("xem danh sách bài học và tiến độ; xem một bài; kiểm tra, chạy "
	   "thử và tạo bài học mới (cho người soạn bài)"),
	exec_lesson,
};
