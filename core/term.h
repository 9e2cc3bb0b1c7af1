/*
 * term.h — the terminal: the only room that reads user input and draws.
 *
 * On a tty (and not forced plain input) input goes through libedit: UTF-8,
 * per-user history, tab completion, Ctrl-C cancels the prompt, Ctrl-D ends
 * input.  Otherwise plain line reading: every prompt is printed as one line
 * and flushed before the line is read.
 *
 * Every line handed back is valid UTF-8 (invalid input prints the reason and
 * the next line is read), NFC-normalised, without the trailing newline or
 * CR, and with surrounding blanks trimmed.
 *
 * Output: text is wrapped to the terminal width on a tty (80 columns
 * otherwise no wrapping), colour only on a tty without NO_COLOR / --plain,
 * and no box drawing with --plain.
 */
#ifndef CHIBO_TERM_H
#define CHIBO_TERM_H

#include <stddef.h>
#include <stdio.h>

typedef struct term term;

typedef struct term_opts {
	FILE *in;                 /* stdin when NULL */
	FILE *out;                /* stdout when NULL */
	int plain;                /* --plain: no colour, no box drawing */
	int echo;                 /* print each line read after its prompt
				     (headless transcripts) */
	const char *history_path; /* NULL: no history */
} term_opts;

enum term_status {
	TERM_OK = 0,
	TERM_EOF = 1,       /* input ended (Ctrl-D, end of file) */
	TERM_INTERRUPT = 2, /* Ctrl-C at the prompt (tty only) */
	TERM_ERROR = -1
};

/* Never NULL (aborts on out of memory).  Reads the history file if any. */
term *term_open(const term_opts *o);
/* Writes the history (if any) and restores the terminal. */
void term_close(term *t);
/* 1 when input goes through libedit (in and out are terminals). */
int term_is_tty(const term *t);
/* Columns: the width forced by term_set_width, else the terminal's (out),
 * else 80. */
int term_width(const term *t);

/* Paragraph text (may hold '\n'); wrapped on a tty. */
void term_say(term *t, const char *text);
/* A step heading: "Bước 3/12 ▕████░░░░▏ title" ("[###.....]" with --plain). */
void term_step(term *t, int index, int total, const char *title);
/* A problem with the user's input (e.g. "Hãy nhập một số từ 1 đến 3"). */
void term_warn(term *t, const char *text);
/* A numbered list of options, "  1. text". */
void term_options(term *t, const char *const *options, size_t n);

/* Shows prompt and reads one line into *line (malloc'd, caller frees) on
 * TERM_OK. */
int term_read(term *t, const char *prompt, char **line);

/* 1 if another line of input is already there (typed ahead, or the rest
 * of a file or pipe), so reading it will not wait for a person. */
int term_input_pending(const term *t);

/* Words offered by tab completion at the next term_read (copied).  n = 0
 * clears them.  They stay offered at the reads after it until replaced or
 * cleared.  Tab completes the whole answer typed so far (leading blanks
 * ignored), so a word may hold spaces ("Họp chi bộ"); matching ignores case
 * and Vietnamese diacritics ("hop" offers "Họp chi bộ"); one match replaces
 * the answer, several extend it to their common start or are listed. */
void term_complete_with(term *t, const char *const *words, size_t n);

/* Like term_read, for a passphrase: on a tty nothing is shown while typing
 * (Backspace and Ctrl-U edit, Ctrl-C → TERM_INTERRUPT, Ctrl-D on an empty
 * line → TERM_EOF); the line never enters the history; with opts.echo the
 * transcript shows "> ***".  Same UTF-8 / NFC / trimming rules. */
int term_read_secret(term *t, const char *prompt, char **line);

/* Forces the output width: cols > 0 wraps term_say, term_warn,
 * term_options and prompts to cols columns even when out is not a terminal
 * (tests, a future --width); 0 restores the default (the terminal's width on
 * a tty, no wrapping otherwise). */
void term_set_width(term *t, int cols);

/* text wrapped to width columns of display width (malloc'd): explicit
 * newlines and leading indentation are kept, continuation lines take the
 * line's indentation (plus the width of a list marker such as "- " or
 * "1. "), a word wider than the line is left whole on its own line.
 * width <= 0: an unchanged copy. */
char *term_wrap(const char *text, int width);

/* Input helpers shared by the runner and the menu. */
/* 1 yes, 0 no, -1 neither: c/có/y/yes vs k/không/n/no, any case. */
int term_parse_yesno(const char *s);
/* Valid UTF-8 check; returns 1 if valid. */
int term_utf8_valid(const char *s, size_t n);
/* NFC-normalised copy (malloc'd) or NULL if s is not valid UTF-8. */
char *term_nfc(const char *s);

#endif
