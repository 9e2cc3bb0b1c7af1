/*
 * test_term.c — the terminal room: plain line reading (prompt flushed
 * first, echo, CRLF, trimming, invalid UTF-8, NFC, end of input), yes/no
 * parsing, wrapping, step headings and colour rules, and libedit on a
 * pseudo-terminal (typing, Ctrl-C, Ctrl-D, completion, history).
 */
#define _GNU_SOURCE /* fopencookie */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <pty.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cmocka.h>
#include <unistr.h>
#include <uniwidth.h>

#include "term.h"
#include "util.h"

#define WARN_UTF8 "Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập lại."

/* ---- a captured output stream ------------------------------------------ */

typedef struct {
	char *buf;
	size_t len;
	FILE *f;
} capture;

static void cap_open(capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

static const char *cap_text(capture *c)
{
	fflush(c->f);
	return c->buf;
}

static void cap_close(capture *c)
{
	fclose(c->f);
	free(c->buf);
}

/* A term reading the given bytes (a memory stream: not a tty). */
typedef struct {
	FILE *in;
	capture out;
	term *t;
} fixture;

static void fx_open(fixture *fx, const char *input, size_t n, int echo)
{
	fx->in = n ? fmemopen((void *)input, n, "r") : fopen("/dev/null", "r");
	assert_non_null(fx->in);
	cap_open(&fx->out);
	term_opts o = {.in = fx->in, .out = fx->out.f, .echo = echo};
	fx->t = term_open(&o);
	assert_false(term_is_tty(fx->t));
}

static void fx_close(fixture *fx)
{
	term_close(fx->t);
	fclose(fx->in);
	cap_close(&fx->out);
}

#define FX_OPEN(fx, lit, echo) fx_open(fx, lit, sizeof(lit) - 1, echo)

static void expect_line(term *t, const char *want)
{
	char *line = (char *)0x1;
	assert_int_equal(term_read(t, "?", &line), TERM_OK);
	assert_non_null(line);
	assert_string_equal(line, want);
	free(line);
}

/* ---- plain reading ----------------------------------------------------- */

/* An input stream that hands out one line per read and records, at each
 * read, what the output already held (after its last flush). */
static struct {
	const char *data;
	size_t pos, len;
	capture *out;
	char seen[4][128];
	int reads;
} cookie;

static ssize_t cookie_read(void *c, char *buf, size_t size)
{
	(void)c;
	if (cookie.pos >= cookie.len)
		return 0;
	if (cookie.reads < 4) {
		snprintf(cookie.seen[cookie.reads], sizeof cookie.seen[0], "%s",
		         cookie.out->buf ? cookie.out->buf : "");
	}
	cookie.reads++;
	size_t n = 0;
	while (n < size && cookie.pos < cookie.len) {
		char ch = cookie.data[cookie.pos++];
		buf[n++] = ch;
		if (ch == '\n')
			break;
	}
	return (ssize_t)n;
}

static void test_prompt_flushed_before_read(void **state)
{
	(void)state;
	capture out;
	cap_open(&out);
	/* A memory stream shows its contents only after a flush. */
	cookie.data = "Nguyễn Văn An\nBa\n";
	cookie.len = strlen(cookie.data);
	cookie.pos = 0;
	cookie.out = &out;
	cookie.reads = 0;
	cookie_io_functions_t io = {.read = cookie_read};
	FILE *in = fopencookie(NULL, "r", io);
	assert_non_null(in);
	term_opts o = {.in = in, .out = out.f};
	term *t = term_open(&o);

	char *line;
	assert_int_equal(term_read(t, "Họ và tên đồng chí?", &line), TERM_OK);
	assert_string_equal(line, "Nguyễn Văn An");
	free(line);
	assert_int_equal(term_read(t, "Tuổi?", &line), TERM_OK);
	assert_string_equal(line, "Ba");
	free(line);
	assert_int_equal(term_read(t, "Nữa?", &line), TERM_EOF);
	assert_null(line);

	assert_true(cookie.reads >= 2);
	assert_string_equal(cookie.seen[0], "Họ và tên đồng chí?\n");
	assert_string_equal(cookie.seen[1], "Họ và tên đồng chí?\nTuổi?\n");
	assert_string_equal(cap_text(&out),
	                    "Họ và tên đồng chí?\nTuổi?\nNữa?\n");
	term_close(t);
	fclose(in);
	cap_close(&out);
}

static void test_echo(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "Nguyễn Văn An\n  có  \n", 1);
	char *line;
	assert_int_equal(term_read(fx.t, "Họ tên?", &line), TERM_OK);
	free(line);
	assert_int_equal(term_read(fx.t, "Đồng ý?\n", &line), TERM_OK);
	free(line);
	/* No prompt line for an empty prompt; the echo still shows. */
	assert_int_equal(term_read(fx.t, "", &line), TERM_EOF);
	assert_string_equal(cap_text(&fx.out),
	                    "Họ tên?\n> Nguyễn Văn An\nĐồng ý?\n> có\n");
	fx_close(&fx);
}

