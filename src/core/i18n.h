/* i18n.h — English, Dutch and French messages from the embedded gettext .po files.
 * English is the source language: a msgid is its own English text.
 *
 * The language is chosen per request and passed explicitly: nothing here depends on
 * the process locale (hosts have only the C locales). The tables are built once at
 * start-up (i18n_init) and read-only afterwards. */
#ifndef TRAJECT_I18N_H
#define TRAJECT_I18N_H

#include <stdbool.h>
#include <stddef.h>

typedef enum Lang { LANG_EN = 0, LANG_NL = 1, LANG_FR = 2, LANG_COUNT = 3 } Lang;

/* Parses the embedded po/nl.po and po/fr.po. Returns false on a malformed file. */
bool i18n_init(void);

/* The translation of msgid in lang, or msgid itself when there is none. */
const char *i18n_get(Lang lang, const char *msgid) __attribute__((format_arg(2)));

/* Marks a literal for extraction without translating it (tables of messages). */
#define N_(s) s

/* "en", "nl", "fr" and their own names ("English", "Nederlands", "Français"). */
const char *lang_code(Lang lang);
/* Of a text given in up to three languages (indexed by Lang, NULL or "" when not given):
 * the one in lang, else the first one given, else "". */
const char *lang_pick(Lang lang, char *const texts[LANG_COUNT]);
const char *lang_name(Lang lang);

/* Parses a language code ("nl", "fr-BE"...); false when not one of ours. */
bool lang_parse(const char *code, Lang *out);

/* Picks the best of our languages from an Accept-Language header value; returns
 * LANG_EN when the header is NULL, malformed or names none of ours. */
Lang lang_from_accept(const char *header);

/* Parses po text into a freshly allocated table; for i18n_init and the unit tests.
 * Returns NULL on malformed input. */
typedef struct PoTable PoTable;
PoTable *po_parse(const char *text, size_t len);
const char *po_lookup(const PoTable *t, const char *msgid);
void po_free(PoTable *t);

#endif
