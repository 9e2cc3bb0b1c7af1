#include "doc_zip.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>

#include "i18n.h"
#include "util.h"

static char *last_error;

const char *doc_zip_error(void)
{
	return last_error;
}

void doc_zip_set_error(char *why)
{
	free(last_error);
	last_error = why;
}

const struct doc_zip *doc_zip_load(char **err)
{
	static struct doc_zip z;
	static int loaded;
	if (loaded)
		return &z;
	void *h = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		*err = xasprintf(_("không tải được thư viện libzip để ghi tệp "
				   ".docx (%s); hãy cài gói libzip4"),
				 dlerror());
		return NULL;
	}
	static const struct {
		const char *name;
		size_t at;
	} syms[] = {
#define SYM(f) {"zip_" #f, offsetof(struct doc_zip, f)}
		SYM(close),
		SYM(discard),
		SYM(error_fini),
		SYM(error_init),
		SYM(file_add),
		SYM(file_set_dostime),
		SYM(open_from_source),
		SYM(set_file_compression),
		SYM(source_buffer),
		SYM(source_buffer_create),
		SYM(source_close),
		SYM(source_free),
		SYM(source_keep),
		SYM(source_open),
		SYM(source_read),
		SYM(source_stat),
#undef SYM
	};
	for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
		void *f = dlsym(h, syms[i].name);
		if (!f) {
			*err = xasprintf(_("thư viện libzip thiếu hàm %s"),
					 syms[i].name);
			dlclose(h);
			return NULL;
		}
		/* a function pointer stored through its slot's address */
		*(void **)((char *)&z + syms[i].at) = f;
	}
	loaded = 1;
	return &z;
}
