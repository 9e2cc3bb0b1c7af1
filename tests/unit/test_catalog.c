/*
 * test_catalog.c — the lesson index: metadata is cached by path, size and
 * mtime; a changed file or a changed step-kind plugin makes it stale; a
 * vanished file leaves the index; later directories override by id.
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

#include "catalog.h"
#include "util.h"

static char *tmp;

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* An app whose bundled data is the source tree's plugins with an empty
 * lessons dir, and whose user dir is a scratch dir. */
static void setup_app(app *a, const char *name)
{
	memset(a, 0, sizeof *a);
	const char *src = getenv("CHIBO_SOURCE_DIR");
	a->data_dir = xasprintf("%s/%s/data", tmp, name);
	a->user_dir = xasprintf("%s/%s/user", tmp, name);
	char *d = xasprintf("%s/lessons", a->data_dir);
	mkdir_p(d, 0700);
	free(d);
	d = xasprintf("%s/lessons", a->user_dir);
	mkdir_p(d, 0700);
	free(d);
	d = xasprintf("%s/plugins/kinds", a->user_dir);
	mkdir_p(d, 0700);
	free(d);
	a->plugin_dirs[0] = xasprintf("%s/plugins", src ? src : ".");
	a->plugin_dirs[1] = xasprintf("%s/plugins", a->user_dir);
	a->login = "u";
	a->lang = "vi";
	a->db_path = xasprintf("%s/%s/t.db", tmp, name);
	unlink(a->db_path);
	assert_int_equal(app_open_store(a), 0);
}

static void teardown_app(app *a)
{
	free((char *)a->db_path);
	app_close(a);
}

static const char *lesson_using_note =
	"return lesson { id = \"n\", version = 1, title = \"Có ghi chú\",\n"
	"  steps = { ghi_chu_thu { id = \"a\", text = \"x\" } } }\n";

static const char *note_kind =
	"return kind { name = \"ghi_chu_thu\", fields = { text = { type = "
	"\"string\" } },\n"
	"  run = function(step, ui) ui.say(step.text) end }\n";

static const catalog_entry *only(const catalog *c)
{
	assert_int_equal(c->n, 1);
	return &c->e[0];
}

static void test_kind_change_refreshes_index(void **state)
{
	(void)state;
	app a;
	setup_app(&a, "kinds");
	char *path = xasprintf("%s/lessons/n.lua", a.user_dir);
	put(path, lesson_using_note);
	char *kind = xasprintf("%s/plugins/kinds/ghi_chu_thu.lua", a.user_dir);
	unlink(kind); /* from an earlier run of this test */
	catalog c;
	assert_int_equal(catalog_load(&c, &a), 0);
	assert_non_null(only(&c)->meta.error); /* no kind "note" yet */
	catalog_free(&c);

	put(kind, note_kind);
	assert_int_equal(catalog_load(&c, &a), 0);
	if (only(&c)->meta.error)
		fail_msg("%s", only(&c)->meta.error);
	assert_string_equal(only(&c)->meta.title, "Có ghi chú");
	catalog_free(&c);
	free(kind);
	free(path);
	teardown_app(&a);
}

static void test_changed_and_vanished_files(void **state)
{
	(void)state;
	app a;
	setup_app(&a, "files");
	char *path = xasprintf("%s/lessons/r.lua", a.user_dir);
	put(path, "return lesson { id = \"r\", version = 1, title = \"Một\", "
		  "steps = { read { id = \"a\", text = \"x\" } } }\n");
	catalog c;
	assert_int_equal(catalog_load(&c, &a), 0);
	assert_string_equal(only(&c)->meta.title, "Một");
	catalog_free(&c);

	/* a longer title: the size changes, so the file is read again */
	put(path, "return lesson { id = \"r\", version = 2, title = \"Hai ba\", "
		  "steps = { read { id = \"a\", text = \"x\" } } }\n");
	assert_int_equal(catalog_load(&c, &a), 0);
	assert_string_equal(only(&c)->meta.title, "Hai ba");
	assert_int_equal(only(&c)->meta.version, 2);
	catalog_free(&c);

	unlink(path);
	assert_int_equal(catalog_load(&c, &a), 0);
	assert_int_equal(c.n, 0);
	catalog_free(&c);
	free(path);
	teardown_app(&a);
}

static void test_later_directory_overrides(void **state)
{
	(void)state;
	app a;
	setup_app(&a, "override");
	char *dir = xasprintf("%s/override/extra", tmp);
	mkdir_p(dir, 0700);
	const char *dirs[] = {dir};
	a.lesson_dirs = dirs;
	a.nlesson_dirs = 1;
	char *p1 = xasprintf("%s/lessons/x.lua", a.user_dir);
	char *p2 = xasprintf("%s/x2.lua", dir);
	put(p1, "return lesson { id = \"x\", version = 1, title = \"Cũ\", "
		"steps = { read { id = \"a\", text = \"x\" } } }\n");
	put(p2, "return lesson { id = \"x\", version = 1, title = \"Mới\", "
		"steps = { read { id = \"a\", text = \"x\" } } }\n");
	catalog c;
	assert_int_equal(catalog_load(&c, &a), 0);
	const catalog_entry *e = catalog_find(&c, "x");
	assert_non_null(e);
	assert_string_equal(e->meta.title, "Mới");
	assert_true(e->overrides);
	catalog_free(&c);
	free(p1);
	free(p2);
	free(dir);
	teardown_app(&a);
}

int main(void)
{
	const char *base = getenv("CHIBO_TEST_TMP");
	tmp = xasprintf("%s/catalog", base ? base : "/tmp/chibo-unit");
	mkdir_p(tmp, 0700);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_change_refreshes_index),
		cmocka_unit_test(test_changed_and_vanished_files),
		cmocka_unit_test(test_later_directory_overrides),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(tmp);
	return rc;
}
