/*
 * doc_priv.h — what the renderers of the document room share (doc_*.c
 * only): unit conversions, escaping, the title and text-width estimates.
 */
#ifndef CHIBO_DOC_PRIV_H
#define CHIBO_DOC_PRIV_H

#include "doc.h"
#include "util.h"

/* A4 in twips (1/20 pt) and in mm × 100. */
#define DOC_A4_W_TWIPS 11906
#define DOC_A4_H_TWIPS 16838
#define DOC_A4_W_MM 21000
#define DOC_A4_H_MM 29700

/* v (hundredths) as "13", "13.5", "12.25" into out. */
void doc_centi(char out[24], int v);
/* mm × 100 → twips; pt × 100 → twips; both rounded. */
long doc_mm_twips(int mm100);
long doc_pt_twips(int pt100);
/* The text width in twips and in mm × 100. */
long doc_text_twips(const doc *d);
int doc_text_mm(const doc *d);

/* Appends s[0..n) to b with & < > " ' escaped (valid in XML and HTML). */
void doc_esc(sbuf *b, const char *s, size_t n);

/* The first top-level paragraph's text, line breaks as spaces (malloc'd),
 * or NULL when the model has none: the title of the .html and .docx. */
char *doc_title(const doc *d);

/* The widest line of s (lines split at '\n') in Times New Roman (metric
 * twin: Liberation Serif), in 1/1000 em of the font size.  Exact for the
 * letters of Vietnamese and ASCII; 1/2 em for other narrow characters, 1 em
 * for wide ones. */
long doc_em_width(const char *s, int bold, int italic);

#endif