static void test_no_echo_by_default(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "abc\n", 0);
	expect_line(fx.t, "abc");
	assert_string_equal(cap_text(&fx.out), "?\n");
	fx_close(&fx);
}

static void test_crlf(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "một\r\n\r\nhai\n\nba\r", 0);
	expect_line(fx.t, "một");
	expect_line(fx.t, "");
	expect_line(fx.t, "hai");
	expect_line(fx.t, "");
	expect_line(fx.t, "ba"); /* last line without "\n" */
	char *line;
	assert_int_equal(term_read(fx.t, "?", &line), TERM_EOF);
	fx_close(&fx);
}

static void test_trim(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx,
	        "  \t Trần  Văn Bình \t \n"
	        "\xEF\xBB\xBF"
	        "có\xC2\xA0\n"                       /* BOM, no-break space */
	        "\xE3\x80\x80 ý kiến \xE2\x80\x83\n" /* ideographic, em space */
	        " \t \n",
	        0);
	expect_line(fx.t, "Trần  Văn Bình");
	expect_line(fx.t, "có");
	expect_line(fx.t, "ý kiến");
	expect_line(fx.t, "");
	fx_close(&fx);
}

static void test_invalid_utf8_skipped(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx,
	        "\xFF\xFE sai\n"
	        "\xC0\xAF\n"     /* overlong '/' */
	        "\xED\xA0\x80\n" /* a surrogate */
	        "a\0b\n"         /* NUL inside */
	        "\xE1\xBB\n"     /* truncated ệ */
	        "đúng rồi\n",
	        0);
	char *line;
	assert_int_equal(term_read(fx.t, "Ý kiến?", &line), TERM_OK);
	assert_string_equal(line, "đúng rồi");
	free(line);
	const char *o = cap_text(&fx.out);
	const char *one = "Ý kiến?\n! " WARN_UTF8 "\n";
	sbuf want = SBUF_INIT;
	for (int i = 0; i < 5; i++)
		sbuf_adds(&want, one);
	sbuf_adds(&want, "Ý kiến?\n");
	assert_string_equal(o, want.buf);
	sbuf_free(&want);
	fx_close(&fx);
}

static void test_invalid_utf8_echo(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "x\xFFy\r\nok\n", 1);
	char *line;
	assert_int_equal(term_read(fx.t, "Hỏi?", &line), TERM_OK);
	assert_string_equal(line, "ok");
	free(line);
	assert_string_equal(cap_text(&fx.out),
	                    "Hỏi?\n> x\xEF\xBF\xBDy\n! " WARN_UTF8
	                    "\nHỏi?\n> ok\n");
	fx_close(&fx);
}

