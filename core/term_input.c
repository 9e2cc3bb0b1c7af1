/*
 * term_input.c — reading a line: plain getline when in or out is not a
 * terminal, libedit (native el_* API) when both are; the per-user history
 * file; tab completion; passphrases.
 *
 * Ctrl-C without signals: while libedit edits a line the terminal's ISIG
 * flag is cleared (libedit "setty -d -isig"), so Ctrl-C reaches us as the
 * byte 0x03, bound to chibo-interrupt: it marks the prompt interrupted,
 * shows "^C", ends the line, and term_read discards it and returns
 * TERM_INTERRUPT.  Outside term_read the terminal is in its normal (cooked)
 * mode and Ctrl-C sends SIGINT as usual; chibo installs no SIGINT handler.
 * Ctrl-Z is bound to a function that restores the terminal before
 * suspending.  EL_SIGNAL is on, so a signal that arrives while a line is
 * being edited (SIGTERM, SIGHUP, SIGWINCH, SIGCONT) finds the terminal
 * restored / redrawn by libedit.
 *
 * History file: one entry per line, plain UTF-8; each accepted non-empty
 * line is appended at once (a power cut loses nothing, two sessions do not
 * overwrite each other); the last TERM_HISTORY_MAX entries are loaded and
 * the file is compacted to that many when it has grown to twice as many.
 */
#include "term_priv.h"
#include "i18n.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#include <uninorm.h>
#include <wchar.h>
#include <unistr.h>

/* Entries longer than this are not kept in the history. */
#define HISTORY_ENTRY_MAX 4096

/* ---- turning raw bytes into an answer ---------------------------------- */

/* raw[0..n) without its line ending → *line (valid UTF-8, NFC, trimmed).
 * Returns 0, or -1 when raw is not valid UTF-8 text (or holds NUL). */
static int clean_line(const char *raw, size_t n, char **line)
{
	if (n && raw[n - 1] == '\n')
		n--;
	if (n && raw[n - 1] == '\r')
		n--;
	if (memchr(raw, '\0', n) || u8_check((const uint8_t *)raw, n))
		return -1;
	size_t len = 0;
	uint8_t *nfc = NULL;
	if (n) {
		nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)raw, n, NULL,
		                   &len);
		if (!nfc) {
			fputs("chibo: out of memory\n", stderr);
			abort();
		}
	}
	*line = term_trim(nfc ? (const char *)nfc : "", len, NULL);
	/* the line may be a passphrase: no copy of it is left behind */
	if (nfc)
		explicit_bzero(nfc, len);
	free(nfc);
	return 0;
}

static void invalid_input(term *t)
{
	term_warn(t, _("Dòng nhập không phải văn bản UTF-8 hợp lệ; hãy nhập "
	               "lại."));
}

static void print_prompt(term *t, const char *prompt)
{
	if (prompt && *prompt) {
		char *s = term_layout(t, prompt, 0);
		term_put_line(t, s);
		free(s);
	}
	fflush(t->out);
}

/* ---- plain reading ----------------------------------------------------- */

static int read_plain(term *t, const char *prompt, char **line, int secret)
{
	char *buf = NULL;
	size_t cap = 0;
	for (;;) {
		print_prompt(t, prompt);
		ssize_t n;
		for (;;) {
			errno = 0;
			n = getline(&buf, &cap, t->in);
			if (n >= 0 || !ferror(t->in) || errno != EINTR)
				break;
			clearerr(t->in); /* a signal, not the end */
		}
		if (n < 0) {
			int rc = ferror(t->in) ? TERM_ERROR : TERM_EOF;
			free(buf);
			return rc;
		}
		if (clean_line(buf, (size_t)n, line) == 0) {
			if (t->echo)
				fprintf(t->out, "> %s\n",
				        secret ? "***" : *line);
			if (secret)
				explicit_bzero(buf, cap);
			free(buf);
			return TERM_OK;
		}
		if (t->echo) {
			size_t m = (size_t)n;
			while (m && (buf[m - 1] == '\n' || buf[m - 1] == '\r'))
				m--;
			char *shown = term_utf8_repair(buf, m);
			fprintf(t->out, "> %s\n", secret ? "***" : shown);
			free(shown);
		}
		invalid_input(t);
	}
}

/* ---- history ----------------------------------------------------------- */

