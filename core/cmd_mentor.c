/*
 * cmd_mentor.c — chibo mentor [dashboard] | show | assign | unassign |
 * list | comment | signoff | comments
 *
 * The Cao Lộc model: the commune office assigns a commune cadre to a cell's
 * committee for a term (assign, unassign, list); the cadre follows the new
 * secretary (dashboard, show), comments on their steps, meetings and
 * drafts, and signs off lessons and meetings (comment, signoff); the
 * secretary reads the comments (comments, and first thing in the menu).
 * Who may do what is decided in access.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access.h"
#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "report.h"
#include "store_access.h"
#include "store_account.h"
#include "store_document.h"
#include "store_meeting.h"
#include "store_mentor.h"
#include "term.h"
#include "util.h"

#define IDLE_DAYS 14 /* default of --idle */
#define BAR_WIDTH 12

static int failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

static void today(char out[16])
{
	char now[32];
	now_local(now);
	snprintf(out, 16, "%.10s", now);
}

/* A person by login, for a command about them: 0, or 1 (printed). */
static int person_arg(app *a, const char *login, char id[STORE_ID_LEN])
{
	int rc = store_person_by_login(a->st, login, id);
	if (rc < 0)
		return failed(a);
	if (rc == 0) {
		fprintf(stderr,
			_("chibo: không có người dùng '%s'; xem danh sách: "
			  "chibo user list\n"),
			login);
		return 1;
	}
	return 0;
}

/* A cell by id, code or name: 0, or 1 (printed). */
static int cell_arg(app *a, const char *text, char id[STORE_ID_LEN],
		    char name[160])
{
	char kind[16];
	if (cmd_unit_arg(a, text, id, kind, name))
		return 1;
	if (strcmp(kind, "cell") != 0) {
		fprintf(stderr,
			_("chibo: '%s' không phải một chi bộ; người hướng dẫn "
			  "được phân công vào chi ủy của một chi bộ\n"),
			name);
		return 1;
	}
	return 0;
}

/* ---- dashboard ---------------------------------------------------------- */

struct dash {
	app *a;
	int total;   /* lessons in the catalog */
	int idle;    /* --idle N */
	int count;
	const char *today;
};

static void flag(struct dash *d, const char *text)
{
	printf("  %s %s\n", d->a->plain ? "!" : "⚑", text);
}

static int dash_row(void *arg, const store_mentee *m)
{
	struct dash *d = arg;
	char day[16];
	d->count++;
	printf("\n%s — %s (%s)\n", m->cell, m->name, m->login);
	sbuf b = SBUF_INIT;
	report_bar(&b, m->lessons_done, d->total, BAR_WIDTH, d->a->plain);
	printf(_("  Bài học       %d/%d %s\n"), m->lessons_done, d->total,
	       b.buf);
	sbuf_free(&b);
	if (*m->last_activity) {
		date_show(m->last_activity, day);
		if (m->idle_days == 0)
			printf(_("  Hoạt động     %s (hôm nay)\n"), day);
		else
			printf(_("  Hoạt động     %s (%d ngày trước)\n"), day,
			       m->idle_days);
	} else {
		printf(_("  Hoạt động     chưa có\n"));
	}
	printf(_("  Sinh hoạt     %d/12 buổi năm %.4s"), m->meetings_year,
	       d->today);
	if (*m->last_meeting) {
		date_show(m->last_meeting, day);
		printf(_(" · buổi gần nhất %s: %s"), day,
		       *m->last_band ? m->last_band : _("chưa chấm điểm"));
	}
	printf("\n");
	if (m->drafts_waiting)
		printf(_("  Văn bản chờ góp ý: %d\n"), m->drafts_waiting);
	if (m->unread_comments)
		printf(_("  Góp ý chưa đọc: %d\n"), m->unread_comments);
	char *t;
	if (m->idle_days < 0 || m->idle_days >= d->idle) {
		t = m->idle_days < 0
			    ? xasprintf(_("Chưa có hoạt động nào"))
			    : xasprintf(_("Không hoạt động %d ngày"),
					m->idle_days);
		flag(d, t);
		free(t);
	}
	if (*m->failed_step) {
		t = xasprintf(_("Bước %s sai %d lần"), m->failed_step,
			      m->failed_times);
		flag(d, t);
		free(t);
	}
	if (m->meetings_month == 0)
		flag(d, _("Chưa ghi buổi sinh hoạt nào trong tháng này"));
	if (m->thematic_quarter == 0)
		flag(d, _("Chưa có buổi sinh hoạt chuyên đề trong quý này"));
	return 0;
}

