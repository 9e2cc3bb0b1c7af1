/*
 * test_doc.c — the document room: the model's text form (defaults, every
 * refusal with its line, unescaping, control characters, NFC), escaping in
 * the .html and the .docx, the .docx's page and table markup, the rule's
 * width, the .txt's alignment by display width, and doc_write: all or
 * nothing (no temporary file left, an old file untouched) whatever fails.
 */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <uniwidth.h>
#include <zip.h>

#include "doc.h"
#include "util.h"

static char *root; /* scratch directory of this run */

/* ---- helpers ------------------------------------------------------------ */

static doc *parse_ok(const char *text)
{
	char *err = NULL;
	doc *d = doc_parse(text, &err);
	if (!d)
		fail_msg("unexpected error: %s", err);
	return d;
}

static void expect_error(const char *text, const char *want)
{
	char *err = NULL;
	doc *d = doc_parse(text, &err);
	if (d) {
		doc_free(d);
		fail_msg("accepted: %s", text);
	}
	if (strcmp(err, want) != 0)
		fail_msg("model:\n%s\nwant: %s\ngot:  %s", text, want, err);
	free(err);
}

/* The part name of the .docx of d (malloc'd, NUL-terminated). */
static char *docx_part(const doc *d, const char *name)
{
	void *buf;
	size_t len;
	assert_int_equal(doc_docx(d, &buf, &len), 0);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(buf, len, 0, &ze);
	assert_non_null(src);
	zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	assert_non_null(z);
	zip_stat_t st;
	assert_int_equal(zip_stat(z, name, 0, &st), 0);
	zip_file_t *f = zip_fopen(z, name, 0);
	assert_non_null(f);
	char *out = xmalloc(st.size + 1);
	assert_int_equal(zip_fread(f, out, st.size), (zip_int64_t)st.size);
	out[st.size] = '\0';
	zip_fclose(f);
	zip_close(z); /* frees src */
	zip_error_fini(&ze);
	free(buf);
	return out;
}