static void history_load(term *t)
{
	const char *slash = strrchr(t->history_path, '/');
	if (slash && slash != t->history_path) {
		char *dir = xstrndup(t->history_path,
		                     (size_t)(slash - t->history_path));
		mkdir_p(dir, 0700);
		free(dir);
	}
	FILE *f = fopen(t->history_path, "re");
	if (!f)
		return;
	char *ring[TERM_HISTORY_MAX] = {0};
	size_t count = 0;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&buf, &cap, f)) >= 0) {
		t->history_lines++;
		char *e;
		if (clean_line(buf, (size_t)n, &e) != 0)
			continue;
		if (!*e) {
			free(e);
			continue;
		}
		size_t slot = count++ % TERM_HISTORY_MAX;
		free(ring[slot]);
		ring[slot] = e;
	}
	free(buf);
	fclose(f);
	size_t first = count > TERM_HISTORY_MAX ? count - TERM_HISTORY_MAX : 0;
	HistEvent ev;
	for (size_t i = first; i < count; i++) {
		char *e = ring[i % TERM_HISTORY_MAX];
		history(t->hist, &ev, H_ENTER, e);
		if (i + 1 == count) {
			free(t->last_entry);
			t->last_entry = xstrdup(e);
		}
	}
	for (size_t i = 0; i < TERM_HISTORY_MAX; i++)
		free(ring[i]);
}

static void write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static void history_add(term *t, const char *line)
{
	size_t n = strlen(line);
	if (!t->hist || n == 0 || n > HISTORY_ENTRY_MAX)
		return;
	if (t->last_entry && strcmp(t->last_entry, line) == 0)
		return;
	HistEvent ev;
	history(t->hist, &ev, H_ENTER, line);
	free(t->last_entry);
	t->last_entry = xstrdup(line);
	if (!t->history_path)
		return;
	/* One write with O_APPEND: lines of two sessions never interleave. */
	char *rec = xasprintf("%s\n", line);
	for (char *p = rec; p[1]; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	int fd = open(t->history_path,
	              O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	if (fd >= 0) {
		write_all(fd, rec, strlen(rec));
		close(fd);
		t->history_lines++;
	}
	free(rec);
}

/* Rewrites the file with its last TERM_HISTORY_MAX lines (atomically). */
static void history_compact(term *t)
{
	if (!t->history_path || t->history_lines <= 2 * TERM_HISTORY_MAX)
		return;
	FILE *f = fopen(t->history_path, "re");
	if (!f)
		return;
	char *ring[TERM_HISTORY_MAX] = {0};
	size_t count = 0;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&buf, &cap, f)) >= 0) {
		size_t slot = count++ % TERM_HISTORY_MAX;
		free(ring[slot]);
		ring[slot] = xstrndup(buf, (size_t)n);
	}
	free(buf);
	fclose(f);
	char *tmp = xasprintf("%s.XXXXXX", t->history_path);
	int fd = mkstemp(tmp);
	if (fd >= 0) {
		fchmod(fd, 0600);
		size_t first =
		    count > TERM_HISTORY_MAX ? count - TERM_HISTORY_MAX : 0;
		for (size_t i = first; i < count; i++) {
			const char *e = ring[i % TERM_HISTORY_MAX];
			write_all(fd, e, strlen(e));
			if (!*e || e[strlen(e) - 1] != '\n')
				write_all(fd, "\n", 1);
		}
		if (fsync(fd) == 0 && close(fd) == 0 &&
		    rename(tmp, t->history_path) == 0)
			t->history_lines = count - first;
		else
			unlink(tmp);
	}
	free(tmp);
	for (size_t i = 0; i < TERM_HISTORY_MAX; i++)
		free(ring[i]);
}

/* ---- libedit key bindings ---------------------------------------------- */

static term *term_of(EditLine *el)
{
	void *p = NULL;
	el_get(el, EL_CLIENTDATA, &p);
	return p;
}

static char *prompt_fn(EditLine *el)
{
	(void)el;
	return (char *)"> ";
}

/* Ctrl-C: show "^C" after the line, end it, and let term_read drop it. */
static unsigned char fn_interrupt(EditLine *el, int ch)
{
	(void)ch;
	term *t = term_of(el);
	t->interrupted = 1;
	const LineInfoW *li = el_wline(el);
	el_cursor(el, (int)(li->lastchar - li->cursor));
	el_insertstr(el, "^C");
	el_push(el, "\n");
	return CC_REFRESH;
}

/* Ctrl-Z: the terminal is out of ISIG mode while editing, so suspend by
 * hand with the terminal restored, and redraw after `fg`. */
static unsigned char fn_suspend(EditLine *el, int ch)
{
	(void)ch;
	el_set(el, EL_PREP_TERM, 0);
	raise(SIGTSTP);
	el_set(el, EL_PREP_TERM, 1);
	return CC_REDISPLAY;
}

