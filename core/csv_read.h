/*
 * csv_read.h — reading CSV text (RFC 4180) held in memory: fields split by
 * a delimiter, quoted fields with "" for a quote and line breaks inside,
 * CRLF or LF line ends, an optional UTF-8 byte order mark.  The delimiter
 * is guessed from the first line (',' — or ';' and tab, which spreadsheets
 * in locales with a decimal comma write).  A quote inside an unquoted
 * field is taken as it is.  Every field must be UTF-8 text without NUL; it
 * comes out NFC-normalised.
 */
#ifndef CHIBO_CSV_READ_H
#define CHIBO_CSV_READ_H

#include <stddef.h>

typedef struct csv_reader {
	const char *p, *end; /* what is left to read (not owned) */
	char delim;          /* ',', ';' or '\t' */
	long line;           /* the line the next record starts on, from 1 */
	char **fields;       /* the last record's fields, owned */
	size_t n, cap;       /* fields[0..n) */
} csv_reader;

/* Starts reading buf[0..len) (which must outlive the reader). */
void csv_open(csv_reader *r, const char *buf, size_t len);
/* The next record into r->fields[0..r->n), valid until the next call: 1,
 * 0 at the end, or -1 for a malformed record (*why: a static message; the
 * reader goes on after it).  *line: where the record starts.  Empty lines
 * are skipped. */
int csv_next(csv_reader *r, long *line, const char **why);
void csv_close(csv_reader *r);

#endif
