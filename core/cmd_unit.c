/*
 * cmd_unit.c — chibo unit add | list | show | move | import | term
 *
 * The tree of units (tỉnh ủy/thành ủy → đảng ủy xã/phường/đặc khu → chi
 * bộ thôn/tổ dân phố, of any depth) and their terms (nhiệm kỳ).  Units on
 * the command line are an id, a code or a unique exact name
 * (store_unit_resolve).  Managing units needs an admin role over them
 * (access_admin); showing one needs to see it (access_unit).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>

#include "access.h"
#include "cmd.h"
#include "csv_read.h"
#include "i18n.h"
#include "report.h"
#include "store_access.h"
#include "store_unit.h"
#include "term.h"
#include "util.h"

#define IMPORT_MAX_BYTES                                                       \
	(16L << 20) /* a CSV file bigger than this is refused */

#define usage(...) cmd_usage_error(&cmd_unit_entry, __VA_ARGS__)
#define OPTS(opts, pos, maxpos, npos)                                          \
	cmd_opts(&cmd_unit_entry, argc, argv, opts, pos, maxpos, npos)

static int failed(app *a)
{
	fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	return 1;
}

/* ---- words and numbers -------------------------------------------------- */

static const char *kind_long(const char *kind)
{
	return strcmp(kind, "province") == 0 ? _("tỉnh ủy/thành ủy")
	       : strcmp(kind, "commune") == 0 ? _("đảng ủy xã/phường/đặc khu")
	                                      : _("chi bộ thôn/tổ dân phố");
}

static const char *kind_short(const char *kind)
{
	return strcmp(kind, "province") == 0  ? _("cấp tỉnh")
	       : strcmp(kind, "commune") == 0 ? _("cấp xã")
	                                      : _("cấp chi bộ");
}

/* n in Vietnamese format ("3.046"), as an expression. */
static const char *vn_count(long n, char out[32])
{
	report_fmt_int(n, out);
	return out;
}

/* date_show() as an expression. */
static const char *show_date(const char *iso, char out[16])
{
	date_show(iso, out);
	return out;
}

static void today(char out[11])
{
	char now[32];
	now_local(now);
	snprintf(out, 11, "%.10s", now);
}

/* s without surrounding blanks (ASCII white space, no-break space), as a
 * malloc'd copy. */
static char *trim(const char *s)
{
	const char *end = s + strlen(s);
	for (;;) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		else if ((unsigned char)s[0] == 0xC2 &&
		         (unsigned char)s[1] == 0xA0)
			s += 2;
		else
			break;
	}
	for (;;) {
		if (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
		                end[-1] == '\r' || end[-1] == '\n'))
			end--;
		else if (end - s >= 2 && (unsigned char)end[-2] == 0xC2 &&
		         (unsigned char)end[-1] == 0xA0)
			end -= 2;
		else
			break;
	}
	return xstrndup(s, (size_t)(end - s));
}

/* A name typed on the command line: NFC, trimmed (malloc'd); NULL when it
 * is not UTF-8 text. */
static char *typed_text(const char *s)
{
	char *nfc = term_nfc(s);
	if (!nfc)
		return NULL;
	char *t = trim(nfc);
	free(nfc);
	return t;
}

/* The unit the user typed into id: 0, or 1 (printed). */
static int resolve(app *a, const char *text, char id[STORE_ID_LEN])
{
	char *t = typed_text(text);
	int rc = t ? store_unit_resolve(a->st, t, id) : 0;
	free(t);
	if (rc < 0)
		return failed(a);
	if (rc == 0) {
		fprintf(stderr,
		        _("chibo: không tìm thấy đơn vị '%s'; hãy gõ mã, tên "
		          "đúng hoặc id (xem: chibo unit list)\n"),
		        text);
		return 1;
	}
	return 0;
}

int cmd_unit_arg(app *a, const char *text, char id[STORE_ID_LEN],
		 char kind[16], char name[160])
{
	int rc = store_unit_resolve(a->st, text, id);
	if (rc < 0)
		return failed(a);
	if (rc == 0 || store_unit_brief(a->st, id, kind, name) != 1) {
		fprintf(stderr,
			_("chibo: không có đơn vị '%s'; xem danh sách: chibo "
			  "unit list\n"),
			text);
		return 1;
	}
	return 0;
}

