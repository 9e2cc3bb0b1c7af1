/*
 * term_text.c — text helpers of the terminal room: UTF-8 checks, NFC,
 * trimming, case folding, yes/no answers and word wrapping by display width.
 *
 * Everything here is locale-independent (libunistring works on UTF-8 bytes
 * whatever LC_CTYPE says).
 */
#include "term_priv.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

static void oom(void)
{
	fputs("chibo: out of memory\n", stderr);
	abort();
}

/* libunistring result (not NUL-terminated, maybe NULL for "") → a
 * NUL-terminated xmalloc'd copy; frees r. */
static char *take(uint8_t *r, size_t len)
{
	if (!r && len)
		oom();
	char *s = xstrndup(r ? (const char *)r : "", len);
	free(r);
	return s;
}

int term_utf8_valid(const char *s, size_t n)
{
	if (!s)
		return 0;
	return u8_check((const uint8_t *)s, n) == NULL;
}

char *term_nfc(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	if (!term_utf8_valid(s, n))
		return NULL;
	if (n == 0)
		return xstrdup("");
	size_t len = 0;
	uint8_t *r =
	    u8_normalize(UNINORM_NFC, (const uint8_t *)s, n, NULL, &len);
	return take(r, len);
}

char *term_utf8_repair(const char *s, size_t n)
{
	sbuf b = SBUF_INIT;
	const uint8_t *p = (const uint8_t *)s;
	size_t i = 0;
	while (i < n) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, p + i, n - i);
		if (k < 0) {
			sbuf_adds(&b, "\xEF\xBF\xBD"); /* U+FFFD */
			i++;
			continue;
		}
		if (uc == 0)
			sbuf_adds(&b, "\xEF\xBF\xBD");
		else
			sbuf_add(&b, p + i, (size_t)k);
		i += (size_t)k;
	}
	return sbuf_detach(&b);
}

size_t term_text_width(const char *s, size_t n)
{
	if (!n)
		return 0;
	int w = u8_width((const uint8_t *)s, n, "UTF-8");
	return w > 0 ? (size_t)w : 0;
}

static int is_blank(ucs4_t uc)
{
	return uc == 0xFEFF || uc_is_property_white_space(uc);
}

char *term_trim(const char *s, size_t n, size_t *outlen)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t a = 0, b = n;
	while (a < b) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p + a, b - a);
		if (k <= 0 || !is_blank(uc))
			break;
		a += (size_t)k;
	}
	while (b > a) {
		ucs4_t uc;
		const uint8_t *q = u8_prev(&uc, p + b, p + a);
		if (!q || !is_blank(uc))
			break;
		b = (size_t)(q - p);
	}
	if (outlen)
		*outlen = b - a;
	return xstrndup(s + a, b - a);
}

char *term_fold(const char *s, size_t n, size_t *outlen)
{
	if (u8_check((const uint8_t *)s, n))
		return NULL;
	size_t len = 0;
	uint8_t *r = n ? u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFC,
	                             NULL, &len)
	               : NULL;
	if (outlen)
		*outlen = len;
	return take(r, len);
}

char *term_loose(const char *s, size_t n, size_t *outlen)
{
	if (u8_check((const uint8_t *)s, n))
		return NULL;
	size_t len = 0;
	uint8_t *r = n ? u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFD,
	                             NULL, &len)
	               : NULL;
	if (!r && len)
		oom();
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	for (size_t i = 0; i < len;) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, r + i, len - i);
		if (k <= 0)
			break;
		if (uc == 0x0111) /* đ: a letter of its own, typed as d */
			sbuf_adds(&b, "d");
		else if (!uc_is_general_category(uc, UC_CATEGORY_Mn))
			sbuf_add(&b, r + i, (size_t)k);
		i += (size_t)k;
	}
	free(r);
	if (outlen)
		*outlen = b.len;
	return sbuf_detach(&b);
}

int term_parse_yesno(const char *s)
{
	static const char *const yes[] = {"c", "có", "y", "yes", "co"};
	static const char *const no[] = {"k", "không", "n", "no", "khong"};
	if (!s)
		return -1;
	size_t tn;
	char *t = term_trim(s, strlen(s), &tn);
	size_t fn;
	char *f = term_fold(t, tn, &fn);
	free(t);
	if (!f)
		return -1;
	int r = -1;
	for (size_t i = 0; r < 0 && i < sizeof yes / sizeof *yes; i++)
		if (strcmp(f, yes[i]) == 0)
			r = 1;
	for (size_t i = 0; r < 0 && i < sizeof no / sizeof *no; i++)
		if (strcmp(f, no[i]) == 0)
			r = 0;
	free(f);
	return r;
}

/* ---- wrapping ---------------------------------------------------------- */

/* Columns of a run of leading blanks (tabs to the next multiple of 8). */
static size_t indent_cols(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c = s[i] == '\t' ? (c / 8 + 1) * 8 : c + 1;
	return c;
}

/* Length of a list marker at s ("- ", "* ", "+ ", "• ", "1. ", "12) ")
 * including the blanks after it, or 0. */
static size_t bullet_len(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+'))
		i = 1;
	else if (n >= 3 && memcmp(s, "\xE2\x80\xA2", 3) == 0) /* • */
		i = 3;
	else {
		while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == 0 || i >= n || (s[i] != '.' && s[i] != ')'))
			return 0;
		i++;
	}
	if (i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/* Wraps one line (no '\n') into b. */
static void wrap_line(sbuf *b, const char *s, size_t n, size_t width)
{
	/* Trailing blanks never show; drop them. */
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		n--;
	size_t ind = 0;
	while (ind < n && (s[ind] == ' ' || s[ind] == '\t'))
		ind++;
	size_t icols = indent_cols(s, ind);
	if (ind == n || icols + term_text_width(s + ind, n - ind) <= width ||
	    icols * 2 > width) {
		sbuf_add(b, s, n); /* fits, blank, or too deeply indented */
		return;
	}
	size_t hang = icols;
	size_t bl = bullet_len(s + ind, n - ind);
	if (bl && icols + term_text_width(s + ind, bl) <= width / 2)
		hang = icols + term_text_width(s + ind, bl);

	sbuf_add(b, s, ind);
	size_t col = icols;
	int first = 1; /* nothing after the indent on this output line yet */
	size_t i = ind;
	while (i < n) {
		size_t sp = i;
		while (i < n && s[i] == ' ')
			i++;
		size_t ws = i;
		while (i < n && s[i] != ' ')
			i++;
		size_t spw = ws - sp, ww = term_text_width(s + ws, i - ws);
		if (ws == i)
			break;
		if (first) {
			sbuf_add(b, s + ws, i - ws);
			col += ww;
			first = 0;
		} else if (col + spw + ww <= width) {
			sbuf_add(b, s + sp, i - sp);
			col += spw + ww;
		} else {
			sbuf_adds(b, "\n");
			sbuf_add(b, s, ind);
			for (size_t k = icols; k < hang; k++)
				sbuf_adds(b, " ");
			sbuf_add(b, s + ws, i - ws);
			col = hang + ww;
		}
	}
}

char *term_wrap(const char *text, int width)
{
	if (!text)
		return xstrdup("");
	if (width <= 0)
		return xstrdup(text);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	const char *p = text;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		wrap_line(&b, p, n, (size_t)width);
		if (!nl)
			break;
		sbuf_adds(&b, "\n");
		p = nl + 1;
	}
	return sbuf_detach(&b);
}
