/*
 * term.c — the terminal: opening/closing and everything that draws
 * (paragraphs, step headings, warnings, option lists).  Reading is in
 * term_input.c, text helpers in term_text.c.
 *
 * Output decisions look at out only: wrapping, box drawing and colour need
 * out to be a terminal, so a transcript (out redirected) is printed exactly
 * as written whatever stdin is.  Colour (bold step headings, yellow
 * warnings) also needs !--plain, NO_COLOR unset or empty, and TERM != dumb;
 * without colour a warning is marked "! ".  Box drawing needs !--plain.
 */
#include "term_priv.h"

#include <poll.h>
#include "i18n.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define ANSI_BOLD "\033[1m"
#define ANSI_YELLOW "\033[33m"
#define ANSI_RESET "\033[0m"

#define BAR_CELLS 10

static int fd_is_tty(FILE *f)
{
	int fd = fileno(f);
	return fd >= 0 && isatty(fd);
}

term *term_open(const term_opts *o)
{
	term *t = xmalloc(sizeof *t);
	memset(t, 0, sizeof *t);
	t->in = o && o->in ? o->in : stdin;
	t->out = o && o->out ? o->out : stdout;
	t->plain = o ? o->plain : 0;
	t->echo = o ? o->echo : 0;
	t->in_tty = fd_is_tty(t->in);
	t->out_tty = fd_is_tty(t->out);
	t->edit = t->in_tty && t->out_tty;
	const char *nc = getenv("NO_COLOR");
	const char *tn = getenv("TERM");
	t->color = t->out_tty && !t->plain && !(nc && *nc) &&
	           !(tn && strcmp(tn, "dumb") == 0);
	term_input_open(t, o ? o->history_path : NULL);
	return t;
}

void term_close(term *t)
{
	if (!t)
		return;
	fflush(t->out);
	term_input_close(t);
	for (size_t i = 0; i < t->nwords; i++)
		free(t->words[i]);
	free(t->words);
	free(t);
}

int term_is_tty(const term *t)
{
	return t->edit;
}

int term_width(const term *t)
{
	if (t->width > 0)
		return t->width;
	if (t->out_tty) {
		struct winsize ws;
		if (ioctl(fileno(t->out), TIOCGWINSZ, &ws) == 0 &&
		    ws.ws_col > 0)
			return ws.ws_col;
	}
	return 80;
}

void term_set_width(term *t, int cols)
{
	t->width = cols > 0 ? cols : 0;
}

/* Wrapped copy of text when wrapping applies, else a plain copy. */
char *term_layout(const term *t, const char *text, int minus)
{
	if (t->width > 0 || t->out_tty) {
		int w = term_width(t) - minus;
		return term_wrap(text, w < 10 ? 10 : w);
	}
	return xstrdup(text);
}

/* Writes s and ends the line unless s already does. */
void term_put_line(term *t, const char *s)
{
	fputs(s, t->out);
	size_t n = strlen(s);
	if (n == 0 || s[n - 1] != '\n')
		fputc('\n', t->out);
}

void term_say(term *t, const char *text)
{
	char *s = term_layout(t, text ? text : "", 0);
	term_put_line(t, s);
	free(s);
	fflush(t->out);
}

void term_step(term *t, int index, int total, const char *title)
{
	sbuf b = SBUF_INIT;
	if (total > 0) {
		sbuf_addf(&b, _("Bước %d/%d"), index, total);
		long k = ((long)index * BAR_CELLS + total / 2) / total;
		int filled = k < 0 ? 0 : k > BAR_CELLS ? BAR_CELLS : (int)k;
		int boxes = t->out_tty && !t->plain;
		sbuf_adds(&b, boxes ? " \xE2\x96\x95" : " ["); /* ▕ */
		for (int i = 0; i < BAR_CELLS; i++)
			sbuf_adds(&b, i < filled
			                  ? (boxes ? "\xE2\x96\x88" : "#")
			                  : (boxes ? "\xE2\x96\x91" : "."));
		sbuf_adds(&b, boxes ? "\xE2\x96\x8F" : "]"); /* ▏ */
	} else {
		sbuf_addf(&b, _("Bước %d"), index);
	}
	if (title && *title) {
		sbuf_adds(&b, " ");
		sbuf_adds(&b, title);
	}
	if (t->color)
		fprintf(t->out, ANSI_BOLD "%s" ANSI_RESET "\n", b.buf);
	else
		fprintf(t->out, "%s\n", b.buf);
	sbuf_free(&b);
	fflush(t->out);
}

void term_warn(term *t, const char *text)
{
	if (!text)
		text = "";
	if (t->color) {
		char *s = term_layout(t, text, 0);
		size_t n = strlen(s);
		while (n && s[n - 1] == '\n')
			s[--n] = '\0';
		fprintf(t->out, ANSI_YELLOW "%s" ANSI_RESET "\n", s);
		free(s);
	} else {
		/* "! " on the first line, the rest indented under it. */
		char *s = term_layout(t, text, 2);
		sbuf b = SBUF_INIT;
		sbuf_adds(&b, "! ");
		for (const char *p = s; *p; p++) {
			sbuf_add(&b, p, 1);
			if (*p == '\n' && p[1])
				sbuf_adds(&b, "  ");
		}
		term_put_line(t, b.buf);
		sbuf_free(&b);
		free(s);
	}
	fflush(t->out);
}

void term_options(term *t, const char *const *options, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *line =
		    xasprintf("  %zu. %s", i + 1, options[i] ? options[i] : "");
		char *s = term_layout(t, line, 0);
		term_put_line(t, s);
		free(s);
		free(line);
	}
	fflush(t->out);
}

void term_complete_with(term *t, const char *const *words, size_t n)
{
	for (size_t i = 0; i < t->nwords; i++)
		free(t->words[i]);
	free(t->words);
	t->words = NULL;
	t->nwords = 0;
	if (!words || !n)
		return;
	t->words = xmalloc(n * sizeof *t->words);
	for (size_t i = 0; i < n; i++)
		if (words[i])
			t->words[t->nwords++] = xstrdup(words[i]);
}

int term_input_pending(const term *t)
{
#ifdef __GLIBC__
	/* bytes already read into the stream's buffer */
	if (t->in->_IO_read_ptr < t->in->_IO_read_end)
		return 1;
#endif
	struct pollfd p = {.fd = fileno(t->in), .events = POLLIN};
	return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}