/* Length of the longest common prefix of a and b, on a UTF-8 character
 * boundary. */
static size_t common_prefix(const char *a, const char *b)
{
	size_t i = 0, keep = 0;
	while (a[i] && a[i] == b[i]) {
		i++;
		if (((unsigned char)a[i] & 0xC0) != 0x80)
			keep = i;
	}
	return keep;
}

static void list_words(term *t, char **m, size_t nm)
{
	size_t maxw = 0;
	for (size_t i = 0; i < nm; i++) {
		size_t w = term_text_width(m[i], strlen(m[i]));
		if (w > maxw)
			maxw = w;
	}
	size_t colw = maxw + 2, width = (size_t)term_width(t);
	size_t cols = colw < width ? width / colw : 1;
	if (cols == 0)
		cols = 1;
	size_t rows = (nm + cols - 1) / cols;
	fputc('\n', t->out);
	for (size_t r = 0; r < rows; r++) {
		for (size_t c = 0; c < cols; c++) {
			size_t i = c * rows + r;
			if (i >= nm)
				break;
			fputs(m[i], t->out);
			if (c + 1 < cols && (c + 1) * rows + r < nm)
				for (size_t k =
				         term_text_width(m[i], strlen(m[i]));
				     k < colw; k++)
					fputc(' ', t->out);
		}
		fputc('\n', t->out);
	}
	fflush(t->out);
}

static unsigned char fn_complete(EditLine *el, int ch)
{
	(void)ch;
	term *t = term_of(el);
	if (!t->nwords)
		return CC_REFRESH_BEEP;
	const LineInfo *li = el_line(el);
	const char *start = li->buffer, *cur = li->cursor;
	while (start < cur && (*start == ' ' || *start == '\t'))
		start++;
	size_t tn = (size_t)(cur - start), kn;
	char *key = term_loose(start, tn, &kn);
	if (!key)
		return CC_REFRESH_BEEP;
	char **m = xmalloc(t->nwords * sizeof *m);
	size_t nm = 0;
	for (size_t i = 0; i < t->nwords; i++) {
		size_t wn;
		char *w = term_loose(t->words[i], strlen(t->words[i]), &wn);
		if (w && wn >= kn && memcmp(w, key, kn) == 0)
			m[nm++] = t->words[i];
		free(w);
	}
	free(key);
	unsigned char rc = CC_REFRESH_BEEP;
	if (nm > 0) {
		size_t lcp = strlen(m[0]);
		for (size_t i = 1; i < nm; i++) {
			size_t c = common_prefix(m[0], m[i]);
			if (c < lcp)
				lcp = c;
		}
		size_t typed = u8_mbsnlen((const uint8_t *)start, tn);
		size_t offer = u8_mbsnlen((const uint8_t *)m[0], lcp);
		if (nm == 1 || offer > typed) {
			/* One match: the whole word; several: their common
			 * start when it says more than what was typed. */
			char *ins =
			    xstrndup(m[0], nm == 1 ? strlen(m[0]) : lcp);
			el_deletestr(el, (int)typed);
			el_insertstr(el, ins);
			free(ins);
			rc = CC_REFRESH;
		} else {
			list_words(t, m, nm);
			rc = CC_REDISPLAY;
		}
	}
	free(m);
	return rc;
}

/* ---- open / close ------------------------------------------------------ */

