/*
 * cmd_report.c — chibo report coverage | meetings | quality | progress
 * [--unit ĐƠN_VỊ] [--year NĂM] [--format table|csv|json]
 *
 * The commune office's figures over the cells the user may read
 * (access_scope(), kept to the subtree of --unit): mentor coverage, the
 * year's meetings against the plan, the quality bands of the meetings,
 * the secretaries' lesson progress.  Each report is one store query
 * (store_report.c) mapped into the generic renderer (report.c): cells are
 * items under their commune (the parent unit), with the commune's and the
 * whole scope's totals.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "access.h"
#include "catalog.h"
#include "cmd.h"
#include "i18n.h"
#include "json.h"
#include "report.h"
#include "store_access.h"
#include "store_report.h"
#include "util.h"

#define REGULAR_PER_YEAR 12 /* one regular meeting a month */
#define THEMATIC_PER_YEAR 4 /* one thematic meeting a quarter */

/* The bands of the bundled rubrics (plugins/rubrics/), best first; a
 * rubric's other bands follow in name order. */
static const char *const known_bands[] = {"tốt", "khá", "trung bình", "kém"};
#define NKNOWN (sizeof known_bands / sizeof *known_bands)
#define MAX_BANDS (REPORT_MAX_PARTS - 1) /* the last part is "unscored" */

/* The columns every report starts with. */
enum { C_NAME, C_COMMUNE, C_COMMUNE_CODE, C_CELL, C_CELL_CODE, C_FIRST };

/* A report being filled from store rows. */
struct fill {
	report *r;
	int started;       /* a group row was added */
	char *gid;         /* the current group's id ("" none) */
	int col[40];       /* report column indexes, by C_* and the
			      report's own enum */
	long lessons;      /* progress: lessons that count */
	/* quality: the bands seen, and the rows kept until the columns (one
	 * per band) are known */
	char *bands[MAX_BANDS];
	int nbands;
	struct qrow *q;
	size_t nq;
};

struct qrow {
	char *gid, *group, *code, *band; /* NULL as in store_report_row */
	long long n;
};

static int failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

/* A base column (text, integer, date). */
static int add_col(struct fill *f, int id, const char *key, const char *title,
		   enum report_kind kind, int flags)
{
	report_col c = {.key = key, .title = title, .kind = kind,
			.flags = flags};
	return f->col[id] = report_add_col(f->r, &c);
}

/* A summed integer of CSV and JSON only. */
static int add_count(struct fill *f, int id, const char *key)
{
	return add_col(f, id, key, "", REPORT_INT,
		       REPORT_DATA_ONLY | REPORT_SUM);
}

/* A column derived from the columns num and den (ids of f->col). */
static int add_ratio(struct fill *f, int id, const char *key,
		     const char *title, enum report_kind kind, int flags,
		     int num, int den)
{
	report_col c = {.key = key, .title = title, .kind = kind,
			.flags = flags, .num = f->col[num],
			.den = f->col[den]};
	return f->col[id] = report_add_col(f->r, &c);
}

static void add_unit_cols(struct fill *f)
{
	add_col(f, C_NAME, "name", _("Đơn vị"), REPORT_TEXT,
		REPORT_TABLE_ONLY | REPORT_INDENT);
	add_col(f, C_COMMUNE, "commune", "", REPORT_TEXT, REPORT_DATA_ONLY);
	add_col(f, C_COMMUNE_CODE, "commune_code", "", REPORT_TEXT,
		REPORT_DATA_ONLY);
	add_col(f, C_CELL, "cell", "", REPORT_TEXT, REPORT_DATA_ONLY);
	add_col(f, C_CELL_CODE, "cell_code", "", REPORT_TEXT,
		REPORT_DATA_ONLY);
}

static const char *no_group(void)
{
	return _("(không thuộc đơn vị nào)");
}

/* A code for CSV and JSON: none (null) rather than "". */
static const char *code_or_null(const char *code)
{
	return code && *code ? code : NULL;
}

/* The group row of a store row, when it starts a new group. */
static void group_row(struct fill *f, const store_report_row *w)
{
	const char *gid = w->group_id ? w->group_id : "";
	if (f->started && strcmp(gid, f->gid) == 0)
		return;
	f->started = 1;
	free(f->gid);
	f->gid = xstrdup(gid);
	report_row(f->r, REPORT_GROUP);
	report_text(f->r, C_NAME, w->group ? w->group : no_group());
	report_text(f->r, C_COMMUNE, w->group);
	report_text(f->r, C_COMMUNE_CODE, code_or_null(w->group_code));
}

