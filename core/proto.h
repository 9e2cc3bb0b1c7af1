/*
 * proto.h — the pipe protocol between chibo (the parent: terminal, store)
 * and a Lua worker process (host.c), one message at a time:
 *
 *     uint8 type | uint32 length (little endian) | payload
 *
 * A payload is a sequence of values: 'n' (nil), 'b' + uint8, 'i' + int64,
 * 's' + uint32 length + bytes.  Requests and replies alternate strictly:
 * the worker writes a request, and for the types marked "→ reply" waits for
 * the parent's reply before going on.
 */
#ifndef CHIBO_PROTO_H
#define CHIBO_PROTO_H

#include <stddef.h>
#include <stdint.h>

enum proto_type {
	/* worker → parent */
	W_STEP_BEGIN = 1, /* s id, i index, i total, s title */
	W_STEP_END,       /* s id */
	W_SAY,            /* s text */
	W_PROMPT,   /* s key, s kind, s text, i n, s option…, v default, s hint
		       → P_STORED v | P_LINE s line, i attempts */
	W_VERDICT,  /* b ok, v value | s why, b counts; a refusal → P_LINE
		       (an accepted value: the worker goes on, the parent
		       commits it before it reads the next message) */
	W_GET,      /* s key → P_VALUE v */
	W_META,     /* s id, i version, s title, s summary, i minutes,
		       i nsteps, i nsources, s source…, s step-line… */
	W_LOG,      /* s text (print() of a script; shown with --debug) */
	W_DONE,     /* the lesson ran to its end */
	W_ERROR,    /* s message (one or more lines), s traceback */
	W_CLOCK,    /* s key → P_VALUE s "YYYY-MM-DD HH:MM" (stored as an
		       answer under key, so a resume sees the same time) */
	W_MSET,     /* i n, (s field, v value)… — ctx.meeting.set */
	W_MADD,     /* s list, s key, i n, (s field, v value)… */
	W_MQUERY,   /* s name → P_VALUE s (rows "\n", fields "\t") */
	W_MODEL,    /* s the document model's text (docs/document-model.md) */
	W_PRACTICE, /* s template id: keep this run's answers as its draft */
	/* parent → worker */
	P_STORED = 64, /* v value */
	P_LINE,        /* s line, i attempts so far */
	P_VALUE, /* v value */
};

/* A value: what an answer can be. */
enum proto_vtype { PV_NIL = 'n', PV_BOOL = 'b', PV_INT = 'i', PV_STR = 's' };
typedef struct proto_value {
	enum proto_vtype type;
	int64_t i;       /* PV_BOOL (0/1), PV_INT */
	const char *s;   /* PV_STR: points into the message buffer */
	size_t len;
} proto_value;

/* An outgoing message under construction. */
typedef struct proto_out {
	unsigned char *buf;
	size_t len, cap;
} proto_out;

void proto_begin(proto_out *o, int type);
void proto_put_nil(proto_out *o);
void proto_put_bool(proto_out *o, int b);
void proto_put_int(proto_out *o, int64_t i);
void proto_put_str(proto_out *o, const char *s, size_t n);
void proto_put_value(proto_out *o, const proto_value *v);
/* Writes the whole message to fd; 0 or -1 (peer gone).  Keeps the buffer for
 * reuse; proto_out_free releases it. */
int proto_send(proto_out *o, int fd);
void proto_out_free(proto_out *o);

/* An incoming message; values are read in order with proto_get_*. */
typedef struct proto_in {
	int type;
	unsigned char *buf; /* payload, owned; reused between reads */
	size_t len, cap, pos;
} proto_in;

/* Reads one message: 1 read, 0 end of file, -1 error (malformed/too large). */
int proto_recv(proto_in *in, int fd);
void proto_in_free(proto_in *in);
/* Each returns 0, or -1 if the next value is missing or of another type. */
int proto_get_value(proto_in *in, proto_value *v);
int proto_get_int(proto_in *in, int64_t *i);
int proto_get_bool(proto_in *in, int *b);
/* A string value as a NUL-terminated malloc'd copy (caller frees). */
int proto_get_str(proto_in *in, char **s);

/* Largest message accepted (a lesson's text, an error): 16 MiB. */
#define PROTO_MAX (16u << 20)

#endif