static int count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	sbuf b = SBUF_INIT;
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sbuf_add(&b, chunk, n);
	fclose(f);
	return sbuf_detach(&b);
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* Names in dir starting with '.' (temporary files), other than . and .. */
static int hidden_files(const char *dir)
{
	DIR *dp = opendir(dir);
	assert_non_null(dp);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(dp)) != NULL)
		if (e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 &&
		    strcmp(e->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n;
}

static char *scratch(const char *name)
{
	char *dir = xasprintf("%s/%s", root, name);
	assert_int_equal(mkdir_p(dir, 0755), 0);
	return dir;
}

static const char example[] =
    "page font=Times New Roman;body=14;top=20;bottom=20;left=30;right=15;"
    "lang=vi-VN\n"
    "table widths=45,55\n"
    "cell\n"
    "p align=center;size=13|ĐẢNG BỘ XÃ HỢP THÀNH\n"
    "p align=center;bold=1;size=13|CHI BỘ THÔN BẢN CẦU\n"
    "p align=center|*\n"
    "p align=center;size=13|Số 05-NQ/CB\n"
    "cell\n"
    "p align=center;bold=1;size=15;rule=1|ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "p align=right;italic=1|Bản Cầu, ngày 20 tháng 11 năm 2026\n"
    "end\n"
    "p align=center;bold=1;size=16;before=12|NGHỊ QUYẾT\n"
    "p align=center;bold=1|Sinh hoạt chi bộ tháng 11/2026\n"
    "p align=justify;indent=10|Ngày 20/11/2026, tại nhà văn hóa thôn…\n"
    "p bold=1;before=6|I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10\n"
    "p align=justify;indent=10|- Đã hoàn thành…\n";

/* ---- parsing ------------------------------------------------------------ */

static void test_defaults(void **state)
{
	(void)state;
	doc *d = parse_ok("p|Chào\n");
	assert_string_equal(d->font, "Times New Roman");
	assert_string_equal(d->lang, "vi-VN");
	assert_int_equal(d->body, 1400);
	assert_int_equal(d->top, 2000);
	assert_int_equal(d->bottom, 2000);
	assert_int_equal(d->left, 3000);
	assert_int_equal(d->right, 1500);
	assert_int_equal(d->n, 1);
	const doc_para *p = &d->blocks[0].p;
	assert_int_equal(d->blocks[0].kind, DOC_PARA);
	assert_int_equal(p->align, DOC_LEFT);
	assert_int_equal(p->bold + p->italic + p->underline + p->rule + p->keep,
	                 0);
	assert_int_equal(p->size, 1400);
	assert_int_equal(p->indent + p->before + p->after, 0);
	assert_string_equal(p->text, "Chào");
	doc_free(d);

	/* a paragraph's size defaults to the page's body; decimals */
	d = parse_ok("page body=13\np|a\np size=13.5;indent=7.25|b\n"
	             "p size=12.125|c\n");
	assert_int_equal(d->blocks[0].p.size, 1300);
	assert_int_equal(d->blocks[1].p.size, 1350);
	assert_int_equal(d->blocks[1].p.indent, 725);
	assert_int_equal(d->blocks[2].p.size, 1213); /* rounded */
	assert_int_equal(d->left, 3000);
	doc_free(d);

	/* an empty model is a blank page; a table's widths default to 50 */
	d = parse_ok("");
	assert_int_equal(d->n, 0);
	doc_free(d);
	d = parse_ok("table\ncell\ncell\nend\n");
	assert_int_equal(d->blocks[0].widths[0], 50);
	assert_int_equal(d->blocks[0].widths[1], 50);
	doc_free(d);
}

static void test_example(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	assert_int_equal(d->n, 6);
	const doc_block *t = &d->blocks[0];
	assert_int_equal(t->kind, DOC_TABLE);
	assert_int_equal(t->widths[0], 45);
	assert_int_equal(t->widths[1], 55);
	assert_int_equal(t->cells[0].n, 4);
	assert_int_equal(t->cells[1].n, 2);
	const doc_para *h = &t->cells[1].paras[0];
	assert_string_equal(h->text, "ĐẢNG CỘNG SẢN VIỆT NAM");
	assert_true(h->rule && h->bold);
	assert_int_equal(h->align, DOC_CENTER);
	assert_int_equal(h->size, 1500);
	assert_int_equal(t->cells[1].paras[1].italic, 1);
	assert_int_equal(t->cells[1].paras[1].align, DOC_RIGHT);
	assert_int_equal(d->blocks[1].p.before, 1200);
	assert_int_equal(d->blocks[3].p.align, DOC_JUSTIFY);
	assert_int_equal(d->blocks[3].p.indent, 1000);
	doc_free(d);
}

static void test_syntax(void **state)
{
	(void)state;
	/* comments, blank lines, CRLF, a byte-order mark, "p|" without a
	 * style, spaces around keys and values, an empty key list */
	doc *d = parse_ok("\xef\xbb\xbf# comment\r\n\r\n   \n"
	                  "p|a|b\r\n"
	                  "p  align = center ; bold=1 ;|  x  \n"
	                  "  # indented comment\n"
	                  "p ;;|\n"
	                  "break\n");
	assert_int_equal(d->n, 4);
	assert_string_equal(d->blocks[0].p.text, "a|b");
	assert_int_equal(d->blocks[1].p.align, DOC_CENTER);
	assert_int_equal(d->blocks[1].p.bold, 1);
	assert_string_equal(d->blocks[1].p.text, "  x  ");
	assert_string_equal(d->blocks[2].p.text, "");
	assert_int_equal(d->blocks[3].kind, DOC_BREAK);
	doc_free(d);
}

static void test_text_escapes(void **state)
{
	(void)state;
	doc *d = parse_ok("p|a\\nb\\\\nc\\\\\\n\\t\\x\\\n");
	/* \n → break, \\ → backslash, other backslashes stay */
	assert_string_equal(d->blocks[0].p.text, "a\nb\\nc\\\n\\t\\x\\");
	doc_free(d);
}

static void test_control_chars(void **state)
{
	(void)state;
	doc *d = parse_ok("p|a\x01"
	                  "b\x1b[31mc\x7f"
	                  "d\tE\xc2\x85"
	                  "F"
	                  "\xc2\x9fG\xef\xbf\xbeH\xef\xbf\xbfI\xc2\xa0J\n");
	/* C0, DEL, C1 and U+FFFE/U+FFFF dropped; tab → space; NBSP stays */
	assert_string_equal(d->blocks[0].p.text, "ab[31mcd EFGHI\xc2\xa0J");
	char *html = doc_html(d);
	char *xml = docx_part(d, "word/document.xml");
	char *txt = doc_txt(d);
	for (const char *s = html; *s; s++)
		assert_true((unsigned char)*s >= 0x20 || *s == '\n');
	for (const char *s = xml; *s; s++)
		assert_true((unsigned char)*s >= 0x20 || *s == '\n');
	assert_null(strchr(txt, '\x1b'));
	free(html);
	free(xml);
	free(txt);
	doc_free(d);
}

static void test_nfc(void **state)
{
	(void)state;
	/* "Nghị quyết" typed with combining marks becomes precomposed */
	doc *d = parse_ok("p|Nghi\xcc\xa3 quye\xcc\x82\xcc\x81t\n");
	assert_string_equal(d->blocks[0].p.text, "Nghị quyết");
	doc_free(d);
}

static void test_errors(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
	    {"p colour=red|x", "dòng 1: không có thuộc tính 'colour'"},
	    {"# c\n\np alig=center|x",
	     "dòng 3: không có thuộc tính 'alig'; có phải ý bạn là 'align'?"},
	    {"page font=Arial;margin=20",
	     "dòng 1: không có thuộc tính 'margin'"},
	    {"table width=45,55",
	     "dòng 1: không có thuộc tính 'width'; có phải ý bạn là "
	     "'widths'?"},
	    {"tabel widths=45,55",
	     "dòng 1: không có phần tử 'tabel'; có phải ý bạn là 'table'?"},
	    {"p|a\nparagraph|b",
	     "dòng 2: không có phần tử 'paragraph' (page, p, table, cell, "
	     "end, break)"},
	    {"p align=middle|x",
	     "dòng 1: 'align' phải là left, center, right hoặc justify, "
	     "không phải 'middle'"},
	    {"p bold=2|x", "dòng 1: 'bold' phải là 0 hoặc 1, không phải '2'"},
	    {"p bold=yes|x",
	     "dòng 1: 'bold' phải là 0 hoặc 1, không phải 'yes'"},
	    {"p size=abc|x",
	     "dòng 1: 'size' phải là một số từ 4 đến 96, không phải 'abc'"},
	    {"p size=200|x",
	     "dòng 1: 'size' phải là một số từ 4 đến 96, không phải '200'"},
	    {"p size=13.5.1|x",
	     "dòng 1: 'size' phải là một số từ 4 đến 96, không phải "
	     "'13.5.1'"},
	    {"p size=-3|x",
	     "dòng 1: 'size' phải là một số từ 4 đến 96, không phải '-3'"},
	    {"p before=1e3|x",
	     "dòng 1: 'before' phải là một số từ 0 đến 200, không phải "
	     "'1e3'"},
	    {"page body=100",
	     "dòng 1: 'body' phải là một số từ 6 đến 72, không phải '100'"},
	    {"p bold|x", "dòng 1: thuộc tính 'bold' cần một giá trị (bold=…)"},
	    {"p bold=|x", "dòng 1: thuộc tính 'bold' cần một giá trị (bold=…)"},
	    {"p bold=1;bold=0|x", "dòng 1: thuộc tính 'bold' có hai lần"},
	    {"p align=center",
	     "dòng 1: thiếu '|' giữa kiểu và văn bản của đoạn (vd. p "
	     "align=center|NGHỊ QUYẾT)"},
	    {"p|a\npage body=13",
	     "dòng 2: 'page' chỉ có một lần, trước mọi đoạn và bảng"},
	    {"page body=13\npage body=14",
	     "dòng 2: 'page' chỉ có một lần, trước mọi đoạn và bảng"},
	    {"page left=100;right=70",
	     "dòng 1: lề trái và lề phải cộng lại không được quá 160 mm"},
	    {"page font=Times<b>",
	     "dòng 1: 'font' chỉ gồm chữ, số, dấu cách và - _ . (vd. "
	     "font=Times New Roman)"},
	    {"page font=A\"B",
	     "dòng 1: 'font' chỉ gồm chữ, số, dấu cách và - _ . (vd. "
	     "font=Times New Roman)"},
	    {"page lang=vi VN",
	     "dòng 1: 'lang' phải là một mã ngôn ngữ BCP 47 (vd. "
	     "lang=vi-VN)"},
	    {"page lang=\"><x",
	     "dòng 1: 'lang' phải là một mã ngôn ngữ BCP 47 (vd. "
	     "lang=vi-VN)"},
	    {"table widths=60,50",
	     "dòng 1: 'widths' cộng lại không được quá 100 (phần trăm bề "
	     "rộng dòng chữ)"},
	    {"table widths=45",
	     "dòng 1: 'widths' cần hai số nguyên (phần trăm bề rộng dòng "
	     "chữ), vd. widths=45,55"},
	    {"table widths=45.5,54.5",
	     "dòng 1: 'widths' cần hai số nguyên (phần trăm bề rộng dòng "
	     "chữ), vd. widths=45,55"},
	    {"table widths=0,100",
	     "dòng 1: 'widths' cần hai số nguyên (phần trăm bề rộng dòng "
	     "chữ), vd. widths=45,55"},
	    {"table\ncell\np|x\ncell\n",
	     "dòng 1: bảng chưa được đóng bằng 'end'"},
	    {"p|a\ntable\np|x",
	     "dòng 3: đoạn văn trong bảng phải đứng sau 'cell'"},
	    {"table\ncell\ncell\ncell", "dòng 4: bảng chỉ có hai ô ('cell')"},
	    {"table\ncell\nend", "dòng 3: bảng cần hai ô ('cell') trước 'end'"},
	    {"end", "dòng 1: 'end' không có bảng nào để đóng"},
	    {"cell", "dòng 1: 'cell' chỉ dùng trong bảng (sau 'table')"},
	    {"table\ncell\nbreak",
	     "dòng 3: 'break' không dùng được trong bảng; đóng bảng bằng "
	     "'end' trước"},
	    {"table\ncell\ntable",
	     "dòng 3: 'table' không dùng được trong bảng; đóng bảng bằng "
	     "'end' trước"},
	    {"break now", "dòng 1: 'break' không có thuộc tính nào"},
	    {"table\ncell x", "dòng 2: 'cell' không có thuộc tính nào"},
	    {"p|ok\np|\xff\xfe",
	     "dòng 2: dòng không phải văn bản UTF-8 hợp lệ"},
	    {"p|\xc3", "dòng 1: dòng không phải văn bản UTF-8 hợp lệ"},
	    /* what is shown of a wrong name is cut and cleaned */
	    {"p \x1b[2J=1|x", "dòng 1: không có thuộc tính '?[2J'"},
	    {"p aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=1|x",
	     "dòng 1: không có thuộc tính "
	     "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		expect_error(cases[i][0], cases[i][1]);
}

static void test_error_line_apart(void **state)
{
	(void)state;
	int line = -1;
	char *why = NULL;
	assert_null(doc_parse_at("p|a\r\n\r\np colour=1|b\r\n", &line, &why));
	assert_int_equal(line, 3);
	assert_string_equal(why, "không có thuộc tính 'colour'");
	free(why);
}

/* ---- rendering ---------------------------------------------------------- */

static void test_escaping(void **state)
{
	(void)state;
	doc *d = parse_ok("p|Tom & Jerry <b>\"bold\"</b> it's\n");
	const char *want =
	    "Tom &amp; Jerry &lt;b&gt;&quot;bold&quot;&lt;/b&gt; "
	    "it&#39;s";
	char *html = doc_html(d);
	assert_non_null(strstr(html, want));
	assert_null(strstr(html, "<b>"));
	assert_non_null(strstr(html, "<title>Tom &amp; Jerry"));
	char *xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, want));
	char *core = docx_part(d, "docProps/core.xml");
	assert_non_null(strstr(core, "<dc:title>Tom &amp; Jerry"));
	char *txt = doc_txt(d);
	assert_string_equal(txt, "Tom & Jerry <b>\"bold\"</b> it's\n");
	free(html);
	free(xml);
	free(core);
	free(txt);
	doc_free(d);
}