/* The ids of the lessons that count, as a JSON array (malloc'd); the
 * number in *n.  NULL on error (printed). */
static char *lesson_ids(app *a, int *n)
{
	catalog c = {0};
	if (catalog_load(&c, a) < 0)
		return NULL;
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "[");
	*n = 0;
	for (size_t i = 0; i < c.n; i++) {
		const store_lesson_meta *m = &c.e[i].meta;
		if (c.e[i].hidden || m->error || !m->lesson_id)
			continue;
		/* ids are [a-z0-9-]+ (validated): no escaping needed */
		sbuf_addf(&b, "%s\"%s\"", *n ? "," : "", m->lesson_id);
		(*n)++;
	}
	sbuf_adds(&b, "]");
	catalog_free(&c);
	return sbuf_detach(&b);
}

static int mentor_dashboard(app *a, const char *unit, const char *idle)
{
	struct dash d = {.a = a, .idle = IDLE_DAYS};
	if (idle && (d.idle = atoi(idle)) <= 0)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("--idle cần một số ngày lớn hơn 0"));
	char uid[STORE_ID_LEN], name[160], kind[16];
	if (app_open_store(a) < 0)
		return 1;
	if (unit && cmd_unit_arg(a, unit, uid, kind, name))
		return 1;
	int roles = access_roles(a);
	if (roles < 0)
		return 1;
	if (!(roles & (ROLE_MENTOR | ROLE_ADMIN))) {
		fprintf(stderr,
			_("chibo: bảng theo dõi dành cho người hướng dẫn và "
			  "văn phòng đảng ủy; tài khoản này chưa có vai trò "
			  "đó (quản trị viên cấp: chibo user role %s +mentor)\n"),
			a->login);
		return 1;
	}
	if (access_scope(a, unit ? uid : NULL) < 0)
		return 1;
	char *ids = lesson_ids(a, &d.total);
	if (!ids)
		return 1;
	char day[16], shown[16];
	today(day);
	date_show(day, shown);
	d.today = day;
	printf(_("Theo dõi chi bộ — ngày %s\n"), shown);
	int rc = store_mentee_each(a->st, ids, day, dash_row, &d);
	free(ids);
	if (rc < 0)
		return failed(a);
	if (d.count == 0)
		printf(_("\nChưa có bí thư chi bộ nào trong phạm vi theo dõi "
			 "(người hướng dẫn: cần được phân công vào chi bộ — "
			 "chibo mentor assign).\n"));
	return 0;
}

/* ---- drill-down --------------------------------------------------------- */

struct show {
	app *a;
	catalog cat;
	int n;
};

static int show_answer(void *arg, const char *const *c, int n)
{
	(void)arg;
	(void)n;
	int fails = atoi(c[3]);
	char value[64];
	snprintf(value, sizeof value, "%s", *c[1] ? c[1] : "—");
	if (strlen(c[1]) > 60)
		strcpy(value + 56, "…");
	printf("      ");
	pad_print(stdout, c[0], 36);
	printf("%s", value);
	if (fails)
		printf(_("  (sai %d lần)"), fails);
	printf("\n");
	return 0;
}

static int show_run(void *arg, const char *const *c, int n)
{
	struct show *s = arg;
	(void)n;
	const catalog_entry *e = catalog_find(&s->cat, c[1]);
	char day[16];
	date_show(strcmp(c[2], "done") == 0 ? c[4] : c[3], day);
	printf("  %s — %s\n", c[1], e && e->meta.title ? e->meta.title : "");
	printf(_("    %s %s, %s bước xong%s\n"),
	       strcmp(c[2], "done") == 0 ? _("xong") : _("đang học, từ"), day,
	       c[6], atoi(c[5]) ? _(", đã ký xác nhận") : "");
	s->n++;
	return store_run_answers(s->a->st, c[0], show_answer, NULL) < 0;
}

