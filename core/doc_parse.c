/*
 * doc_parse.c — the text form of a document model (docs/document-model.md)
 * into a doc.  One element per line; every refusal names its line.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>
#include <unistr.h>

#include "doc.h"
#include "i18n.h"
#include "util.h"

/* ---- keys --------------------------------------------------------------- */

enum key_type { K_BOOL, K_NUM, K_ALIGN, K_FONT, K_LANG, K_WIDTHS };

struct key {
	const char *name;
	int type;   /* enum key_type */
	int lo, hi; /* K_NUM: the range, in hundredths */
	size_t off; /* of the int (char * for K_FONT, K_LANG) it sets */
};

#define PARA(f) offsetof(doc_para, f)
#define PAGE(f) offsetof(doc, f)

static const struct key para_keys[] = {
    {"align", K_ALIGN, 0, 0, PARA(align)},
    {"bold", K_BOOL, 0, 0, PARA(bold)},
    {"italic", K_BOOL, 0, 0, PARA(italic)},
    {"underline", K_BOOL, 0, 0, PARA(underline)},
    {"size", K_NUM, 400, 9600, PARA(size)},
    {"indent", K_NUM, 0, 10000, PARA(indent)},
    {"before", K_NUM, 0, 20000, PARA(before)},
    {"after", K_NUM, 0, 20000, PARA(after)},
    {"rule", K_BOOL, 0, 0, PARA(rule)},
    {"keep", K_BOOL, 0, 0, PARA(keep)},
    {NULL, 0, 0, 0, 0},
};

static const struct key page_keys[] = {
    {"font", K_FONT, 0, 0, PAGE(font)},
    {"body", K_NUM, 600, 7200, PAGE(body)},
    {"top", K_NUM, 0, 10000, PAGE(top)},
    {"bottom", K_NUM, 0, 10000, PAGE(bottom)},
    {"left", K_NUM, 0, 10000, PAGE(left)},
    {"right", K_NUM, 0, 10000, PAGE(right)},
    {"lang", K_LANG, 0, 0, PAGE(lang)},
    {NULL, 0, 0, 0, 0},
};

static const struct key table_keys[] = {
    {"widths", K_WIDTHS, 0, 0, offsetof(doc_block, widths)},
    {NULL, 0, 0, 0, 0},
};

/* The text stays at least 50 mm wide (and, margins being at most 100 mm,
 * 97 mm high). */
#define DOC_MAX_LR 16000

static const char *const elements[] = {"page", "p",     "table", "cell",
                                       "end",  "break", NULL};

/* ---- the parser --------------------------------------------------------- */

typedef struct parser {
	doc *d;
	int line;       /* of the element being read */
	char *why;      /* the error (malloc'd), NULL while all is well */
	int seen;       /* an element has been read (page must be first) */
	int in_table;   /* a table is open … */
	size_t table;   /* … at d->blocks[table] … */
	int table_line; /* … since this line; */
	int cell;       /* the cell being filled: -1 before 'cell', 0, 1 */
} parser;

static int fail(parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static int fail(parser *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	p->why = xvasprintf(fmt, ap);
	va_end(ap);
	return -1;
}

/* s[0..n) for an error message: at most 40 bytes (whole characters), no
 * control characters.  Malloc'd. */
static char *shown(const char *s, size_t n)
{
	size_t cut = n;
	if (cut > 40) {
		cut = 40;
		while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
			cut--;
	}
	char *out = xasprintf("%.*s%s", (int)cut, s, cut < n ? "…" : "");
	return text_clean(out);
}

/* Optimal string alignment distance (a swap of neighbours is one edit),
 * as host.lua's suggestions. */
static size_t distance(const char *a, size_t la, const char *b)
{
	size_t lb = strlen(b);
	if (la > 40 || lb > 40)
		return SIZE_MAX;
	size_t d[41][41];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			size_t sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (sub < v)
				v = sub;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb];
}

/* The name closest to s[0..n) if it is close enough to be a typo.  names
 * points at the name of the first of an array of records stride bytes
 * apart (elements[] or a key table), ended by a NULL name. */
