/*
 * test_report.c — the report renderer: Vietnamese number format, derived
 * columns (fraction, percent, bar, stacked bar), subtotals, and the three
 * formats on a small report (aligned UTF-8 table with bars, RFC 4180 CSV
 * with quoting, JSON with escaping).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "report.h"

static void test_fmt_int(void **state)
{
	(void)state;
	char out[32];
	const struct {
		long long n;
		const char *want;
	} cases[] = {
		{0, "0"},        {1, "1"},          {999, "999"},
		{1000, "1.000"}, {3046, "3.046"},   {64000, "64.000"},
		{1234567, "1.234.567"},             {-1000, "-1.000"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		report_fmt_int(cases[i].n, out);
		assert_string_equal(out, cases[i].want);
	}
}

static void test_fmt_dec(void **state)
{
	(void)state;
	char out[48];
	report_fmt_dec(85.314, 1, out);
	assert_string_equal(out, "85,3");
	report_fmt_dec(0, 1, out);
	assert_string_equal(out, "0,0");
	report_fmt_dec(1234.56, 2, out);
	assert_string_equal(out, "1.234,56");
	report_fmt_dec(99.96, 1, out);
	assert_string_equal(out, "100,0");
	report_fmt_dec(-2.25, 0, out);
	assert_string_equal(out, "-2");
}

static void test_fmt_pct(void **state)
{
	(void)state;
	char out[48];
	const struct {
		long long num, den;
		const char *want;
	} cases[] = {
		{122, 143, "85,3"}, {1, 8, "12,5"},  {1, 16, "6,3"},
		{2, 3, "66,7"},     {0, 5, "0,0"},   {13, 12, "108,3"},
		{5, 5, "100,0"},    {1, 3000, "0,0"}, {2999, 3000, "100,0"},
		{30000, 20000, "150,0"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		report_fmt_pct(cases[i].num, cases[i].den, out);
		assert_string_equal(out, cases[i].want);
	}
}

/* ---- a small report ---------------------------------------------------- */

enum { NAME, GROUP, DONE, ALL, SHARE, RATIO, BAR, LAST, NCOLS };

static report *sample(void)
{
	static const char *const levels[3] = {"total", "commune", "cell"};
	report *r = report_new("sample", "Báo cáo mẫu", levels);
	report_col cols[NCOLS] = {
		{.key = "name", .title = "Đơn vị", .kind = REPORT_TEXT,
		 .flags = REPORT_TABLE_ONLY | REPORT_INDENT},
		{.key = "commune", .kind = REPORT_TEXT,
		 .flags = REPORT_DATA_ONLY},
		{.key = "done", .title = "Xong", .kind = REPORT_INT,
		 .flags = REPORT_SUM},
		{.key = "all", .kind = REPORT_INT,
		 .flags = REPORT_DATA_ONLY | REPORT_SUM},
		{.key = "share", .title = "Có", .kind = REPORT_FRACTION,
		 .flags = REPORT_PCT, .num = DONE, .den = ALL,
		 .unit = "chi bộ"},
		{.key = "ratio", .title = "Tỉ lệ", .kind = REPORT_PERCENT,
		 .num = DONE, .den = ALL},
		{.key = "bar", .kind = REPORT_BAR, .num = DONE, .den = ALL},
		{.key = "last", .title = "Ngày", .kind = REPORT_DATE,
		 .flags = REPORT_SUM},
	};
	for (int i = 0; i < NCOLS; i++)
		assert_int_equal(report_add_col(r, &cols[i]), i);
	report_scope(r, "u1", "Đảng ủy xã Đồng Đăng", 3);
	report_year(r, 2026);
	report_date(r, "2026-03-15");
	report_note(r, "Ghi chú \"một\".");

	report_row(r, REPORT_GROUP);
	report_text(r, NAME, "Xã A, huyện B");
	report_text(r, GROUP, "Xã A, huyện B");
	report_row(r, REPORT_ITEM);
	report_text(r, NAME, "Thôn \"Mới\"");
	report_text(r, GROUP, "Xã A, huyện B");
	report_int(r, DONE, 1);
	report_int(r, ALL, 1);
	report_text(r, LAST, "2026-02-01");
	report_blank(r, SHARE);
	report_row(r, REPORT_ITEM);
	report_text(r, NAME, "Bản\tCầu\x1b[2J");
	report_text(r, GROUP, "Xã A, huyện B");
	report_int(r, DONE, 0);
	report_int(r, ALL, 1);
	report_blank(r, SHARE);
	report_row(r, REPORT_GROUP);
	report_text(r, NAME, "Xã C");
	report_text(r, GROUP, "Xã C");
	report_int(r, DONE, 1000); /* explicit: kept by the rollup */
	report_int(r, ALL, 1200);
	report_row(r, REPORT_TOTAL);
	report_text(r, NAME, "Tổng cộng");
	report_rollup(r);
	return r;
}

