/*
 * csv_read.c — an RFC 4180 reader over a buffer (see csv_read.h).
 */
#include "csv_read.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uninorm.h>

#include "i18n.h"
#include "util.h"

/* The delimiter the first line uses most outside quotes (',' on a tie). */
static char guess_delim(const char *p, const char *end)
{
	long n[3] = {0, 0, 0};
	static const char cand[3] = {',', ';', '\t'};
	int quoted = 0;
	for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++) {
		if (*p == '"')
			quoted = !quoted;
		for (int i = 0; !quoted && i < 3; i++)
			n[i] += *p == cand[i];
	}
	int best = 0;
	for (int i = 1; i < 3; i++)
		if (n[i] > n[best])
			best = i;
	return cand[best];
}

void csv_open(csv_reader *r, const char *buf, size_t len)
{
	memset(r, 0, sizeof *r);
	r->p = buf;
	r->end = buf + len;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		r->p += 3;
	r->line = 1;
	r->delim = guess_delim(r->p, r->end);
}

static void clear(csv_reader *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->fields[i]);
	r->n = 0;
}

void csv_close(csv_reader *r)
{
	clear(r);
	free(r->fields);
	memset(r, 0, sizeof *r);
}

/* Consumes a line end at r->p (CRLF, LF or a lone CR): 1 if there was
 * one. */
static int line_end(csv_reader *r)
{
	if (r->p < r->end && *r->p == '\r') {
		r->p++;
		if (r->p < r->end && *r->p == '\n')
			r->p++;
	} else if (r->p < r->end && *r->p == '\n') {
		r->p++;
	} else {
		return 0;
	}
	r->line++;
	return 1;
}

/* After an error: skip to the start of the next line. */
static void skip_line(csv_reader *r)
{
	while (r->p < r->end && *r->p != '\n' && *r->p != '\r')
		r->p++;
	line_end(r);
}

/* A field's bytes as a NUL-terminated, NFC string; NULL when they are not
 * UTF-8 text. */
static char *field_text(const char *s, size_t n)
{
	if (memchr(s, '\0', n) || u8_check((const uint8_t *)s, n))
		return NULL;
	if (n == 0)
		return xstrdup("");
	size_t len = 0;
	uint8_t *nfc =
	    u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	if (!nfc)
		abort(); /* out of memory: the only failure on valid input */
	char *out = xstrndup((const char *)nfc, len);
	free(nfc);
	return out;
}

/* One field at r->p into b: 0, or -1 with *why. */
static int read_field(csv_reader *r, sbuf *b, const char **why)
{
	if (r->p < r->end && *r->p == '"') {
		r->p++;
		for (;;) {
			if (r->p >= r->end) {
				*why = _("thiếu dấu ngoặc kép đóng trường");
				return -1;
			}
			char c = *r->p++;
			if (c == '"') {
				if (r->p < r->end && *r->p == '"') {
					r->p++;
					sbuf_add(b, "\"", 1);
					continue;
				}
				break;
			}
			if (c == '\r' && r->p < r->end && *r->p == '\n')
				continue; /* CRLF inside quotes: the LF stays */
			if (c == '\n' || c == '\r') {
				r->line++;
				c = '\n';
			}
			sbuf_add(b, &c, 1);
		}
		if (r->p < r->end && *r->p != r->delim && *r->p != '\n' &&
		    *r->p != '\r') {
			*why = _("có ký tự sau dấu ngoặc kép đóng trường (dấu "
			         "ngoặc kép trong trường phải viết đôi: \"\")");
			return -1;
		}
		return 0;
	}
	const char *start = r->p;
	while (r->p < r->end && *r->p != r->delim && *r->p != '\n' &&
	       *r->p != '\r')
		r->p++;
	sbuf_add(b, start, (size_t)(r->p - start));
	return 0;
}

int csv_next(csv_reader *r, long *line, const char **why)
{
	clear(r);
	while (line_end(r))
		; /* empty lines */
	*line = r->line;
	if (r->p >= r->end)
		return 0;
	int bad_text = 0;
	for (;;) {
		sbuf b = SBUF_INIT;
		sbuf_add(&b, "", 0);
		if (read_field(r, &b, why) < 0) {
			sbuf_free(&b);
			skip_line(r);
			return -1;
		}
		char *f = field_text(b.buf, b.len);
		sbuf_free(&b);
		if (!f) {
			bad_text = 1;
			f = xstrdup("");
		}
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 8;
			r->fields =
			    xrealloc(r->fields, r->cap * sizeof *r->fields);
		}
		r->fields[r->n++] = f;
		if (r->p < r->end && *r->p == r->delim) {
			r->p++;
			continue;
		}
		line_end(r);
		break;
	}
	if (bad_text) {
		*why = _("không phải văn bản UTF-8 hợp lệ (hãy lưu tệp với "
		         "bảng mã UTF-8)");
		return -1;
	}
	return 1;
}