static const char *suggest(const char *s, size_t n, const char *const *names,
                           size_t stride)
{
	const char *best = NULL;
	size_t bestd = SIZE_MAX;
	for (const char *const *k = names; *k;
	     k = (const char *const *)((const char *)k + stride)) {
		size_t dd = distance(s, n, *k);
		if (dd < bestd) {
			best = *k;
			bestd = dd;
		}
	}
	return bestd <= (n <= 4 ? 1u : 2u) ? best : NULL;
}

static int fail_unknown(parser *p, const char *fmt_plain,
                        const char *fmt_suggest, const char *s, size_t n,
                        const char *const *names, size_t stride)
{
	char *what = shown(s, n);
	const char *near = suggest(s, n, names, stride);
	if (near)
		fail(p, fmt_suggest, what, near);
	else
		fail(p, fmt_plain, what);
	free(what);
	return -1;
}

static const char *trim(const char *s, const char *e, const char **end)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	*end = e;
	return s;
}

/* "14", "13.5", "12.25" → hundredths (a third decimal rounds); -1 if
 * not such a number. */
static long parse_centi(const char *s, size_t n)
{
	size_t i = 0;
	long v = 0;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		if (v > 100000)
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (i == 0)
		return -1;
	v *= 100;
	if (i < n && s[i] == '.') {
		size_t start = ++i;
		long scale = 10;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
			if (i - start < 2) {
				v += (s[i] - '0') * scale;
				scale /= 10;
			} else if (i - start == 2 && s[i] >= '5') {
				v++;
			}
		}
		if (i == start)
			return -1;
	}
	return i == n ? v : -1;
}

static int set_bool(parser *p, const struct key *k, int *out, const char *v,
                    size_t n)
{
	if (n == 1 && (*v == '0' || *v == '1')) {
		*out = *v - '0';
		return 0;
	}
	char *val = shown(v, n);
	fail(p, _("'%s' phải là 0 hoặc 1, không phải '%s'"), k->name, val);
	free(val);
	return -1;
}

static int set_num(parser *p, const struct key *k, int *out, const char *v,
                   size_t n)
{
	long x = parse_centi(v, n);
	if (x >= k->lo && x <= k->hi) {
		*out = (int)x;
		return 0;
	}
	char lo[24], hi[24];
	snprintf(lo, sizeof lo, "%d", k->lo / 100);
	snprintf(hi, sizeof hi, "%d", k->hi / 100);
	char *val = shown(v, n);
	fail(p, _("'%s' phải là một số từ %s đến %s, không phải '%s'"), k->name,
	     lo, hi, val);
	free(val);
	return -1;
}

static int set_align(parser *p, int *out, const char *v, size_t n)
{
	static const char *const names[] = {"left", "center", "right",
	                                    "justify", NULL};
	for (int i = 0; names[i]; i++)
		if (strlen(names[i]) == n && memcmp(names[i], v, n) == 0) {
			*out = i;
			return 0;
		}
	char *val = shown(v, n);
	fail(p,
	     _("'align' phải là left, center, right hoặc justify, không "
	       "phải '%s'"),
	     val);
	free(val);
	return -1;
}

/* Font names go into XML attributes and a CSS string: letters (any
 * script), digits, spaces and - _ . only. */
static int set_font(parser *p, char **out, const char *v, size_t n)
{
	int ok = n > 0 && n <= 64;
	for (size_t i = 0; ok && i < n; i++) {
		unsigned char c = (unsigned char)v[i];
		ok = c >= 0x80 || c == ' ' || c == '-' || c == '_' ||
		     c == '.' || (c >= '0' && c <= '9') ||
		     ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	}
	if (!ok)
		return fail(p, _("'font' chỉ gồm chữ, số, dấu cách và - _ . "
		                 "(vd. font=Times New Roman)"));
	free(*out);
	*out = xstrndup(v, n);
	return 0;
}

