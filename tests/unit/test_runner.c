/*
 * test_runner.c — the runner with a real worker: answers are stored one
 * transaction each, resume is replay (no prompt asked or printed twice),
 * failed attempts are counted, a failing lesson keeps what was stored.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "json.h"
#include "runner.h"
#include "store.h"
#include "term.h"
#include "util.h"

static char *tmpdir;
static char *plugins;

static const char lesson_src[] =
	"return lesson { id = \"t\", version = 1, title = \"T\", steps = {\n"
	"  read { id = \"r1\", title = \"Đọc\", text = \"Đoạn một.\" },\n"
	"  quiz { id = \"q\", question = \"Hai cộng hai?\",\n"
	"         choices = { \"3\", \"4\" }, answer = 2,\n"
	"         hints = { \"Đếm ngón tay.\" } },\n"
	"  form { id = \"f\", fields = {\n"
	"    { id = \"ten\", label = \"Tên\", required = true },\n"
	"    { id = \"so\", label = \"Số\", type = \"integer\", min = 1 } } },\n"
	"  step { id = \"s\", run = function(ui, ctx)\n"
	"    ui.say(\"Tên là \" .. ctx.answer(\"f.ten\"))\n"
	"    ui.confirm(\"Xong?\")\n"
	"  end },\n"
	"} }\n";

static char *write_file(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Runs the lesson with input; returns the result and the output text. */
static enum runner_result run(store *st, const char *run_id, const char *path,
			      const char *input, char **output)
{
	FILE *in = fmemopen((void *)input, strlen(input), "r");
	size_t n;
	FILE *out = open_memstream(output, &n);
	term_opts to = {.in = in, .out = out, .plain = 1};
	term *t = term_open(&to);
	const char *dirs[] = {plugins};
	worker_job job = {.action = "run",
			  .path = path,
			  .shown = path,
			  .plugin_dirs = dirs,
			  .nplugin_dirs = 1,
			  .user = "u",
			  .mode = "learn",
			  .lang = "vi",
			  .limits = {SANDBOX_DEFAULT_MEM, SANDBOX_DEFAULT_CPU},
			  .wall = 10};
	runner_opts ro = {.st = st, .t = t, .run_id = run_id};
	enum runner_result r = runner_run(&ro, &job);
	term_close(t);
	fclose(out);
	fclose(in);
	return r;
}

static store *fresh_store(const char *name)
{
	char *db = xasprintf("%s/%s", tmpdir, name);
	unlink(db);
	char *err = NULL;
	store *st = store_open(db, &err);
	if (!st)
		fail_msg("%s", err);
	free(db);
	return st;
}

static void answer_is(store *st, const char *run_id, const char *key,
		      const char *json, int attempts)
{
	char *got = NULL;
	int att = -1;
	assert_int_equal(store_answer_get(st, run_id, key, &got, &att), 1);
	assert_non_null(got);
	assert_string_equal(got, json);
	assert_int_equal(att, attempts);
	free(got);
}

static void test_full_run(void **state)
{
	(void)state;
	store *st = fresh_store("full.db");
	char pid[STORE_ID_LEN];
	store_run r;
	assert_int_equal(store_person_ensure(st, "u", pid), 0);
	assert_int_equal(store_run_create(st, pid, "t", 1, "learn", &r), 0);
	char *path = write_file("t.lua", lesson_src);
	char *out = NULL;
	/* wrong quiz answer, then right; empty required name, then a name;
	 * 0 is below min */
	enum runner_result res =
		run(st, r.id, path, "1\n2\n\nAn\n0\n5\nc\n", &out);
	assert_int_equal(res, RUNNER_DONE);
	assert_non_null(strstr(out, "Đoạn một."));
	assert_non_null(strstr(out, "Gợi ý: Đếm ngón tay."));
	assert_non_null(strstr(out, "Không được để trống"));
	assert_non_null(strstr(out, "không nhỏ hơn 1"));
	assert_non_null(strstr(out, "Tên là An"));
	answer_is(st, r.id, "q.answer", "2", 2);
	answer_is(st, r.id, "f.ten", "\"An\"", 1);
	answer_is(st, r.id, "f.so", "5", 1);
	answer_is(st, r.id, "s.1", "true", 1);
	store_run open;
	assert_int_equal(store_run_find_open(st, pid, "t", &open), 0);
	int done = 0;
	assert_int_equal(store_steps_done(st, r.id, &done), 1);
	assert_int_equal(done, 4);
	free(out);
	free(path);
	store_close(st);
}

static void test_resume_is_replay(void **state)
{
	(void)state;
	store *st = fresh_store("resume.db");
	char pid[STORE_ID_LEN];
	store_run r;
	store_person_ensure(st, "u", pid);
	store_run_create(st, pid, "t", 1, "learn", &r);
	char *path = write_file("t2.lua", lesson_src);
	char *out = NULL;
	/* input ends after the quiz and the name */
	assert_int_equal(run(st, r.id, path, "2\nBình\n", &out), RUNNER_EOF);
	assert_non_null(strstr(out, "Hai cộng hai?"));
	free(out);
	answer_is(st, r.id, "f.ten", "\"Bình\"", 1);

	assert_int_equal(run(st, r.id, path, "7\nk\n", &out), RUNNER_DONE);
	/* nothing answered before is asked or printed again */
	assert_null(strstr(out, "Hai cộng hai?"));
	assert_null(strstr(out, "Đoạn một."));
	assert_null(strstr(out, "Tên: "));
	/* it resumes at the number, with its step heading */
	assert_non_null(strstr(out, "Số"));
	assert_non_null(strstr(out, "Tên là Bình"));
	answer_is(st, r.id, "f.so", "7", 1);
	answer_is(st, r.id, "s.1", "false", 1);
	free(out);
	free(path);
	store_close(st);
}