static void test_nfc(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx,
	        "e\xCC\x82\xCC\xA3\n"      /* e + circumflex + dot */
	        "Nguye\xCC\x82\xCC\x83n\n" /* Nguyễn, decomposed */
	        "Nguy\xE1\xBB\x85n\n"      /* Nguyễn, composed */
	        "  a\xCC\x80 \n",          /* à, decomposed, blanks */
	        0);
	expect_line(fx.t, "\xE1\xBB\x87"); /* ệ U+1EC7 */
	expect_line(fx.t, "Nguy\xE1\xBB\x85n");
	expect_line(fx.t, "Nguyễn");
	expect_line(fx.t, "\xC3\xA0");
	fx_close(&fx);
}

static void test_eof(void **state)
{
	(void)state;
	fixture fx;
	fx_open(&fx, "", 0, 0);
	char *line = (char *)0x1;
	assert_int_equal(term_read(fx.t, "Tên?", &line), TERM_EOF);
	assert_null(line);
	assert_int_equal(term_read(fx.t, "Tên?", &line), TERM_EOF);
	assert_string_equal(cap_text(&fx.out), "Tên?\nTên?\n");
	fx_close(&fx);

	FX_OPEN(&fx, "cuối", 0);
	expect_line(fx.t, "cuối");
	assert_int_equal(term_read(fx.t, "?", &line), TERM_EOF);
	fx_close(&fx);
}

static void test_secret_plain(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, " mật khẩu bí mật \n", 1);
	char *line;
	assert_int_equal(term_read_secret(fx.t, "Mật khẩu?", &line), TERM_OK);
	assert_string_equal(line, "mật khẩu bí mật");
	free(line);
	assert_int_equal(term_read_secret(fx.t, "Mật khẩu?", &line), TERM_EOF);
	assert_string_equal(cap_text(&fx.out), "Mật khẩu?\n> ***\nMật khẩu?\n");
	fx_close(&fx);
}

/* ---- text helpers ------------------------------------------------------ */

static void test_yesno(void **state)
{
	(void)state;
	const char *yes[] = {"c",   "có",   "y",          "yes", "C",
	                     "CÓ",  "Có",   "cÓ",         "Y",   "YES",
	                     "Yes", " có ", "co\xCC\x81", "co",  "CO\xCC\x81"};
	const char *no[] = {
	    "k",     "không", "n",  "no", "K",         "KHÔNG",         "Không",
	    "KhÔnG", "N",     "NO", "No", "\tkhông\n", "kho\xCC\x82ng", "khong",
	    "KHONG"};
	const char *neither[] = {"",   " ",        "x", "cóc", "yess", "nô",
	                         "ko", "có không", "1", "0",   "\xFF", "oui"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (term_parse_yesno(yes[i]) != 1)
			fail_msg("'%s' should be yes", yes[i]);
	}
	for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
		if (term_parse_yesno(no[i]) != 0)
			fail_msg("'%s' should be no", no[i]);
	}
	for (size_t i = 0; i < sizeof neither / sizeof *neither; i++) {
		if (term_parse_yesno(neither[i]) != -1)
			fail_msg("'%s' should be neither", neither[i]);
	}
	assert_int_equal(term_parse_yesno(NULL), -1);
}

static void test_utf8_valid(void **state)
{
	(void)state;
	assert_true(term_utf8_valid("", 0));
	assert_true(term_utf8_valid("Đảng", strlen("Đảng")));
	assert_true(term_utf8_valid("\xF0\x9F\x98\x80", 4));
	assert_false(term_utf8_valid("\xFF", 1));
	assert_false(term_utf8_valid("\xC0\xAF", 2));
	assert_false(term_utf8_valid("\xED\xA0\x80", 3));
	assert_false(term_utf8_valid("\xF4\x90\x80\x80", 4)); /* > U+10FFFF */
	assert_false(term_utf8_valid("\xE1\xBB", 2));
	/* n bytes are checked, not up to a NUL. */
	assert_false(term_utf8_valid("ab\xE1\xBB\x87", 4));
	assert_true(term_utf8_valid("ab\xE1\xBB\x87", 5));
}