/* A cell row under its group. */
static void cell_row(struct fill *f, const store_report_row *w)
{
	group_row(f, w);
	report_row(f->r, REPORT_ITEM);
	report_text(f->r, C_NAME, w->cell);
	report_text(f->r, C_COMMUNE, w->group);
	report_text(f->r, C_COMMUNE_CODE, code_or_null(w->group_code));
	report_text(f->r, C_CELL, w->cell);
	report_text(f->r, C_CELL_CODE, code_or_null(w->cell_code));
}

/* ---- coverage ---------------------------------------------------------- */

enum { CV_COVERED = C_FIRST, CV_CELLS, CV_SHARE, CV_RATIO, CV_BAR,
       CV_NAMES, CV_MENTORS };

static void coverage_cols(struct fill *f)
{
	add_count(f, CV_COVERED, "covered");
	add_count(f, CV_CELLS, "cells");
	report_col share = {.key = "share", .title = _("Có người hướng dẫn"),
			    .kind = REPORT_FRACTION, .flags = REPORT_PCT,
			    .num = f->col[CV_COVERED],
			    .den = f->col[CV_CELLS], .unit = _("chi bộ")};
	f->col[CV_SHARE] = report_add_col(f->r, &share);
	add_ratio(f, CV_RATIO, "ratio", "", REPORT_PERCENT, REPORT_DATA_ONLY,
		  CV_COVERED, CV_CELLS);
	add_ratio(f, CV_BAR, "bar", "", REPORT_BAR, 0, CV_COVERED, CV_CELLS);
	add_col(f, CV_NAMES, "names", _("Người hướng dẫn"), REPORT_TEXT,
		REPORT_TABLE_ONLY);
	add_col(f, CV_MENTORS, "mentors", "", REPORT_TEXT, REPORT_DATA_ONLY);
}

static int coverage_row(void *arg, const store_report_row *w)
{
	struct fill *f = arg;
	cell_row(f, w);
	report_int(f->r, f->col[CV_COVERED], w->text != NULL);
	report_int(f->r, f->col[CV_CELLS], 1);
	report_blank(f->r, f->col[CV_SHARE]);
	report_blank(f->r, f->col[CV_BAR]);
	report_text(f->r, f->col[CV_MENTORS], w->text);
	report_text(f->r, f->col[CV_NAMES],
		    w->text ? w->text : _("(chưa phân công)"));
	return 0;
}

/* ---- meetings ---------------------------------------------------------- */

enum { MT_CELLS = C_FIRST, MT_REG, MT_REG_PLAN, MT_REG_SHARE,
       MT_REG_RATIO, MT_BAR, MT_THE, MT_THE_PLAN, MT_THE_SHARE,
       MT_THE_RATIO, MT_COM };

static void meetings_cols(struct fill *f)
{
	add_count(f, MT_CELLS, "cells");
	add_count(f, MT_REG, "regular");
	add_count(f, MT_REG_PLAN, "regular_planned");
	add_ratio(f, MT_REG_SHARE, "regular_share", _("Định kỳ"),
		  REPORT_FRACTION, 0, MT_REG, MT_REG_PLAN);
	add_ratio(f, MT_REG_RATIO, "regular_ratio", _("Tỉ lệ"),
		  REPORT_PERCENT, 0, MT_REG, MT_REG_PLAN);
	add_ratio(f, MT_BAR, "bar", "", REPORT_BAR, 0, MT_REG, MT_REG_PLAN);
	add_count(f, MT_THE, "thematic");
	add_count(f, MT_THE_PLAN, "thematic_planned");
	add_ratio(f, MT_THE_SHARE, "thematic_share", _("Buổi chuyên đề"),
		  REPORT_FRACTION, 0, MT_THE, MT_THE_PLAN);
	add_ratio(f, MT_THE_RATIO, "thematic_ratio", "", REPORT_PERCENT,
		  REPORT_DATA_ONLY, MT_THE, MT_THE_PLAN);
	add_col(f, MT_COM, "committee", _("Họp chi ủy"), REPORT_INT,
		REPORT_SUM);
}

