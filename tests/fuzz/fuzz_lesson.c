/*
 * fuzz_lesson.c — libFuzzer harness for the lesson loader and validator.
 *
 * Each input is a lesson file: it is written to a temporary file and loaded
 * in-process with host_run(job, from, to, 1), action "meta" — the trusted
 * prelude (core/lua/host.lua) loads the bundled step kinds, runs the file in
 * the sandbox, validates what it returns and answers with W_META or
 * W_ERROR.  What the host writes goes to a memfd, which the harness reads
 * back to check the protocol; nothing reads from the host (meta never asks
 * the parent anything), so `from` is /dev/null.
 *
 * Checked on every input (abort() = a finding):
 *  - the host's output is a sequence of well-formed messages: W_LOG lines
 *    (print), then exactly one W_META or W_ERROR, last;
 *  - W_META parses completely (every field of the right type);
 *  - and, with CHIBO_FUZZ_STRICT=1, what was accepted obeys the contract:
 *    the lesson id is [a-z0-9][a-z0-9-]*, title/summary/sources/step lines
 *    are UTF-8 without NUL, at least one step, steps are "kind\tid\ttitle".
 *    (Off by default while the engine lets a script change a lesson after
 *    lesson {} validated it; see tests/sandbox/cases/mutate_*.lua.)
 * AddressSanitizer / UBSan watch the C core and the prelude's primitives.
 *
 * In-process limits.  The Lua budget is small (0.2 s CPU, 32 MiB), so
 * runaway Lua loops end quickly through the count hook.  What the hook
 * cannot stop in-process — a C library call that never returns to Lua
 * (adversarial patterns, string.rep("", huge)), __gc finalizers and xpcall
 * message handlers, which Lua runs with hooks off — is the worker's job
 * (RLIMIT_CPU, SIGKILL) and is covered by tests/sandbox.  Inputs containing
 * "__gc" or "xpcall" are therefore rejected (not added to the corpus), and
 * libFuzzer's -timeout reports anything else that runs away.
 *
 * sandbox_arm() sets RLIMIT_CPU for the *process*: right for a worker,
 * fatal for a fuzzer that lives for minutes (and the hard limit it sets can
 * only be lowered without CAP_SYS_RESOURCE).  This file defines setrlimit()
 * so that, inside this executable, RLIMIT_CPU requests are ignored; every
 * other resource goes to the kernel.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <unistr.h>

#include "host.h"
#include "proto.h"
#include "worker.h"

#ifndef CHIBO_FUZZ_PLUGINS
#error "CHIBO_FUZZ_PLUGINS (the bundled plugins directory) must be defined"
#endif

/* See the header: the sandbox's CPU rlimit is for workers, not for us. */
int setrlimit(__rlimit_resource_t resource, const struct rlimit *rlim)
{
	if (resource == RLIMIT_CPU)
		return 0;
	return (int)syscall(SYS_prlimit64, 0, resource, rlim, NULL);
}

static char lesson_path[4096];
static int lesson_fd = -1;
static int out_fd = -1;  /* memfd: what the host writes */
static int null_fd = -1; /* what the host would read: nothing */
static int strict;
static const char *const plugin_dirs[] = {CHIBO_FUZZ_PLUGINS};

static void cleanup(void)
{
	if (lesson_path[0])
		unlink(lesson_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *tmp = getenv("TMPDIR");
	snprintf(lesson_path, sizeof lesson_path, "%s/chibo-fuzz-XXXXXX.lua",
		 tmp && *tmp ? tmp : "/tmp");
	lesson_fd = mkstemps(lesson_path, 4);
	if (lesson_fd < 0)
		lesson_path[0] = '\0';
	else
		atexit(cleanup);
	out_fd = memfd_create("chibo-fuzz-out", MFD_CLOEXEC);
	null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (lesson_fd < 0 || out_fd < 0 || null_fd < 0) {
		perror("fuzz_lesson: setup");
		abort();
	}
	const char *s = getenv("CHIBO_FUZZ_STRICT");
	strict = s && *s == '1';
	return 0;
}

static void finding(const char *what, const uint8_t *data, size_t size)
{
	fprintf(stderr, "fuzz_lesson: %s\n--- input (%zu bytes) ---\n%.*s\n---\n",
		what, size, (int)(size > 2000 ? 2000 : size),
		(const char *)data);
	abort();
}

static int good_text(const char *s, size_t n)
{
	return u8_check((const uint8_t *)s, n) == NULL && !memchr(s, '\0', n);
}

static int good_id(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		int ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			 (c == '-' && i > 0);
		if (!ok)
			return 0;
	}
	return 1;
}