static void test_nfc_helper(void **state)
{
	(void)state;
	char *s = term_nfc("Nguye\xCC\x82\xCC\x83n Va\xCC\x86n A");
	assert_string_equal(s, "Nguyễn Văn A");
	free(s);
	s = term_nfc("");
	assert_string_equal(s, "");
	free(s);
	s = term_nfc("ho\xCC\x9B\xCC\xA3p"); /* o + horn + dot below */
	assert_string_equal(s, "hợp");
	free(s);
	assert_null(term_nfc("\xFF"));
	assert_null(term_nfc(NULL));
}

/* Every line of s is at most width columns wide. */
static void assert_fits(const char *s, int width)
{
	const char *p = s;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int w = n ? u8_width((const uint8_t *)p, n, "UTF-8") : 0;
		if (w > width)
			fail_msg("line wider than %d (%d): %.*s", width, w,
			         (int)n, p);
		if (!nl)
			break;
		p = nl + 1;
	}
}

/* s with every run of blanks / newlines made one space. */
static char *words_of(const char *s)
{
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	int gap = 0;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n') {
			gap = b.len > 0;
			continue;
		}
		if (gap)
			sbuf_adds(&b, " ");
		gap = 0;
		sbuf_add(&b, s, 1);
	}
	return sbuf_detach(&b);
}

static void test_wrap(void **state)
{
	(void)state;
	const char *text =
	    "Bí thư chi bộ chủ trì hội nghị, điều hành thảo luận và kết "
	    "luận từng nội dung một cách ngắn gọn, rõ ràng.";
	char *w = term_wrap(text, 20);
	assert_fits(w, 20);
	assert_non_null(strchr(w, '\n'));
	char *a = words_of(w), *b = words_of(text);
	assert_string_equal(a, b);
	free(a);
	free(b);
	/* Greedy: the first line is as full as it can be. */
	assert_int_equal(
	    strncmp(w, "Bí thư chi bộ chủ\n", strlen("Bí thư chi bộ chủ\n")),
	    0);
	free(w);

	/* Precomposed Vietnamese letters are one column each: 20 letters with
	 * diacritics fit a 20-column line. */
	w = term_wrap("ệệệệệ ệệệệ ệệệệệệệệệ ệ", 20);
	assert_string_equal(w, "ệệệệệ ệệệệ ệệệệệệệệệ\nệ");
	free(w);

	/* Explicit newlines, blank lines, indentation, list markers. */
	w = term_wrap("Mở đầu\n\n    Thụt lề bốn cột rồi viết tiếp cho dài ra "
	              "nữa\n  - Mục một có nội dung dài cần xuống dòng\n"
	              "  12. Mục mười hai cũng dài không kém",
	              24);
	assert_string_equal(w, "Mở đầu\n"
	                       "\n"
	                       "    Thụt lề bốn cột rồi\n"
	                       "    viết tiếp cho dài ra\n"
	                       "    nữa\n"
	                       "  - Mục một có nội dung\n"
	                       "    dài cần xuống dòng\n"
	                       "  12. Mục mười hai cũng\n"
	                       "      dài không kém");
	free(w);

	/* A word wider than the line stays whole on its own line. */
	w = term_wrap("xem https://example.org/rat-dai/duong-dan nhé", 12);
	assert_string_equal(w,
	                    "xem\nhttps://example.org/rat-dai/duong-dan\nnhé");
	free(w);

	/* Trailing newline kept; width <= 0 copies. */
	w = term_wrap("một hai ba\n", 7);
	assert_string_equal(w, "một hai\nba\n");
	free(w);
	w = term_wrap("không   đổi  ", 0);
	assert_string_equal(w, "không   đổi  ");
	free(w);
}