static int show_meeting(void *arg, const char *const *c, int n)
{
	struct show *s = arg;
	(void)n;
	char day[16];
	date_show(c[1], day);
	printf("  %.8s  %s  %-12s  %s", c[0], day,
	       cmd_meeting_type_name(c[2]),
	       strcmp(c[3], "done") == 0 ? _("đã xong") : _("chưa xong"));
	if (*c[4])
		printf("  %s %s", c[4], c[5]);
	if (atoi(c[6]))
		printf(_("  · đã ký xác nhận"));
	if (atoi(c[7]))
		printf(_("  · %s góp ý"), c[7]);
	printf("\n");
	s->n++;
	return 0;
}

static int show_draft(void *arg, const char *const *c, int n)
{
	struct show *s = arg;
	(void)n;
	char day[16];
	date_show(c[7], day);
	printf(_("  %.8s  %s  %s  %s, %s bản sửa"), c[0], day,
	       strcmp(c[1], "resolution") == 0 ? _("nghị quyết")
					       : _("biên bản"),
	       strcmp(c[2], "final") == 0 ? _("đã hoàn thành") : _("bản nháp"),
	       c[4]);
	if (strcmp(c[2], "draft") == 0 && atoi(c[4]) > 0)
		printf("%s", atoi(c[6]) ? _(" · đã góp ý bản mới nhất")
					: _(" · chờ góp ý"));
	printf("\n");
	s->n++;
	return 0;
}

static int mentor_show(app *a, const char *login)
{
	char pid[STORE_ID_LEN];
	if (app_open_store(a) < 0)
		return 1;
	if (person_arg(a, login, pid))
		return 1;
	if (access_person(a, pid, 0) < 0)
		return 1;
	struct show s = {.a = a};
	store_account who;
	store_cell cell;
	if (store_account_get(a->st, pid, &who) != 1)
		return failed(a);
	int has_cell = store_cell_of(a->st, pid, &cell);
	if (has_cell < 0)
		return failed(a);
	if (catalog_load(&s.cat, a) < 0)
		return 1;
	printf("%s (%s)%s%s\n\n", who.display_name, login,
	       has_cell ? " — " : "", has_cell ? cell.name : "");
	printf(_("Bài học\n"));
	int rc = store_person_runs(a->st, pid, show_run, &s);
	if (rc == 0 && s.n == 0)
		printf(_("  (chưa học bài nào)\n"));
	s.n = 0;
	if (rc == 0) {
		printf(_("\nCác buổi sinh hoạt của chi bộ\n"));
		rc = store_person_meetings(a->st, pid, show_meeting, &s);
	}
	if (rc == 0 && s.n == 0)
		printf(_("  (chưa có buổi nào)\n"));
	s.n = 0;
	if (rc == 0) {
		printf(_("\nVăn bản của chi bộ\n"));
		rc = store_person_drafts(a->st, pid, show_draft, &s);
	}
	if (rc == 0 && s.n == 0)
		printf(_("  (chưa có văn bản nào)\n"));
	catalog_free(&s.cat);
	return rc < 0 ? failed(a) : 0;
}

/* ---- assignments -------------------------------------------------------- */

static int mentor_assign(app *a, const char *login, const char *cell,
			 const char *role, const char *from, const char *to,
			 const char *term)
{
	char pid[STORE_ID_LEN], uid[STORE_ID_LEN], name[160];
	char start[16], end[16] = "", term_id[STORE_ID_LEN] = "";
	if (!cell)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("mentor assign cần --cell CHI_BỘ"));
	if (from && date_parse(from, start) < 0)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("--from: ngày không hợp lệ: %s"), from);
	if (to && date_parse(to, end) < 0)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("--to: ngày không hợp lệ: %s"), to);
	if (app_open_store(a) < 0 || cell_arg(a, cell, uid, name) ||
	    person_arg(a, login, pid) || access_admin(a, uid) < 0)
		return 1;
	int roles;
	if (store_roles_of(a->st, pid, &roles) < 0)
		return failed(a);
	if (!(roles & ROLE_MENTOR)) {
		fprintf(stderr,
			_("chibo: %s chưa có vai trò người hướng dẫn; thêm "
			  "bằng: chibo user role %s +mentor --unit ĐẢNG_ỦY_XÃ\n"),
			login, login);
		return 1;
	}
	if (!from)
		today(start);
	int rc = term ? store_term_find(a->st, uid, term, term_id, end)
		      : store_term_current(a->st, uid, start, term_id, end);
	if (rc < 0)
		return failed(a);
	if (term && rc == 0) {
		fprintf(stderr,
			_("chibo: chi bộ %s không có nhiệm kỳ '%s'; xem: chibo "
			  "unit show %s\n"),
			name, term, cell);
		return 1;
	}
	if (to) /* --to wins over the term's end */
		date_parse(to, end);
	if (*end && strcmp(end, start) < 0) {
		fprintf(stderr, _("chibo: ngày kết thúc trước ngày bắt đầu\n"));
		return 1;
	}
	if (store_assign(a->st, a->person_id, pid, uid, *term_id ? term_id : NULL,
			 role ? role : _("Chi ủy viên"), start,
			 *end ? end : NULL) < 0)
		return failed(a);
	char d1[16], d2[16];
	date_show(start, d1);
	date_show(end, d2);
	printf(_("Đã phân công %s vào chi ủy %s từ %s%s%s.\n"), login, name, d1,
	       *end ? _(" đến ") : "", *end ? d2 : "");
	return 0;
}

