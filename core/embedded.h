/*
 * embedded.h — files compiled into the binary (cmake/embed.cmake): the
 * schema migrations NNN-name.sql files of core/schema in order, and the trusted host
 * Lua core/lua/NAME.lua.  Each table ends with a zeroed entry.
 */
#ifndef CHIBO_EMBEDDED_H
#define CHIBO_EMBEDDED_H
#include <stddef.h>
struct embedded_file {
	const char *name; /* file name, e.g. "001-init.sql" */
	const char *data; /* NUL-terminated contents */
	size_t len;
};
extern const struct embedded_file embedded_schema[];
extern const struct embedded_file embedded_hostlua[];
#endif
