/*
 * meeting_fields.h — what a meeting may record: the fields of the meeting
 * row (ctx.meeting.set) and the lists with their fields
 * (ctx.meeting.add).  One table, read by the worker to refuse a wrong field
 * at the script's line, and by the store to build its SQL (only names from
 * here ever reach an SQL string).
 */
#ifndef CHIBO_MEETING_FIELDS_H
#define CHIBO_MEETING_FIELDS_H

#include <stddef.h>

enum mf_type { MF_TEXT, MF_INT, MF_BOOL };

struct meeting_field {
	const char *name; /* Lua field = SQL column */
	enum mf_type type;
	const char *const *values; /* allowed texts (NULL-terminated), or NULL */
	const char *label;         /* for people (msgid) */
};

struct meeting_list {
	const char *name;  /* ctx.meeting.add's first argument */
	const char *table; /* SQL table */
	const struct meeting_field *fields;
	size_t nfields;
};

extern const struct meeting_field meeting_set_fields[];
extern const size_t meeting_nset_fields;
extern const struct meeting_list meeting_lists[];
extern const size_t meeting_nlists;

/* NULL when absent. */
const struct meeting_field *meeting_field_find(const struct meeting_field *f,
					       size_t n, const char *name);
const struct meeting_list *meeting_list_find(const char *name);

#endif