static int mentor_unassign(app *a, const char *login, const char *cell)
{
	char pid[STORE_ID_LEN], uid[STORE_ID_LEN], name[160], day[16];
	if (!cell)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("mentor unassign cần --cell CHI_BỘ"));
	if (app_open_store(a) < 0 || cell_arg(a, cell, uid, name) ||
	    person_arg(a, login, pid) || access_admin(a, uid) < 0)
		return 1;
	today(day);
	int rc = store_unassign(a->st, a->person_id, pid, uid, day);
	if (rc < 0)
		return failed(a);
	if (rc == 0) {
		fprintf(stderr,
			_("chibo: %s hiện không được phân công cho %s\n"), login,
			name);
		return 1;
	}
	printf(_("Đã kết thúc phân công %s ở %s (lịch sử vẫn giữ).\n"), login,
	       name);
	return 0;
}

static int list_row(void *arg, const char *const *c, int n)
{
	int *count = arg;
	(void)n;
	char d1[16], d2[16], d3[16];
	date_show(c[5], d1);
	date_show(c[6], d2);
	date_show(c[7], d3);
	(*count)++;
	printf("%s%s%s%s\n    %s (%s), %s, ", c[2], *c[3] ? " [" : "", c[3],
	       *c[3] ? "]" : "", c[1], c[0], c[4]);
	printf(_("từ %s"), d1);
	if (*c[6])
		printf(_(" đến %s"), d2);
	if (*c[9])
		printf(_(", nhiệm kỳ %s"), c[9]);
	if (*c[7])
		printf(_(" — đã kết thúc %s"), d3);
	else if (!atoi(c[8]))
		printf(_(" — không còn hiệu lực"));
	printf("\n");
	return 0;
}

static int mentor_list(app *a, const char *unit, const char *login,
		       int history)
{
	char uid[STORE_ID_LEN], pid[STORE_ID_LEN], day[16], kind[16],
		name[160];
	if (app_open_store(a) < 0)
		return 1;
	if (unit && cmd_unit_arg(a, unit, uid, kind, name))
		return 1;
	if (login && person_arg(a, login, pid))
		return 1;
	if (access_scope(a, unit ? uid : NULL) < 0)
		return 1;
	today(day);
	int count = 0;
	if (store_assignment_each(a->st, login ? pid : NULL, history, day,
				  list_row, &count) < 0)
		return failed(a);
	if (count == 0)
		printf(history ? _("Chưa có phân công nào.\n")
			       : _("Không có phân công nào đang hiệu lực "
				   "(--history: cả các phân công đã kết "
				   "thúc).\n"));
	return 0;
}

/* ---- review ------------------------------------------------------------- */

/* The run a mentor reviews: the newest done run of the lesson, else the
 * unfinished one. */
static int lesson_run_of(app *a, const char *pid, const char *login,
			 const char *lesson, char run[STORE_ID_LEN], int done)
{
	int rc = store_run_done_of(a->st, pid, lesson, run);
	if (rc == 0 && !done) {
		store_run r;
		rc = store_run_find_open(a->st, pid, lesson, &r);
		if (rc == 1)
			memcpy(run, r.id, STORE_ID_LEN);
	}
	if (rc < 0)
		return failed(a);
	if (rc == 0) {
		fprintf(stderr,
			done ? _("chibo: %s chưa học xong bài %s\n")
			     : _("chibo: %s chưa học bài %s\n"),
			login, lesson);
		return 1;
	}
	return 0;
}

