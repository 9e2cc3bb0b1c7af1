/*
 * doc_font.c — how wide a line of text is in Times New Roman, to make the
 * .docx rule line as long as the text it underlines (doc_docx.c).
 *
 * The widths are those of Liberation Serif, metric-compatible with Times
 * New Roman, in 1/1000 em, made by scripts/dev/font-widths.py.  A
 * Vietnamese letter is as wide as its base letter (NFD's first character):
 * diacritics sit above or below it; the horn letters Ơ ơ Ư ư and Đ đ have
 * their own widths.
 */
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "doc_priv.h"

/* After ASCII 0x20–0x7E, in this order (as in font-widths.py's EXTRA). */
static const ucs4_t extra[] = {0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF,
                               0x01B0, 0x2013, 0x2014, 0x2018, 0x2019,
                               0x201C, 0x201D, 0x2026, 0x00A0, 0x00B0};
#define NEXTRA (sizeof extra / sizeof extra[0])
#define NCHARS (95 + NEXTRA)

/* Regular, bold, italic, bold italic. */
/* clang-format off */
static const short widths[4][NCHARS] = {
	/* Regular */
	{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564,
		250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
		500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
		722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
		278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
		500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
		278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 722,
		500, 722, 529, 776, 542, 500, 1000, 333, 333, 444, 444, 1000,
		250, 400,
	},
	/* Bold */
	{
		250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570,
		250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
		500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722,
		722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
		611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333,
		278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500,
		556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
		333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 722,
		556, 778, 554, 796, 600, 500, 1000, 333, 333, 500, 500, 1000,
		250, 400,
	},
	/* Italic */
	{
		250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675,
		250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
		500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667,
		722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
		611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389,
		278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500,
		500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389,
		278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 722,
		500, 722, 534, 754, 545, 500, 889, 333, 333, 556, 556, 889,
		250, 400,
	},
	/* BoldItalic */
	{
		250, 389, 555, 500, 500, 833, 778, 278, 333, 333, 500, 570,
		250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500,
		500, 500, 333, 333, 570, 570, 570, 500, 832, 667, 667, 667,
		722, 667, 667, 722, 778, 389, 500, 667, 611, 889, 722, 722,
		611, 722, 667, 556, 611, 722, 667, 889, 667, 611, 611, 333,
		278, 333, 570, 500, 333, 500, 500, 444, 500, 444, 333, 500,
		556, 278, 278, 500, 278, 778, 556, 500, 500, 500, 389, 389,
		278, 556, 444, 667, 500, 444, 389, 348, 220, 348, 570, 722,
		500, 722, 537, 775, 599, 500, 1000, 333, 333, 500, 500, 1000,
		250, 400,
	},
};
/* clang-format on */

static int char_index(ucs4_t c)
{
	if (c >= 0x20 && c <= 0x7e)
		return (int)(c - 0x20);
	for (size_t i = 0; i < NEXTRA; i++)
		if (extra[i] == c)
			return (int)(95 + i);
	return -1;
}

static int char_width(ucs4_t c, const short *w)
{
	for (int depth = 0; depth < 4; depth++) {
		int i = char_index(c);
		if (i >= 0)
			return w[i];
		if (uc_is_general_category(c, UC_CATEGORY_M))
			return 0;
		ucs4_t dec[UC_DECOMPOSITION_MAX_LENGTH];
		if (uc_canonical_decomposition(c, dec) <= 0)
			break;
		c = dec[0];
	}
	return uc_width(c, "UTF-8") >= 2 ? 1000 : 500;
}

long doc_em_width(const char *s, int bold, int italic)
{
	const short *w = widths[(bold ? 1 : 0) + (italic ? 2 : 0)];
	long line = 0, widest = 0;
	const uint8_t *u = (const uint8_t *)s;
	while (*u) {
		ucs4_t c;
		int n = u8_strmbtouc(&c, u);
		if (n <= 0) { /* not UTF-8 (the parser refuses it): a byte */
			c = 0xfffd;
			n = 1;
		}
		u += n;
		if (c == '\n') {
			line = 0;
			continue;
		}
		line += char_width(c, w);
		if (line > widest)
			widest = line;
	}
	return widest;
}
