#include "catalog.h"

#include <dirent.h>
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
	int got = worker_recv(&w, &in);
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
	free(why);
	proto_in_free(&in);
	return 0;
}

/* Cached rows, sorted by path (store_index_each's order). */
struct cache {
	store_lesson_meta *m;
	size_t n;
	char *seen;
};

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* A deep copy of m into d. */
static void meta_copy(store_lesson_meta *d, const store_lesson_meta *m)
{
	*d = *m;
	d->path = xstrdup(m->path);
	d->lesson_id = dup_or_null(m->lesson_id);
	d->title = dup_or_null(m->title);
	d->summary = dup_or_null(m->summary);
	d->error = dup_or_null(m->error);
}

static int cache_add(void *arg, const store_lesson_meta *m)
{
	struct cache *c = arg;
	c->m = xrealloc(c->m, (c->n + 1) * sizeof *c->m);
	meta_copy(&c->m[c->n++], m);
	return 0;
}

static store_lesson_meta *cache_find(struct cache *c, const char *path)
{
	size_t lo = 0, hi = c->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int cmp = strcmp(c->m[mid].path, path);
		if (cmp == 0) {
			c->seen[mid] = 1;
			return &c->m[mid];
		}
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted *.lua file names of dir (NULL-terminated; empty if no dir). */
static char **lua_files(const char *dir, size_t *n)
{
	char **names = NULL;
	*n = 0;
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			size_t len = strlen(e->d_name);
			if (e->d_name[0] == '.' || len < 5 ||
			    strcmp(e->d_name + len - 4, ".lua") != 0)
				continue;
			names = xrealloc(names, (*n + 1) * sizeof *names);
			names[(*n)++] = xstrdup(e->d_name);
		}
		closedir(d);
	}
	if (*n)
		qsort(names, *n, sizeof *names, cmp_name);
	return names;
}

static void entry_add(catalog *c, const store_lesson_meta *m, int dir)
{
	c->e = xrealloc(c->e, (c->n + 1) * sizeof *c->e);
	catalog_entry *e = &c->e[c->n++];
	memset(e, 0, sizeof *e);
	meta_copy(&e->meta, m);
	e->dir = dir;
}

/* Marks overrides: the last entry with an id wins. */
static void resolve_overrides(catalog *c)
{
	for (size_t i = 0; i < c->n; i++) {
		if (!c->e[i].meta.lesson_id)
			continue;
		for (size_t j = i + 1; j < c->n; j++) {
			if (c->e[j].meta.lesson_id &&
			    strcmp(c->e[i].meta.lesson_id,
				   c->e[j].meta.lesson_id) == 0) {
				c->e[i].hidden = 1;
				c->e[j].overrides = 1;
				break;
			}
		}
	}
}

int catalog_load(catalog *c, app *a)
{
	memset(c, 0, sizeof *c);
	struct cache cache = {0};
	if (store_index_each(a->st, cache_add, &cache) < 0) {
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
		return -1;
	}
	cache.seen = calloc(cache.n + 1, 1);
	size_t ndirs = 2 + a->nlesson_dirs;
	char **dirs = xmalloc(ndirs * sizeof *dirs);
	dirs[0] = xasprintf("%s/lessons", a->data_dir);
	dirs[1] = xasprintf("%s/lessons", a->user_dir);
	for (size_t i = 0; i < a->nlesson_dirs; i++)
		dirs[2 + i] = xstrdup(a->lesson_dirs[i]);
	int in_tx = 0, rc = 0;
	for (size_t d = 0; d < ndirs && rc == 0; d++) {
		size_t n;
		char **names = lua_files(dirs[d], &n);
		for (size_t i = 0; i < n; i++) {
			char *path = xasprintf("%s/%s", dirs[d], names[i]);
			struct stat st;
			store_lesson_meta *m = cache_find(&cache, path);
			if (stat(path, &st) == 0 &&
			    !(m && m->size == st.st_size &&
			      m->mtime_ns == (int64_t)st.st_mtim.tv_sec *
						     1000000000 +
					     st.st_mtim.tv_nsec)) {
				/* New or changed: read it once, in a worker. */
				worker_job job = app_job(a, "meta", path, path);
				store_lesson_meta fresh;
				if (catalog_meta(&job, &fresh, NULL) == 0) {
					fresh.path = xstrdup(path);
					fresh.size = st.st_size;
					fresh.mtime_ns =
						(int64_t)st.st_mtim.tv_sec *
							1000000000 +
						st.st_mtim.tv_nsec;
					if (!in_tx && store_begin(a->st) == 0)
						in_tx = 1;
					if (in_tx)
						store_index_put(a->st, &fresh);
					entry_add(c, &fresh, (int)d);
					store_lesson_meta_free(&fresh);
				}
			} else if (m) {
				entry_add(c, m, (int)d);
			}
			free(path);
			free(names[i]);
		}
		free(names);
	}
	/* Forget files that are gone. */
	for (size_t i = 0; i < cache.n; i++) {
		struct stat st;
		if (!cache.seen[i] && stat(cache.m[i].path, &st) != 0) {
			if (!in_tx && store_begin(a->st) == 0)
				in_tx = 1;
			if (in_tx)
				store_index_del(a->st, cache.m[i].path);
		}
	}
	if (in_tx && store_commit(a->st) < 0)
		fprintf(stderr, "chibo: %s\n", store_errmsg(a->st));
	for (size_t i = 0; i < cache.n; i++)
		store_lesson_meta_free(&cache.m[i]);
	free(cache.m);
	free(cache.seen);
	for (size_t d = 0; d < ndirs; d++)
		free(dirs[d]);
	free(dirs);
	resolve_overrides(c);
	return rc;
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