/* A meeting of the person's cell by id or prefix: 0, or 1 (printed). */
static int meeting_of(app *a, const char *pid, const char *login,
		      const char *id, store_meeting *m)
{
	int rc = store_meeting_get(a->st, id, m), yes = 0;
	if (rc < 0)
		return failed(a);
	if (rc == 1 && store_meeting_of_person(a->st, m->id, pid, &yes) < 0)
		return failed(a);
	if (!yes || strcmp(m->mode, "live") != 0) {
		fprintf(stderr,
			_("chibo: không có buổi sinh hoạt %s của chi bộ của %s\n"),
			id, login);
		return 1;
	}
	return 0;
}

struct step_find {
	const char *step;
	size_t len;
	int found;
};

static int step_seen(void *arg, const char *const *c, int n)
{
	struct step_find *f = arg;
	(void)n;
	if (strncmp(c[0], f->step, f->len) == 0 && c[0][f->len] == '.')
		f->found = 1;
	return f->found;
}

struct draft_find {
	const char *id;
	char doc[STORE_ID_LEN], rev[STORE_ID_LEN];
	int found;
};

static int draft_seen(void *arg, const char *const *c, int n)
{
	struct draft_find *f = arg;
	(void)n;
	if (strncmp(c[0], f->id, strlen(f->id)) != 0)
		return 0;
	f->found++;
	snprintf(f->doc, sizeof f->doc, "%s", c[0]);
	snprintf(f->rev, sizeof f->rev, "%s", c[5]);
	return 0;
}

static int mentor_comment(app *a, const char *login, const char *lesson,
			  const char *step, const char *meeting,
			  const char *draft, const char *body)
{
	char pid[STORE_ID_LEN], run[STORE_ID_LEN];
	int targets = !!lesson + !!meeting + !!draft;
	if (targets != 1 || (step && !lesson))
		return cmd_usage_error(&cmd_mentor_entry,
				       _("mentor comment cần đúng một trong "
					 "--lesson BÀI [--step BƯỚC], --meeting "
					 "MÃ, --draft MÃ"));
	if (!body)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("thiếu nội dung góp ý"));
	char *text = term_utf8_valid(body, strlen(body)) ? term_nfc(body) : NULL;
	if (text)
		text_clean(text);
	if (!text || !*text || strspn(text, " \t\n") == strlen(text)) {
		free(text);
		return cmd_usage_error(&cmd_mentor_entry,
				       _("nội dung góp ý trống hoặc không phải "
					 "UTF-8 hợp lệ"));
	}
	int rc = 1;
	if (app_open_store(a) < 0 || person_arg(a, login, pid) ||
	    access_person(a, pid, 1) < 0)
		goto out;
	store_meeting m;
	struct draft_find df = {.id = draft};
	const char *target = "lesson";
	if (lesson) {
		if (lesson_run_of(a, pid, login, lesson, run, 0))
			goto out;
		if (step) {
			struct step_find f = {step, strlen(step), 0};
			if (store_run_answers(a->st, run, step_seen, &f) < 0) {
				rc = failed(a);
				goto out;
			}
			if (!f.found) {
				fprintf(stderr,
					_("chibo: %s chưa làm bước '%s' của bài "
					  "%s\n"),
					login, step, lesson);
				goto out;
			}
			target = "step";
		}
	} else if (meeting) {
		if (meeting_of(a, pid, login, meeting, &m))
			goto out;
		target = "meeting";
	} else {
		if (strlen(draft) < 4 ||
		    store_person_drafts(a->st, pid, draft_seen, &df) < 0) {
			if (strlen(draft) >= 4) {
				rc = failed(a);
				goto out;
			}
		}
		if (df.found != 1 || !*df.rev) {
			fprintf(stderr,
				df.found > 1
					? _("chibo: mã văn bản %s chưa đủ dài để "
					    "phân biệt\n")
				: df.found == 1
					? _("chibo: văn bản %s chưa có bản nào "
					    "để góp ý\n")
					: _("chibo: không có văn bản %s của chi "
					    "bộ của người này\n"),
				draft);
			goto out;
		}
		target = "revision";
	}
	if (store_comment_add(a->st, a->person_id, pid, target,
			      lesson ? run : NULL, step,
			      meeting ? m.id : NULL, draft ? df.rev : NULL,
			      text) < 0) {
		rc = failed(a);
		goto out;
	}
	printf(_("Đã gửi góp ý cho %s.\n"), login);
	rc = 0;
out:
	free(text);
	return rc;
}

