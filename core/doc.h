/*
 * doc.h — the document room: a document model (docs/document-model.md)
 * parsed from its text form and rendered to .docx (WordprocessingML zipped
 * with libzip), print-ready .html and plain .txt.  It knows no domain words:
 * every word on the page comes from the template that wrote the model.
 *
 * Lengths are kept as integers in hundredths of their unit (pt × 100,
 * mm × 100): the model is parsed and printed without floating point, so
 * no locale's decimal comma can reach the output.
 */
#ifndef CHIBO_DOC_H
#define CHIBO_DOC_H

#include <stddef.h>

enum doc_align { DOC_LEFT, DOC_CENTER, DOC_RIGHT, DOC_JUSTIFY };

typedef struct doc_para {
	int align;     /* enum doc_align */
	int bold;      /* 0 / 1 */
	int italic;    /* 0 / 1 */
	int underline; /* 0 / 1 */
	int rule;      /* 1: a solid line under the text, as long as the text */
	int keep;      /* 1: keep with the next paragraph */
	int size;      /* pt × 100; the page's body when the model says none */
	int indent;    /* first-line indent, mm × 100 */
	int before;    /* space before, pt × 100 */
	int after;     /* space after, pt × 100 */
	char *text;    /* UTF-8, NFC, no control characters; '\n' = line
	                  break; never NULL */
} doc_para;

typedef struct doc_cell {
	doc_para *paras;
	size_t n;
} doc_cell;

enum doc_kind { DOC_PARA, DOC_TABLE, DOC_BREAK };

typedef struct doc_block {
	int kind;      /* enum doc_kind */
	doc_para p;    /* DOC_PARA */
	int widths[2]; /* DOC_TABLE: percent of the text width, sum <= 100 */
	doc_cell cells[2]; /* DOC_TABLE: the two cells */
} doc_block;

typedef struct doc {
	char *font; /* "Times New Roman" */
	char *lang; /* BCP 47, "vi-VN" */
	int body;   /* pt × 100 (1400) */
	int top;    /* margins, mm × 100 (2000, 2000, 3000, 1500) */
	int bottom;
	int left;
	int right;
	doc_block *blocks;
	size_t n;
} doc;

/* Parses the text form.  On error returns NULL and sets *err (malloc'd,
 * caller frees) to "dòng 12: không có thuộc tính 'colour'".  text may
 * start with a UTF-8 byte-order mark; lines may end in CRLF. */
doc *doc_parse(const char *text, char **err);
/* The same, with the error's line (1-based) and its reason apart, for
 * "FILE:12: reason".  *why is malloc'd. */
doc *doc_parse_at(const char *text, int *line, char **why);
void doc_free(doc *d);

enum doc_format { DOC_DOCX, DOC_HTML, DOC_TXT };
/* The format named by path's extension (.docx, .html or .htm, .txt; any
 * case), or -1. */
int doc_format(const char *path);

/* Renders d in the format of path's extension and replaces path
 * atomically: a temporary file in the same directory, written, fsync'd,
 * renamed over path, the directory fsync'd.  On failure nothing is left
 * behind (an existing path is untouched): returns -1 and sets *err
 * (malloc'd) to "không ghi được 'PATH': why". */
int doc_write(const doc *d, const char *path, char **err);

/* In-memory renderers (malloc'd, caller frees). */
char *doc_html(const doc *d);
char *doc_txt(const doc *d);
/* The .docx bytes in *buf (malloc'd) and *len; -1 if libzip fails. */
int doc_docx(const doc *d, void **buf, size_t *len);

#endif