static int meetings_row(void *arg, const store_report_row *w)
{
	struct fill *f = arg;
	cell_row(f, w);
	report_int(f->r, f->col[MT_CELLS], 1);
	report_int(f->r, f->col[MT_REG], w->n[0]);
	report_int(f->r, f->col[MT_REG_PLAN], REGULAR_PER_YEAR);
	report_int(f->r, f->col[MT_THE], w->n[1]);
	report_int(f->r, f->col[MT_THE_PLAN], THEMATIC_PER_YEAR);
	report_int(f->r, f->col[MT_COM], w->n[2]);
	return 0;
}

/* ---- quality ----------------------------------------------------------- */

/* Columns: meetings, then per band (the known ones, the others seen, and
 * "unscored" last) its count, its share for the table and its ratio, then
 * the stacked bar.  f->col[QL_*]: */
enum { QL_MEETINGS = C_FIRST, QL_BAR, QL_BANDS };
#define QL_COUNT(i) (QL_BANDS + 3 * (i))

/* Index of a band among f->bands, adding it when new and add is set: -1
 * when not there or full. */
static int band_index(struct fill *f, const char *band, int add)
{
	for (int i = 0; i < f->nbands; i++)
		if (strcmp(f->bands[i], band) == 0)
			return i;
	if (!add || f->nbands == MAX_BANDS)
		return -1;
	f->bands[f->nbands] = xstrdup(band);
	return f->nbands++;
}

/* A band's CSV/JSON key: ASCII, without diacritics, '_' between words
 * ("trung bình" → "trung_binh"; malloc'd). */
static char *band_key(const char *band)
{
	size_t n = 0;
	uint8_t *d = u8_normalize(UNINORM_NFD, (const uint8_t *)band,
				  strlen(band), NULL, &n);
	sbuf b = SBUF_INIT;
	for (size_t i = 0; d && i < n; i++) {
		unsigned char c = d[i];
		if (c < 0x80 && isalnum(c)) {
			char l = (char)tolower(c);
			sbuf_add(&b, &l, 1);
		} else if (c == 0xc4 && i + 1 < n &&
			   (d[i + 1] == 0x90 || d[i + 1] == 0x91)) {
			sbuf_adds(&b, "d"); /* Đ đ have no decomposition */
			i++;
		} else if (c < 0x80 && b.len && b.buf[b.len - 1] != '_') {
			sbuf_adds(&b, "_");
		} /* combining marks and other letters: dropped */
	}
	free(d);
	while (b.len && b.buf[b.len - 1] == '_')
		b.buf[--b.len] = '\0';
	if (!b.len)
		sbuf_adds(&b, "band");
	return sbuf_detach(&b);
}