static int set_lang(parser *p, char **out, const char *v, size_t n)
{
	int ok =
	    n >= 2 && n <= 35 && ((v[0] | 0x20) >= 'a' && (v[0] | 0x20) <= 'z');
	for (size_t i = 0; ok && i < n; i++)
		ok = v[i] == '-' || (v[i] >= '0' && v[i] <= '9') ||
		     ((v[i] | 0x20) >= 'a' && (v[i] | 0x20) <= 'z');
	if (!ok)
		return fail(p, _("'lang' phải là một mã ngôn ngữ BCP 47 (vd. "
		                 "lang=vi-VN)"));
	free(*out);
	*out = xstrndup(v, n);
	return 0;
}

static int set_widths(parser *p, int *out, const char *v, size_t n)
{
	const char *comma = memchr(v, ',', n);
	long a = -1, b = -1;
	if (comma) {
		const char *e1, *e2;
		const char *s1 = trim(v, comma, &e1);
		const char *s2 = trim(comma + 1, v + n, &e2);
		a = parse_centi(s1, (size_t)(e1 - s1));
		b = parse_centi(s2, (size_t)(e2 - s2));
	}
	if (a < 100 || b < 100 || a % 100 || b % 100)
		return fail(p, _("'widths' cần hai số nguyên (phần trăm bề "
		                 "rộng dòng chữ), vd. widths=45,55"));
	if (a + b > 10000)
		return fail(p, _("'widths' cộng lại không được quá 100 (phần "
		                 "trăm bề rộng dòng chữ)"));
	out[0] = (int)(a / 100);
	out[1] = (int)(b / 100);
	return 0;
}

/* Applies "key=value;…" (s[0..n)) to the object at base, keys from
 * table. */
static int parse_attrs(parser *p, const struct key *table, void *base,
                       const char *s, size_t n)
{
	unsigned seen = 0;
	const char *end = s + n;
	while (s < end) {
		const char *semi = memchr(s, ';', (size_t)(end - s));
		const char *next = semi ? semi + 1 : end;
		const char *e;
		const char *kb = trim(s, semi ? semi : end, &e);
		s = next;
		if (kb == e)
			continue;
		const char *eq = memchr(kb, '=', (size_t)(e - kb));
		const char *ke, *ve = NULL;
		kb = trim(kb, eq ? eq : e, &ke);
		const char *vb = eq ? trim(eq + 1, e, &ve) : NULL;
		const struct key *k = table;
		while (k->name && (strlen(k->name) != (size_t)(ke - kb) ||
		                   memcmp(k->name, kb, (size_t)(ke - kb)) != 0))
			k++;
		if (!k->name)
			return fail_unknown(
			    p, _("không có thuộc tính '%s'"),
			    _("không có thuộc tính '%s'; có phải ý bạn là "
			      "'%s'?"),
			    kb, (size_t)(ke - kb), &table->name, sizeof *table);
		unsigned bit = 1u << (k - table);
		if (seen & bit)
			return fail(p, _("thuộc tính '%s' có hai lần"),
			            k->name);
		seen |= bit;
		if (!vb || vb == ve)
			return fail(p,
			            _("thuộc tính '%s' cần một giá trị (%s=…)"),
			            k->name, k->name);
		void *at = (char *)base + k->off;
		size_t vn = (size_t)(ve - vb);
		int rc = 0;
		switch (k->type) {
		case K_BOOL:
			rc = set_bool(p, k, at, vb, vn);
			break;
		case K_NUM:
			rc = set_num(p, k, at, vb, vn);
			break;
		case K_ALIGN:
			rc = set_align(p, at, vb, vn);
			break;
		case K_FONT:
			rc = set_font(p, at, vb, vn);
			break;
		case K_LANG:
			rc = set_lang(p, at, vb, vn);
			break;
		default:
			rc = set_widths(p, at, vb, vn);
			break;
		}
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The text of a paragraph: \n and \\ unescaped (another backslash stays),
 * tab as a space, other control characters and the non-characters
 * U+FFFE/U+FFFF dropped (XML 1.0 refuses them), then NFC.  s is valid
 * UTF-8. */
static char *para_text(const char *s, size_t n)
{
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' && i + 1 < n &&
		    (s[i + 1] == 'n' || s[i + 1] == '\\')) {
			sbuf_add(&b, s[i + 1] == 'n' ? "\n" : "\\", 1);
			i++;
		} else if (c == '\t') {
			sbuf_add(&b, " ", 1);
		} else if (c < 0x20 || c == 0x7f) {
			continue;
		} else if (c == 0xc2 && i + 1 < n &&
		           (unsigned char)s[i + 1] <= 0x9f) {
			i++; /* C1 controls, U+0080–U+009F */
		} else if (c == 0xef && i + 2 < n &&
		           (unsigned char)s[i + 1] == 0xbf &&
		           ((unsigned char)s[i + 2] & 0xfe) == 0xbe) {
			i += 2; /* U+FFFE, U+FFFF */
		} else {
			sbuf_add(&b, s + i, 1);
		}
	}
	if (b.len == 0)
		return sbuf_detach(&b);
	size_t len = 0;
	uint8_t *nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)b.buf, b.len,
	                            NULL, &len);
	if (!nfc) /* out of memory: keep the text as it is */
		return sbuf_detach(&b);
	sbuf_free(&b);
	char *out = xmalloc(len + 1);
	memcpy(out, nfc, len);
	out[len] = '\0';
	free(nfc);
	return out;
}

