/*
 * bench_docx.c MODEL DIR [ROUNDS] — the .docx export of a model against
 * writing the same number of bytes with plain stdio, in one process (no
 * start-up cost on either side), built by scripts/bench/docx.sh against
 * libchibo_core.a.
 *
 * Each round runs, back to back, into DIR:
 *   export      doc_parse + doc_write(OUT.docx): render, zip, temporary
 *               file, write, fsync, rename, fsync of the directory;
 *   fwrite+sync fopen + fwrite(N bytes) + fflush + fsync + fclose;
 *   render      doc_parse + doc_docx (in memory) + fwrite, no fsync;
 *   fwrite      fopen + fwrite(N bytes) + fclose, no fsync;
 * N being the size of the .docx.  Prints one line per side (mean, median,
 * min in µs) and the ratios of the medians:
 *   ratio_durable  export / (fwrite+sync)   both durable on disk
 *   ratio_cpu      render / fwrite          nothing synced
 *   ratio_plain    export / fwrite          the export's fsyncs included
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "doc.h"
#include "util.h"

enum { EXPORT, FWRITE_SYNC, RENDER, FWRITE, NSIDES };
static const char *const names[NSIDES] = {"export", "fwrite+sync", "render",
                                          "fwrite"};

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static void die(const char *what, const char *why)
{
	fprintf(stderr, "bench_docx: %s: %s\n", what, why);
	exit(1);
}

static void plain_write(const char *path, const void *data, size_t n, int sync)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, n, f) != n || fflush(f) != 0 ||
	    (sync && fsync(fileno(f)) != 0))
		die(path, "write failed");
	if (fclose(f) != 0)
		die(path, "close failed");
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_docx MODEL DIR [ROUNDS]\n");
		return 2;
	}
	int rounds = argc > 3 ? atoi(argv[3]) : 200;
	if (rounds < 1)
		rounds = 1;
	FILE *f = fopen(argv[1], "rb");
	if (!f)
		die(argv[1], "cannot open");
	sbuf m = SBUF_INIT;
	char chunk[4096];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
		sbuf_add(&m, chunk, got);
	fclose(f);

	char *err = NULL;
	doc *d = doc_parse(m.buf, &err);
	if (!d)
		die(argv[1], err);
	void *bytes;
	size_t n;
	if (doc_docx(d, &bytes, &n) < 0)
		die(argv[1], "doc_docx failed");
	doc_free(d);

	char *out = xasprintf("%s/export.docx", argv[2]);
	char *plain = xasprintf("%s/plain.bin", argv[2]);
	double *t[NSIDES];
	for (int s = 0; s < NSIDES; s++)
		t[s] = xmalloc(sizeof(double) * (size_t)rounds);
	for (int r = -5; r < rounds; r++) { /* 5 rounds of warm-up */
		double a, b;
		for (int s = 0; s < NSIDES; s++) {
			a = now();
			if (s == EXPORT || s == RENDER) {
				d = doc_parse(m.buf, &err);
				if (!d)
					die(argv[1], err);
				if (s == EXPORT) {
					if (doc_write(d, out, &err) < 0)
						die(out, err);
				} else {
					void *buf;
					size_t len;
					if (doc_docx(d, &buf, &len) < 0)
						die(argv[1], "doc_docx failed");
					plain_write(plain, buf, len, 0);
					free(buf);
				}
				doc_free(d);
			} else {
				plain_write(plain, bytes, n, s == FWRITE_SYNC);
			}
			b = now();
			if (r >= 0)
				t[s][r] = b - a;
		}
	}
	double med[NSIDES];
	printf("model %s: %zu bytes of model, %zu bytes of .docx, %d rounds\n",
	       argv[1], m.len, n, rounds);
	for (int s = 0; s < NSIDES; s++) {
		double sum = 0, min = t[s][0];
		for (int r = 0; r < rounds; r++) {
			sum += t[s][r];
			if (t[s][r] < min)
				min = t[s][r];
		}
		med[s] = median(t[s], rounds);
		printf("%-12s mean %9.1f us  median %9.1f us  min %9.1f us\n",
		       names[s], sum / rounds, med[s], min);
	}
	printf("ratio_durable %.2f\n", med[EXPORT] / med[FWRITE_SYNC]);
	printf("ratio_cpu %.2f\n", med[RENDER] / med[FWRITE]);
	printf("ratio_plain %.2f\n", med[EXPORT] / med[FWRITE]);
	unlink(out);
	unlink(plain);
	for (int s = 0; s < NSIDES; s++)
		free(t[s]);
	free(out);
	free(plain);
	free(bytes);
	sbuf_free(&m);
	return 0;
}