/* ---- add ---------------------------------------------------------------- */

static int unit_add(app *a, int argc, char **argv)
{
	const char *kind = NULL, *parent = NULL, *code = NULL, *sup = NULL;
	const char *pos[1];
	int got;
	const struct cmd_opt opts[] = {
	    {"kind", &kind, NULL}, {"parent", &parent, NULL},
	    {"code", &code, NULL}, {"superior", &sup, NULL},
	    {NULL, NULL, NULL},
	};
	int rc = OPTS(opts, pos, 1, &got);
	if (rc)
		return rc;
	if (!kind || !store_unit_kind_valid(kind))
		return usage(_("cần --kind province, commune hoặc cell"));
	if (got != 1)
		return usage(_("cần tên đơn vị"));
	if (strcmp(kind, "cell") == 0 && !parent)
		return usage(_("chi bộ cần --parent: đảng ủy cấp trên của nó"));
	char *name = typed_text(pos[0]),
	     *superior = sup ? typed_text(sup) : NULL;
	if (!name || (sup && !superior)) {
		free(name);
		free(superior);
		return usage(_("tên không phải văn bản UTF-8 hợp lệ"));
	}
	char parent_id[STORE_ID_LEN];
	store_unit u;
	rc = app_open_store(a) < 0 ? 1 : 0;
	if (rc == 0 && parent)
		rc = resolve(a, parent, parent_id);
	if (rc == 0 && access_admin(a, parent ? parent_id : NULL) < 0)
		rc = 1;
	if (rc == 0 &&
	    store_unit_add(a->st, a->person_id, kind, parent ? parent_id : NULL,
	                   name, code, superior, &u) < 0)
		rc = failed(a);
	free(name);
	free(superior);
	if (rc)
		return rc;
	char *chain = NULL;
	if (store_unit_chain(a->st, u.id, " \xE2\x80\xBA ", &chain) < 0)
		return failed(a);
	printf(_("Đã thêm %s: %s"), kind_long(u.kind), u.name);
	if (u.code[0])
		printf(_(" (mã %s)"), u.code);
	printf("\n");
	if (*chain)
		printf(_("Thuộc: %s\n"), chain);
	free(chain);
	return 0;
}

/* ---- list --------------------------------------------------------------- */

struct tree_print {
	int plain;
	long shown;
	char *open; /* open[d]: the ancestor at depth d has siblings below */
	size_t cap;
	sbuf line;
	/* translated once: thousands of lines are printed */
	const char *province, *commune, *cell, *with_code, *with_cells;
};

static void tree_print_init(struct tree_print *tp, int plain)
{
	memset(tp, 0, sizeof *tp);
	tp->plain = plain;
	tp->province = kind_short("province");
	tp->commune = kind_short("commune");
	tp->cell = kind_short("cell");
	tp->with_code = _(", mã %s");
	tp->with_cells = _(", %s chi bộ");
}

static int print_node(void *arg, const store_unit_node *n)
{
	struct tree_print *tp = arg;
	if ((size_t)n->depth + 1 > tp->cap) {
		tp->cap = (size_t)n->depth + 16;
		tp->open = xrealloc(tp->open, tp->cap);
	}
	tp->open[n->depth] = !n->last;
	/* "│   " under an ancestor with siblings still to come, then
	 * "├── " or "└── " (the last child); --plain: indentation only */
	sbuf *b = &tp->line;
	b->len = 0;
	for (int d = 1; d < n->depth; d++)
		sbuf_adds(b, !tp->plain && tp->open[d] ? "\xE2\x94\x82   "
		                                       : "    ");
	if (n->depth > 0 && tp->plain)
		sbuf_adds(b, "    ");
	else if (n->depth > 0)
		sbuf_adds(b, n->last ? "\xE2\x94\x94\xE2\x94\x80\xE2\x94\x80 "
		                     : "\xE2\x94\x9C\xE2\x94\x80\xE2\x94\x80 ");
	int cell = strcmp(n->kind, "cell") == 0;
	sbuf_adds(b, n->name);
	sbuf_adds(b, " (");
	sbuf_adds(b, cell                               ? tp->cell
	             : strcmp(n->kind, "province") == 0 ? tp->province
	                                                : tp->commune);
	if (*n->code)
		sbuf_addf(b, tp->with_code, n->code);
	if (!cell) {
		char c[32];
		sbuf_addf(b, tp->with_cells, vn_count(n->cells, c));
	}
	sbuf_adds(b, ")\n");
	fwrite(b->buf, 1, b->len, stdout);
	tp->shown++;
	return 0;
}