static void test_line_breaks(void **state)
{
	(void)state;
	doc *d = parse_ok("p|a\\nb\\n\nbreak\np|\nbreak\nbreak\n");
	char *html = doc_html(d);
	/* a trailing break gets a second <br> to make its line */
	assert_non_null(strstr(html, ">a<br>b<br><br></p>"));
	/* a page break is the next paragraph's; two in a row or one at the
	 * end make a page with an empty paragraph, as in Word */
	assert_int_equal(count(html, "<p style=\"page-break-before:always;"
	                             "break-before:page;margin-top:0pt;"
	                             "margin-bottom:0pt;\"><br></p>"),
	                 3);
	char *xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, "<w:t xml:space=\"preserve\">a</w:t><w:br/>"
	                            "<w:t xml:space=\"preserve\">b</w:t>"
	                            "<w:br/></w:r>"));
	assert_int_equal(count(xml, "<w:pageBreakBefore/>"), 3);
	free(xml);
	doc_free(d);
	d = parse_ok(
	    "p|a\nbreak\ntable\ncell\ncell\nend\ntable\ncell\ncell\nend\n");
	xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, "<w:p><w:r><w:br w:type=\"page\"/></w:r>"
	                            "</w:p><w:tbl>"));
	assert_non_null(strstr(xml, "</w:tbl><w:p/><w:tbl>"));
	free(html);
	free(xml);
	doc_free(d);
}