/* A band's table title: its first letter in capitals ("Trung bình"). */
static char *band_title(const char *band)
{
	ucs4_t c;
	int len = u8_mbtouc(&c, (const uint8_t *)band, strlen(band));
	if (len <= 0 || !*band)
		return xstrdup(band);
	size_t n = 0;
	uint8_t *up = u8_toupper((const uint8_t *)band, (size_t)len, "vi",
				 UNINORM_NFC, NULL, &n);
	char *t = up ? xasprintf("%.*s%s", (int)n, (const char *)up,
				 band + len)
		     : xstrdup(band);
	free(up);
	return t;
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Keeps a row and notes its band. */
static int quality_keep(void *arg, const store_report_row *w)
{
	struct fill *f = arg;
	if (w->text && *w->text && w->n[0] > 0)
		band_index(f, w->text, 1);
	f->q = xrealloc(f->q, (f->nq + 1) * sizeof *f->q);
	struct qrow *q = &f->q[f->nq++];
	q->gid = w->group_id ? xstrdup(w->group_id) : NULL;
	q->group = w->group ? xstrdup(w->group) : NULL;
	q->code = xstrdup(w->group_code);
	q->band = w->text ? xstrdup(w->text) : NULL;
	q->n = w->n[0];
	return 0;
}

static void quality_cols(struct fill *f)
{
	/* known bands first, in their order, then the others by name */
	char *seen[MAX_BANDS];
	int nseen = f->nbands;
	memcpy(seen, f->bands, sizeof seen);
	f->nbands = 0;
	for (size_t k = 0; k < NKNOWN; k++)
		band_index(f, known_bands[k], 1);
	qsort(seen, (size_t)nseen, sizeof *seen, cmp_str);
	for (int i = 0; i < nseen; i++) {
		band_index(f, seen[i], 1);
		free(seen[i]);
	}
	add_col(f, QL_MEETINGS, "meetings", _("Số buổi"), REPORT_INT,
		REPORT_SUM);
	report_col stack = {.key = "bar", .title = _("Phân bố"),
			    .kind = REPORT_STACK,
			    .den = f->col[QL_MEETINGS]};
	for (int i = 0; i <= f->nbands; i++) {
		char *key = i < f->nbands ? band_key(f->bands[i])
					  : xstrdup("unscored");
		char *title = i < f->nbands ? band_title(f->bands[i])
					    : xstrdup(_("Chưa chấm"));
		char *ratio = xasprintf("%s_ratio", key);
		int n = add_col(f, QL_COUNT(i), key, title, REPORT_INT,
				REPORT_DATA_ONLY | REPORT_SUM);
		add_ratio(f, QL_COUNT(i) + 1, "share", title, REPORT_FRACTION,
			  REPORT_NUM_ONLY | REPORT_PCT, QL_COUNT(i),
			  QL_MEETINGS);
		add_ratio(f, QL_COUNT(i) + 2, ratio, "", REPORT_PERCENT,
			  REPORT_DATA_ONLY, QL_COUNT(i), QL_MEETINGS);
		free(ratio);
		free(key);
		free(title);
		stack.parts[stack.nparts++] = n;
	}
	f->col[QL_BAR] = report_add_col(f->r, &stack);
}

static int quality_row(void *arg, const store_report_row *w)
{
	struct fill *f = arg;
	const char *gid = w->group_id ? w->group_id : "";
	if (!f->started || strcmp(gid, f->gid) != 0) {
		group_row(f, w);
		report_int(f->r, f->col[QL_MEETINGS], 0);
		for (int i = 0; i <= f->nbands; i++)
			report_int(f->r, f->col[QL_COUNT(i)], 0);
	}
	int i = w->text && *w->text ? band_index(f, w->text, 0) : f->nbands;
	if (i < 0)
		i = f->nbands; /* more bands than the bar has parts (no
				  bundled rubric has): counted as unscored */
	report_add_int(f->r, f->col[QL_COUNT(i)], w->n[0]);
	report_add_int(f->r, f->col[QL_MEETINGS], w->n[0]);
	return 0;
}

/* The kept rows into the report (after quality_cols), freed. */
static void quality_rows(struct fill *f)
{
	for (size_t i = 0; i < f->nq; i++) {
		struct qrow *q = &f->q[i];
		store_report_row w = {.group_id = q->gid, .group = q->group,
				      .group_code = q->code, .cell_code = "",
				      .text = q->band, .date = "",
				      .n = {q->n, 0, 0}};
		quality_row(f, &w);
		free(q->gid);
		free(q->group);
		free(q->code);
		free(q->band);
	}
	free(f->q);
	f->q = NULL;
	f->nq = 0;
}

/* ---- progress ---------------------------------------------------------- */

enum { PG_NAMES = C_FIRST, PG_SECRETARY, PG_SECRETARIES, PG_DONE,
       PG_AVAIL, PG_SHARE, PG_RATIO, PG_BAR, PG_LAST };

static void progress_cols(struct fill *f)
{
	add_col(f, PG_NAMES, "names", _("Bí thư"), REPORT_TEXT,
		REPORT_TABLE_ONLY);
	add_col(f, PG_SECRETARY, "secretary", "", REPORT_TEXT,
		REPORT_DATA_ONLY);
	add_count(f, PG_SECRETARIES, "secretaries");
	add_count(f, PG_DONE, "lessons_done");
	add_count(f, PG_AVAIL, "lessons");
	add_ratio(f, PG_SHARE, "share", _("Bài đã học"), REPORT_FRACTION,
		  REPORT_PCT, PG_DONE, PG_AVAIL);
	add_ratio(f, PG_RATIO, "ratio", "", REPORT_PERCENT, REPORT_DATA_ONLY,
		  PG_DONE, PG_AVAIL);
	add_ratio(f, PG_BAR, "bar", "", REPORT_BAR, 0, PG_DONE, PG_AVAIL);
	add_col(f, PG_LAST, "last_activity", _("Học gần nhất"), REPORT_DATE,
		REPORT_SUM);
}

static int progress_row(void *arg, const store_report_row *w)
{
	struct fill *f = arg;
	cell_row(f, w);
	report_text(f->r, f->col[PG_NAMES],
		    w->text ? w->text : _("(chưa có bí thư)"));
	report_text(f->r, f->col[PG_SECRETARY], w->text);
	report_int(f->r, f->col[PG_SECRETARIES], w->text != NULL);
	report_int(f->r, f->col[PG_DONE], w->n[0]);
	if (w->text)
		report_int(f->r, f->col[PG_AVAIL], f->lessons);
	if (*w->date)
		report_text(f->r, f->col[PG_LAST], w->date);
	return 0;
}

/* The lesson directories of the catalog (catalog.c), as real paths in a
 * JSON array (malloc'd). */
static char *lesson_dirs(app *a)
{
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "[");
	for (size_t d = 0; d < catalog_ndirs(a); d++) {
		char *given = catalog_dir(a, d);
		char *dir = realpath(given, NULL);
		if (dir) {
			proto_value v = {.type = PV_STR, .s = dir,
					 .len = strlen(dir)};
			char *j = json_encode(&v);
			sbuf_addf(&b, "%s%s", b.len > 1 ? "," : "", j);
			free(j);
		}
		free(dir);
		free(given);
	}
	sbuf_adds(&b, "]");
	return sbuf_detach(&b);
}

