/*
 * i18n.h — user-facing strings.  Core UI strings are written in Vietnamese
 * (the msgids) and translated by po/<lang>.po; wrap every one in _().
 */
#ifndef CHIBO_I18N_H
#define CHIBO_I18N_H
#include <libintl.h>
#define _(s) gettext(s)
#define N_(s) s
/* Sets the locale (falling back to C.UTF-8 so Vietnamese is never dropped)
 * and the message language: lang ("vi", "en") or NULL for the default
 * (Vietnamese whatever the system locale, unless LANGUAGE asks for English). */
void i18n_init(const char *lang);
/* Where the compiled catalogs are (<dir>/<lang>/LC_MESSAGES/chibo.mo). */
void i18n_bind(const char *localedir);
#endif