static int mentor_signoff(app *a, const char *login, const char *lesson,
			  const char *meeting)
{
	char pid[STORE_ID_LEN], run[STORE_ID_LEN];
	if (!lesson == !meeting)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("mentor signoff cần đúng một trong "
					 "--lesson BÀI, --meeting MÃ"));
	if (app_open_store(a) < 0 || person_arg(a, login, pid) ||
	    access_person(a, pid, 1) < 0)
		return 1;
	store_meeting m;
	if (lesson && lesson_run_of(a, pid, login, lesson, run, 1))
		return 1;
	if (meeting) {
		if (meeting_of(a, pid, login, meeting, &m))
			return 1;
		if (strcmp(m.status, "done") != 0) {
			fprintf(stderr,
				_("chibo: buổi sinh hoạt chưa xong thì chưa ký "
				  "xác nhận được\n"));
			return 1;
		}
	}
	int rc = store_signoff(a->st, a->person_id, pid, lesson ? run : NULL,
			       meeting ? m.id : NULL);
	if (rc < 0)
		return failed(a);
	if (rc == 0) {
		printf(_("Đã ký xác nhận từ trước.\n"));
		return 0;
	}
	printf(lesson ? _("Đã ký xác nhận bài %s của %s; bản ghi này nay "
			  "được khóa.\n")
		      : _("Đã ký xác nhận buổi sinh hoạt %.8s của chi bộ của "
			  "%s; bản ghi này nay được khóa.\n"),
	       lesson ? lesson : m.id, login);
	return 0;
}

/* ---- the secretary's side ------------------------------------------------ */

static int comment_row(void *arg, const char *const *c, int n)
{
	int *count = arg;
	(void)n;
	char day[16];
	date_show(c[0], day);
	static const char *const what[][2] = {
		{"step", N_("bước")},
		{"lesson", N_("bài")},
		{"meeting", N_("buổi sinh hoạt")},
		{"revision", N_("văn bản")},
	};
	const char *t = c[2];
	for (size_t i = 0; i < sizeof what / sizeof *what; i++)
		if (strcmp(c[2], what[i][0]) == 0)
			t = _(what[i][1]);
	char on[64];
	if (strcmp(c[2], "meeting") == 0) {
		date_show(c[3], on);
	} else if (strcmp(c[2], "revision") == 0) {
		/* type|number|revision */
		const char *num = strchr(c[3], '|'), *rev = strrchr(c[3], '|');
		const char *type = strncmp(c[3], "resolution", 10) == 0
					   ? _("nghị quyết")
					   : _("biên bản");
		int n = num && rev > num ? atoi(num + 1) : 0;
		if (n)
			snprintf(on, sizeof on, _("%s số %02d, bản sửa %s"),
				 type, n, rev ? rev + 1 : "");
		else
			snprintf(on, sizeof on, _("%s (bản nháp), bản sửa %s"),
				 type, rev ? rev + 1 : "");
	} else {
		snprintf(on, sizeof on, "%s", c[3]);
	}
	printf("%s%s — %s, %s %s:\n", atoi(c[5]) ? "" : "* ", day, c[1], t,
	       on);
	printf("    %s\n", c[4]);
	(*count)++;
	return 0;
}

int cmd_mentor_comments(app *a, int unread_only)
{
	if (app_open_store(a) < 0)
		return 1;
	int count = 0;
	if (store_comment_each(a->st, a->person_id, unread_only, comment_row,
			       &count) < 0 ||
	    store_comment_mark_read(a->st, a->person_id) < 0)
		return failed(a);
	if (count == 0)
		printf(unread_only ? _("Không có góp ý mới.\n")
				   : _("Chưa có góp ý nào.\n"));
	return 0;
}

int cmd_mentor_unread(app *a)
{
	int n = 0;
	if (app_open_store(a) < 0 ||
	    store_comment_unread(a->st, a->person_id, &n) < 0)
		return 0;
	return n;
}

/* ---- the command -------------------------------------------------------- */