/* ---- the command ------------------------------------------------------- */

static const char *const reports[][2] = {
	{"coverage", N_("Độ phủ người hướng dẫn")},
	{"meetings", N_("Số buổi sinh hoạt chi bộ")},
	{"quality", N_("Chất lượng sinh hoạt chi bộ")},
	{"progress", N_("Tiến độ học của bí thư chi bộ")},
};

static int parse_year(const char *s, int *year)
{
	char *end;
	long y = strtol(s, &end, 10);
	if (!*s || *end || y < 1900 || y > 2999)
		return -1;
	*year = (int)y;
	return 0;
}

static int run_report(app *a, int which, const char *unit_id,
		      const char *unit_name, long cells, int year,
		      const char *day, enum report_format fmt)
{
	static const char *const levels[3] = {"total", "commune", "cell"};
	struct fill f = {.gid = NULL};
	f.r = report_new(reports[which][0], _(reports[which][1]), levels);
	report_scope(f.r, unit_id, unit_name, cells);
	report_date(f.r, day);
	report_year(f.r, year);
	add_unit_cols(&f);
	int rc = 0;
	char *lessons = NULL;
	switch (which) {
	case 0:
		coverage_cols(&f);
		rc = store_report_coverage(a->st, day, coverage_row, &f);
		report_note(f.r, _("Chi bộ có người hướng dẫn: có ít nhất một "
				   "cán bộ được phân công vào chi ủy, còn hiệu "
				   "lực vào ngày tính số liệu."));
		break;
	case 1:
		meetings_cols(&f);
		rc = store_report_meetings(a->st, year, meetings_row, &f);
		report_note(f.r, _("Kế hoạch mỗi chi bộ: 12 buổi sinh hoạt "
				   "định kỳ một năm (mỗi tháng một buổi) và "
				   "4 buổi chuyên đề (mỗi quý một buổi)."));
		report_note(f.r, _("Buổi sinh hoạt kết hợp (định kỳ và "
				   "chuyên đề) được tính ở cả hai cột."));
		report_note(f.r, _("Chỉ tính các buổi họp thật đã kết thúc, "
				   "không tính buổi tập dượt hay bỏ dở."));
		break;
	case 2:
		rc = store_report_quality(a->st, year, quality_keep, &f);
		quality_cols(&f);
		quality_rows(&f);
		report_note(f.r, _("Tính các buổi sinh hoạt định kỳ và kết "
				   "hợp đã kết thúc (và buổi chuyên đề nếu có "
				   "chấm điểm), không tính họp chi ủy; tỉ lệ "
				   "trên tổng số buổi, kể cả buổi chưa chấm."));
		break;
	default: {
		char *dirs = lesson_dirs(a);
		rc = store_report_lessons(a->st, dirs, &lessons, &f.lessons);
		free(dirs);
		progress_cols(&f);
		if (rc == 0)
			rc = store_report_progress(a->st, lessons,
						   progress_row, &f);
		char n[32];
		report_fmt_int(f.lessons, n);
		char *note =
			f.lessons
				? xasprintf(_("Bài học tính theo danh mục bài "
					      "học trên máy này: %s bài; chỉ "
					      "tính bài đã học xong."),
					    n)
				: xstrdup(_("Chưa có danh mục bài học trên "
					    "máy này: hãy chạy 'chibo lesson "
					    "list' một lần rồi lập lại báo "
					    "cáo."));
		report_note(f.r, note);
		free(note);
		break;
	}
	}
	free(lessons);
	int status = 0;
	if (rc != 0) {
		status = failed(a);
	} else {
		if (cells > 0) {
			report_row(f.r, REPORT_TOTAL);
			report_text(f.r, C_NAME, _("Tổng cộng"));
		}
		report_rollup(f.r);
		if (report_print(f.r, stdout, fmt, a->plain) < 0) {
			/* a reader that stopped early (| head) is no error
			 * worth a message */
			if (errno != EPIPE)
				fprintf(stderr, _("chibo: không ghi được báo "
						  "cáo ra đầu ra chuẩn: %s\n"),
					strerror(errno));
			status = 1;
		}
	}
	for (int i = 0; i < f.nbands; i++)
		free(f.bands[i]);
	free(f.gid);
	report_free(f.r);
	return status;
}