struct ids {
	char **v;
	size_t n;
};

static int keep_id(void *arg, const char *id)
{
	struct ids *ids = arg;
	ids->v = xrealloc(ids->v, (ids->n + 1) * sizeof *ids->v);
	ids->v[ids->n++] = id ? xstrdup(id) : NULL;
	return 0;
}

static int unit_list(app *a, int argc, char **argv)
{
	const char *unit = NULL, *pos[1];
	int got;
	const struct cmd_opt opts[] = {{"unit", &unit, NULL},
	                               {NULL, NULL, NULL}};
	int rc = OPTS(opts, pos, 0, &got);
	if (rc)
		return rc;
	if (app_open_store(a) < 0)
		return 1;
	/* The unit asked for, else every subtree the user administers; with
	 * none, the whole tree (the first admin is made there, or the user
	 * is refused). */
	struct ids roots = {NULL, 0};
	char id[STORE_ID_LEN];
	if (unit) {
		if (resolve(a, unit, id))
			return 1;
		keep_id(&roots, id);
	} else if (store_unit_admin_roots(a->st, a->person_id, keep_id,
	                                  &roots) < 0) {
		return failed(a);
	}
	if (roots.n == 0)
		keep_id(&roots, NULL);
	struct tree_print tp;
	tree_print_init(&tp, a->plain);
	for (size_t i = 0; rc == 0 && i < roots.n; i++) {
		if (access_admin(a, roots.v[i]) < 0)
			rc = 1;
		else if (store_unit_tree(a->st, roots.v[i], print_node, &tp) <
		         0)
			rc = failed(a);
	}
	if (rc == 0 && tp.shown == 0)
		printf(_("Chưa có đơn vị nào. Thêm một đơn vị: chibo unit add "
		         "--kind province \"Tỉnh ủy …\"\n"));
	for (size_t i = 0; i < roots.n; i++)
		free(roots.v[i]);
	free(roots.v);
	free(tp.open);
	sbuf_free(&tp.line);
	return rc;
}

/* ---- show --------------------------------------------------------------- */

struct show_terms {
	char today[11];
	long n;
};

static int print_term(void *arg, const store_term *t)
{
	struct show_terms *st = arg;
	char d1[16], d2[16];
	if (st->n++ == 0)
		printf(_("Nhiệm kỳ:\n"));
	printf("  %s: %s – %s", t->name, show_date(t->starts_on, d1),
	       show_date(t->ends_on, d2));
	if (strcmp(t->starts_on, st->today) <= 0 &&
	    strcmp(st->today, t->ends_on) <= 0)
		printf(_(" (hiện tại)"));
	printf("\n");
	return 0;
}

static int print_secretary(void *arg, const store_unit_person *p)
{
	long *n = arg;
	printf("%s%s (%s)", (*n)++ ? ", " : _("Bí thư: "), p->name, p->login);
	return 0;
}

static int print_mentor(void *arg, const store_unit_person *p)
{
	long *n = arg;
	char d1[16], d2[16];
	if ((*n)++ == 0)
		printf(_("Người hướng dẫn đang được phân công:\n"));
	printf(_("  %s (%s), %s, từ %s"), p->name, p->login, p->role,
	       show_date(p->starts_on, d1));
	if (*p->ends_on)
		printf(_(" đến %s"), show_date(p->ends_on, d2));
	printf("\n");
	return 0;
}