static void test_docx_page(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	char *xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
	assert_non_null(strstr(xml, "<w:pgMar w:top=\"1134\" w:right=\"850\" "
	                            "w:bottom=\"1134\" w:left=\"1701\""));
	/* sizes in half-points, justify = both, first-line indent 10 mm */
	assert_non_null(strstr(xml, "<w:sz w:val=\"26\"/>"));
	assert_non_null(strstr(xml, "<w:sz w:val=\"32\"/>"));
	assert_non_null(strstr(xml, "<w:jc w:val=\"both\"/>"));
	assert_non_null(strstr(xml, "<w:ind w:firstLine=\"567\"/>"));
	assert_non_null(strstr(xml, "<w:spacing w:before=\"240\" "
	                            "w:after=\"0\"/>"));
	/* the header table: fixed widths of 45 % and 55 % of 9355 twips,
	 * no borders */
	assert_non_null(strstr(xml, "<w:tblW w:w=\"9355\" w:type=\"dxa\"/>"));
	assert_non_null(strstr(xml, "<w:gridCol w:w=\"4209\"/>"
	                            "<w:gridCol w:w=\"5146\"/>"));
	assert_non_null(strstr(xml, "<w:tblLayout w:type=\"fixed\"/>"));
	assert_int_equal(count(xml, "w:val=\"none\""), 6);
	assert_int_equal(count(xml, "w:val=\"single\""), 1); /* the rule */
	char *styles = docx_part(d, "word/styles.xml");
	assert_non_null(strstr(styles,
	                       "<w:rFonts w:ascii=\"Times New Roman\" "
	                       "w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times "
	                       "New Roman\" w:cs=\"Times New Roman\"/>"));
	assert_non_null(strstr(styles, "<w:sz w:val=\"28\"/>"));
	assert_non_null(strstr(styles, "<w:lang w:val=\"vi-VN\""));
	free(xml);
	free(styles);
	doc_free(d);

	/* other margins and a half-point size */
	d = parse_ok("page top=25;bottom=25;left=35;right=15;body=13.5\np|x\n");
	xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, "<w:pgMar w:top=\"1417\" w:right=\"850\" "
	                            "w:bottom=\"1417\" w:left=\"1984\""));
	assert_non_null(strstr(xml, "<w:sz w:val=\"27\"/>"));
	free(xml);
	doc_free(d);
}