static void test_say_wraps_only_when_asked(void **state)
{
	(void)state;
	const char *text = "Chi bộ họp định kỳ mỗi tháng một lần, do bí thư "
	                   "chi bộ chủ trì.";
	fixture fx;
	FX_OPEN(&fx, "", 0);
	/* Not a tty: printed as is. */
	term_say(fx.t, text);
	sbuf want = SBUF_INIT;
	sbuf_addf(&want, "%s\n", text);
	assert_string_equal(cap_text(&fx.out), want.buf);
	sbuf_free(&want);
	assert_int_equal(term_width(fx.t), 80);

	/* Forced width: wrapped. */
	term_set_width(fx.t, 30);
	assert_int_equal(term_width(fx.t), 30);
	size_t before = fx.out.len;
	term_say(fx.t, text);
	const char *o = cap_text(&fx.out) + before;
	assert_fits(o, 30);
	assert_string_equal(o, "Chi bộ họp định kỳ mỗi tháng\n"
	                       "một lần, do bí thư chi bộ chủ\n"
	                       "trì.\n");
	before = fx.out.len;
	term_warn(fx.t, "Hãy nhập một số từ 1 đến 3, hoặc gõ tên lựa chọn");
	assert_string_equal(cap_text(&fx.out) + before,
	                    "! Hãy nhập một số từ 1 đến 3,\n"
	                    "  hoặc gõ tên lựa chọn\n");
	before = fx.out.len;
	const char *opts[] = {"Học bài", "Chuẩn bị và tổ chức buổi sinh "
	                                 "hoạt chi bộ"};
	term_options(fx.t, opts, 2);
	assert_string_equal(cap_text(&fx.out) + before,
	                    "  1. Học bài\n"
	                    "  2. Chuẩn bị và tổ chức buổi\n"
	                    "     sinh hoạt chi bộ\n");
	term_set_width(fx.t, 0);
	assert_int_equal(term_width(fx.t), 80);
	fx_close(&fx);
}

/* ---- output formats ---------------------------------------------------- */

static void test_step_plain(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "", 0);
	term_step(fx.t, 3, 12, "Tiêu đề");
	term_step(fx.t, 0, 5, "Bắt đầu");
	term_step(fx.t, 5, 5, "Xong");
	term_step(fx.t, 7, 5, "Quá");
	term_step(fx.t, 1, 3, NULL);
	term_step(fx.t, 2, 0, "Không rõ tổng");
	assert_string_equal(cap_text(&fx.out),
	                    "Bước 3/12 [###.......] Tiêu đề\n"
	                    "Bước 0/5 [..........] Bắt đầu\n"
	                    "Bước 5/5 [##########] Xong\n"
	                    "Bước 7/5 [##########] Quá\n"
	                    "Bước 1/3 [###.......]\n"
	                    "Bước 2 Không rõ tổng\n");
	fx_close(&fx);
}

static void test_options_and_warn_plain(void **state)
{
	(void)state;
	fixture fx;
	FX_OPEN(&fx, "", 0);
	const char *opts[] = {"Học bài", "Họp chi bộ", "Thoát"};
	term_options(fx.t, opts, 3);
	term_warn(fx.t, "Hãy nhập một số từ 1 đến 3");
	term_warn(fx.t, "Dòng một\ndòng hai");
	term_say(fx.t, "");
	term_say(fx.t, "Có sẵn dòng mới\n");
	assert_string_equal(cap_text(&fx.out),
	                    "  1. Học bài\n  2. Họp chi bộ\n  3. Thoát\n"
	                    "! Hãy nhập một số từ 1 đến 3\n"
	                    "! Dòng một\n  dòng hai\n"
	                    "\n"
	                    "Có sẵn dòng mới\n");
	fx_close(&fx);
}

/* Output to a pseudo-terminal (input from memory: no libedit). */
static char *tty_output(int plain, void (*draw)(term *))
{
	int master, slave;
	struct winsize ws = {.ws_row = 24, .ws_col = 60};
	assert_int_equal(openpty(&master, &slave, NULL, NULL, &ws), 0);
	struct termios tio;
	tcgetattr(slave, &tio);
	cfmakeraw(&tio); /* no "\n" → "\r\n" */
	tcsetattr(slave, TCSANOW, &tio);
	FILE *out = fdopen(slave, "w");
	FILE *in = fopen("/dev/null", "r");
	term_opts o = {.in = in, .out = out, .plain = plain};
	term *t = term_open(&o);
	assert_false(term_is_tty(t));
	assert_int_equal(term_width(t), 60);
	draw(t);
	term_close(t);
	fcntl(master, F_SETFL, O_NONBLOCK);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	char buf[512];
	ssize_t n;
	while ((n = read(master, buf, sizeof buf)) > 0)
		sbuf_add(&b, buf, (size_t)n);
	fclose(in);
	fclose(out);
	close(master);
	return sbuf_detach(&b);
}