static int exec_report(app *a, int argc, char **argv)
{
	const char *unit = NULL, *year_s = NULL, *format = "table";
	const struct cmd_opt opts[] = {
		{"unit", &unit, NULL},
		{"year", &year_s, NULL},
		{"format", &format, NULL},
		{NULL, NULL, NULL},
	};
	const char *pos[1] = {NULL};
	int npos = 0;
	if (cmd_opts(&cmd_report_entry, argc, argv, opts, pos, 1, &npos))
		return 2;
	int which = -1;
	for (int i = 0; npos == 1 && i < 4; i++)
		if (strcmp(pos[0], reports[i][0]) == 0)
			which = i;
	if (npos == 0)
		return cmd_usage_error(&cmd_report_entry,
				       _("cần tên báo cáo: coverage, meetings, "
					 "quality hoặc progress"));
	if (which < 0)
		return cmd_usage_error(&cmd_report_entry,
				       _("không có báo cáo '%s'; cần: coverage, "
					 "meetings, quality hoặc progress"),
				       pos[0]);
	enum report_format fmt = strcmp(format, "table") == 0 ? REPORT_TABLE
				 : strcmp(format, "csv") == 0 ? REPORT_CSV
				 : strcmp(format, "json") == 0
					 ? REPORT_JSON
					 : (enum report_format)-1;
	if ((int)fmt < 0)
		return cmd_usage_error(&cmd_report_entry,
				       _("--format: table, csv hoặc json "
					 "(không phải '%s')"),
				       format);
	char now[32], today[16];
	now_local(now);
	snprintf(today, sizeof today, "%.10s", now);
	int year = atoi(today);
	if (year_s && parse_year(year_s, &year) < 0)
		return cmd_usage_error(&cmd_report_entry,
				       _("--year: một năm như 2026 (không phải "
					 "'%s')"),
				       year_s);
	/* the figures stand on the last day of the year, or today */
	char day[16];
	snprintf(day, sizeof day, "%04d-12-31", year);
	if (strcmp(day, today) > 0)
		snprintf(day, sizeof day, "%s", today);
	if (which == 0 && !year_s)
		year = 0; /* coverage: today's, no year shown */
	if (which == 3) {
		/* progress: every lesson ever done, up to today */
		if (year_s)
			return cmd_usage_error(
				&cmd_report_entry,
				_("report progress không nhận --year: tiến độ "
				  "học tính đến hôm nay"));
		year = 0;
	}
	if (app_open_store(a) < 0)
		return 1;
	char id[STORE_ID_LEN], kind[16], name[160];
	if (unit && cmd_unit_arg(a, unit, id, kind, name))
		return 1;
	long cells = access_scope(a, unit ? id : NULL);
	if (cells < 0)
		return 1;
	return run_report(a, which, unit ? id : NULL, unit ? name : NULL,
			  cells, year, day, fmt);
}

const struct cmd_entry cmd_report_entry = {
	"report",
	N_("chibo report coverage|meetings|quality|progress [--unit ĐƠN_VỊ] "
	   "[--year NĂM] [--format table|csv|json]"),
	N_("báo cáo trên các chi bộ bạn được xem (trong ĐƠN_VỊ: mã, tên hoặc "
	   "id), theo từng đảng ủy xã và tổng cộng: coverage — độ phủ người "
	   "hướng dẫn; meetings — số buổi sinh hoạt trong năm so với kế "
	   "hoạch; quality — phân bố xếp loại chất lượng; progress — tiến độ "
	   "học của bí thư; --year: năm của số liệu (mặc định năm nay; với "
	   "coverage: tính vào ngày 31/12 năm đó); dạng bảng, CSV hoặc JSON"),
	exec_report,
};