static void test_docx_reproducible(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	void *a, *b;
	size_t na, nb;
	assert_int_equal(doc_docx(d, &a, &na), 0);
	assert_int_equal(doc_docx(d, &b, &nb), 0);
	assert_int_equal(na, nb);
	assert_memory_equal(a, b, na);
	assert_memory_equal(a, "PK\x03\x04", 4);
	free(a);
	free(b);
	doc_free(d);
}

/* The rule paragraph is narrowed to its text: Times New Roman bold 15 pt,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" is 206.7 pt wide (4133 twips), plus 1/2 em. */
static void test_rule_width(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	char *xml = docx_part(d, "word/document.xml");
	const char *p = strstr(xml, "<w:pBdr><w:bottom w:val=\"single\"");
	assert_non_null(p);
	long left = -1, right = -1;
	const char *ind = strstr(p, "<w:ind ");
	assert_non_null(ind);
	assert_int_equal(
	    sscanf(ind, "<w:ind w:left=\"%ld\" w:right=\"%ld\"", &left, &right),
	    2);
	long width = 5146 - left - right;
	assert_in_range(width, 4133 + 150 - 2, 4133 + 150 + 2);
	assert_true(labs(left - right) <= 1);
	free(xml);
	doc_free(d);

	/* left- and right-aligned rules keep their edge; text wider than
	 * the space gets no indent */
	d = parse_ok("p rule=1|ĐẢNG\np align=right;rule=1|ĐẢNG\n"
	             "p rule=1;size=40|ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG CỘNG SẢN\n");
	xml = docx_part(d, "word/document.xml");
	assert_non_null(strstr(xml, "<w:ind w:right=\""));
	assert_non_null(strstr(xml, "<w:ind w:left=\""));
	assert_int_equal(count(xml, "<w:ind "), 2);
	free(xml);
	doc_free(d);
}