static int unit_show(app *a, int argc, char **argv)
{
	const char *pos[1];
	int got;
	int rc = OPTS(NULL, pos, 1, &got);
	if (rc)
		return rc;
	if (got != 1)
		return usage(_("cần chỉ rõ đơn vị muốn xem"));
	char id[STORE_ID_LEN];
	if (app_open_store(a) < 0 || resolve(a, pos[0], id) ||
	    access_unit(a, id) < 0)
		return 1;
	store_unit u;
	char *chain = NULL;
	if (store_unit_get(a->st, id, &u) != 1 ||
	    store_unit_chain(a->st, id, " \xE2\x80\xBA ", &chain) < 0)
		return failed(a);
	printf(_("Đơn vị: %s\nCấp: %s\n"), u.name, kind_long(u.kind));
	if (u.code[0])
		printf(_("Mã: %s\n"), u.code);
	printf(_("Thuộc: %s\n"), *chain ? chain : _("(đơn vị gốc)"));
	free(chain);
	if (u.superior[0])
		printf(_("Cấp trên ghi trên văn bản: %s\n"), u.superior);
	if (strcmp(u.kind, "cell") != 0) {
		long children, cells;
		char c1[32], c2[32];
		if (store_unit_counts(a->st, id, &children, &cells) < 0)
			return failed(a);
		printf(_("Đơn vị trực thuộc: %s; tổng số chi bộ: %s\n"),
		       vn_count(children, c1), vn_count(cells, c2));
	}
	struct show_terms st = {.n = 0};
	today(st.today);
	if (store_term_each(a->st, id, print_term, &st) < 0)
		return failed(a);
	if (st.n == 0)
		printf(_("Nhiệm kỳ: (chưa có)\n"));
	if (strcmp(u.kind, "cell") != 0)
		return 0;
	long n = 0;
	if (store_unit_secretaries(a->st, id, print_secretary, &n) < 0)
		return failed(a);
	printf(n ? "\n" : _("Bí thư: (chưa có)\n"));
	n = 0;
	if (store_unit_mentors(a->st, id, st.today, print_mentor, &n) < 0)
		return failed(a);
	if (n == 0)
		printf(_("Người hướng dẫn: (chưa phân công)\n"));
	return 0;
}

/* ---- move --------------------------------------------------------------- */

static int unit_move(app *a, int argc, char **argv)
{
	const char *to = NULL, *pos[1];
	int got;
	const struct cmd_opt opts[] = {{"to", &to, NULL}, {NULL, NULL, NULL}};
	int rc = OPTS(opts, pos, 1, &got);
	if (rc)
		return rc;
	if (got != 1 || !to)
		return usage(_("cần: unit move ĐƠN_VỊ --to ĐƠN_VỊ_CẤP_TRÊN"));
	char id[STORE_ID_LEN], to_id[STORE_ID_LEN];
	if (app_open_store(a) < 0 || resolve(a, pos[0], id) ||
	    resolve(a, to, to_id) || access_admin(a, id) < 0 ||
	    access_admin(a, to_id) < 0)
		return 1;
	rc = store_unit_move(a->st, a->person_id, id, to_id);
	if (rc < 0)
		return failed(a);
	store_unit u, p;
	char *chain = NULL;
	if (store_unit_get(a->st, id, &u) != 1 ||
	    store_unit_get(a->st, to_id, &p) != 1 ||
	    store_unit_chain(a->st, id, " \xE2\x80\xBA ", &chain) < 0)
		return failed(a);
	if (rc == 1)
		printf(_("%s đã thuộc %s; không có gì thay đổi.\n"), u.name,
		       p.name);
	else
		printf(_("Đã chuyển %s vào %s.\nThuộc: %s\n"), u.name, p.name,
		       chain);
	free(chain);
	return 0;
}

/* ---- import ------------------------------------------------------------- */

struct problem {
	long line;
	size_t seq; /* keeps the order of one line's problems */
	char *msg;
};

struct problems {
	struct problem *v;
	size_t n, cap;
};

static void problem_add(void *arg, long line, const char *msg)
{
	struct problems *p = arg;
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->v = xrealloc(p->v, p->cap * sizeof *p->v);
	}
	p->v[p->n] = (struct problem){line, p->n, xstrdup(msg)};
	p->n++;
}

