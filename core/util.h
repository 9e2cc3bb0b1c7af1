/*
 * util.h — small helpers shared by every room: allocation that aborts on
 * out-of-memory (the only sane answer in a CLI), formatted strings, a growable
 * buffer and monotonic/UTC clocks.
 */
#ifndef CHIBO_UTIL_H
#define CHIBO_UTIL_H
#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* malloc'd formatted string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* A growable byte buffer; buf is always NUL-terminated. */
typedef struct sbuf {
	char *buf;
	size_t len;
	size_t cap;
} sbuf;
#define SBUF_INIT {NULL, 0, 0}
void sbuf_add(sbuf *b, const void *data, size_t n);
void sbuf_adds(sbuf *b, const char *s);
void sbuf_addf(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Returns the string (caller frees) and resets b. */
char *sbuf_detach(sbuf *b);
void sbuf_free(sbuf *b);

/* Text from a script is shown on the user's terminal: control characters
 * (escape sequences could rewrite the screen) become '?', in place; tab and
 * newline stay.  Returns s. */
char *text_clean(char *s);

/* The *.lua file names (not starting with '.') of dir, sorted by strcmp;
 * NULL when dir cannot be read (*n = 0).  Caller frees each and the array. */
char **lua_files(const char *dir, size_t *n);

/* Seconds on the monotonic clock. */
double now_mono(void);
/* Prints s left-aligned in width terminal cells (UTF-8 aware), at least
 * one space after it. */
#include <stdio.h>
void pad_print(FILE *f, const char *s, int width);

/* Local time "YYYY-MM-DD HH:MM" (what a secretary reads on the wall
 * clock); CHIBO_NOW=YYYY-MM-DDTHH:MM fixes it (tests). */
void now_local(char out[32]);
/* UTC ISO-8601 "YYYY-MM-DDTHH:MM:SSZ" into out (at least 21 bytes). */
void now_utc(char out[32]);
/* A calendar date typed by a user, YYYY-MM-DD or DD/MM/YYYY, into out as
 * YYYY-MM-DD: 0, or -1 when it is not a real date. */
int date_parse(const char *in, char out[16]);
/* YYYY-MM-DD (or a longer ISO time) as DD/MM/YYYY into out; other text is
 * copied as it is. */
void date_show(const char *iso, char out[16]);
/* mkdir -p with mode (each created component); 0 or -1 with errno. */
int mkdir_p(const char *path, int mode);
#endif
