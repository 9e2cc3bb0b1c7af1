/*
 * report.h — reports and dashboards as data, rendered three ways: an
 * aligned terminal table with bars, CSV (RFC 4180) or one JSON object.
 *
 * A report has columns (a key for CSV and JSON, a title for the table and
 * a kind) and rows, each at a level: the total, a group (a commune) or an
 * item (a cell).  Rows are shown in the order they are added; a group row
 * is usually followed by its items, and the total comes last.  The caller
 * fills the base columns (text, integers, dates); the derived columns
 * (fraction, percent, bar, stacked bar) are computed from integer columns.
 *
 * The renderer knows nothing of SQL or of what the figures mean, and never
 * writes to the store.  Numbers in the table are in Vietnamese format
 * (thousands '.', decimal ','); in CSV and JSON they are raw (integers,
 * ratios with a '.' decimal point) so that a spreadsheet or jq reads them.
 */
#ifndef CHIBO_REPORT_H
#define CHIBO_REPORT_H

#include <stdio.h>

enum report_format { REPORT_TABLE, REPORT_CSV, REPORT_JSON };

enum report_level { REPORT_TOTAL, REPORT_GROUP, REPORT_ITEM };

enum report_kind {
	REPORT_TEXT,     /* a string */
	REPORT_INT,      /* an integer: table "3.046", data 3046 */
	REPORT_DATE,     /* "YYYY-MM-DD": table "15/03/2026", data as is */
	REPORT_FRACTION, /* num/den: "122/143 chi bộ (85,3%)" (table only) */
	REPORT_PERCENT,  /* num/den: table "85,3%", data the ratio 0.8531 */
	REPORT_BAR,      /* num/den: a bar of filled cells (table only) */
	REPORT_STACK,    /* parts/den: a stacked bar, a legend under the
			    table (table only) */
};

/* report_col.flags */
enum {
	REPORT_TABLE_ONLY = 1, /* not in CSV or JSON */
	REPORT_DATA_ONLY = 2,  /* in CSV and JSON, not in the table */
	REPORT_INDENT = 4,     /* items indented under their group (table) */
	REPORT_PCT = 8,        /* FRACTION: followed by " (85,3%)" */
	REPORT_NUM_ONLY = 16,  /* FRACTION: the numerator alone ("5 (41,7%)") */
	REPORT_SUM = 32,       /* INT: summed, DATE: latest, by report_rollup */
};

#define REPORT_MAX_PARTS 8

typedef struct report_col {
	const char *key;   /* CSV header, JSON member (ASCII, [a-z_]+, where
			      the data allows) */
	const char *title; /* table heading (translated), legend for a part */
	enum report_kind kind;
	int flags;         /* REPORT_* flags above */
	int num, den;      /* derived kinds: indexes of INT columns */
	int parts[REPORT_MAX_PARTS]; /* STACK: INT columns, in order */
	int nparts;
	const char *unit;  /* FRACTION: the noun after the figures, or NULL */
} report_col;

typedef struct report report;

/* A report named key ("coverage") with a title for people.  levels: the
 * names of the levels in CSV and JSON, indexed by enum report_level
 * (e.g. "total", "commune", "cell").  The strings given to any function
 * here are copied. */
report *report_new(const char *key, const char *title,
		   const char *const levels[3]);
void report_free(report *r);

/* Adds a column; returns its index.  Columns that a derived column names
 * must be added before it. */
int report_add_col(report *r, const report_col *c);

/* The header: the scope (unit_id and name NULL: everything the user may
 * read) with its number of cells, the year (0: none) and the day of the
 * figures (YYYY-MM-DD). */
void report_scope(report *r, const char *unit_id, const char *unit_name,
		  long cells);
void report_year(report *r, int year);
void report_date(report *r, const char *ymd);
/* A sentence shown under the table (and in JSON "notes"). */
void report_note(report *r, const char *text);

/* Starts a row; the setters fill the newest row.  Unset base values are
 * empty (JSON null); derived values are computed unless blanked. */
void report_row(report *r, enum report_level level);
void report_text(report *r, int col, const char *s);
void report_int(report *r, int col, long long n);
/* Adds n to an integer value (unset counts as 0). */
void report_add_int(report *r, int col, long long n);
void report_blank(report *r, int col);

/* Fills the unset REPORT_SUM values of group and total rows: a group row
 * from the item rows after it (up to the next group or total row), when it
 * has any; a total row from the group rows before it, or from the item
 * rows when there are no groups.  Integers are summed, dates take the
 * latest. */
void report_rollup(report *r);

/* Writes the report; plain: ASCII bars and rules (--plain).  0, or -1 if
 * writing failed (errno set). */
int report_print(const report *r, FILE *f, enum report_format fmt,
		 int plain);

/* Vietnamese number format into out: report_fmt_int(3046) = "3.046";
 * report_fmt_dec(85.314, 1) = "85,3" (rounded half away from zero; at
 * most 6 decimals). */
void report_fmt_int(long long n, char out[32]);
/* Appends a bar of width cells, num/den of them filled (rounded): █ and ░,
 * or # and . when plain. */
struct sbuf;
void report_bar(struct sbuf *b, long long num, long long den, int width,
		int plain);
void report_fmt_dec(double x, int decimals, char out[48]);
/* 100·num/den with one decimal, rounded half up: "85,3" (den > 0). */
void report_fmt_pct(long long num, long long den, char out[48]);

#endif
