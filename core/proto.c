#include "proto.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static void out_reserve(proto_out *o, size_t n)
{
	if (o->len + n <= o->cap)
		return;
	size_t cap = o->cap ? o->cap : 256;
	while (cap < o->len + n)
		cap *= 2;
	o->buf = xrealloc(o->buf, cap);
	o->cap = cap;
}

static void out_bytes(proto_out *o, const void *p, size_t n)
{
	out_reserve(o, n);
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

static void out_u32(proto_out *o, uint32_t v)
{
	unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8),
			      (unsigned char)(v >> 16),
			      (unsigned char)(v >> 24)};
	out_bytes(o, b, 4);
}

void proto_begin(proto_out *o, int type)
{
	o->len = 0;
	unsigned char t = (unsigned char)type;
	out_bytes(o, &t, 1);
	out_u32(o, 0); /* length, patched by proto_send */
}

void proto_put_nil(proto_out *o)
{
	out_bytes(o, "n", 1);
}

void proto_put_bool(proto_out *o, int b)
{
	unsigned char v[2] = {'b', b ? 1 : 0};
	out_bytes(o, v, 2);
}

void proto_put_int(proto_out *o, int64_t i)
{
	unsigned char v[9];
	uint64_t u = (uint64_t)i;
	v[0] = 'i';
	for (int k = 0; k < 8; k++)
		v[1 + k] = (unsigned char)(u >> (8 * k));
	out_bytes(o, v, 9);
}

void proto_put_str(proto_out *o, const char *s, size_t n)
{
	out_bytes(o, "s", 1);
	out_u32(o, (uint32_t)n);
	out_bytes(o, s, n);
}

void proto_put_value(proto_out *o, const proto_value *v)
{
	switch (v->type) {
	case PV_BOOL:
		proto_put_bool(o, (int)v->i);
		break;
	case PV_INT:
		proto_put_int(o, v->i);
		break;
	case PV_STR:
		proto_put_str(o, v->s, v->len);
		break;
	default:
		proto_put_nil(o);
	}
}

static int write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t w = write(fd, c, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

int proto_send(proto_out *o, int fd)
{
	uint32_t n = (uint32_t)(o->len - 5);
	for (int k = 0; k < 4; k++)
		o->buf[1 + k] = (unsigned char)(n >> (8 * k));
	return write_all(fd, o->buf, o->len);
}

void proto_out_free(proto_out *o)
{
	free(o->buf);
	o->buf = NULL;
	o->len = o->cap = 0;
}

/* 1 all read, 0 clean EOF before any byte, -1 error or EOF mid-way. */
static int read_all(int fd, void *p, size_t n)
{
	char *c = p;
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, c + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

int proto_recv(proto_in *in, int fd)
{
	unsigned char h[5];
	int rc = read_all(fd, h, 5);
	if (rc <= 0)
		return rc;
	uint32_t n = (uint32_t)h[1] | (uint32_t)h[2] << 8 |
		     (uint32_t)h[3] << 16 | (uint32_t)h[4] << 24;
	if (n > PROTO_MAX)
		return -1;
	if (n + 1 > in->cap) {
		in->buf = xrealloc(in->buf, n + 1);
		in->cap = n + 1;
	}
	if (n && read_all(fd, in->buf, n) != 1)
		return -1;
	in->buf[n] = '\0';
	in->type = h[0];
	in->len = n;
	in->pos = 0;
	return 1;
}

void proto_in_free(proto_in *in)
{
	free(in->buf);
	in->buf = NULL;
	in->len = in->cap = in->pos = 0;
}

int proto_get_value(proto_in *in, proto_value *v)
{
	if (in->pos >= in->len)
		return -1;
	unsigned char tag = in->buf[in->pos++];
	size_t left = in->len - in->pos;
	const unsigned char *p = in->buf + in->pos;
	memset(v, 0, sizeof *v);
	switch (tag) {
	case 'n':
		v->type = PV_NIL;
		return 0;
	case 'b':
		if (left < 1)
			return -1;
		v->type = PV_BOOL;
		v->i = p[0] != 0;
		in->pos += 1;
		return 0;
	case 'i': {
		if (left < 8)
			return -1;
		uint64_t u = 0;
		for (int k = 0; k < 8; k++)
			u |= (uint64_t)p[k] << (8 * k);
		v->type = PV_INT;
		v->i = (int64_t)u;
		in->pos += 8;
		return 0;
	}
	case 's': {
		if (left < 4)
			return -1;
		uint32_t n = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
			     (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
		if (n > left - 4)
			return -1;
		v->type = PV_STR;
		v->s = (const char *)p + 4;
		v->len = n;
		in->pos += 4 + n;
		return 0;
	}
	default:
		return -1;
	}
}

int proto_get_int(proto_in *in, int64_t *i)
{
	proto_value v;
	if (proto_get_value(in, &v) < 0 || v.type != PV_INT)
		return -1;
	*i = v.i;
	return 0;
}

int proto_get_bool(proto_in *in, int *b)
{
	proto_value v;
	if (proto_get_value(in, &v) < 0 || v.type != PV_BOOL)
		return -1;
	*b = (int)v.i;
	return 0;
}

int proto_get_str(proto_in *in, char **s)
{
	proto_value v;
	if (proto_get_value(in, &v) < 0 || v.type != PV_STR)
		return -1;
	*s = xstrndup(v.s, v.len);
	return 0;
}
