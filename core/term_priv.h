/*
 * term_priv.h — what the term_*.c files share; not for other rooms.
 *
 *   term.c        open/close, output (say, step, warn, options)
 *   term_input.c  reading: plain getline, libedit, history, completion
 *   term_text.c   text helpers: wrapping, NFC, trimming, yes/no
 */
#ifndef CHIBO_TERM_PRIV_H
#define CHIBO_TERM_PRIV_H

#include "term.h"

#include <histedit.h>

/* History entries kept in memory and in the file (the file is compacted
 * back to this many lines when it has grown to twice as many). */
#define TERM_HISTORY_MAX 500

struct term {
	FILE *in;
	FILE *out;
	int in_tty;  /* in is a terminal */
	int out_tty; /* out is a terminal: wrapping, box drawing, colour */
	int edit;    /* libedit is used: in and out are terminals */
	int plain;   /* --plain */
	int echo;    /* print "> line" after reading (transcripts) */
	int color;   /* ANSI colour: out_tty && !plain && NO_COLOR unset */
	int width;   /* forced width (term_set_width), 0: automatic */

	/* libedit state (edit only). */
	EditLine *el;
	History *hist;
	int interrupted; /* set by the ^C binding during el_gets */
	char *history_path;
	size_t history_lines; /* lines in the history file (approximate) */
	char *last_entry;     /* last entry added to the history */

	/* Completion words (copies). */
	char **words;
	size_t nwords;
};

/* term.c */
/* text wrapped for out (to term_width - minus) when wrapping applies, else
 * an unchanged copy; malloc'd. */
char *term_layout(const term *t, const char *text, int minus);
/* Writes s to out and ends the line unless s already does. */
void term_put_line(term *t, const char *s);

/* term_input.c */
void term_input_open(term *t, const char *history_path);
void term_input_close(term *t);

/* term_text.c */
/* Display width (columns) of n bytes of UTF-8 text. */
size_t term_text_width(const char *s, size_t n);
/* Copy of [s, s+n) without leading/trailing blanks (Unicode white space and
 * U+FEFF); *outlen receives its length. */
char *term_trim(const char *s, size_t n, size_t *outlen);
/* Simple case folding + NFC (malloc'd), NULL when s is not valid UTF-8. */
char *term_fold(const char *s, size_t n, size_t *outlen);
/* Loose matching key (malloc'd): case folded, without diacritics (marks
 * removed, đ → d), so "tri" matches "Trình"; NULL when not valid UTF-8. */
char *term_loose(const char *s, size_t n, size_t *outlen);
/* Copy with every invalid UTF-8 byte replaced by U+FFFD. */
char *term_utf8_repair(const char *s, size_t n);

#endif
