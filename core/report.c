/*
 * report.c — the generic renderer of report.h: table, CSV, JSON.
 */
#include "report.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <uniwidth.h>

#include "i18n.h"
#include "json.h"
#include "util.h"

#define BAR_WIDTH 20
#define COL_GAP 2

typedef struct rval {
	char *s;       /* TEXT, DATE */
	long long n;   /* INT */
	int state;     /* 0 unset, 1 set, 2 blanked */
} rval;

typedef struct rrow {
	enum report_level level;
	rval *v; /* one per column */
} rrow;

struct report {
	char *key, *title;
	char *levels[3];
	report_col *cols;
	int ncols;
	rrow *rows;
	size_t nrows, caprows;
	char *scope_id, *scope_name;
	long cells;
	int year;
	char date[16];
	char **notes;
	size_t nnotes;
};

/* ---- numbers --------------------------------------------------------- */

/* v / 10^decimals with the given separators (thousands: 0 for none). */
static void fmt_fixed(long long v, int decimals, char dec_sep, char th_sep,
		      char *out, size_t n)
{
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v
				     : (unsigned long long)v;
	assert(decimals >= 0 && decimals <= 6);
	unsigned long long scale = 1;
	for (int i = 0; i < decimals; i++)
		scale *= 10;
	unsigned long long ip = u / scale, fp = u % scale;
	/* by hand: thousands of numbers are printed, snprintf was most of
	 * a report's rendering time */
	char digits[24], text[64];
	int nd = 0, k = 0;
	do {
		digits[nd++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	if (v < 0)
		text[k++] = '-';
	for (int i = nd - 1; i >= 0; i--) {
		text[k++] = digits[i];
		if (th_sep && i > 0 && i % 3 == 0)
			text[k++] = th_sep;
	}
	if (decimals > 0) {
		text[k++] = dec_sep;
		for (int i = decimals - 1; i >= 0; i--) {
			text[k + i] = (char)('0' + fp % 10);
			fp /= 10;
		}
		k += decimals;
	}
	text[k] = '\0';
	size_t len = (size_t)k < n ? (size_t)k : n - 1;
	memcpy(out, text, len);
	out[len] = '\0';
}

void report_fmt_int(long long n, char out[32])
{
	fmt_fixed(n, 0, ',', '.', out, 32);
}

void report_fmt_dec(double x, int decimals, char out[48])
{
	decimals = decimals < 0 ? 0 : decimals > 6 ? 6 : decimals;
	double scale = 1;
	for (int i = 0; i < decimals; i++)
		scale *= 10;
	fmt_fixed(llround(x * scale), decimals, ',', '.', out, 48);
}

/* round(num · scale / den), half up, for num ≥ 0 and den > 0. */
static long long scaled(long long num, long long den, long long scale)
{
	return (2 * scale * num + den) / (2 * den);
}

void report_fmt_pct(long long num, long long den, char out[48])
{
	fmt_fixed(scaled(num, den, 1000), 1, ',', '.', out, 48);
}

/* ---- building -------------------------------------------------------- */

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

report *report_new(const char *key, const char *title,
		   const char *const levels[3])
{
	report *r = xmalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	r->key = xstrdup(key);
	r->title = xstrdup(title);
	for (int i = 0; i < 3; i++)
		r->levels[i] = xstrdup(levels[i]);
	return r;
}

void report_free(report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nrows; i++) {
		for (int c = 0; c < r->ncols; c++)
			free(r->rows[i].v[c].s);
		free(r->rows[i].v);
	}
	free(r->rows);
	for (int c = 0; c < r->ncols; c++) {
		free((char *)r->cols[c].key);
		free((char *)r->cols[c].title);
		free((char *)r->cols[c].unit);
	}
	free(r->cols);
	for (size_t i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->notes);
	for (int i = 0; i < 3; i++)
		free(r->levels[i]);
	free(r->key);
	free(r->title);
	free(r->scope_id);
	free(r->scope_name);
	free(r);
}

static int derived(enum report_kind k)
{
	return k == REPORT_FRACTION || k == REPORT_PERCENT ||
	       k == REPORT_BAR || k == REPORT_STACK;
}

int report_add_col(report *r, const report_col *c)
{
	assert(r->nrows == 0);
	if (derived(c->kind)) {
		assert(c->den >= 0 && c->den < r->ncols);
		assert(c->kind == REPORT_STACK ||
		       (c->num >= 0 && c->num < r->ncols));
		assert(c->nparts >= 0 && c->nparts <= REPORT_MAX_PARTS);
	}
	r->cols = xrealloc(r->cols, (size_t)(r->ncols + 1) * sizeof *r->cols);
	report_col *d = &r->cols[r->ncols];
	*d = *c;
	d->key = xstrdup(c->key);
	d->title = xstrdup(c->title ? c->title : "");
	d->unit = dup_or_null(c->unit);
	if (d->kind == REPORT_FRACTION || d->kind == REPORT_BAR ||
	    d->kind == REPORT_STACK)
		d->flags |= REPORT_TABLE_ONLY;
	return r->ncols++;
}

void report_scope(report *r, const char *unit_id, const char *unit_name,
		  long cells)
{
	free(r->scope_id);
	free(r->scope_name);
	r->scope_id = dup_or_null(unit_id);
	r->scope_name = dup_or_null(unit_name);
	r->cells = cells;
}

void report_year(report *r, int year)
{
	r->year = year;
}

void report_date(report *r, const char *ymd)
{
	snprintf(r->date, sizeof r->date, "%s", ymd);
}

void report_note(report *r, const char *text)
{
	r->notes = xrealloc(r->notes, (r->nnotes + 1) * sizeof *r->notes);
	r->notes[r->nnotes++] = xstrdup(text);
}

void report_row(report *r, enum report_level level)
{
	if (r->nrows == r->caprows) {
		r->caprows = r->caprows ? 2 * r->caprows : 64;
		r->rows = xrealloc(r->rows, r->caprows * sizeof *r->rows);
	}
	rrow *w = &r->rows[r->nrows++];
	w->level = level;
	w->v = xmalloc((size_t)(r->ncols ? r->ncols : 1) * sizeof *w->v);
	memset(w->v, 0, (size_t)(r->ncols ? r->ncols : 1) * sizeof *w->v);
}

static rval *cur(report *r, int col)
{
	assert(r->nrows > 0 && col >= 0 && col < r->ncols);
	return &r->rows[r->nrows - 1].v[col];
}

void report_text(report *r, int col, const char *s)
{
	rval *v = cur(r, col);
	free(v->s);
	v->s = dup_or_null(s);
	v->state = s ? 1 : 0;
}

void report_int(report *r, int col, long long n)
{
	rval *v = cur(r, col);
	v->n = n;
	v->state = 1;
}

void report_add_int(report *r, int col, long long n)
{
	rval *v = cur(r, col);
	v->n = (v->state == 1 ? v->n : 0) + n;
	v->state = 1;
}

void report_blank(report *r, int col)
{
	rval *v = cur(r, col);
	free(v->s);
	v->s = NULL;
	v->state = 2;
}

/* ---- subtotals ------------------------------------------------------- */

/* Adds row `from` into the unset summable values of row `to` (pending:
 * marks the values this rollup fills, so that explicit ones stay). */
static void add_into(report *r, rrow *to, const rrow *from, char *pending)
{
	for (int c = 0; c < r->ncols; c++) {
		const report_col *col = &r->cols[c];
		if (!(col->flags & REPORT_SUM))
			continue;
		rval *t = &to->v[c];
		const rval *f = &from->v[c];
		if (t->state == 0)
			pending[c] = 1;
		if (!pending[c] || f->state != 1)
			continue;
		if (col->kind == REPORT_INT) {
			t->n = (t->state == 1 ? t->n : 0) + f->n;
			t->state = 1;
		} else if (col->kind == REPORT_DATE && f->s && *f->s &&
			   (!t->s || strcmp(f->s, t->s) > 0)) {
			free(t->s);
			t->s = xstrdup(f->s);
			t->state = 1;
		}
	}
}

void report_rollup(report *r)
{
	char *pending = xmalloc((size_t)r->ncols + 1);
	int groups = 0;
	for (size_t i = 0; i < r->nrows; i++)
		groups |= r->rows[i].level == REPORT_GROUP;
	for (size_t i = 0; i < r->nrows; i++) {
		rrow *w = &r->rows[i];
		if (w->level == REPORT_ITEM)
			continue;
		memset(pending, 0, (size_t)r->ncols + 1);
		if (w->level == REPORT_GROUP) {
			for (size_t k = i + 1; k < r->nrows &&
					       r->rows[k].level == REPORT_ITEM;
			     k++)
				add_into(r, w, &r->rows[k], pending);
			continue;
		}
		enum report_level from = groups ? REPORT_GROUP : REPORT_ITEM;
		for (size_t k = 0; k < i; k++)
			if (r->rows[k].level == from)
				add_into(r, w, &r->rows[k], pending);
	}
	free(pending);
}

/* ---- reading values -------------------------------------------------- */

/* The numerator and denominator of a derived value: 1 when both are set
 * and den > 0. */
static int ratio_of(const report *r, const rrow *w, int col, long long *num,
		    long long *den)
{
	const report_col *c = &r->cols[col];
	if (w->v[col].state == 2 || w->v[c->den].state != 1)
		return 0;
	*den = w->v[c->den].n;
	*num = 0;
	if (c->kind == REPORT_STACK) {
		for (int i = 0; i < c->nparts; i++)
			*num += w->v[c->parts[i]].n;
	} else {
		if (w->v[c->num].state != 1)
			return 0;
		*num = w->v[c->num].n;
	}
	return *den > 0 && *num >= 0;
}

/* ---- table ----------------------------------------------------------- */

static const char *const stack_uni[REPORT_MAX_PARTS] = {
	"█", "▓", "▒", "░", "·", "×", "+", "~",
};
static const char *const stack_ascii[REPORT_MAX_PARTS] = {
	"#", "=", "-", ".", ":", "x", "+", "~",
};

/* Writes out what b holds once it is big, so that a country-wide report
 * is not built whole in memory. */
static void spill(sbuf *b, FILE *f)
{
	if (b->len < 1 << 16)
		return;
	fwrite(b->buf, 1, b->len, f);
	b->len = 0;
	b->buf[0] = '\0';
}

static void add_repeat(sbuf *b, const char *s, int n)
{
	size_t len = strlen(s);
	for (int i = 0; i < n; i++)
		sbuf_add(b, s, len);
}

void report_bar(sbuf *b, long long num, long long den, int width,
		int plain)
{
	long long fill = den > 0 ? scaled(num, den, width) : 0;
	if (fill > width)
		fill = width;
	if (fill < 0)
		fill = 0;
	add_repeat(b, plain ? "#" : "█", (int)fill);
	add_repeat(b, plain ? "." : "░", width - (int)fill);
}

/* Text from the database on the terminal: no control characters, one
 * line. */
static void add_clean(sbuf *b, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (u[i] >= 0x20 && u[i] != 0x7f && u[i] != 0xc2)
		i++;
	if (!u[i]) { /* the usual case: nothing to clean */
		sbuf_add(b, s, i);
		return;
	}
	char *t = text_clean(xstrdup(s));
	for (char *q = t; *q; q++)
		if (*q == '\n' || *q == '\t')
			*q = ' ';
	sbuf_adds(b, t);
	free(t);
}

/* Appends the table text of one value to s, NUL-terminated; returns its
 * width in terminal columns, or -1 when unknown (text: to be measured). */
static int table_value(sbuf *out, const report *r, const rrow *w, int col,
		       int plain)
{
	const report_col *c = &r->cols[col];
	const rval *v = &w->v[col];
	char a[32], b[32], p[48];
	long long num, den;
	int width = -1;
	sbuf s = *out;
	switch (c->kind) {
	case REPORT_TEXT:
		if (v->s) {
			if (c->flags & REPORT_INDENT && w->level == REPORT_ITEM)
				sbuf_adds(&s, "  ");
			add_clean(&s, v->s);
		}
		break;
	case REPORT_INT:
		if (v->state == 1) {
			report_fmt_int(v->n, a);
			sbuf_adds(&s, a);
		}
		break;
	case REPORT_DATE:
		if (v->s && strlen(v->s) >= 10)
			sbuf_addf(&s, "%.2s/%.2s/%.4s", v->s + 8, v->s + 5,
				  v->s);
		break;
	case REPORT_FRACTION:
		if (v->state == 2 || w->v[c->num].state != 1 ||
		    w->v[c->den].state != 1)
			break;
		report_fmt_int(w->v[c->num].n, a);
		report_fmt_int(w->v[c->den].n, b);
		if (c->flags & REPORT_NUM_ONLY)
			sbuf_adds(&s, a);
		else
			sbuf_addf(&s, "%s/%s", a, b);
		if (c->unit)
			sbuf_addf(&s, " %s", c->unit);
		if (c->flags & REPORT_PCT &&
		    ratio_of(r, w, col, &num, &den)) {
			report_fmt_pct(num, den, p);
			sbuf_addf(&s, " (%s%%)", p);
		}
		break;
	case REPORT_PERCENT:
		if (ratio_of(r, w, col, &num, &den)) {
			report_fmt_pct(num, den, p);
			sbuf_addf(&s, "%s%%", p);
		}
		break;
	case REPORT_BAR:
		if (ratio_of(r, w, col, &num, &den))
			report_bar(&s, num, den, BAR_WIDTH, plain);
		break;
	case REPORT_STACK:
		if (ratio_of(r, w, col, &num, &den)) {
			/* each boundary rounded: the segments add up */
			long long cum = 0, prev = 0;
			for (int i = 0; i < c->nparts; i++) {
				cum += w->v[c->parts[i]].n;
				long long at = scaled(cum, den, BAR_WIDTH);
				if (at > BAR_WIDTH)
					at = BAR_WIDTH;
				add_repeat(&s, (plain ? stack_ascii
						      : stack_uni)[i],
					   (int)(at - prev));
				prev = at;
			}
			width = (int)prev;
		}
		break;
	}
	sbuf_add(&s, "", 1); /* the NUL between values */
	*out = s;
	return width;
}

static int right_aligned(enum report_kind k)
{
	return k == REPORT_INT || k == REPORT_FRACTION || k == REPORT_PERCENT;
}

static int width_of(const char *s)
{
	size_t i = 0;
	while ((unsigned char)s[i] - 1u < 0x7fu)
		i++;
	return s[i] ? u8_strwidth((const uint8_t *)s, "UTF-8") : (int)i;
}

/* A table cell: its text (an offset in the table's text buffer) and its
 * width in terminal columns. */
typedef struct tcell {
	unsigned at; /* a table's text stays far below 4 GiB */
	int w;
} tcell;

/* Appends one line of cells and ends it, without trailing spaces. */
static void table_line(sbuf *b, const report *r, const char *text,
		       const tcell *cells, const int *width)
{
	size_t start = b->len;
	int first = 1;
	for (int c = 0; c < r->ncols; c++) {
		if (r->cols[c].flags & REPORT_DATA_ONLY)
			continue;
		const char *t = text + cells[c].at;
		int pad = width[c] - cells[c].w;
		if (!first)
			add_repeat(b, " ", COL_GAP);
		first = 0;
		if (right_aligned(r->cols[c].kind))
			add_repeat(b, " ", pad);
		sbuf_adds(b, t);
		if (!right_aligned(r->cols[c].kind))
			add_repeat(b, " ", pad);
	}
	while (b->len > start && b->buf[b->len - 1] == ' ')
		b->buf[--b->len] = '\0';
	sbuf_adds(b, "\n");
}

static void table_header(sbuf *b, const report *r)
{
	char n[32];
	sbuf_addf(b, "%s\n", r->title);
	report_fmt_int(r->cells, n);
	if (r->scope_name)
		sbuf_addf(b, _("Phạm vi: %s (%s chi bộ)\n"), r->scope_name, n);
	else
		sbuf_addf(b, _("Phạm vi: mọi chi bộ bạn được xem (%s chi bộ)\n"),
			  n);
	if (r->year)
		sbuf_addf(b, _("Năm: %d\n"), r->year);
	if (r->date[0])
		sbuf_addf(b, _("Số liệu tính đến ngày: %.2s/%.2s/%.4s\n"), r->date + 8,
			  r->date + 5, r->date);
	sbuf_adds(b, "\n");
}

static void table_legends(sbuf *b, const report *r, int plain)
{
	for (int c = 0; c < r->ncols; c++) {
		const report_col *col = &r->cols[c];
		if (col->kind != REPORT_STACK)
			continue;
		sbuf_addf(b, _("Chú thích %s:"), col->title);
		for (int i = 0; i < col->nparts; i++)
			sbuf_addf(b, "  %s %s",
				  (plain ? stack_ascii : stack_uni)[i],
				  r->cols[col->parts[i]].title);
		sbuf_adds(b, "\n");
	}
}

/* The titles, the rows (a blank line between groups when there are
 * items, a rule above the total) and the legends. */
static void table_body(sbuf *b, FILE *f, const report *r, const char *text,
		       tcell *const *cells, const int *width, int plain)
{
	const char *rule = plain ? "-" : "─";
	int any_item = 0, total_width = 0, seen_group = 0;
	for (size_t i = 0; i < r->nrows; i++)
		any_item |= r->rows[i].level == REPORT_ITEM;
	for (int c = 0; c < r->ncols; c++)
		if (!(r->cols[c].flags & REPORT_DATA_ONLY))
			total_width += width[c] + (total_width ? COL_GAP : 0);
	table_line(b, r, text, cells[0], width);
	add_repeat(b, rule, total_width);
	sbuf_adds(b, "\n");
	for (size_t i = 0; i < r->nrows; i++) {
		enum report_level lv = r->rows[i].level;
		if (lv == REPORT_TOTAL) {
			add_repeat(b, rule, total_width);
			sbuf_adds(b, "\n");
		} else if (lv == REPORT_GROUP && any_item && seen_group) {
			sbuf_adds(b, "\n");
		}
		seen_group |= lv == REPORT_GROUP;
		table_line(b, r, text, cells[i + 1], width);
		spill(b, f);
	}
	sbuf_adds(b, "\n");
	table_legends(b, r, plain);
}

static void print_table(sbuf *b, FILE *f, const report *r, int plain)
{
	/* every cell's text in one buffer, the titles first */
	sbuf text = SBUF_INIT;
	tcell **cells = xmalloc((r->nrows + 1) * sizeof *cells);
	tcell *all = xmalloc((r->nrows + 1) * (size_t)r->ncols * sizeof *all);
	int *width = xmalloc((size_t)r->ncols * sizeof *width);
	cells[0] = all;
	for (int c = 0; c < r->ncols; c++) {
		cells[0][c].at = (unsigned)text.len;
		sbuf_add(&text, r->cols[c].title, strlen(r->cols[c].title) + 1);
		width[c] = cells[0][c].w = width_of(r->cols[c].title);
	}
	for (size_t i = 0; i < r->nrows; i++) {
		const rrow *w = &r->rows[i];
		cells[i + 1] = all + (i + 1) * (size_t)r->ncols;
		for (int c = 0; c < r->ncols; c++) {
			tcell *t = &cells[i + 1][c];
			t->at = (unsigned)text.len;
			if (r->cols[c].flags & REPORT_DATA_ONLY) {
				sbuf_add(&text, "", 1);
				t->w = 0;
				continue;
			}
			t->w = table_value(&text, r, w, c, plain);
			if (t->w < 0)
				t->w = width_of(text.buf + t->at);
			if (t->w > width[c])
				width[c] = t->w;
		}
	}
	table_header(b, r);
	if (r->nrows == 0)
		sbuf_addf(b, "%s\n\n", _("(không có số liệu)"));
	else
		table_body(b, f, r, text.buf, cells, width, plain);
	for (size_t i = 0; i < r->nnotes; i++)
		sbuf_addf(b, "* %s\n", r->notes[i]);
	sbuf_free(&text);
	free(all);
	free(cells);
	free(width);
}

/* ---- CSV (RFC 4180) -------------------------------------------------- */

static void csv_field(sbuf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		sbuf_adds(b, s);
		return;
	}
	sbuf_adds(b, "\"");
	for (; *s; s++) {
		if (*s == '"')
			sbuf_adds(b, "\"");
		sbuf_add(b, s, 1);
	}
	sbuf_adds(b, "\"");
}

