/*
 * json.h — answers are stored as JSON scalars (null, true/false, integers,
 * strings); this converts them to and from protocol values.
 */
#ifndef CHIBO_JSON_H
#define CHIBO_JSON_H
#include "proto.h"
/* malloc'd JSON text for v. */
char *json_encode(const proto_value *v);
/* Parses a JSON scalar; strings are decoded into *buf (malloc'd, caller
 * frees; v->s points into it).  0, or -1 if text is not a JSON scalar. */
int json_decode(const char *text, proto_value *v, char **buf);
#endif
