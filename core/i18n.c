#include "i18n.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <langinfo.h>

void i18n_init(const char *lang)
{
	if (!setlocale(LC_ALL, "") ||
	    strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		/* Never drop Vietnamese letters: a UTF-8 locale always. */
		if (!setlocale(LC_ALL, "C.UTF-8"))
			setlocale(LC_ALL, "C.utf8");
	}
	const char *env = getenv("LANGUAGE");
	if (!lang)
		lang = env && strncmp(env, "en", 2) == 0 ? "en" : "vi";
	/* Messages are written in Vietnamese: "vi" means untranslated, and
	 * LANGUAGE decides over LC_MESSAGES so that the system locale does not
	 * pick a catalog. */
	setenv("LANGUAGE", strcmp(lang, "en") == 0 ? "en" : "vi", 1);
}

void i18n_bind(const char *localedir)
{
	bindtextdomain("chibo", localedir);
	bind_textdomain_codeset("chibo", "UTF-8");
	textdomain("chibo");
}