static void test_error_keeps_answers(void **state)
{
	(void)state;
	store *st = fresh_store("err.db");
	char pid[STORE_ID_LEN];
	store_run r;
	store_person_ensure(st, "u", pid);
	store_run_create(st, pid, "e", 1, "learn", &r);
	char *path = write_file(
		"e.lua", "return lesson { id = \"e\", version = 1, title = "
			 "\"E\", steps = {\n"
			 "  step { id = \"a\", run = function(ui)\n"
			 "    ui.ask(\"Tên?\")\n"
			 "    local x = nil; return x.y\n"
			 "  end } } }\n");
	char *out = NULL;
	assert_int_equal(run(st, r.id, path, "Cường\n", &out), RUNNER_ERROR);
	answer_is(st, r.id, "a.1", "\"Cường\"", 1);
	free(out);
	free(path);
	store_close(st);
}

/* A lesson cannot send escape sequences to the terminal. */
static void test_control_chars_shown_as_question_marks(void **state)
{
	(void)state;
	store *st = fresh_store("esc.db");
	char pid[STORE_ID_LEN];
	store_run r;
	store_person_ensure(st, "u", pid);
	store_run_create(st, pid, "c", 1, "learn", &r);
	char *path = write_file(
		"c.lua", "return lesson { id = \"c\", version = 1, title = "
			 "\"C\", steps = {\n"
			 "  step { id = \"a\", run = function(ui)\n"
			 "    ui.say(\"x\\27[2Jy\\194\\155z\")\n"
			 "  end } } }\n");
	char *out = NULL;
	assert_int_equal(run(st, r.id, path, "", &out), RUNNER_DONE);
	assert_null(strchr(out, 27));
	assert_non_null(strstr(out, "x?[2Jy??z"));
	free(out);
	free(path);
	store_close(st);
}

/* A multi-line text survives an interruption before its final ".": the
 * lines typed are kept and shown again, and typing goes on after them. */
static void test_text_draft_survives(void **state)
{
	(void)state;
	store *st = fresh_store("draft.db");
	char pid[STORE_ID_LEN];
	store_run r;
	store_person_ensure(st, "u", pid);
	store_run_create(st, pid, "d", 1, "learn", &r);
	char *path = write_file(
		"d.lua", "return lesson { id = \"d\", version = 1, title = "
			 "\"D\", steps = {\n"
			 "  step { id = \"s\", run = function(ui)\n"
			 "    ui.say(\"Ghi: \" .. ui.text(\"Ghi chép\"))\n"
			 "  end } } }\n");
	char *out = NULL;
	assert_int_equal(run(st, r.id, path, "một\nhai\n", &out),
			 RUNNER_EOF);
	free(out);
	/* saved once: after "một" the next line was already there */
	answer_is(st, r.id, "s.1#draft", "\"một\\nhai\"", 1);
	assert_int_equal(run(st, r.id, path, "ba\n.\n", &out), RUNNER_DONE);
	assert_non_null(strstr(out, "một\nhai"));
	assert_non_null(strstr(out, "Ghi: một\nhai\nba"));
	answer_is(st, r.id, "s.1", "\"một\\nhai\\nba\"", 1);
	answer_is(st, r.id, "s.1#draft", "\"\"", 2);
	free(out);
	free(path);
	store_close(st);
}

static void test_json_roundtrip(void **state)
{
	(void)state;
	const char *s = "dòng \"một\"\nhai\\\t\x01";
	proto_value v = {.type = PV_STR, .s = s, .len = strlen(s)};
	char *j = json_encode(&v);
	proto_value back;
	char *buf;
	assert_int_equal(json_decode(j, &back, &buf), 0);
	assert_int_equal(back.type, PV_STR);
	assert_int_equal(back.len, strlen(s));
	assert_memory_equal(back.s, s, back.len);
	free(buf);
	free(j);
	assert_int_equal(json_decode("-42", &back, &buf), 0);
	assert_int_equal(back.i, -42);
	assert_int_equal(json_decode("true", &back, &buf), 0);
	assert_int_equal(back.type, PV_BOOL);
	assert_int_equal(json_decode("nul", &back, &buf), -1);
	assert_int_equal(json_decode("\"open", &back, &buf), -1);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	const char *src = getenv("CHIBO_SOURCE_DIR");
	tmpdir = xasprintf("%s/runner", base ? base : "/tmp/chibo-unit");
	mkdir_p(tmpdir, 0700);
	plugins = xasprintf("%s/plugins", src ? src : ".");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_run),
		cmocka_unit_test(test_resume_is_replay),
		cmocka_unit_test(test_error_keeps_answers),
		cmocka_unit_test(test_control_chars_shown_as_question_marks),
		cmocka_unit_test(test_text_draft_survives),
		cmocka_unit_test(test_json_roundtrip),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(tmpdir);
	free(plugins);
	return rc;
}