static char *render(report *r, enum report_format fmt, int plain)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(report_print(r, f, fmt, plain), 0);
	fclose(f);
	return buf;
}

static void test_table(void **state)
{
	(void)state;
	report *r = sample();
	char *t = render(r, REPORT_TABLE, 0);
	assert_string_equal(
		t,
		"Báo cáo mẫu\n"
		"Phạm vi: Đảng ủy xã Đồng Đăng (3 chi bộ)\n"
		"Năm: 2026\n"
		"Số liệu tính đến ngày: 15/03/2026\n"
		"\n"
		"Đơn vị          Xong                          Có   Tỉ lệ"
		"                        Ngày\n"
		"────────────────────────────────────────────────────────"
		"──────────────────────────────────\n"
		"Xã A, huyện B      1          1/2 chi bộ (50,0%)   50,0%"
		"  ██████████░░░░░░░░░░  01/02/2026\n"
		"  Thôn \"Mới\"       1                              100,0%"
		"  ████████████████████  01/02/2026\n"
		"  Bản Cầu?[2J      0                                0,0%"
		"  ░░░░░░░░░░░░░░░░░░░░\n"
		"\n"
		"Xã C           1.000  1.000/1.200 chi bộ (83,3%)   83,3%"
		"  █████████████████░░░\n"
		"────────────────────────────────────────────────────────"
		"──────────────────────────────────\n"
		"Tổng cộng      1.001  1.001/1.202 chi bộ (83,3%)   83,3%"
		"  █████████████████░░░  01/02/2026\n"
		"\n"
		"* Ghi chú \"một\".\n");
	free(t);
	t = render(r, REPORT_TABLE, 1);
	assert_non_null(strstr(t, "Xã C           1.000  1.000/1.200 chi bộ "
				  "(83,3%)   83,3%  #################...\n"));
	assert_null(strstr(t, "─"));
	assert_null(strstr(t, "█"));
	free(t);
	report_free(r);
}

static void test_csv(void **state)
{
	(void)state;
	report *r = sample();
	char *t = render(r, REPORT_CSV, 0);
	assert_string_equal(
		t, "level,commune,done,all,ratio,last\r\n"
		   "commune,\"Xã A, huyện B\",1,2,0.5000,2026-02-01\r\n"
		   "cell,\"Xã A, huyện B\",1,1,1.0000,2026-02-01\r\n"
		   "cell,\"Xã A, huyện B\",0,1,0.0000,\r\n"
		   "commune,Xã C,1000,1200,0.8333,\r\n"
		   "total,,1001,1202,0.8328,2026-02-01\r\n");
	free(t);
	report_free(r);
}

static void test_json(void **state)
{
	(void)state;
	report *r = sample();
	char *t = render(r, REPORT_JSON, 0);
	assert_string_equal(
		t,
		"{\n"
		"  \"report\": \"sample\",\n"
		"  \"title\": \"Báo cáo mẫu\",\n"
		"  \"scope\": {\"unit_id\": \"u1\", \"unit\": \"Đảng ủy xã Đồng "
		"Đăng\", \"cells\": 3},\n"
		"  \"year\": 2026,\n"
		"  \"date\": \"2026-03-15\",\n"
		"  \"rows\": [\n"
		"    {\"level\": \"commune\", \"commune\": \"Xã A, huyện B\", "
		"\"done\": 1, \"all\": 2, \"ratio\": 0.5000, \"last\": "
		"\"2026-02-01\"},\n"
		"    {\"level\": \"cell\", \"commune\": \"Xã A, huyện B\", "
		"\"done\": 1, \"all\": 1, \"ratio\": 1.0000, \"last\": "
		"\"2026-02-01\"},\n"
		"    {\"level\": \"cell\", \"commune\": \"Xã A, huyện B\", "
		"\"done\": 0, \"all\": 1, \"ratio\": 0.0000, \"last\": null},\n"
		"    {\"level\": \"commune\", \"commune\": \"Xã C\", \"done\": "
		"1000, \"all\": 1200, \"ratio\": 0.8333, \"last\": null}\n"
		"  ],\n"
		"  \"totals\": {\"level\": \"total\", \"commune\": null, "
		"\"done\": 1001, \"all\": 1202, \"ratio\": 0.8328, \"last\": "
		"\"2026-02-01\"},\n"
		"  \"notes\": [\"Ghi chú \\\"một\\\".\"]\n"
		"}\n");
	free(t);
	report_free(r);
}