static void draw_step_warn(term *t)
{
	term_step(t, 3, 12, "Tiêu đề");
	term_warn(t, "Cảnh báo");
}

static void test_colour_rules(void **state)
{
	(void)state;
	setenv("TERM", "xterm", 1);
	unsetenv("NO_COLOR");
	char *s = tty_output(0, draw_step_warn);
	assert_string_equal(s, "\033[1mBước 3/12 ▕███░░░░░░░▏ Tiêu đề\033[0m\n"
	                       "\033[33mCảnh báo\033[0m\n");
	free(s);

	setenv("NO_COLOR", "", 1); /* empty: colour stays on */
	s = tty_output(0, draw_step_warn);
	assert_non_null(strstr(s, "\033[1m"));
	free(s);

	setenv("NO_COLOR", "1", 1);
	s = tty_output(0, draw_step_warn);
	assert_string_equal(s, "Bước 3/12 ▕███░░░░░░░▏ Tiêu đề\n"
	                       "! Cảnh báo\n");
	free(s);

	unsetenv("NO_COLOR");
	s = tty_output(1, draw_step_warn); /* --plain */
	assert_string_equal(s, "Bước 3/12 [###.......] Tiêu đề\n"
	                       "! Cảnh báo\n");
	free(s);

	setenv("TERM", "dumb", 1);
	s = tty_output(0, draw_step_warn);
	assert_null(strchr(s, '\033'));
	free(s);
	setenv("TERM", "xterm", 1);
}

static void test_no_colour_when_not_tty(void **state)
{
	(void)state;
	unsetenv("NO_COLOR");
	fixture fx;
	FX_OPEN(&fx, "", 0);
	draw_step_warn(fx.t);
	const char *o = cap_text(&fx.out);
	assert_null(strchr(o, '\033'));
	assert_string_equal(o, "Bước 3/12 [###.......] Tiêu đề\n"
	                       "! Cảnh báo\n");
	fx_close(&fx);
}

/* ---- libedit on a pseudo-terminal -------------------------------------- */

typedef struct {
	int master, slave;
	const char *keys;
	size_t nkeys;
} typist;

/* Types the keys once libedit has the terminal in editing mode. */
static void *typist_run(void *p)
{
	typist *ty = p;
	for (int i = 0; i < 5000; i++) {
		struct termios tio;
		if (tcgetattr(ty->slave, &tio) == 0 &&
		    !(tio.c_lflag & (ICANON | ISIG)))
			break;
		usleep(1000);
	}
	/* Small pieces, reading what libedit draws in between so that
	 * neither direction of the pty fills up. */
	size_t off = 0;
	char buf[1024];
	while (off < ty->nkeys) {
		while (read(ty->master, buf, sizeof buf) > 0)
			;
		size_t n = ty->nkeys - off < 48 ? ty->nkeys - off : 48;
		ssize_t w = write(ty->master, ty->keys + off, n);
		if (w < 0 && errno == EAGAIN) {
			usleep(1000);
			continue;
		}
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	return NULL;
}

typedef struct {
	int master, slave;
	FILE *in, *out;
	term *t;
} ptyfx;

static void drain(ptyfx *p)
{
	char buf[1024];
	while (read(p->master, buf, sizeof buf) > 0)
		;
}

static void pty_open(ptyfx *p, const char *history)
{
	struct winsize ws = {.ws_row = 24, .ws_col = 80};
	assert_int_equal(openpty(&p->master, &p->slave, NULL, NULL, &ws), 0);
	fcntl(p->master, F_SETFL, O_NONBLOCK);
	p->in = fdopen(dup(p->slave), "r");
	p->out = fdopen(dup(p->slave), "w");
	term_opts o = {.in = p->in, .out = p->out, .history_path = history};
	p->t = term_open(&o);
	assert_true(term_is_tty(p->t));
}

static void pty_close(ptyfx *p)
{
	term_close(p->t);
	fclose(p->in);
	fclose(p->out);
	drain(p);
	close(p->slave);
	close(p->master);
}

static int pty_read(ptyfx *p, const char *keys, size_t n, char **line)
{
	typist ty = {p->master, p->slave, keys, n};
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, typist_run, &ty), 0);
	int rc = term_read(p->t, "Câu hỏi?", line);
	pthread_join(th, NULL);
	drain(p);
	/* The terminal is back in its normal mode. */
	struct termios tio;
	tcgetattr(p->slave, &tio);
	assert_true(tio.c_lflag & ICANON);
	assert_true(tio.c_lflag & ISIG);
	return rc;
}

