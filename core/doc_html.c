/*
 * doc_html.c — the model as one print-ready HTML page: @page A4 with the
 * model's margins, its font and sizes, tables without borders, the rule as
 * the bottom border of an inline-block span (exactly as wide as the text).
 * On screen the body is as wide as the page's text and centred.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_priv.h"

static void add_len(sbuf *b, const char *prop, int v, const char *unit)
{
	char n[24];
	doc_centi(n, v);
	sbuf_addf(b, "%s:%s%s;", prop, n, unit);
}

/* The paragraph's declarations that differ from the page's defaults. */
static void para_style(sbuf *b, const doc *d, const doc_para *p)
{
	static const char *const align[] = {NULL, "center", "right", "justify"};
	if (p->align != DOC_LEFT)
		sbuf_addf(b, "text-align:%s;", align[p->align]);
	if (p->bold)
		sbuf_adds(b, "font-weight:bold;");
	if (p->italic)
		sbuf_adds(b, "font-style:italic;");
	if (p->underline)
		sbuf_adds(b, "text-decoration:underline;");
	if (p->size != d->body)
		add_len(b, "font-size", p->size, "pt");
	if (p->indent)
		add_len(b, "text-indent", p->indent, "mm");
	/* always, with a unit: LibreOffice's HTML import gives a paragraph
	 * without them its own spacing, and refuses a bare 0 */
	add_len(b, "margin-top", p->before, "pt");
	add_len(b, "margin-bottom", p->after, "pt");
	if (p->keep)
		sbuf_adds(b, "break-after:avoid;page-break-after:avoid;");
}

/* Escaped text, line breaks as <br>; a break at the end gets a second
 * one, since a block's last <br> makes no line of its own. */
static void text(sbuf *b, const char *s)
{
	for (;;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		doc_esc(b, s, n);
		if (!nl)
			break;
		sbuf_adds(b, nl[1] ? "<br>" : "<br><br>");
		s = nl + 1;
	}
}

/* A page break is the next block's page-break-before (LibreOffice's HTML
 * import ignores a break after an empty block). */
#define NEW_PAGE "page-break-before:always;break-before:page;"

static void para(sbuf *b, const doc *d, const doc_para *p, const char *ind,
                 int new_page)
{
	sbuf st = SBUF_INIT;
	if (new_page)
		sbuf_adds(&st, NEW_PAGE);
	para_style(&st, d, p);
	sbuf_addf(b, "%s<p style=\"%s\">", ind, st.buf);
	if (!*p->text) {
		sbuf_adds(b, "<br>"); /* an empty paragraph keeps its line */
	} else if (p->rule) {
		sbuf_adds(b, "<span class=\"rule\">");
		text(b, p->text);
		sbuf_adds(b, "</span>");
	} else {
		text(b, p->text);
	}
	sbuf_adds(b, "</p>\n");
	sbuf_free(&st);
}

/* The widths and the top alignment are attributes as well as CSS:
 * LibreOffice's HTML import reads only the attributes. */
static void table(sbuf *b, const doc *d, const doc_block *t, int new_page)
{
	int total = t->widths[0] + t->widths[1];
	sbuf_addf(b,
	          "<table width=\"%d%%\" style=\"%swidth:%d%%\" "
	          "cellpadding=\"0\" cellspacing=\"0\">\n<tr>\n",
	          total, new_page ? NEW_PAGE : "", total);
	int w0 = t->widths[0] * 100 / total;
	for (int c = 0; c < 2; c++) {
		int w = c == 0 ? w0 : 100 - w0;
		sbuf_addf(b,
		          "<td width=\"%d%%\" valign=\"top\" "
		          "style=\"width:%d%%\">\n",
		          w, w);
		for (size_t k = 0; k < t->cells[c].n; k++)
			para(b, d, &t->cells[c].paras[k], "  ", 0);
		sbuf_adds(b, "</td>\n");
	}
	sbuf_adds(b, "</tr>\n</table>\n");
}

char *doc_html(const doc *d)
{
	sbuf b = SBUF_INIT;
	char top[24], bottom[24], left[24], right[24], body[24], width[24];
	doc_centi(top, d->top);
	doc_centi(bottom, d->bottom);
	doc_centi(left, d->left);
	doc_centi(right, d->right);
	doc_centi(body, d->body);
	doc_centi(width, doc_text_mm(d));
	sbuf_adds(&b, "<!DOCTYPE html>\n<html lang=\"");
	doc_esc(&b, d->lang, strlen(d->lang));
	sbuf_adds(&b, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	char *title = doc_title(d);
	if (title)
		doc_esc(&b, title, strlen(title));
	free(title);
	sbuf_adds(&b, "</title>\n<style>\n");
	sbuf_addf(&b,
	          "@page { size: 210mm 297mm; margin: %smm %smm %smm %smm; }\n",
	          top, right, bottom, left);
	sbuf_addf(&b,
	          "body { margin: 0; font-family: \"%s\", serif; "
	          "font-size: %spt; line-height: 1.15; color: #000; "
	          "background: #fff; }\n",
	          d->font, body);
	sbuf_addf(
	    &b, "@media screen { body { width: %smm; margin: %smm auto; } }\n",
	    width, top);
	sbuf_adds(&b,
	          "p { margin: 0; white-space: pre-wrap; }\n"
	          "tr { break-inside: avoid; page-break-inside: avoid; }\n"
	          "table { border: none; border-collapse: collapse; "
	          "table-layout: fixed; }\n"
	          "td { border: none; padding: 0; vertical-align: top; }\n"
	          ".rule { display: inline-block; border-bottom: 0.75pt solid "
	          "#000; padding-bottom: 1pt; }\n"
	          "</style>\n</head>\n<body>\n");
	static char nothing[1];
	const doc_para empty = {.size = d->body, .text = nothing};
	int new_page = 0;
	for (size_t i = 0; i < d->n; i++) {
		const doc_block *blk = &d->blocks[i];
		if (blk->kind == DOC_PARA) {
			para(&b, d, &blk->p, "", new_page);
		} else if (blk->kind == DOC_TABLE) {
			table(&b, d, blk, new_page);
		} else {
			/* a break after a break, or at the end, starts a
			 * page holding an empty paragraph, as in Word */
			if (new_page)
				para(&b, d, &empty, "", 1);
			new_page = 1;
			continue;
		}
		new_page = 0;
	}
	if (new_page)
		para(&b, d, &empty, "", 1);
	sbuf_adds(&b, "</body>\n</html>\n");
	return sbuf_detach(&b);
}
