/*
 * doc_zip.h — libzip, loaded when a .docx is first written.
 *
 * libzip links OpenSSL's libcrypto, whose thousands of relocations would
 * cost every chibo start (a lesson list) about a millisecond; only the
 * .docx writer needs it, so it is opened with dlopen on first use.  The
 * functions are called through Z.<name>, with libzip's own prototypes.
 */
#ifndef CHIBO_DOC_ZIP_H
#define CHIBO_DOC_ZIP_H

#include <zip.h>

struct doc_zip {
	__typeof__(zip_close) *close;
	__typeof__(zip_discard) *discard;
	__typeof__(zip_error_fini) *error_fini;
	__typeof__(zip_error_init) *error_init;
	__typeof__(zip_file_add) *file_add;
	__typeof__(zip_file_set_dostime) *file_set_dostime;
	__typeof__(zip_open_from_source) *open_from_source;
	__typeof__(zip_set_file_compression) *set_file_compression;
	__typeof__(zip_source_buffer) *source_buffer;
	__typeof__(zip_source_buffer_create) *source_buffer_create;
	__typeof__(zip_source_close) *source_close;
	__typeof__(zip_source_free) *source_free;
	__typeof__(zip_source_keep) *source_keep;
	__typeof__(zip_source_open) *source_open;
	__typeof__(zip_source_read) *source_read;
	__typeof__(zip_source_stat) *source_stat;
};

/* The loaded functions, or NULL with *err (malloc'd) when libzip cannot be
 * loaded.  Loads once. */
const struct doc_zip *doc_zip_load(char **err);
/* Why the last .docx could not be made, if libzip could not be loaded
 * (NULL otherwise); doc_zip_set_error takes ownership. */
const char *doc_zip_error(void);
void doc_zip_set_error(char *why);

#endif