#define PTY_READ(p, lit, line) pty_read(p, lit, sizeof(lit) - 1, line)

static char tmpdir[512];

static void make_tmpdir(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	if (base && *base)
		mkdir_p(base, 0700);
	else
		base = "/tmp";
	snprintf(tmpdir, sizeof tmpdir, "%s/term-XXXXXX", base);
	assert_non_null(mkdtemp(tmpdir));
	/* No ~/.editrc of the person running the tests. */
	setenv("HOME", tmpdir, 1);
	unsetenv("EDITRC");
	setenv("TERM", "xterm", 1);
}

static void test_tty_editing(void **state)
{
	(void)state;
	make_tmpdir();
	char *hist = xasprintf("%s/a/b/history", tmpdir);
	ptyfx p;
	pty_open(&p, hist);
	char *line;

	assert_int_equal(PTY_READ(&p,
	                          "Nguyễn Văn Đỗ\x7f"
	                          "ức\r",
	                          &line),
	                 TERM_OK);
	assert_string_equal(line, "Nguyễn Văn Đức");
	free(line);

	/* Decomposed input comes back composed; blanks trimmed. */
	assert_int_equal(PTY_READ(&p, "  Nguye\xCC\x82\xCC\x83n \r", &line),
	                 TERM_OK);
	assert_string_equal(line, "Nguyễn");
	free(line);

	/* Ctrl-C cancels, with or without text, cursor anywhere. */
	assert_int_equal(PTY_READ(&p, "\x03", &line), TERM_INTERRUPT);
	assert_null(line);
	assert_int_equal(PTY_READ(&p, "bỏ đi\x01\x03", &line), TERM_INTERRUPT);
	assert_null(line);
	/* ...and the next prompt starts empty. */
	assert_int_equal(PTY_READ(&p, "tiếp\r", &line), TERM_OK);
	assert_string_equal(line, "tiếp");
	free(line);

	/* Tab completion: unique match, common start, accents ignored. */
	const char *words[] = {"Họp chi bộ", "Họp tổ", "Trình tự", "đảng viên"};
	term_complete_with(p.t, words, 4);
	assert_int_equal(PTY_READ(&p, "hop c\t\r", &line), TERM_OK);
	assert_string_equal(line, "Họp chi bộ");
	free(line);
	assert_int_equal(PTY_READ(&p, "ho\tt\t\r", &line), TERM_OK);
	assert_string_equal(line, "Họp tổ");
	free(line);
	assert_int_equal(PTY_READ(&p, "dang\t\r", &line), TERM_OK);
	assert_string_equal(line, "đảng viên");
	free(line);
	assert_int_equal(PTY_READ(&p, "xyz\t\r", &line), TERM_OK);
	assert_string_equal(line, "xyz");
	free(line);
	term_complete_with(p.t, NULL, 0);
	assert_int_equal(PTY_READ(&p, "hop\t\r", &line), TERM_OK);
	assert_string_equal(line, "hop");
	free(line);

	/* Empty lines are not history entries. */
	assert_int_equal(PTY_READ(&p, "   \r", &line), TERM_OK);
	assert_string_equal(line, "");
	free(line);

	/* Ctrl-D on a non-empty line does not end input; on an empty one it
	 * does. */
	assert_int_equal(PTY_READ(&p, "abc\x04\r", &line), TERM_OK);
	assert_string_equal(line, "abc");
	free(line);
	assert_int_equal(PTY_READ(&p, "\x04", &line), TERM_EOF);
	assert_null(line);
	pty_close(&p);

	/* The history file: one entry a line, private, no empties. */
	FILE *f = fopen(hist, "r");
	assert_non_null(f);
	struct stat st;
	assert_int_equal(fstat(fileno(f), &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	char buf[512] = "";
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	assert_string_equal(buf, "Nguyễn Văn Đức\nNguyễn\ntiếp\nHọp chi bộ\n"
	                         "Họp tổ\nđảng viên\nxyz\nhop\nabc\n");
	char *dir = xasprintf("%s/a/b", tmpdir);
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);
	free(dir);

	/* A new session recalls it: Up Up Enter → the entry before last. */
	pty_open(&p, hist);
	assert_int_equal(PTY_READ(&p, "\033[A\033[A\r", &line), TERM_OK);
	assert_string_equal(line, "hop");
	free(line);
	assert_int_equal(PTY_READ(&p, "\033[A\r", &line), TERM_OK);
	assert_string_equal(line, "hop");
	free(line);
	pty_close(&p);
	free(hist);
}

static void test_tty_history_limit(void **state)
{
	(void)state;
	make_tmpdir();
	char *hist = xasprintf("%s/history", tmpdir);
	FILE *f = fopen(hist, "w");
	for (int i = 0; i < 1200; i++)
		fprintf(f, "dòng %d\n", i);
	fclose(f);
	ptyfx p;
	pty_open(&p, hist);
	char *line;
	/* 500 entries are loaded: 500 times Up reaches the oldest kept. */
	sbuf keys = SBUF_INIT;
	for (int i = 0; i < 510; i++)
		sbuf_adds(&keys, "\033[A");
	sbuf_adds(&keys, "\r");
	typist ty = {p.master, p.slave, keys.buf, keys.len};
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, typist_run, &ty), 0);
	int rc = term_read(p.t, "", &line);
	pthread_join(th, NULL);
	assert_int_equal(rc, TERM_OK);
	assert_string_equal(line, "dòng 700");
	free(line);
	sbuf_free(&keys);
	pty_close(&p);
	/* Compacted to the last 500 lines on close. */
	f = fopen(hist, "r");
	int lines = 0;
	char buf[64], last[64] = "";
	while (fgets(buf, sizeof buf, f)) {
		lines++;
		strcpy(last, buf);
	}
	fclose(f);
	assert_int_equal(lines, 500);
	assert_string_equal(last, "dòng 700\n");
	free(hist);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_prompt_flushed_before_read),
	    cmocka_unit_test(test_echo),
	    cmocka_unit_test(test_no_echo_by_default),
	    cmocka_unit_test(test_crlf),
	    cmocka_unit_test(test_trim),
	    cmocka_unit_test(test_invalid_utf8_skipped),
	    cmocka_unit_test(test_invalid_utf8_echo),
	    cmocka_unit_test(test_nfc),
	    cmocka_unit_test(test_eof),
	    cmocka_unit_test(test_secret_plain),
	    cmocka_unit_test(test_yesno),
	    cmocka_unit_test(test_utf8_valid),
	    cmocka_unit_test(test_nfc_helper),
	    cmocka_unit_test(test_wrap),
	    cmocka_unit_test(test_say_wraps_only_when_asked),
	    cmocka_unit_test(test_step_plain),
	    cmocka_unit_test(test_options_and_warn_plain),
	    cmocka_unit_test(test_colour_rules),
	    cmocka_unit_test(test_no_colour_when_not_tty),
	    cmocka_unit_test(test_tty_editing),
	    cmocka_unit_test(test_tty_history_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