static int by_line(const void *a, const void *b)
{
	const struct problem *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* The whole file (malloc'd, *len) or NULL (printed). */
static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, _("chibo: không mở được tệp %s: %s\n"), path,
		        strerror(errno));
		return NULL;
	}
	sbuf b = SBUF_INIT;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 &&
	       b.len <= (size_t)IMPORT_MAX_BYTES)
		sbuf_add(&b, buf, n);
	int err = ferror(f);
	fclose(f);
	if (err || b.len > (size_t)IMPORT_MAX_BYTES) {
		fprintf(stderr,
		        err ? _("chibo: không đọc được tệp %s\n")
		            : _("chibo: tệp %s lớn quá 16 MiB; hãy chia nhỏ "
		                "tệp\n"),
		        path);
		sbuf_free(&b);
		return NULL;
	}
	sbuf_add(&b, "", 0);
	*len = b.len;
	return sbuf_detach(&b);
}

enum { COL_NAME, COL_CODE, COL_SUPERIOR, NCOLS };

/* Which column a header names (Vietnamese with or without diacritics, or
 * English, any case, '_' ' ' or '-' between words), or -1. */
static int column_of(const char *header)
{
	static const char *const names[NCOLS][5] = {
	    {"ten", "tên", "name", "ten_chi_bo", "tên_chi_bộ"},
	    {"ma", "mã", "code", "ma_chi_bo", "mã_chi_bộ"},
	    {"cap_tren", "cấp_trên", "superior", "dang_bo_cap_tren",
	     "đảng_bộ_cấp_trên"},
	};
	char *t = trim(header);
	size_t len = 0;
	uint8_t *low = u8_tolower((const uint8_t *)t, strlen(t), NULL,
	                          UNINORM_NFC, NULL, &len);
	free(t);
	if (!low)
		return -1;
	char *h = xstrndup((const char *)low, len);
	free(low);
	for (char *p = h; *p; p++)
		if (*p == ' ' || *p == '-')
			*p = '_';
	int col = -1;
	for (int c = 0; c < NCOLS && col < 0; c++)
		for (int k = 0; k < 5; k++)
			if (strcmp(h, names[c][k]) == 0)
				col = c;
	free(h);
	return col;
}

struct import_file {
	const char *path;
	csv_reader r;
	int col[NCOLS]; /* field index of each column, -1 absent */
	size_t nheader; /* fields in the header */
	store_unit_row *rows;
	size_t n, cap;
	struct problems probs;
};

/* The header row: 0, or 1 (printed). */
static int read_header(struct import_file *f)
{
	long line;
	const char *why;
	for (int c = 0; c < NCOLS; c++)
		f->col[c] = -1;
	int rc = csv_next(&f->r, &line, &why);
	if (rc == 0) {
		fprintf(stderr,
		        _("chibo: %s: tệp rỗng; dòng đầu phải là dòng tiêu đề "
		          "(ten,ma,cap_tren)\n"),
		        f->path);
		return 1;
	}
	if (rc < 0) {
		fprintf(stderr, "chibo: %s:%ld: %s\n", f->path, line, why);
		return 1;
	}
	f->nheader = f->r.n;
	for (size_t i = 0; i < f->r.n; i++) {
		int c = column_of(f->r.fields[i]);
		if (c < 0)
			continue; /* other columns (STT, ghi chú…) */
		if (f->col[c] >= 0) {
			fprintf(stderr,
			        _("chibo: %s:%ld: cột '%s' có hai lần trong "
			          "dòng tiêu đề\n"),
			        f->path, line, f->r.fields[i]);
			return 1;
		}
		f->col[c] = (int)i;
	}
	if (f->col[COL_NAME] < 0) {
		fprintf(stderr,
		        _("chibo: %s:%ld: dòng tiêu đề thiếu cột tên chi bộ "
		          "(ten hoặc name); các cột: ten, ma, cap_tren\n"),
		        f->path, line);
		return 1;
	}
	return 0;
}

/* Field c of the current record, trimmed (malloc'd; "" when absent). */
static char *field(struct import_file *f, int c)
{
	int i = f->col[c];
	return trim(i >= 0 && (size_t)i < f->r.n ? f->r.fields[i] : "");
}

