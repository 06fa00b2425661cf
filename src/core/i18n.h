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
#include <stdint.h>

typedef enum Lang { LANG_EN = 0, LANG_NL = 1, LANG_FR = 2, LANG_COUNT = 3 } Lang;

/* Parses the embedded po/nl.po and po/fr.po. Returns false on a malformed file. */
bool i18n_init(void);

/* The translation of msgid in lang, or msgid itself when there is none. */
const char *i18n_get(Lang lang, const char *msgid) __attribute__((format_arg(2)));

/* The translation in lang of a message with a count: singular or plural (English, the
 * msgid and msgid_plural) or, in Dutch and French, the .po file's msgstr[N] whose form N
 * ICU's plural rules choose for n (i18n_plural_form). Pass n again to the format. */
const char *i18n_nget(Lang lang, const char *singular, const char *plural, long long n)
    __attribute__((format_arg(2))) __attribute__((format_arg(3)));

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

/* --- through ICU4C (i18n_icu.c): opened once, shared read-only by every thread ---------- */

/* Opens the ICU formatters, plural rules and collator (also done on first use); false when
 * ICU's data lacks one of them. */
bool i18n_icu_init(void);
/* value / 10^scale as lang writes it, with exactly decimals (0-3) decimals, rounded half up:
 * 8944, 3, 3 gives "8.944" in English, "8,944" in Dutch and French; 1234567, 0, 0 gives
 * "1,234,567", "1.234.567", "1 234 567" (narrow no-break space). "" when it cannot. */
void i18n_number(Lang lang, int64_t value, int scale, int decimals, char *out, size_t len);
/* An amount of euro cents as lang writes it: "€600,000.00", "€ 600.000,00",
 * "600 000,00 €" (no-break spaces). */
void i18n_money(Lang lang, int64_t cents, char *out, size_t len);
/* A whole percentage as lang writes it: 80 gives "80%" in English and Dutch, "80 %" in
 * French (a no-break space, as ICU's data for Belgian French has it). */
void i18n_percent(Lang lang, int64_t pct, char *out, size_t len);
/* The Brussels day of a UTC time in words: "Monday 30 March 2026", "maandag 30 maart 2026",
 * "lundi 30 mars 2026". */
void i18n_day_words(Lang lang, int64_t utc, char *out, size_t len);
/* The month and year of a UTC time in Brussels, in words: "December 2026", "december
 * 2026", "décembre 2026"; "" when ICU could not. */
void i18n_month_words(Lang lang, int64_t utc, char *out, size_t len);
/* Which of a message's two gettext forms (0 singular, 1 plural) lang uses for n, by ICU's
 * plural rules (CLDR): 1 is singular in English and Dutch, 0 and 1 in French. */
int i18n_plural_form(Lang lang, long long n);
/* Compares two UTF-8 names by the root (Unicode) collation: <0, 0, >0. */
int i18n_collate(const char *a, int alen, const char *b, int blen);

/* Parses po text into a freshly allocated table; for i18n_init and the unit tests.
 * Returns NULL on malformed input. */
typedef struct PoTable PoTable;
PoTable *po_parse(const char *text, size_t len);
const char *po_lookup(const PoTable *t, const char *msgid);
/* Form `form` of a plural entry (the last one when form is past them); NULL when msgid has
 * no translation with plural forms. */
const char *po_lookup_plural(const PoTable *t, const char *msgid, int form);
void po_free(PoTable *t);

#endif
