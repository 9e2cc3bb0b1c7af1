/*
 * cmd_doc.c — chibo doc render MODEL.txt -o OUT.docx|OUT.html|OUT.txt
 *
 * Renders a document model file (docs/document-model.md) directly: for
 * template authors and the tests.  Needs no database.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "doc.h"
#include "i18n.h"
#include "util.h"

#define MODEL_MAX (4u << 20)

/* The whole file as a string; NULL after printing why. */
static char *read_model(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, _("chibo: không đọc được '%s': %s\n"), path,
		        strerror(errno));
		return NULL;
	}
	sbuf b = SBUF_INIT;
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= MODEL_MAX)
		sbuf_add(&b, chunk, n);
	int bad = ferror(f);
	int e = errno;
	fclose(f);
	const char *why = NULL;
	if (bad)
		why = strerror(e);
	else if (b.len > MODEL_MAX)
		why = _("tệp lớn hơn 4 MiB");
	else if (memchr(b.buf ? b.buf : "", '\0', b.len))
		why = _("tệp có byte NUL, không phải văn bản");
	if (why) {
		fprintf(stderr, _("chibo: không đọc được '%s': %s\n"), path,
		        why);
		sbuf_free(&b);
		return NULL;
	}
	return sbuf_detach(&b);
}

static int render(const char *model, const char *out)
{
	char *text = read_model(model);
	if (!text)
		return 1;
	int line;
	char *why;
	doc *d = doc_parse_at(text, &line, &why);
	free(text);
	if (!d) {
		fprintf(stderr, "chibo: %s:%d: %s\n", model, line, why);
		free(why);
		return 1;
	}
	char *err = NULL;
	int rc = 0;
	if (doc_write(d, out, &err) < 0) {
		fprintf(stderr, "chibo: %s\n", err);
		fprintf(stderr, _("Hãy chọn nơi ghi khác bằng -o.\n"));
		free(err);
		rc = 1;
	}
	doc_free(d);
	return rc;
}

static int exec_doc(app *a, int argc, char **argv)
{
	(void)a;
	if (argc < 1 || strcmp(argv[0], "render") != 0)
		return cmd_usage_error(&cmd_doc_entry, _("cần: render"));
	const char *model = NULL, *out = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0) {
			if (i + 1 >= argc)
				return cmd_usage_error(&cmd_doc_entry,
				                       _("%s cần một giá trị"),
				                       "-o");
			out = argv[++i];
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return cmd_usage_error(&cmd_doc_entry,
			                       _("không có tùy chọn '%s'"),
			                       argv[i]);
		} else if (!model) {
			model = argv[i];
		} else {
			return cmd_usage_error(&cmd_doc_entry,
			                       _("thừa đối số '%s'"), argv[i]);
		}
	}
	if (!model)
		return cmd_usage_error(&cmd_doc_entry,
		                       _("cần tệp mô hình văn bản"));
	if (!out)
		return cmd_usage_error(&cmd_doc_entry,
		                       _("cần tệp kết quả: -o TỆP.docx"));
	if (doc_format(out) < 0)
		return cmd_usage_error(&cmd_doc_entry,
		                       _("'%s': tệp kết quả cần đuôi .docx, "
		                         ".html hoặc .txt"),
		                       out);
	return render(model, out);
}

const struct cmd_entry cmd_doc_entry = {
    "doc",
    N_("chibo doc render MÔ_HÌNH.txt -o KẾT_QUẢ.docx|.html|.txt"),
    N_("in một mô hình văn bản (docs/document-model.md) ra .docx, .html "
       "hoặc .txt"),
    exec_doc,
};