static doc_block *add_block(doc *d, int kind)
{
	d->blocks = xrealloc(d->blocks, (d->n + 1) * sizeof *d->blocks);
	doc_block *b = &d->blocks[d->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	return b;
}

static int elem_page(parser *p, const char *rest, size_t n)
{
	if (p->seen)
		return fail(p, _("'page' chỉ có một lần, trước mọi đoạn và "
		                 "bảng"));
	doc *d = p->d;
	if (parse_attrs(p, page_keys, d, rest, n) < 0)
		return -1;
	if (d->left + d->right > DOC_MAX_LR)
		return fail(p,
		            _("lề trái và lề phải cộng lại không được quá "
		              "%d mm"),
		            DOC_MAX_LR / 100);
	return 0;
}

static int elem_p(parser *p, const char *rest, size_t n)
{
	const char *bar = memchr(rest, '|', n);
	if (!bar)
		return fail(p, _("thiếu '|' giữa kiểu và văn bản của đoạn "
		                 "(vd. p align=center|NGHỊ QUYẾT)"));
	if (p->in_table && p->cell < 0)
		return fail(p, _("đoạn văn trong bảng phải đứng sau 'cell'"));
	doc_para para = {0};
	para.size = p->d->body;
	if (parse_attrs(p, para_keys, &para, rest, (size_t)(bar - rest)) < 0)
		return -1;
	para.text = para_text(bar + 1, n - (size_t)(bar + 1 - rest));
	if (p->in_table) {
		doc_cell *c = &p->d->blocks[p->table].cells[p->cell];
		c->paras = xrealloc(c->paras, (c->n + 1) * sizeof *c->paras);
		c->paras[c->n++] = para;
	} else {
		add_block(p->d, DOC_PARA)->p = para;
	}
	return 0;
}

static int elem_table(parser *p, const char *rest, size_t n)
{
	doc_block t = {0};
	t.kind = DOC_TABLE;
	t.widths[0] = t.widths[1] = 50;
	if (parse_attrs(p, table_keys, &t, rest, n) < 0)
		return -1;
	*add_block(p->d, DOC_TABLE) = t;
	p->in_table = 1;
	p->table = p->d->n - 1;
	p->table_line = p->line;
	p->cell = -1;
	return 0;
}

static int elem_cell(parser *p)
{
	if (!p->in_table)
		return fail(p, _("'cell' chỉ dùng trong bảng (sau 'table')"));
	if (p->cell == 1)
		return fail(p, _("bảng chỉ có hai ô ('cell')"));
	p->cell++;
	return 0;
}

static int elem_end(parser *p)
{
	if (!p->in_table)
		return fail(p, _("'end' không có bảng nào để đóng"));
	if (p->cell < 1)
		return fail(p, _("bảng cần hai ô ('cell') trước 'end'"));
	p->in_table = 0;
	return 0;
}

static int parse_line(parser *p, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] == '#')
		return 0;
	size_t k = i;
	while (k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '|')
		k++;
	const char *name = s + i;
	size_t len = k - i;
	const char *rest = s + k;
	size_t rn = n - k;
	int e = 0;
	while (elements[e] && (strlen(elements[e]) != len ||
	                       memcmp(elements[e], name, len) != 0))
		e++;
	if (!elements[e])
		return fail_unknown(
		    p,
		    _("không có phần tử '%s' (page, p, table, cell, end, "
		      "break)"),
		    _("không có phần tử '%s'; có phải ý bạn là '%s'?"), name,
		    len, elements, sizeof *elements);
	const char *kw = elements[e];
	int rc;
	if (strcmp(kw, "p") == 0) {
		rc = elem_p(p, rest, rn);
	} else if (p->in_table &&
	           (strcmp(kw, "page") == 0 || strcmp(kw, "table") == 0 ||
	            strcmp(kw, "break") == 0)) {
		rc = fail(p,
		          _("'%s' không dùng được trong bảng; đóng bảng "
		            "bằng 'end' trước"),
		          kw);
	} else if (strcmp(kw, "page") == 0) {
		rc = elem_page(p, rest, rn);
	} else if (strcmp(kw, "table") == 0) {
		rc = elem_table(p, rest, rn);
	} else {
		const char *e2;
		if (trim(rest, rest + rn, &e2) != e2)
			return fail(p, _("'%s' không có thuộc tính nào"), kw);
		if (strcmp(kw, "cell") == 0)
			rc = elem_cell(p);
		else if (strcmp(kw, "end") == 0)
			rc = elem_end(p);
		else
			rc = (add_block(p->d, DOC_BREAK), 0);
	}
	p->seen = 1;
	return rc;
}

