#include "catalog.h"

#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "util.h"

int catalog_meta(const worker_job *job, store_lesson_meta *m, char **extra)
{
	worker w;
	char *err = NULL;
	memset(m, 0, sizeof *m);
	if (extra)
		*extra = NULL;
	if (worker_start(&w, job, &err) < 0) {
		fprintf(stderr, "chibo: %s\n", err);
		free(err);
		return -1;
	}
	proto_in in = {0};
	int got;
	while ((got = worker_recv(&w, &in)) == 1 && in.type == W_LOG)
		; /* print() at a lesson's top level */
	if (got == 1 && in.type == W_META) {
		int64_t version, minutes, nsteps, nsources, nlines;
		if (proto_get_str(&in, &m->lesson_id) == 0 &&
		    proto_get_int(&in, &version) == 0 &&
		    proto_get_str(&in, &m->title) == 0 &&
		    proto_get_str(&in, &m->summary) == 0 &&
		    proto_get_int(&in, &minutes) == 0 &&
		    proto_get_int(&in, &nsteps) == 0 &&
		    proto_get_int(&in, &nsources) == 0) {
			m->version = (int)version;
			m->minutes = (int)minutes;
			m->steps = (int)nsteps;
			sbuf b = SBUF_INIT;
			for (int64_t i = 0; i < nsources; i++) {
				char *src;
				if (proto_get_str(&in, &src) < 0)
					break;
				sbuf_addf(&b, "S\t%s\n", src);
				free(src);
			}
			if (proto_get_int(&in, &nlines) == 0)
				for (int64_t i = 0; i < nlines; i++) {
					char *st;
					if (proto_get_str(&in, &st) < 0)
						break;
					sbuf_addf(&b, "K\t%s\n", st);
					free(st);
				}
			if (extra)
				*extra = sbuf_detach(&b);
			sbuf_free(&b);
		}
	} else if (got == 1 && in.type == W_ERROR) {
		proto_get_str(&in, &m->error);
	}
	char *why = worker_finish(&w);
	if (!m->lesson_id && !m->error)
		m->error = xasprintf("%s: %s", job->shown,
				     why ? why : _("không đọc được bài học"));
	if (m->error) {
		free(m->lesson_id);
		m->lesson_id = NULL;
	}
	/* Everything here ends up on the terminal (list, show, check). */
	char *texts[] = {m->lesson_id, m->title, m->summary, m->error,
			 extra ? *extra : NULL};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (texts[i])
			text_clean(texts[i]);
	free(why);
	proto_in_free(&in);
	return 0;
}

static catalog_entry *entry_new(catalog *c, size_t *cap, int dir)
{
	if (c->n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		c->e = xrealloc(c->e, *cap * sizeof *c->e);
	}
	catalog_entry *e = &c->e[c->n++];
	memset(e, 0, sizeof *e);
	e->dir = dir;
	return e;
}