/* The data text of one value: NULL when empty (JSON null); ratios with
 * four decimals; quoted says whether JSON needs quotes. */
static char *data_value(const report *r, const rrow *w, int col, int *quoted)
{
	const report_col *c = &r->cols[col];
	const rval *v = &w->v[col];
	long long num, den;
	char out[48];
	*quoted = 0;
	switch (c->kind) {
	case REPORT_TEXT:
	case REPORT_DATE:
		*quoted = 1;
		return v->s && (c->kind == REPORT_TEXT || *v->s) ? xstrdup(v->s)
								 : NULL;
	case REPORT_INT:
		return v->state == 1 ? xasprintf("%lld", v->n) : NULL;
	case REPORT_PERCENT:
		if (!ratio_of(r, w, col, &num, &den))
			return NULL;
		fmt_fixed(scaled(num, den, 10000), 4, '.', 0, out, sizeof out);
		return xstrdup(out);
	default:
		return NULL;
	}
}

static void print_csv(sbuf *b, FILE *f, const report *r)
{
	sbuf_adds(b, "level");
	for (int c = 0; c < r->ncols; c++)
		if (!(r->cols[c].flags & REPORT_TABLE_ONLY)) {
			sbuf_adds(b, ",");
			csv_field(b, r->cols[c].key);
		}
	sbuf_adds(b, "\r\n");
	for (size_t i = 0; i < r->nrows; i++) {
		const rrow *w = &r->rows[i];
		csv_field(b, r->levels[w->level]);
		for (int c = 0; c < r->ncols; c++) {
			if (r->cols[c].flags & REPORT_TABLE_ONLY)
				continue;
			int q;
			char *t = data_value(r, w, c, &q);
			sbuf_adds(b, ",");
			if (t)
				csv_field(b, t);
			free(t);
		}
		sbuf_adds(b, "\r\n");
		spill(b, f);
	}
}