/* Parses text into p->d; 0 or -1 with p->why and p->line set. */
static int parse_all(parser *p, const char *text)
{
	if (strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;
	const char *s = text;
	while (*s) {
		p->line++;
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		size_t len = n;
		if (len && s[len - 1] == '\r')
			len--;
		if (u8_check((const uint8_t *)s, len))
			return fail(p, _("dòng không phải văn bản UTF-8 hợp "
			                 "lệ"));
		if (parse_line(p, s, len) < 0)
			return -1;
		s += n + (nl != NULL);
	}
	if (p->in_table) {
		p->line = p->table_line;
		return fail(p, _("bảng chưa được đóng bằng 'end'"));
	}
	return 0;
}

doc *doc_parse_at(const char *text, int *line, char **why)
{
	doc *d = xmalloc(sizeof *d);
	memset(d, 0, sizeof *d);
	d->font = xstrdup("Times New Roman");
	d->lang = xstrdup("vi-VN");
	d->body = 1400;
	d->top = 2000;
	d->bottom = 2000;
	d->left = 3000;
	d->right = 1500;
	parser p = {0};
	p.d = d;
	*line = 0;
	*why = NULL;
	if (parse_all(&p, text) < 0) {
		*line = p.line;
		*why = p.why;
		doc_free(d);
		return NULL;
	}
	return d;
}

doc *doc_parse(const char *text, char **err)
{
	int line;
	char *why;
	doc *d = doc_parse_at(text, &line, &why);
	if (!d) {
		*err = xasprintf(_("dòng %d: %s"), line, why);
		free(why);
	}
	return d;
}

static void free_paras(doc_para *ps, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ps[i].text);
	free(ps);
}

void doc_free(doc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++) {
		doc_block *b = &d->blocks[i];
		if (b->kind == DOC_PARA)
			free(b->p.text);
		for (int c = 0; c < 2; c++)
			free_paras(b->cells[c].paras, b->cells[c].n);
	}
	free(d->blocks);
	free(d->font);
	free(d->lang);
	free(d);
}
