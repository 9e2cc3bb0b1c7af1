/*
 * json.h — answers are stored as JSON scalars (null, true/false, integers,
 * strings); this converts them to and from protocol values.
 */
#ifndef CHIBO_JSON_H
#define CHIBO_JSON_H
#include "proto.h"
/* malloc'd JSON text for v. */
char *json_encode(const proto_value *v);
/* Adds "key": value to a JSON object being built in b: "{" first, ", "
 * between members (the caller adds the closing "}").  json_member: value
 * a string (JSON-escaped; NULL is null); json_member_raw: value already
 * JSON (a number, true). */
struct sbuf;
void json_member(struct sbuf *b, const char *key, const char *value);
void json_member_raw(struct sbuf *b, const char *key, const char *raw);
/* Parses a JSON scalar; strings are decoded into *buf (malloc'd, caller
 * frees; v->s points into it).  0, or -1 if text is not a JSON scalar. */
int json_decode(const char *text, proto_value *v, char **buf);
#endif
