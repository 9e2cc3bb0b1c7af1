/*
 * test_csv_read.c — the CSV reader: RFC 4180 quoting ("" for a quote,
 * delimiters and line breaks inside quotes), CRLF, LF and lone CR line
 * ends, a byte order mark, the delimiter guessed from the first line,
 * empty lines skipped, each record's starting line, malformed records
 * reported and skipped, fields checked as UTF-8 and NFC-normalised.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "csv_read.h"
#include "util.h"

/* Every record as "line:f1|f2|…" lines, malformed ones as "line!". */
static char *dump(const char *text, size_t len)
{
	csv_reader r;
	csv_open(&r, text, len);
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "");
	long line;
	const char *why;
	int rc;
	while ((rc = csv_next(&r, &line, &why)) != 0) {
		sbuf_addf(&b, "%ld", line);
		if (rc < 0) {
			assert_non_null(why);
			sbuf_adds(&b, "!\n");
			continue;
		}
		for (size_t i = 0; i < r.n; i++)
			sbuf_addf(&b, "%s%s", i ? "|" : ":", r.fields[i]);
		sbuf_adds(&b, "\n");
	}
	csv_close(&r);
	return sbuf_detach(&b);
}

static void check(const char *text, const char *want)
{
	char *got = dump(text, strlen(text));
	assert_string_equal(got, want);
	free(got);
}

static void test_quoting(void **state)
{
	(void)state;
	check("ten,ma\n\"A, B\",\"say \"\"hi\"\"\"\n,\n\"\"\n",
	      "1:ten|ma\n2:A, B|say \"hi\"\n3:|\n4:\n");
	/* a line break inside quotes: the record starts on line 2, the next
	 * one on line 4 */
	check("a\n\"x\r\ny\",z\nb,c", "1:a\n2:x\ny|z\n4:b|c\n");
	/* a quote inside an unquoted field is kept */
	check("a\nsố 5 \"cũ\"\n", "1:a\n2:số 5 \"cũ\"\n");
}

static void test_line_ends(void **state)
{
	(void)state;
	check("\xEF\xBB\xBFten\r\nA\r\n\r\n\r\nB\r\n", "1:ten\n2:A\n5:B\n");
	check("a\rb\r\nc\n\nd", "1:a\n2:b\n3:c\n5:d\n");
	check("", "");
	check("\n\n", "");
}

static void test_delimiter(void **state)
{
	(void)state;
	check("ten;ma\nA, B;1\n", "1:ten|ma\n2:A, B|1\n");
	check("ten\tma\nA;B\t1\n", "1:ten|ma\n2:A;B|1\n");
	/* a delimiter inside quotes does not count */
	check("\"a;b;c\",d\n", "1:a;b;c|d\n");
}

static void test_malformed(void **state)
{
	(void)state;
	/* text after a closing quote: that record is skipped, reading goes
	 * on at the next line */
	check("a\n\"x\"y,z\nb\n", "1:a\n2!\n3:b\n");
	/* a quote never closed takes the rest of the file */
	check("a\n\"x,y\nb\n", "1:a\n2!\n");
	/* invalid UTF-8 and NUL are not text */
	check("a\nH\xf4ng,1\nb\n", "1:a\n2!\n3:b\n");
	static const char nul[] = "a\nx\0y\nb\n";
	char *got = dump(nul, sizeof nul - 1);
	assert_string_equal(got, "1:a\n2!\n3:b\n");
	free(got);
}

static void test_nfc(void **state)
{
	(void)state;
	/* "Bản" typed as a + combining hook above (NFD) comes out as ả */
	check("a\nBa\xCC\x89n\n", "1:a\n2:B\xE1\xBA\xA3n\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_quoting),   cmocka_unit_test(test_line_ends),
	    cmocka_unit_test(test_delimiter), cmocka_unit_test(test_malformed),
	    cmocka_unit_test(test_nfc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