static void read_rows(struct import_file *f)
{
	long line;
	const char *why;
	int rc;
	while ((rc = csv_next(&f->r, &line, &why)) != 0) {
		if (rc < 0) {
			problem_add(&f->probs, line, why);
			continue;
		}
		int blank = 1;
		for (size_t i = 0; i < f->r.n && blank; i++) {
			char *t = trim(f->r.fields[i]);
			blank = !*t;
			free(t);
		}
		if (blank)
			continue;
		if (f->r.n > f->nheader) {
			char *msg =
			    xasprintf(_("có %zu trường, nhiều hơn dòng "
			                "tiêu đề (%zu); tên có dấu phẩy "
			                "phải đặt trong ngoặc kép"),
			              f->r.n, f->nheader);
			problem_add(&f->probs, line, msg);
			free(msg);
			continue;
		}
		if (f->n == f->cap) {
			f->cap = f->cap ? 2 * f->cap : 64;
			f->rows = xrealloc(f->rows, f->cap * sizeof *f->rows);
		}
		f->rows[f->n++] = (store_unit_row){line, field(f, COL_NAME),
		                                   field(f, COL_CODE),
		                                   field(f, COL_SUPERIOR)};
	}
}

static int unit_import(app *a, int argc, char **argv)
{
	const char *parent = NULL, *pos[1];
	int got, dry_run = 0;
	const struct cmd_opt opts[] = {
	    {"parent", &parent, NULL},
	    {"dry-run", NULL, &dry_run},
	    {NULL, NULL, NULL},
	};
	int rc = OPTS(opts, pos, 1, &got);
	if (rc)
		return rc;
	if (got != 1 || !parent)
		return usage(_("cần: unit import TỆP.csv --parent ĐƠN_VỊ"));
	char id[STORE_ID_LEN];
	if (app_open_store(a) < 0 || resolve(a, parent, id) ||
	    access_admin(a, id) < 0)
		return 1;
	struct import_file f = {.path = pos[0]};
	size_t len;
	char *buf = read_file(f.path, &len);
	if (!buf)
		return 1;
	csv_open(&f.r, buf, len);
	rc = read_header(&f);
	long added = 0, skipped = 0, problems = 0;
	if (rc == 0) {
		read_rows(&f);
		if (store_unit_import(a->st, a->person_id, id, f.rows, f.n,
		                      dry_run || f.probs.n, problem_add,
		                      &f.probs, &added, &skipped,
		                      &problems) < 0)
			rc = failed(a);
	}
	if (rc == 0 && f.probs.n) {
		qsort(f.probs.v, f.probs.n, sizeof *f.probs.v, by_line);
		long lines = 0;
		for (size_t i = 0; i < f.probs.n; i++) {
			fprintf(stderr, "%s:%ld: %s\n", f.path,
			        f.probs.v[i].line, f.probs.v[i].msg);
			lines += i == 0 ||
			         f.probs.v[i].line != f.probs.v[i - 1].line;
		}
		char c[32];
		fprintf(stderr,
		        _("chibo: không nhập được %s: %s dòng có lỗi (ở trên); "
		          "chưa thêm chi bộ nào. Hãy sửa tệp rồi nhập lại.\n"),
		        f.path, vn_count(lines, c));
		rc = 1;
	} else if (rc == 0) {
		store_unit p;
		char c1[32], c2[32];
		if (store_unit_get(a->st, id, &p) != 1)
			rc = failed(a);
		else if (dry_run)
			printf(
			    _("Kiểm tra xong, chưa ghi gì: sẽ thêm %s chi bộ "
			      "(bỏ qua %s đã có) vào %s.\n"),
			    vn_count(added, c1), vn_count(skipped, c2), p.name);
		else
			printf(_("Đã thêm %s chi bộ (bỏ qua %s đã có) vào "
			         "%s.\n"),
			       vn_count(added, c1), vn_count(skipped, c2),
			       p.name);
	}
	for (size_t i = 0; i < f.n; i++) {
		free((char *)f.rows[i].name);
		free((char *)f.rows[i].code);
		free((char *)f.rows[i].superior);
	}
	for (size_t i = 0; i < f.probs.n; i++)
		free(f.probs.v[i].msg);
	free(f.probs.v);
	free(f.rows);
	csv_close(&f.r);
	free(buf);
	return rc;
}

