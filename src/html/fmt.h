/* fmt.h — the formatters every page shares: amounts, numbers, scores, moments and days in
 * Brussels time,
 * value/label option lists, in the reader's language. Results live in the request's
 * arena. Owns no state; does not write markup (that is the caller's Html). */
#ifndef TRAJECT_FMT_H
#define TRAJECT_FMT_H

#include <stdbool.h>
#include <stdint.h>

#include "http/form.h"
#include "http/http.h"

/* An amount of cents as the reader's language writes it (ICU): "€600,000.00",
 * "€ 600.000,00", "600 000,00 €". */
const char *money_text(Req *r, int64_t cents);
/* value / 10^scale with decimals decimals (0-3), rounded half up, with the reader's decimal
 * and grouping marks (ICU): number_text(r, 740, 2, 2) is "7.40" in English, "7,40" in Dutch
 * and French. */
const char *number_text(Req *r, int64_t value, int scale, int decimals);
/* The same in language l, allocated in a (workflows, mails). */
const char *number_in(Arena *a, Lang l, int64_t value, int scale, int decimals);
/* A whole percentage as the reader's language writes it (ICU): "80%" in English and Dutch,
 * "80 %" in French (no-break space). */
const char *percent_text(Req *r, int64_t pct);
/* A score kept in thousandths, with decimals decimals: score_text(r, 8944, 3) is "8.944"
 * ("8,944" in Dutch and French); score_text(r, 3665, 2) is "3.67". */
const char *score_text(Req *r, int64_t milli, int decimals);
/* The Brussels day of a UTC time in words, for prose (mails, notices): "Monday 30 March
 * 2026", "maandag 30 maart 2026", "lundi 30 mars 2026". */
const char *day_words_text(Req *r, int64_t at);
/* The same in language l, allocated in a (mails, written in their recipient's language). */
const char *day_words_in(Arena *a, Lang l, int64_t at);
/* The month and year of a UTC time in Brussels, in the reader's words ("December 2026"). */
const char *month_text(Req *r, int64_t at);
/* A civil date "2027-03-01" in words ("Monday 1 March 2027"); ymd itself when malformed. */
const char *date_words_text(Req *r, const char *ymd);
/* The same in language l, allocated in a (mails). */
const char *date_words_in(Arena *a, Lang l, const char *ymd);
/* A moment in Brussels time: "Monday 2027-01-31 12:00". */
const char *moment_text(Req *r, int64_t t);
/* The same in language l, allocated in a (mails, written in their recipient's language). */
const char *moment_text_in(Arena *a, Lang l, int64_t t);
/* The value of a datetime-local field ("2027-01-31T12:00", Brussels), and reading one. */
const char *moment_field(Req *r, int64_t t);
bool moment_parse(const char *s, int64_t *utc);
/* "Monday 2026-03-30, 09:00–16:00", in Brussels time and the reader's language. */
const char *session_when(Req *r, int64_t from, int64_t to);
/* The same in language l, allocated in a (mails). */
const char *session_when_in(Arena *a, Lang l, int64_t from, int64_t to);
/* "Monday 2026-03-30": the Brussels day of a UTC time, in the reader's language. */
const char *session_day(Req *r, int64_t at);

/* A file name safe in a Content-Disposition header (downloads): ASCII letters, digits, dot,
 * dash and underscore kept, every other byte an underscore; in a. */
const char *download_name(Arena *a, const char *name);

/* The translated label of value in a value/label list; value itself when unknown. */
const char *option_label(Req *r, const char *const *options, const char *value);
/* A copy of a value/label list with translated labels, for html_select; first and
 * first_label (when first is not NULL) come before them, e.g. "" and "Any". */
const char *const *options_translated(Req *r, const char *const *options, const char *first,
                                      const char *first_label);

/* A vocabulary (core/vocab.h) as value/label pairs with translated labels, for
 * html_select and html_checkboxes; first/first_label as for options_translated. */
struct Vocab;
const char *const *vocab_options(Req *r, const struct Vocab *v, const char *first,
                                 const char *first_label);
/* The stored keys of a vocabulary, NULL-terminated: the choices of an F_CHOICE field. */
const char *const *vocab_keys(Req *r, const struct Vocab *v);

/* The days of the week, Monday first (English source texts, to translate). */
extern const char *const weekday_names[7];

/* The form fields of a text kept per language, indexed by Lang, and their labels (English
 * source texts, to translate): titles, descriptions and short texts. */
extern const char *const title_fields[LANG_COUNT];
extern const char *const title_labels[LANG_COUNT];
extern const char *const desc_fields[LANG_COUNT];
extern const char *const desc_labels[LANG_COUNT];
extern const char *const text_fields[LANG_COUNT];
extern const char *const text_labels[LANG_COUNT];

/* The base URL for links in mail (no trailing slash). */
const char *base_url(Req *r);

/* For a form shown again: what r's form sent for name, else value (the record's; may be
 * NULL). */
const char *sent_or(Req *r, const char *name, const char *value);
/* A whole number as a form field's value ("12"), in r's arena. */
const char *num_text(Req *r, int64_t v);

#endif
