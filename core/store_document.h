/*
 * store_document.h — the cell's document settings and its documents
 * (schema 003): drafts, revisions, numbering.  Same contract as store.h.
 */
#ifndef CHIBO_STORE_DOCUMENT_H
#define CHIBO_STORE_DOCUMENT_H

#include "store.h"

/* The cell's settings that documents use. */
typedef struct store_cell_docs {
	char issuer[16]; /* "CB" */
	char term[32];   /* "" when not set */
	char place[128]; /* "" when not set */
	char name[256];     /* the cell's name */
	char superior[256]; /* "" when not set */
} store_cell_docs;

int store_cell_docs_get(store *s, const char *cell_id, store_cell_docs *out);
/* Own transaction.  field: name | superior | issuer | term | place |
 * rubric. */
int store_cell_update(store *s, const char *cell_id, const char *field,
		      const char *value);

typedef struct store_document {
	char id[STORE_ID_LEN];
	char unit_id[STORE_ID_LEN];
	char meeting_id[STORE_ID_LEN]; /* "" when none */
	char template_id[64];
	char type[16];   /* resolution | minutes */
	char code[8];    /* NQ, BB */
	char status[8];  /* draft | final */
	char term[32];
	int number;      /* 0 until final */
	char run_id[STORE_ID_LEN]; /* the latest wizard run, "" none */
	char created_at[32];
	int revisions;
} store_document;

/* [tx] */
int store_document_create(store *s, const char *unit_id,
			  const char *meeting_id, const char *template_id,
			  const char *type, const char *code,
			  store_document *out);
/* By id or a unique prefix (≥ 4 characters): 1 found, 0 none. */
int store_document_get(store *s, const char *id, store_document *out);
typedef int (*store_document_cb)(void *arg, const store_document *d);
int store_document_each(store *s, const char *unit_id, store_document_cb cb,
			void *arg);
/* [tx] The wizard run now drafting the document. */
int store_document_set_run(store *s, const char *id, const char *run_id);
/* [tx] Saves the answers of run_id (accepted ones, no drafts of notes) as
 * the next revision. */
int store_revision_add(store *s, const char *document_id, const char *run_id);
/* The newest revision's JSON object (malloc'd; NULL with *n = 0 when none,
 * or on error with the message set). */
char *store_revision_latest(store *s, const char *document_id, int *n);
/* Calls cb for every member of a JSON object: key, JSON text of value. */
typedef int (*store_json_cb)(void *arg, const char *key, const char *json);
int store_json_each(store *s, const char *object, store_json_cb cb, void *arg);
/* Own transaction (BEGIN IMMEDIATE): gives the next number of the type in
 * the term and makes the document final.  Two processes finalizing at once
 * get different numbers. */
int store_document_finalize(store *s, const char *id, const char *term,
			    int *number);

#endif