/* ---- term --------------------------------------------------------------- */

static int unit_term(app *a, int argc, char **argv)
{
	const char *from = NULL, *to = NULL, *name = NULL, *pos[1];
	int got;
	const struct cmd_opt opts[] = {
	    {"from", &from, NULL},
	    {"to", &to, NULL},
	    {"name", &name, NULL},
	    {NULL, NULL, NULL},
	};
	int rc = OPTS(opts, pos, 1, &got);
	if (rc)
		return rc;
	char d1[16], d2[16];
	if (got != 1 || !from || !to)
		return usage(_("cần: unit term ĐƠN_VỊ --from YYYY-MM-DD --to "
		               "YYYY-MM-DD"));
	if (date_parse(from, d1) < 0)
		return usage(_("--from: '%s' không phải ngày (YYYY-MM-DD hoặc "
		               "DD/MM/YYYY)"),
		             from);
	if (date_parse(to, d2) < 0)
		return usage(_("--to: '%s' không phải ngày (YYYY-MM-DD hoặc "
		               "DD/MM/YYYY)"),
		             to);
	/* "2025–2027", with an en dash */
	char *tname =
	    name ? typed_text(name) : xasprintf("%.4s\xE2\x80\x93%.4s", d1, d2);
	if (!tname)
		return usage(_("--name: '%s' không phải văn bản UTF-8 hợp lệ"),
		             name);
	char id[STORE_ID_LEN];
	store_term t;
	rc = app_open_store(a) < 0 || resolve(a, pos[0], id) ||
	             access_admin(a, id) < 0
	         ? 1
	         : 0;
	if (rc == 0 &&
	    store_term_add(a->st, a->person_id, id, tname, d1, d2, &t) < 0)
		rc = failed(a);
	free(tname);
	store_unit u;
	if (rc == 0 && store_unit_get(a->st, id, &u) != 1)
		rc = failed(a);
	if (rc == 0) {
		char v1[16], v2[16];
		printf(_("Đã thêm nhiệm kỳ %s (%s – %s) cho %s.\n"), t.name,
		       show_date(t.starts_on, v1), show_date(t.ends_on, v2),
		       u.name);
	}
	return rc;
}

/* ---- the command -------------------------------------------------------- */

static int exec_unit(app *a, int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(app *, int, char **);
	} subs[] = {
	    {"add", unit_add},   {"list", unit_list},     {"show", unit_show},
	    {"move", unit_move}, {"import", unit_import}, {"term", unit_term},
	};
	if (argc == 0)
		return usage(_("thiếu lệnh con: add, list, show, move, import "
		               "hoặc term"));
	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
		if (strcmp(argv[0], subs[i].name) == 0)
			return subs[i].fn(a, argc - 1, argv + 1);
	return usage(_("không có lệnh con 'unit %s'"), argv[0]);
}

const struct cmd_entry cmd_unit_entry = {
    "unit",
    N_("chibo unit add --kind province|commune|cell [--parent ĐƠN_VỊ] "
       "[--code MÃ] [--superior TÊN] TÊN\n"
       "       | list [--unit ĐƠN_VỊ] | show ĐƠN_VỊ "
       "| move ĐƠN_VỊ --to ĐƠN_VỊ\n"
       "       | import TỆP.csv --parent ĐƠN_VỊ [--dry-run]\n"
       "       | term ĐƠN_VỊ --from YYYY-MM-DD --to YYYY-MM-DD "
       "[--name 2025–2027]"),
    N_("cây đơn vị (tỉnh ủy/thành ủy, đảng ủy xã/phường/đặc khu, chi bộ "
       "thôn/tổ dân phố) và nhiệm kỳ: thêm, xem, chuyển, nhập chi bộ từ "
       "tệp CSV (cột ten, ma, cap_tren); ĐƠN_VỊ là mã, tên hoặc id"),
    exec_unit,
};