static void test_html_page(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	char *html = doc_html(d);
	assert_non_null(strstr(html, "<html lang=\"vi-VN\">"));
	assert_non_null(strstr(html, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(html, "@page { size: 210mm 297mm; margin: 20mm "
	                             "15mm 20mm 30mm; }"));
	assert_non_null(strstr(html, "font-family: \"Times New Roman\", serif; "
	                             "font-size: 14pt;"));
	assert_non_null(strstr(html, "<td width=\"45%\" valign=\"top\" "
	                             "style=\"width:45%\">"));
	assert_non_null(strstr(html, "<span class=\"rule\">ĐẢNG CỘNG SẢN VIỆT "
	                             "NAM</span>"));
	assert_non_null(strstr(html, ".rule { display: inline-block; "
	                             "border-bottom:"));
	assert_non_null(strstr(html, "<title>NGHỊ QUYẾT</title>"));
	assert_non_null(strstr(html, "text-indent:10mm;"));
	free(html);
	doc_free(d);
}

static void test_txt_layout(void **state)
{
	(void)state;
	doc *d = parse_ok("p align=center;rule=1|ĐẢNG CỘNG SẢN VIỆT NAM\n"
	                  "p align=right|Bản Cầu\n"
	                  "p align=center|漢字\n"
	                  "p align=center;before=6|x\n");
	char *txt = doc_txt(d);
	/* 22 columns centred in 72: 25 spaces; the rule as wide as the text;
	 * right-aligned to column 72; CJK counts two columns each */
	char *want =
	    xasprintf("%25s%s\n%25s%s\n%65s%s\n%34s%s\n\n%35s%s\n", "",
	              "ĐẢNG CỘNG SẢN VIỆT NAM", "", "──────────────────────",
	              "", "Bản Cầu", "", "漢字", "", "x");
	assert_string_equal(txt, want);
	free(want);
	free(txt);
	doc_free(d);

	/* wrapping at 72 columns, first-line indent of 10 mm (4 columns of
	 * 165 mm), a word longer than a line on its own */
	sbuf m = SBUF_INIT;
	sbuf_adds(&m, "p align=justify;indent=10|");
	for (int i = 0; i < 30; i++)
		sbuf_adds(&m, "đảng viên ");
	sbuf_adds(&m,
	          "\\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
	d = parse_ok(m.buf);
	sbuf_free(&m);
	txt = doc_txt(d);
	const char *line = txt;
	int lines = 0;
	while (*line) {
		const char *nl = strchr(line, '\n');
		assert_non_null(nl);
		char *one = xstrndup(line, (size_t)(nl - line));
		if (lines == 0)
			assert_memory_equal(one, "    đảng viên", 13);
		if (strchr(one, 'x') == NULL)
			assert_in_range(
			    u8_strwidth((const uint8_t *)one, "UTF-8"),
			    lines < 4 ? 60 : 1, 72);
		free(one);
		lines++;
		line = nl + 1;
	}
	assert_int_equal(lines, 6); /* 300 columns in 72: 5, then the x's */
	free(txt);
	doc_free(d);
}

/* ---- writing ------------------------------------------------------------ */

static void test_write_formats(void **state)
{
	(void)state;
	char *dir = scratch("formats");
	doc *d = parse_ok(example);
	const char *names[] = {"a.docx", "b.HTML", "c.htm", "d.txt"};
	for (int i = 0; i < 4; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *err = NULL;
		assert_int_equal(doc_write(d, path, &err), 0);
		struct stat st;
		assert_int_equal(stat(path, &st), 0);
		assert_int_equal(st.st_mode & 0777, 0644); /* umask 022 */
		free(path);
	}
	char *path = xasprintf("%s/d.txt", dir);
	char *got = slurp(path);
	char *want = doc_txt(d);
	assert_string_equal(got, want);
	free(got);
	free(want);
	/* an existing file keeps its mode */
	assert_int_equal(chmod(path, 0600), 0);
	char *err = NULL;
	assert_int_equal(doc_write(d, path, &err), 0);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	free(path);
	assert_int_equal(hidden_files(dir), 0);

	path = xasprintf("%s/e.pdf", dir);
	assert_int_equal(doc_write(d, path, &err), -1);
	assert_non_null(strstr(err, "cần đuôi .docx, .html hoặc .txt"));
	free(err);
	free(path);
	assert_int_equal(doc_format("x.docx"), DOC_DOCX);
	assert_int_equal(doc_format("dir.docx/x"), -1);
	assert_int_equal(doc_format(".txt"), -1);
	assert_int_equal(doc_format("x"), -1);
	doc_free(d);
	free(dir);
}

static void test_write_unwritable_dir(void **state)
{
	(void)state;
	if (geteuid() == 0)
		skip(); /* root writes anywhere; see the other failures */
	char *dir = scratch("readonly");
	assert_int_equal(chmod(dir, 0555), 0);
	doc *d = parse_ok(example);
	char *path = xasprintf("%s/out.docx", dir);
	char *err = NULL;
	assert_int_equal(doc_write(d, path, &err), -1);
	char *want = xasprintf("không ghi được '%s': ", path);
	assert_memory_equal(err, want, strlen(want));
	assert_int_equal(hidden_files(dir), 0);
	assert_int_equal(access(path, F_OK), -1);
	chmod(dir, 0755);
	free(want);
	free(err);
	free(path);
	doc_free(d);
	free(dir);
}

static void test_write_missing_dir(void **state)
{
	(void)state;
	doc *d = parse_ok(example);
	char *path = xasprintf("%s/no/such/dir/out.txt", root);
	char *err = NULL;
	assert_int_equal(doc_write(d, path, &err), -1);
	char *want =
	    xasprintf("không ghi được '%s': %s", path, strerror(ENOENT));
	assert_string_equal(err, want);
	free(want);
	free(err);
	free(path);
	doc_free(d);
}

/* The temporary file is written and fsync'd, then rename fails: it must
 * go. */
static void test_write_onto_directory(void **state)
{
	(void)state;
	char *dir = scratch("ontodir");
	char *target = xasprintf("%s/out.docx", dir);
	assert_int_equal(mkdir(target, 0755), 0);
	char *inside = xasprintf("%s/keep", target);
	spit(inside, "x");
	doc *d = parse_ok(example);
	char *err = NULL;
	assert_int_equal(doc_write(d, target, &err), -1);
	assert_non_null(strstr(err, "không ghi được '"));
	assert_int_equal(hidden_files(dir), 0);
	free(err);
	free(inside);
	free(target);
	doc_free(d);
	free(dir);
}

/* write() fails half-way (the file size limit): the old file stays as it
 * was and no temporary file is left. */
static void test_write_fails_midway(void **state)
{
	(void)state;
	char *dir = scratch("midway");
	char *path = xasprintf("%s/out.html", dir);
	spit(path, "old content\n");
	doc *d = parse_ok(example);
	struct rlimit old, small;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 1000;
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	char *err = NULL;
	int rc = doc_write(d, path, &err);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, prev);
	assert_int_equal(rc, -1);
	char *want =
	    xasprintf("không ghi được '%s': %s", path, strerror(EFBIG));
	assert_string_equal(err, want);
	char *now = slurp(path);
	assert_string_equal(now, "old content\n");
	assert_int_equal(hidden_files(dir), 0);
	free(now);
	free(want);
	free(err);
	free(path);
	doc_free(d);
	free(dir);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	root = xasprintf("%s/doc-%ld", base && *base ? base : "/tmp",
	                 (long)getpid());
	umask(022);
	if (mkdir_p(root, 0700) != 0) {
		perror(root);
		return 1;
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_defaults),
	    cmocka_unit_test(test_example),
	    cmocka_unit_test(test_syntax),
	    cmocka_unit_test(test_text_escapes),
	    cmocka_unit_test(test_control_chars),
	    cmocka_unit_test(test_nfc),
	    cmocka_unit_test(test_errors),
	    cmocka_unit_test(test_error_line_apart),
	    cmocka_unit_test(test_escaping),
	    cmocka_unit_test(test_line_breaks),
	    cmocka_unit_test(test_docx_page),
	    cmocka_unit_test(test_docx_reproducible),
	    cmocka_unit_test(test_rule_width),
	    cmocka_unit_test(test_html_page),
	    cmocka_unit_test(test_txt_layout),
	    cmocka_unit_test(test_write_formats),
	    cmocka_unit_test(test_write_unwritable_dir),
	    cmocka_unit_test(test_write_missing_dir),
	    cmocka_unit_test(test_write_onto_directory),
	    cmocka_unit_test(test_write_fails_midway),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(root);
	return rc;
}