static int exec_mentor(app *a, int argc, char **argv)
{
	/* no subcommand (or only options): the dashboard */
	int implicit = argc == 0 || strncmp(argv[0], "--", 2) == 0;
	const char *sub = implicit ? "dashboard" : argv[0];
	const char *unit = NULL, *idle = NULL, *cell = NULL, *role = NULL,
		   *from = NULL, *to = NULL, *term = NULL, *lesson = NULL,
		   *step = NULL, *meeting = NULL, *draft = NULL,
		   *mentor = NULL;
	int history = 0, all = 0;
	const struct cmd_opt opts[] = {
		{"unit", &unit, NULL},	     {"idle", &idle, NULL},
		{"cell", &cell, NULL},	     {"role", &role, NULL},
		{"from", &from, NULL},	     {"to", &to, NULL},
		{"term", &term, NULL},	     {"lesson", &lesson, NULL},
		{"step", &step, NULL},	     {"meeting", &meeting, NULL},
		{"draft", &draft, NULL},     {"mentor", &mentor, NULL},
		{"history", NULL, &history}, {"all", NULL, &all},
		{NULL, NULL, NULL},
	};
	const char *pos[2] = {NULL, NULL};
	int npos = 0;
	if (cmd_opts(&cmd_mentor_entry, argc - !implicit, argv + !implicit, opts,
		     pos, 2, &npos))
		return 2;
	/* which options and how many arguments each subcommand takes */
	static const struct {
		const char *name, *opts;
		int args;
	} subs[] = {
		{"dashboard", "unit idle", 0},
		{"show", "", 1},
		{"assign", "cell role from to term", 1},
		{"unassign", "cell", 1},
		{"list", "unit mentor history", 0},
		{"comment", "lesson step meeting draft", 2},
		{"signoff", "lesson meeting", 1},
		{"comments", "all", 0},
	};
	size_t k = 0;
	while (k < sizeof subs / sizeof *subs && strcmp(subs[k].name, sub))
		k++;
	if (k == sizeof subs / sizeof *subs)
		return cmd_usage_error(&cmd_mentor_entry,
				       _("lệnh con không rõ: %s"), sub);
	for (const struct cmd_opt *o = opts; o->name; o++) {
		int set = o->value ? *o->value != NULL : *o->flag;
		if (set && !strstr(subs[k].opts, o->name))
			return cmd_usage_error(&cmd_mentor_entry,
					       _("mentor %s không nhận --%s"),
					       sub, o->name);
	}
	if (npos != subs[k].args)
		return cmd_usage_error(
			&cmd_mentor_entry,
			subs[k].args == 0   ? _("mentor %s không nhận đối số")
			: subs[k].args == 1 ? _("mentor %s cần TÊN_ĐĂNG_NHẬP")
					    : _("mentor %s cần TÊN_ĐĂNG_NHẬP và "
						"nội dung góp ý"),
			sub);
	switch (k) {
	case 0:
		return mentor_dashboard(a, unit, idle);
	case 1:
		return mentor_show(a, pos[0]);
	case 2:
		return mentor_assign(a, pos[0], cell, role, from, to, term);
	case 3:
		return mentor_unassign(a, pos[0], cell);
	case 4:
		return mentor_list(a, unit, mentor, history);
	case 5:
		return mentor_comment(a, pos[0], lesson, step, meeting, draft,
				      pos[1]);
	case 6:
		return mentor_signoff(a, pos[0], lesson, meeting);
	default:
		return cmd_mentor_comments(a, !all);
	}
}

const struct cmd_entry cmd_mentor_entry = {
	"mentor",
	N_("chibo mentor [dashboard] [--unit ĐƠN_VỊ] [--idle NGÀY] | show NGƯỜI\n"
	   "       | assign NGƯỜI --cell CHI_BỘ [--role VAI_TRÒ] [--from NGÀY] "
	   "[--to NGÀY] [--term NHIỆM_KỲ]\n"
	   "       | unassign NGƯỜI --cell CHI_BỘ | list [--unit ĐƠN_VỊ] "
	   "[--mentor NGƯỜI] [--history]\n"
	   "       | comment NGƯỜI (--lesson BÀI [--step BƯỚC] | --meeting MÃ "
	   "| --draft MÃ) \"GÓP Ý\"\n"
	   "       | signoff NGƯỜI (--lesson BÀI | --meeting MÃ) | comments "
	   "[--all]"),
	N_("người hướng dẫn: theo dõi bí thư được phân công (tiến độ bài "
	   "học, sinh hoạt, văn bản, cảnh báo), xem chi tiết, góp ý, ký xác "
	   "nhận; văn phòng đảng ủy: phân công và xem lịch sử phân công; bí "
	   "thư: đọc góp ý (comments)"),
	exec_mentor,
};
