#include "json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

char *json_encode(const proto_value *v)
{
	switch (v->type) {
	case PV_NIL:
		return xstrdup("null");
	case PV_BOOL:
		return xstrdup(v->i ? "true" : "false");
	case PV_INT:
		return xasprintf("%lld", (long long)v->i);
	case PV_STR:
		break;
	}
	sbuf b = SBUF_INIT;
	sbuf_adds(&b, "\"");
	for (size_t i = 0; i < v->len; i++) {
		unsigned char c = (unsigned char)v->s[i];
		if (c == '"' || c == '\\')
			sbuf_addf(&b, "\\%c", c);
		else if (c == '\n')
			sbuf_adds(&b, "\\n");
		else if (c == '\t')
			sbuf_adds(&b, "\\t");
		else if (c < 0x20)
			sbuf_addf(&b, "\\u%04x", c);
		else
			sbuf_add(&b, &v->s[i], 1);
	}
	sbuf_adds(&b, "\"");
	return sbuf_detach(&b);
}

static int hex4(const char *s, unsigned *out)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = s[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

static void add_utf8(sbuf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	}
	sbuf_add(b, u, n);
}

static int decode_string(const char *s, proto_value *v, char **buf)
{
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	for (s++; *s != '"'; s++) {
		if (!*s)
			goto bad;
		if (*s != '\\') {
			sbuf_add(&b, s, 1);
			continue;
		}
		s++;
		unsigned cp;
		switch (*s) {
		case 'n':
			sbuf_adds(&b, "\n");
			break;
		case 't':
			sbuf_adds(&b, "\t");
			break;
		case 'r':
			sbuf_adds(&b, "\r");
			break;
		case 'u':
			if (hex4(s + 1, &cp) < 0 || cp >= 0xD800)
				goto bad;
			add_utf8(&b, cp);
			s += 4;
			break;
		case '"':
		case '\\':
		case '/':
			sbuf_add(&b, s, 1);
			break;
		default:
			goto bad;
		}
	}
	if (s[1])
		goto bad;
	v->type = PV_STR;
	v->len = b.len;
	*buf = sbuf_detach(&b);
	v->s = *buf;
	return 0;
bad:
	sbuf_free(&b);
	return -1;
}

int json_decode(const char *text, proto_value *v, char **buf)
{
	memset(v, 0, sizeof *v);
	*buf = NULL;
	if (strcmp(text, "null") == 0) {
		v->type = PV_NIL;
		return 0;
	}
	if (strcmp(text, "true") == 0 || strcmp(text, "false") == 0) {
		v->type = PV_BOOL;
		v->i = text[0] == 't';
		return 0;
	}
	if (text[0] == '"')
		return decode_string(text, v, buf);
	char *end;
	errno = 0;
	long long n = strtoll(text, &end, 10);
	if (end == text || *end || errno)
		return -1;
	v->type = PV_INT;
	v->i = n;
	return 0;
}

void json_member_raw(sbuf *b, const char *key, const char *raw)
{
	sbuf_adds(b, b->len ? ", " : "{");
	sbuf_addf(b, "\"%s\": %s", key, raw);
}

void json_member(sbuf *b, const char *key, const char *value)
{
	if (!value) {
		json_member_raw(b, key, "null");
		return;
	}
	proto_value v = {.type = PV_STR, .s = value, .len = strlen(value)};
	char *j = json_encode(&v);
	json_member_raw(b, key, j);
	free(j);
}
