/*
 * test_store_document.c — documents: revisions snapshot a run's answers,
 * finalize numbers per type and term (01 again in a new term), a final
 * document is not finalized twice, and two processes finalizing at once
 * never share a number.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "store_document.h"
#include "store_meeting.h"
#include "util.h"

static char *tmp;

static store *fresh(const char *name, char person[STORE_ID_LEN],
		    store_cell *cell)
{
	char *path = xasprintf("%s/%s.db", tmp, name);
	unlink(path);
	char *err = NULL;
	store *s = store_open(path, &err);
	if (!s)
		fail_msg("%s", err);
	free(path);
	assert_int_equal(store_person_ensure(s, "an", person), 0);
	assert_int_equal(store_cell_create(s, person, "Chi bộ thôn Bản Cầu",
					   "Đảng bộ xã Đồng Đăng", "hd42-100",
					   cell),
			 0);
	return s;
}

/* A draft with one revision whose run answered two questions. */
static void draft(store *s, const char *person, const char *cell,
		  const char *type, store_document *d)
{
	store_run run;
	assert_int_equal(store_begin(s), 0);
	assert_int_equal(store_document_create(s, cell, NULL, "nghi-quyet", type,
					       "NQ", d),
			 0);
	assert_int_equal(store_run_create(s, person, "nghi-quyet", 1, "draft",
					  &run),
			 0);
	assert_int_equal(store_document_set_run(s, d->id, run.id), 0);
	assert_int_equal(store_answer_put(s, run.id, "a.ket-qua",
					  "\"Đã làm đường\""),
			 0);
	assert_int_equal(store_answer_put(s, run.id, "a.so", "12"), 0);
	assert_int_equal(store_answer_put(s, run.id, "a.ghi#draft", "\"x\""),
			 0);
	assert_int_equal(store_revision_add(s, d->id, run.id), 0);
	assert_int_equal(store_commit(s), 0);
}

static int collect(void *arg, const char *key, const char *json)
{
	sbuf_addf(arg, "%s=%s;", key, json);
	return 0;
}

static void test_revision_snapshot(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store_cell c;
	store *s = fresh("rev", p, &c);
	store_document d;
	draft(s, p, c.id, "resolution", &d);
	int n;
	char *json = store_revision_latest(s, d.id, &n);
	assert_non_null(json);
	assert_int_equal(n, 1);
	sbuf b = SBUF_INIT;
	sbuf_add(&b, "", 0);
	assert_int_equal(store_json_each(s, json, collect, &b), 0);
	/* accepted answers only: the draft of a note is not a revision's */
	assert_string_equal(b.buf, "a.ket-qua=\"Đã làm đường\";a.so=12;");
	sbuf_free(&b);
	free(json);
	store_close(s);
}

static void test_numbers_per_type_and_term(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store_cell c;
	store *s = fresh("num", p, &c);
	store_document a, b, m, next;
	draft(s, p, c.id, "resolution", &a);
	draft(s, p, c.id, "resolution", &b);
	draft(s, p, c.id, "minutes", &m);
	draft(s, p, c.id, "resolution", &next);
	int n;
	assert_int_equal(store_document_finalize(s, a.id, "2022-2025", &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(store_document_finalize(s, b.id, "2022-2025", &n), 0);
	assert_int_equal(n, 2);
	/* another type counts on its own */
	assert_int_equal(store_document_finalize(s, m.id, "2022-2025", &n), 0);
	assert_int_equal(n, 1);
	/* a new term starts again at 01 */
	assert_int_equal(store_document_finalize(s, next.id, "2025-2027", &n),
			 0);
	assert_int_equal(n, 1);
	/* a final document is not finalized again */
	assert_int_equal(store_document_finalize(s, a.id, "2025-2027", &n), -1);
	store_document got;
	assert_int_equal(store_document_get(s, a.id, &got), 1);
	assert_string_equal(got.status, "final");
	assert_int_equal(got.number, 1);
	assert_string_equal(got.term, "2022-2025");
	store_close(s);
}

/* Two processes finalizing different drafts of the same type and term at
 * the same moment: both succeed, with different numbers. */
static void test_finalize_concurrently(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store_cell c;
	store *s = fresh("conc", p, &c);
	enum { N = 12 };
	store_document d[2 * N];
	for (int i = 0; i < 2 * N; i++)
		draft(s, p, c.id, "resolution", &d[i]);
	store_close(s);
	char *path = xasprintf("%s/conc.db", tmp);
	pid_t kids[2];
	for (int k = 0; k < 2; k++) {
		kids[k] = fork();
		if (kids[k] == 0) {
			char *err = NULL;
			store *own = store_open(path, &err);
			int bad = !own;
			for (int i = k; own && i < 2 * N; i += 2) {
				int n;
				bad |= store_document_finalize(own, d[i].id,
							       "2025-2027",
							       &n) < 0;
			}
			store_close(own);
			_exit(bad);
		}
	}
	for (int k = 0; k < 2; k++) {
		int st;
		waitpid(kids[k], &st, 0);
		assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	char *err = NULL;
	s = store_open(path, &err);
	assert_non_null(s);
	int seen[2 * N + 1] = {0};
	for (int i = 0; i < 2 * N; i++) {
		store_document got;
		assert_int_equal(store_document_get(s, d[i].id, &got), 1);
		assert_true(got.number >= 1 && got.number <= 2 * N);
		assert_int_equal(seen[got.number]++, 0);
	}
	store_close(s);
	free(path);
}

static void test_cell_settings(void **state)
{
	(void)state;
	char p[STORE_ID_LEN];
	store_cell c;
	store *s = fresh("cell", p, &c);
	store_cell_docs cd;
	assert_int_equal(store_cell_docs_get(s, c.id, &cd), 1);
	assert_string_equal(cd.issuer, "CB");
	assert_string_equal(cd.term, "");
	assert_int_equal(store_cell_update(s, c.id, "term", "2025-2027"), 0);
	assert_int_equal(store_cell_update(s, c.id, "place", "Bản Cầu"), 0);
	assert_int_equal(store_cell_update(s, c.id, "colour", "đỏ"), -1);
	assert_int_equal(store_cell_docs_get(s, c.id, &cd), 1);
	assert_string_equal(cd.term, "2025-2027");
	assert_string_equal(cd.place, "Bản Cầu");
	store_close(s);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	tmp = xasprintf("%s/document", base ? base : "/tmp/chibo-unit");
	mkdir_p(tmp, 0700);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_revision_snapshot),
		cmocka_unit_test(test_numbers_per_type_and_term),
		cmocka_unit_test(test_finalize_concurrently),
		cmocka_unit_test(test_cell_settings),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(tmp);
	return rc;
}
