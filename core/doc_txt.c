/*
 * doc_txt.c — the model as plain text (UTF-8, LF): lines of at most 72
 * columns by display width, centred and right-aligned lines padded with
 * spaces on the left, the cells of a table one after the other, the rule
 * as a line of '─' as wide as the text above it.  Space before or after a
 * paragraph becomes one blank line; a page break too.
 */
#include <string.h>

#include <uniwidth.h>

#include "doc_priv.h"

#define TXT_COLS 72

typedef struct txt {
	sbuf out;
	int blank;   /* the output ends with a blank line (or is empty) */
	int pending; /* a blank line is due before the next text */
} txt;

static int cols(const char *s, size_t n)
{
	return u8_width((const uint8_t *)s, n, "UTF-8");
}

static void blank_line(txt *t)
{
	if (!t->blank)
		sbuf_add(&t->out, "\n", 1);
	t->blank = 1;
	t->pending = 0;
}

static void emit(txt *t, int pad, const char *s, size_t n)
{
	if (t->pending)
		blank_line(t);
	for (int i = 0; i < pad; i++)
		sbuf_add(&t->out, " ", 1);
	sbuf_add(&t->out, s, n);
	sbuf_add(&t->out, "\n", 1);
	t->blank = n == 0;
}

static int pad_for(int align, int width, int indent)
{
	if (align == DOC_CENTER)
		return width < TXT_COLS ? (TXT_COLS - width) / 2 : 0;
	if (align == DOC_RIGHT)
		return width < TXT_COLS ? TXT_COLS - width : 0;
	return indent;
}

static void flush(txt *t, const doc_para *p, sbuf *line, int *w, int *widest,
                  int *indent)
{
	if (*w > 0)
		emit(t, pad_for(p->align, *w, *indent), line->buf, line->len);
	else
		emit(t, 0, "", 0);
	if (*w > *widest)
		*widest = *w;
	*indent = 0;
	*w = 0;
	line->len = 0;
}

/* One line of the paragraph (up to a line break), its words wrapped;
 * returns the widest output line.  *indent: columns before the first
 * output line of the paragraph (0 afterwards). */
static int wrap_line(txt *t, const doc_para *p, const char *s, size_t n,
                     int *indent)
{
	sbuf line = SBUF_INIT;
	int w = 0, widest = 0;
	size_t i = 0;
	for (;;) {
		size_t gap = i;
		while (i < n && s[i] == ' ')
			i++;
		gap = i - gap; /* spaces typed between two words are kept */
		size_t j = i;
		while (j < n && s[j] != ' ')
			j++;
		if (i == j)
			break;
		int ww = cols(s + i, j - i);
		if (w > 0 && w + 1 + ww > TXT_COLS - *indent)
			flush(t, p, &line, &w, &widest, indent);
		if (w > 0) {
			size_t k = gap ? gap : 1;
			for (size_t g = 0; g < k; g++)
				sbuf_add(&line, " ", 1);
			w += (int)k;
		}
		sbuf_add(&line, s + i, j - i);
		w += ww;
		i = j;
	}
	flush(t, p, &line, &w, &widest, indent);
	sbuf_free(&line);
	return widest;
}

static void para(txt *t, const doc *d, const doc_para *p)
{
	if (p->before > 0)
		t->pending = !t->blank;
	int indent = 0;
	if (p->align == DOC_LEFT || p->align == DOC_JUSTIFY)
		indent =
		    (int)(((long)p->indent * TXT_COLS + doc_text_mm(d) / 2) /
		          doc_text_mm(d));
	int widest = 0;
	const char *s = p->text;
	for (;;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		int w = wrap_line(t, p, s, n, &indent);
		if (w > widest)
			widest = w;
		if (!nl)
			break;
		s = nl + 1;
	}
	if (p->rule && widest > 0) {
		sbuf r = SBUF_INIT;
		for (int i = 0; i < widest; i++)
			sbuf_adds(&r, "─");
		emit(t, pad_for(p->align, widest, 0), r.buf, r.len);
		sbuf_free(&r);
	}
	if (p->after > 0)
		t->pending = 1;
}

char *doc_txt(const doc *d)
{
	txt t = {SBUF_INIT, 1, 0};
	for (size_t i = 0; i < d->n; i++) {
		const doc_block *b = &d->blocks[i];
		if (b->kind == DOC_PARA) {
			para(&t, d, &b->p);
		} else if (b->kind == DOC_BREAK) {
			blank_line(&t);
		} else {
			for (int c = 0; c < 2; c++) {
				if (c == 1)
					t.pending = 1;
				for (size_t k = 0; k < b->cells[c].n; k++)
					para(&t, d, &b->cells[c].paras[k]);
			}
			t.pending = 1;
		}
	}
	/* no blank line at the end */
	while (t.out.len >= 2 && t.out.buf[t.out.len - 1] == '\n' &&
	       t.out.buf[t.out.len - 2] == '\n')
		t.out.buf[--t.out.len] = '\0';
	return sbuf_detach(&t.out);
}
