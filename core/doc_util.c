/*
 * doc_util.c — helpers the renderers share: units, escaping, the title.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_priv.h"

void doc_centi(char out[24], int v)
{
	const char *sign = v < 0 ? "-" : "";
	int a = v < 0 ? -v : v;
	if (a % 100 == 0)
		snprintf(out, 24, "%s%d", sign, a / 100);
	else if (a % 10 == 0)
		snprintf(out, 24, "%s%d.%d", sign, a / 100, a % 100 / 10);
	else
		snprintf(out, 24, "%s%d.%02d", sign, a / 100, a % 100);
}

long doc_mm_twips(int mm100)
{
	/* 1 mm = 1440 / 25.4 twips */
	return ((long)mm100 * 1440 + 1270) / 2540;
}

long doc_pt_twips(int pt100)
{
	return ((long)pt100 + 2) / 5;
}

long doc_text_twips(const doc *d)
{
	return DOC_A4_W_TWIPS - doc_mm_twips(d->left) - doc_mm_twips(d->right);
}

int doc_text_mm(const doc *d)
{
	return DOC_A4_W_MM - d->left - d->right;
}

void doc_esc(sbuf *b, const char *s, size_t n)
{
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		const char *e;
		switch (s[i]) {
		case '&':
			e = "&amp;";
			break;
		case '<':
			e = "&lt;";
			break;
		case '>':
			e = "&gt;";
			break;
		case '"':
			e = "&quot;";
			break;
		case '\'':
			e = "&#39;";
			break;
		default:
			continue;
		}
		sbuf_add(b, s + from, i - from);
		sbuf_adds(b, e);
		from = i + 1;
	}
	sbuf_add(b, s + from, n - from);
}

char *doc_title(const doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		if (d->blocks[i].kind != DOC_PARA || !*d->blocks[i].p.text)
			continue;
		char *t = xstrdup(d->blocks[i].p.text);
		for (char *c = t; *c; c++)
			if (*c == '\n')
				*c = ' ';
		return t;
	}
	return NULL;
}