/* ---- JSON ------------------------------------------------------------ */

static void json_str(sbuf *b, const char *s)
{
	if (!s) {
		sbuf_adds(b, "null");
		return;
	}
	proto_value v = {.type = PV_STR, .s = s, .len = strlen(s)};
	char *t = json_encode(&v);
	sbuf_adds(b, t);
	free(t);
}

static void json_row(sbuf *b, const report *r, const rrow *w)
{
	sbuf_adds(b, "{\"level\": ");
	json_str(b, r->levels[w->level]);
	for (int c = 0; c < r->ncols; c++) {
		if (r->cols[c].flags & REPORT_TABLE_ONLY)
			continue;
		int q;
		char *t = data_value(r, w, c, &q);
		sbuf_adds(b, ", ");
		json_str(b, r->cols[c].key);
		sbuf_adds(b, ": ");
		if (!t || q)
			json_str(b, t);
		else
			sbuf_adds(b, t);
		free(t);
	}
	sbuf_adds(b, "}");
}

static void print_json(sbuf *b, FILE *f, const report *r)
{
	sbuf_adds(b, "{\n  \"report\": ");
	json_str(b, r->key);
	sbuf_adds(b, ",\n  \"title\": ");
	json_str(b, r->title);
	sbuf_adds(b, ",\n  \"scope\": {\"unit_id\": ");
	json_str(b, r->scope_id);
	sbuf_adds(b, ", \"unit\": ");
	json_str(b, r->scope_name);
	sbuf_addf(b, ", \"cells\": %ld},\n  \"year\": ", r->cells);
	if (r->year)
		sbuf_addf(b, "%d", r->year);
	else
		sbuf_adds(b, "null");
	sbuf_adds(b, ",\n  \"date\": ");
	json_str(b, r->date[0] ? r->date : NULL);
	sbuf_adds(b, ",\n  \"rows\": [");
	const rrow *total = NULL;
	int first = 1;
	for (size_t i = 0; i < r->nrows; i++) {
		if (r->rows[i].level == REPORT_TOTAL) {
			total = &r->rows[i];
			continue;
		}
		sbuf_adds(b, first ? "\n    " : ",\n    ");
		first = 0;
		json_row(b, r, &r->rows[i]);
		spill(b, f);
	}
	sbuf_adds(b, first ? "],\n  \"totals\": " : "\n  ],\n  \"totals\": ");
	if (total)
		json_row(b, r, total);
	else
		sbuf_adds(b, "null");
	sbuf_adds(b, ",\n  \"notes\": [");
	for (size_t i = 0; i < r->nnotes; i++) {
		sbuf_adds(b, i ? ", " : "");
		json_str(b, r->notes[i]);
	}
	sbuf_adds(b, "]\n}\n");
}

int report_print(const report *r, FILE *f, enum report_format fmt, int plain)
{
	sbuf b = SBUF_INIT;
	if (fmt == REPORT_TABLE)
		print_table(&b, f, r, plain);
	else if (fmt == REPORT_CSV)
		print_csv(&b, f, r);
	else
		print_json(&b, f, r);
	if (b.len)
		fwrite(b.buf, 1, b.len, f);
	sbuf_free(&b);
	/* a failed write sets the stream's error flag (and errno) */
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