static int64_t mtime_ns(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

/* Entry order for finding overrides: by id, then by position. */
static const catalog *sort_cat;
static int cmp_id(const void *x, const void *y)
{
	const catalog_entry *a = &sort_cat->e[*(const size_t *)x];
	const catalog_entry *b = &sort_cat->e[*(const size_t *)y];
	int c = strcmp(a->meta.lesson_id, b->meta.lesson_id);
	if (c)
		return c;
	return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

/* The last entry with an id wins; the others are hidden by it. */
static void resolve_overrides(catalog *c)
{
	size_t *idx = xmalloc((c->n + 1) * sizeof *idx), n = 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->e[i].meta.lesson_id)
			idx[n++] = i;
	sort_cat = c;
	qsort(idx, n, sizeof *idx, cmp_id);
	for (size_t i = 0; i + 1 < n; i++) {
		catalog_entry *a = &c->e[idx[i]], *b = &c->e[idx[i + 1]];
		if (strcmp(a->meta.lesson_id, b->meta.lesson_id) == 0) {
			a->hidden = 1;
			b->overrides = 1;
		}
	}
	free(idx);
}

/* One directory: its files merged with its cached rows (both in name
 * order).  A file whose size and mtime match its row is not read; a new or
 * changed one is read once in a worker; rows of vanished files go. */
static void scan_dir(catalog *c, size_t *cap, app *a, const char *dir,
		     int d, int force, int *in_tx)
{
	size_t n, nrows, r = 0;
	char **names = lua_files(dir, &n);
	if (!names)
		return;
	store_lesson_meta *rows;
	if (store_index_load(a->st, dir, &rows, &nrows) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		nrows = 0;
		rows = NULL;
	}
	size_t dlen = strlen(dir);
	char path[4096];
	struct stat st;
	int sfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	for (size_t i = 0; i < n; i++) {
		size_t nlen = strlen(names[i]);
		if (dlen + 1 + nlen >= sizeof path)
			goto next;
		memcpy(path, dir, dlen);
		path[dlen] = '/';
		memcpy(path + dlen + 1, names[i], nlen + 1);
		/* rows are ordered by path; skip those with no file */
		int cmp = 1;
		while (r < nrows && (cmp = strcmp(rows[r].path, path)) < 0) {
			if (*in_tx || store_begin(a->st) == 0) {
				*in_tx = 1;
				store_index_del(a->st, rows[r].path);
			}
			r++;
		}
		if (fstatat(sfd, names[i], &st, 0) != 0 || !S_ISREG(st.st_mode))
			goto next;
		if (cmp == 0 && !force && rows[r].size == st.st_size &&
		    rows[r].mtime_ns == mtime_ns(&st)) {
			catalog_entry *e = entry_new(c, cap, d);
			e->meta = rows[r]; /* moved */
			memset(&rows[r], 0, sizeof rows[r]);
		} else {
			worker_job job = app_job(a, "meta", path, path);
			store_lesson_meta fresh;
			if (catalog_meta(&job, &fresh, NULL) == 0) {
				fresh.path = xstrdup(path);
				fresh.size = st.st_size;
				fresh.mtime_ns = mtime_ns(&st);
				if (*in_tx || store_begin(a->st) == 0) {
					*in_tx = 1;
					store_index_put(a->st, &fresh);
				}
				entry_new(c, cap, d)->meta = fresh;
			}
		}
		if (cmp == 0)
			r++;
	next:
		free(names[i]);
	}
	for (; r < nrows; r++)
		if (*in_tx || store_begin(a->st) == 0) {
			*in_tx = 1;
			store_index_del(a->st, rows[r].path);
		}
	for (size_t i = 0; i < nrows; i++)
		store_lesson_meta_free(&rows[i]);
	free(rows);
	free(names);
	if (sfd >= 0)
		close(sfd);
}

/* A stamp of the step kind plugins (names, sizes, mtimes): when a kind
 * changes, what the index says about every lesson may be stale. */
static char *kinds_stamp(app *a)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (size_t i = 0; i < 2; i++) {
		char *dir = xasprintf("%s/kinds", a->plugin_dirs[i]);
		size_t n = 0;
		char **names = lua_files(dir, &n);
		for (size_t k = 0; k < n; k++) {
			struct stat st;
			char *p = xasprintf("%s/%s", dir, names[k]);
			int64_t v[2] = {0, 0};
			if (stat(p, &st) == 0) {
				v[0] = mtime_ns(&st);
				v[1] = st.st_size;
			}
			for (const char *c = p; *c; c++)
				h = (h ^ (unsigned char)*c) * 1099511628211ull;
			for (size_t b = 0; b < sizeof v; b++)
				h = (h ^ ((unsigned char *)v)[b]) *
				    1099511628211ull;
			free(p);
			free(names[k]);
		}
		free(names);
		free(dir);
	}
	return xasprintf("%016llx", (unsigned long long)h);
}

size_t catalog_ndirs(const app *a)
{
	return 2 + a->nlesson_dirs;
}

char *catalog_dir(const app *a, size_t d)
{
	return d == 0	? xasprintf("%s/lessons", a->data_dir)
	       : d == 1 ? xasprintf("%s/lessons", a->user_dir)
			: xstrdup(a->lesson_dirs[d - 2]);
}

int catalog_load(catalog *c, app *a)
{
	memset(c, 0, sizeof *c);
	size_t cap = 0;
	size_t ndirs = catalog_ndirs(a);
	int in_tx = 0;
	char *stamp = kinds_stamp(a), *old = NULL;
	int force = store_meta_get(a->st, "kinds_stamp", &old) >= 0 &&
		    (!old || strcmp(old, stamp) != 0);
	free(old);
	if (force && store_begin(a->st) == 0) {
		in_tx = 1;
		store_meta_put(a->st, "kinds_stamp", stamp);
	}
	free(stamp);
	for (size_t d = 0; d < ndirs; d++) {
		char *given = catalog_dir(a, d);
		/* Keys are real paths: the same file named two ways is one. */
		char *dir = realpath(given, NULL);
		if (dir)
			scan_dir(c, &cap, a, dir, (int)d, force, &in_tx);
		else if (d >= 2)
			fprintf(stderr, _("chibo: không mở được thư mục bài học "
					  "%s\n"),
				given);
		free(dir);
		free(given);
	}
	if (in_tx && store_commit(a->st) < 0)
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	resolve_overrides(c);
	return 0;
}

const catalog_entry *catalog_find(const catalog *c, const char *id)
{
	for (size_t i = 0; i < c->n; i++)
		if (!c->e[i].hidden && c->e[i].meta.lesson_id &&
		    strcmp(c->e[i].meta.lesson_id, id) == 0)
			return &c->e[i];
	return NULL;
}

void catalog_free(catalog *c)
{
	for (size_t i = 0; i < c->n; i++)
		store_lesson_meta_free(&c->e[i].meta);
	free(c->e);
	c->e = NULL;
	c->n = 0;
}