/* A stacked bar: each boundary rounded, so the parts fill the width; a
 * legend names the parts.  A bar over 100% is full, not longer. */
static void test_stack_and_full_bar(void **state)
{
	(void)state;
	static const char *const levels[3] = {"total", "commune", "cell"};
	report *r = report_new("q", "Q", levels);
	report_add_col(r, &(report_col){.key = "a", .title = "tốt",
					.kind = REPORT_INT});
	report_add_col(r, &(report_col){.key = "b", .title = "khá",
					.kind = REPORT_INT});
	report_add_col(r, &(report_col){.key = "c", .title = "kém",
					.kind = REPORT_INT});
	report_add_col(r, &(report_col){.key = "n", .title = "n",
					.kind = REPORT_INT});
	report_add_col(r, &(report_col){.key = "s", .title = "Phân bố",
					.kind = REPORT_STACK, .den = 3,
					.parts = {0, 1, 2}, .nparts = 3});
	report_add_col(r, &(report_col){.key = "bar", .kind = REPORT_BAR,
					.num = 0, .den = 3});
	report_row(r, REPORT_TOTAL);
	report_int(r, 0, 1);
	report_int(r, 1, 1);
	report_int(r, 2, 1);
	report_int(r, 3, 3);
	report_row(r, REPORT_TOTAL);
	report_int(r, 0, 5);
	report_int(r, 1, 0);
	report_int(r, 2, 0);
	report_int(r, 3, 4);
	char *t = render(r, REPORT_TABLE, 0);
	assert_non_null(strstr(t, "███████▓▓▓▓▓▓▒▒▒▒▒▒▒  ███████░░░░░░░░░░░░░\n"));
	assert_non_null(strstr(t, "  ████████████████████  ████████████████████\n"));
	assert_non_null(strstr(t, "Chú thích Phân bố:  █ tốt  ▓ khá  ▒ kém\n"));
	free(t);
	t = render(r, REPORT_TABLE, 1);
	assert_non_null(strstr(t, "#######======-------  #######.............\n"));
	assert_non_null(strstr(t, "Chú thích Phân bố:  # tốt  = khá  - kém\n"));
	free(t);
	report_free(r);
}

/* No rows: the header and a line saying so; JSON has no rows and no
 * totals; CSV only its header. */
static void test_empty(void **state)
{
	(void)state;
	static const char *const levels[3] = {"total", "commune", "cell"};
	report *r = report_new("e", "Trống", levels);
	report_add_col(r, &(report_col){.key = "n", .title = "n",
					.kind = REPORT_INT});
	report_scope(r, NULL, NULL, 0);
	char *t = render(r, REPORT_TABLE, 0);
	assert_string_equal(t, "Trống\nPhạm vi: mọi chi bộ bạn được xem (0 chi "
			       "bộ)\n\n(không có số liệu)\n\n");
	free(t);
	t = render(r, REPORT_CSV, 0);
	assert_string_equal(t, "level,n\r\n");
	free(t);
	t = render(r, REPORT_JSON, 0);
	assert_string_equal(t, "{\n  \"report\": \"e\",\n  \"title\": \"Trống\","
			       "\n  \"scope\": {\"unit_id\": null, \"unit\": "
			       "null, \"cells\": 0},\n  \"year\": null,\n  "
			       "\"date\": null,\n  \"rows\": [],\n  \"totals\": "
			       "null,\n  \"notes\": []\n}\n");
	free(t);
	report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fmt_int),
	    cmocka_unit_test(test_fmt_dec),
	    cmocka_unit_test(test_fmt_pct),
	    cmocka_unit_test(test_table),
	    cmocka_unit_test(test_csv),
	    cmocka_unit_test(test_json),
	    cmocka_unit_test(test_stack_and_full_bar),
	    cmocka_unit_test(test_empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