void term_input_open(term *t, const char *history_path)
{
	if (!t->edit)
		return;
	/* libedit decides at el_init whether the input is UTF-8. */
	const char *cs = nl_langinfo(CODESET);
	if (!cs || strcmp(cs, "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	t->el = el_init("chibo", t->in, t->out, stderr);
	if (!t->el) {
		t->edit = 0;
		return;
	}
	EditLine *el = t->el;
	el_set(el, EL_CLIENTDATA, (void *)t);
	el_set(el, EL_EDITOR, "emacs");
	el_set(el, EL_SIGNAL, 1);
	el_set(el, EL_PROMPT, prompt_fn);
	t->hist = history_init();
	if (t->hist) {
		HistEvent ev;
		history(t->hist, &ev, H_SETSIZE, TERM_HISTORY_MAX);
		history(t->hist, &ev, H_SETUNIQUE, 1);
		el_set(el, EL_HIST, history, t->hist);
	}
	el_source(el, NULL); /* the user's ~/.editrc, if any */
	el_set(el, EL_SETTY, "-d", "-isig", NULL);
	/* el_wset: the narrow el_set(EL_ADDFN) leaks copies of its strings;
	 * the wide one keeps these static literals. */
	el_wset(el, EL_ADDFN, L"chibo-interrupt", L"Cancel the prompt",
	        fn_interrupt);
	el_set(el, EL_BIND, "^C", "chibo-interrupt", NULL);
	el_wset(el, EL_ADDFN, L"chibo-suspend", L"Suspend chibo", fn_suspend);
	el_set(el, EL_BIND, "^Z", "chibo-suspend", NULL);
	el_wset(el, EL_ADDFN, L"chibo-complete", L"Complete the answer",
	        fn_complete);
	el_set(el, EL_BIND, "^I", "chibo-complete", NULL);
	if (history_path && *history_path && t->hist) {
		t->history_path = xstrdup(history_path);
		history_load(t);
	}
}

void term_input_close(term *t)
{
	history_compact(t);
	if (t->el)
		el_end(t->el);
	if (t->hist)
		history_end(t->hist);
	t->el = NULL;
	t->hist = NULL;
	free(t->history_path);
	free(t->last_entry);
	t->history_path = t->last_entry = NULL;
}

/* ---- term_read --------------------------------------------------------- */

static int read_edit(term *t, const char *prompt, char **line)
{
	print_prompt(t, prompt);
	for (;;) {
		t->interrupted = 0;
		int count = 0;
		errno = 0;
		const char *s = el_gets(t->el, &count);
		if (t->interrupted) {
			t->interrupted = 0;
			return TERM_INTERRUPT;
		}
		if (!s) {
			if (count < 0 && errno == EINTR)
				continue; /* a caller's signal handler ran */
			if (count < 0)
				return TERM_ERROR;
			fputc('\n',
			      t->out); /* Ctrl-D left the cursor on "> " */
			fflush(t->out);
			return TERM_EOF;
		}
		if (clean_line(s, strlen(s), line) == 0) {
			history_add(t, *line);
			return TERM_OK;
		}
		invalid_input(t);
		print_prompt(t, prompt);
	}
}

int term_read(term *t, const char *prompt, char **line)
{
	*line = NULL;
	if (t->edit)
		return read_edit(t, prompt, line);
	return read_plain(t, prompt, line, 0);
}

/* ---- passphrases ------------------------------------------------------- */

static int read_secret_tty(term *t, const char *prompt, char **line)
{
	int fd = fileno(t->in);
	struct termios saved, raw;
	if (tcgetattr(fd, &saved) != 0)
		return read_plain(t, prompt, line, 1);
	print_prompt(t, prompt);
	fputs("> ", t->out);
	fflush(t->out);
	raw = saved;
	raw.c_lflag &= (tcflag_t) ~(ECHO | ICANON | ISIG | IEXTEN);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	tcsetattr(fd, TCSAFLUSH, &raw);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	int rc = TERM_OK;
	for (;;) {
		unsigned char c;
		ssize_t r = read(fd, &c, 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			rc = r == 0 ? TERM_EOF : TERM_ERROR;
			break;
		}
		if (c == '\r' || c == '\n')
			break;
		if (c == 3) { /* Ctrl-C */
			rc = TERM_INTERRUPT;
			break;
		}
		if (c == 4) { /* Ctrl-D */
			if (b.len == 0) {
				rc = TERM_EOF;
				break;
			}
			continue;
		}
		if (c == 0x7f || c == 8) { /* Backspace: one character */
			while (b.len &&
			       ((unsigned char)b.buf[b.len - 1] & 0xC0) == 0x80)
				b.len--;
			if (b.len)
				b.len--;
			b.buf[b.len] = '\0';
			continue;
		}
		if (c == 0x15) { /* Ctrl-U */
			b.len = 0;
			b.buf[0] = '\0';
			continue;
		}
		if (c < 0x20)
			continue;
		sbuf_add(&b, &c, 1);
	}
	tcsetattr(fd, TCSAFLUSH, &saved);
	fputs(rc == TERM_INTERRUPT ? "^C\n" : "\n", t->out);
	fflush(t->out);
	if (rc == TERM_OK && clean_line(b.buf, b.len, line) != 0) {
		invalid_input(t);
		explicit_bzero(b.buf, b.len);
		sbuf_free(&b);
		return read_secret_tty(t, prompt, line);
	}
	explicit_bzero(b.buf, b.cap);
	sbuf_free(&b);
	return rc;
}

int term_read_secret(term *t, const char *prompt, char **line)
{
	*line = NULL;
	if (t->edit)
		return read_secret_tty(t, prompt, line);
	return read_plain(t, prompt, line, 1);
}
