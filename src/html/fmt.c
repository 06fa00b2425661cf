/* fmt.c — shared formatters (see fmt.h). Brussels time comes from domain/calendar;
 * numbers, amounts and days in words from ICU (core/i18n). */

#include "html/fmt.h"

#include <string.h>

#include "core/vocab.h"
#include "domain/calendar.h"

const char *const title_fields[LANG_COUNT] = {"title_en", "title_nl", "title_fr"};
const char *const title_labels[LANG_COUNT] = {N_("Title in English"), N_("Title in Dutch"),
                                              N_("Title in French")};
const char *const desc_fields[LANG_COUNT] = {"description_en", "description_nl", "description_fr"};
const char *const desc_labels[LANG_COUNT] = {
    N_("Description in English"), N_("Description in Dutch"), N_("Description in French")};
const char *const text_fields[LANG_COUNT] = {"text_en", "text_nl", "text_fr"};
const char *const text_labels[LANG_COUNT] = {N_("In English"), N_("In Dutch"), N_("In French")};

const char *const weekday_names[7] = {N_("Monday"), N_("Tuesday"),  N_("Wednesday"), N_("Thursday"),
                                      N_("Friday"), N_("Saturday"), N_("Sunday")};

const char *money_text(Req *r, int64_t cents)
{
    char *out = arena_alloc(r->arena, 64);
    i18n_money(r->lang, cents, out, 64);
    return out;
}

const char *number_text(Req *r, int64_t value, int scale, int decimals)
{
    return number_in(r->arena, r->lang, value, scale, decimals);
}

const char *number_in(Arena *a, Lang l, int64_t value, int scale, int decimals)
{
    char *out = arena_alloc(a, 64);
    i18n_number(l, value, scale, decimals, out, 64);
    return out;
}

const char *percent_text(Req *r, int64_t pct)
{
    char *out = arena_alloc(r->arena, 32);
    i18n_percent(r->lang, pct, out, 32);
    return out;
}

const char *score_text(Req *r, int64_t milli, int decimals)
{
    return number_text(r, milli, 3, decimals);
}

const char *day_words_text(Req *r, int64_t at)
{
    return day_words_in(r->arena, r->lang, at);
}

const char *month_text(Req *r, int64_t at)
{
    char *out = arena_alloc(r->arena, 96);
    i18n_month_words(r->lang, at, out, 96);
    return out;
}

const char *day_words_in(Arena *a, Lang l, int64_t at)
{
    char *out = arena_alloc(a, 96);
    i18n_day_words(l, at, out, 96);
    return out;
}

const char *date_words_text(Req *r, const char *ymd)
{
    return date_words_in(r->arena, r->lang, ymd);
}

const char *date_words_in(Arena *a, Lang l, const char *ymd)
{
    Date d;
    int64_t noon;
    if (!date_parse(ymd, &d) || !bxl_to_utc(d, 12 * 60, &noon))
        return ymd ? ymd : "";
    const char *s = day_words_in(a, l, noon);
    return *s ? s : ymd;
}

/* The day of t in Brussels as "Monday 2027-01-31" in l; *minute gets its minute of the day. */
static const char *weekday_day(Arena *a, Lang l, int64_t t, int *minute)
{
    Date d;
    bxl_from_utc(t, &d, minute);
    char day[11];
    date_format(d, day);
    return arena_printf(a, "%s %s", i18n_get(l, weekday_names[date_weekday(d)]), day);
}

/* "Monday 2027-01-31 12:00" in Brussels time. */
const char *moment_text(Req *r, int64_t t)
{
    return moment_text_in(r->arena, r->lang, t);
}

const char *moment_text_in(Arena *a, Lang l, int64_t t)
{
    int m;
    const char *day = weekday_day(a, l, t, &m);
    return arena_printf(a, "%s %02d:%02d", day, m / 60, m % 60);
}

/* The value of a datetime-local field: "2027-01-31T12:00". */
const char *moment_field(Req *r, int64_t t)
{
    Date d;
    int m;
    bxl_from_utc(t, &d, &m);
    char day[11];
    date_format(d, day);
    return arena_printf(r->arena, "%sT%02d:%02d", day, m / 60, m % 60);
}

/* Reads "YYYY-MM-DDTHH:MM" (or with a space) in Brussels time. */
bool moment_parse(const char *s, int64_t *utc)
{
    if (!s || strlen(s) != 16 || (s[10] != 'T' && s[10] != ' '))
        return false;
    char day[11];
    memcpy(day, s, 10);
    day[10] = 0;
    Date d;
    int m;
    return date_parse(day, &d) && time_parse(s + 11, &m) && bxl_to_utc(d, m, utc);
}

const char *session_when(Req *r, int64_t from, int64_t to)
{
    return session_when_in(r->arena, r->lang, from, to);
}

const char *session_when_in(Arena *a, Lang l, int64_t from, int64_t to)
{
    Date d2;
    int m, m2;
    const char *day = weekday_day(a, l, from, &m);
    bxl_from_utc(to, &d2, &m2);
    return arena_printf(a, "%s, %02d:%02d–%02d:%02d", day, m / 60, m % 60, m2 / 60, m2 % 60);
}

const char *session_day(Req *r, int64_t at)
{
    int m;
    return weekday_day(r->arena, r->lang, at, &m);
}

const char *download_name(Arena *a, const char *name)
{
    size_t n = strlen(name);
    char *out = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                  c == '.' || c == '-' || c == '_';
        out[i] = ok ? c : '_';
    }
    out[n] = 0;
    return out;
}

const char *option_label(Req *r, const char *const *options, const char *value)
{
    for (const char *const *o = options; value && o[0]; o += 2)
        if (!strcmp(o[0], value))
            return _(r, o[1]);
    return value ? value : "";
}

const char *const *options_translated(Req *r, const char *const *options, const char *first,
                                      const char *first_label)
{
    int n = 0;
    while (options[n])
        n++;
    const char **out = arena_alloc(r->arena, sizeof *out * (size_t)(n + 3));
    int k = 0;
    if (first) {
        out[k++] = first;
        out[k++] = first_label;
    }
    for (int i = 0; i < n; i += 2) {
        out[k++] = options[i];
        out[k++] = _(r, options[i + 1]);
    }
    out[k] = NULL;
    return out;
}

const char *base_url(Req *r)
{
    return r->app->base_url;
}

const char *sent_or(Req *r, const char *name, const char *value)
{
    const char *v = form_get(r, name);
    return v ? v : value;
}

const char *num_text(Req *r, int64_t v)
{
    return arena_printf(r->arena, "%lld", (long long)v);
}

const char *const *vocab_options(Req *r, const Vocab *v, const char *first, const char *first_label)
{
    const char **out = arena_alloc(r->arena, sizeof *out * (size_t)(2 * v->n + 3));
    int k = 0;
    if (first) {
        out[k++] = first;
        out[k++] = first_label;
    }
    for (int i = 0; i < v->n; i++) {
        out[k++] = v->entries[i].key;
        out[k++] = _(r, v->entries[i].label);
    }
    out[k] = NULL;
    return out;
}

const char *const *vocab_keys(Req *r, const Vocab *v)
{
    return vocab_keys_in(r->arena, v);
}