/* Checks a W_META payload; returns NULL or what is wrong. */
static const char *check_meta(proto_in *in)
{
	proto_value id, title, summary, v;
	int64_t version, minutes, nsteps, nsources;
	if (proto_get_value(in, &id) < 0 || id.type != PV_STR ||
	    proto_get_int(in, &version) < 0 ||
	    proto_get_value(in, &title) < 0 || title.type != PV_STR ||
	    proto_get_value(in, &summary) < 0 || summary.type != PV_STR ||
	    proto_get_int(in, &minutes) < 0 || proto_get_int(in, &nsteps) < 0 ||
	    proto_get_int(in, &nsources) < 0 || nsources < 0)
		return "W_META: malformed header";
	for (int64_t i = 0; i < nsources; i++)
		if (proto_get_value(in, &v) < 0 || v.type != PV_STR)
			return "W_META: malformed source";
		else if (strict && !good_text(v.s, v.len))
			return "W_META: a source is not UTF-8 text";
	int64_t nlines;
	if (proto_get_int(in, &nlines) < 0 || nlines < 0)
		return "W_META: malformed step count";
	for (int64_t i = 0; i < nlines; i++) {
		if (proto_get_value(in, &v) < 0 || v.type != PV_STR)
			return "W_META: malformed step line";
		if (!strict)
			continue;
		if (!good_text(v.s, v.len))
			return "W_META: a step line is not UTF-8 text";
		const char *t1 = memchr(v.s, '\t', v.len);
		const char *t2 =
			t1 ? memchr(t1 + 1, '\t', v.len - (size_t)(t1 + 1 - v.s))
			   : NULL;
		if (!t1 || !t2 || memchr(t2 + 1, '\t', v.len - (size_t)(t2 + 1 - v.s)) ||
		    memchr(v.s, '\n', v.len))
			return "W_META: a step line is not kind\\tid\\ttitle";
		if (!good_id(t1 + 1, (size_t)(t2 - t1 - 1)))
			return "W_META: a step id breaks [a-z0-9-]+";
	}
	if (in->pos != in->len)
		return "W_META: trailing bytes";
	if (strict) {
		if (!good_id(id.s, id.len))
			return "W_META: the lesson id breaks [a-z0-9-]+";
		if (!good_text(title.s, title.len) ||
		    !good_text(summary.s, summary.len))
			return "W_META: title or summary is not UTF-8 text";
		if (nsteps < 1 || nsteps != nlines)
			return "W_META: step count";
	}
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Known to run with the count hook off; the worker's RLIMIT_CPU and
	 * tests/sandbox cover them (see the header). */
	if (memmem(data, size, "__gc", 4) || memmem(data, size, "xpcall", 6))
		return -1;
	if (ftruncate(lesson_fd, 0) != 0 ||
	    pwrite(lesson_fd, data, size, 0) != (ssize_t)size ||
	    ftruncate(out_fd, 0) != 0 || lseek(out_fd, 0, SEEK_SET) != 0) {
		perror("fuzz_lesson: temp file");
		abort();
	}
	worker_job job = {
		.action = "meta",
		.path = lesson_path,
		.shown = "fuzz.lua",
		.plugin_dirs = plugin_dirs,
		.nplugin_dirs = 1,
		.user = "fuzz",
		.mode = "learn",
		.lang = "en",
		.limits = {(size_t)32 << 20, 0.2},
		.wall = 0,
	};
	host_run(&job, null_fd, out_fd, 1);

	/* Read back what the host said. */
	if (lseek(out_fd, 0, SEEK_SET) != 0)
		abort();
	proto_in in = {0};
	int finals = 0, rc;
	const char *bad = NULL;
	while ((rc = proto_recv(&in, out_fd)) == 1) {
		if (finals) {
			bad = "a message after W_META/W_ERROR";
			break;
		}
		if (in.type == W_LOG) {
			proto_value v;
			if (proto_get_value(&in, &v) < 0 || v.type != PV_STR)
				bad = "W_LOG: malformed";
		} else if (in.type == W_ERROR) {
			proto_value msg, tb;
			finals++;
			if (proto_get_value(&in, &msg) < 0 || msg.type != PV_STR ||
			    proto_get_value(&in, &tb) < 0 || tb.type != PV_STR)
				bad = "W_ERROR: malformed";
			else if (msg.len == 0)
				bad = "W_ERROR: empty message";
		} else if (in.type == W_META) {
			finals++;
			bad = check_meta(&in);
		} else {
			bad = "unexpected message type in meta";
		}
		if (bad)
			break;
	}
	if (!bad && rc < 0)
		bad = "malformed or oversized message";
	if (!bad && finals != 1)
		bad = "no W_META or W_ERROR";
	proto_in_free(&in);
	if (bad)
		finding(bad, data, size);
	return 0;
}
