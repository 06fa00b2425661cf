/* form.c — validation of form fields against their specs. Pure apart from reading
 * the request's fields; unit-tested through form_read_from. */
#include "http/form.h"

#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "domain/calendar.h"
#include "domain/money.h"

bool email_valid(const char *s)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    const char *at = strchr(s, '@');
    if (n < 3 || n > 254 || !at || at == s || strchr(at + 1, '@'))
        return false;
    const char *dot = strrchr(at, '.');
    if (!dot || dot == at + 1 || dot[1] == '\0')
        return false;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' || c == '(' ||
            c == ')' || c == '\\' || c == '[' || c == ']' || c == 0x7f)
            return false;
    }
    return true;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

static bool has_control(const char *s, bool allow_newline)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c < 0x20 && c != '\t' && !(allow_newline && (c == '\n' || c == '\r'))) || c == 0x7f)
            return true;
    }
    return false;
}

/* The field's error: msgid translated, with the field's label for its %s (a macro, so
 * that the format stays a literal the compiler checks). */
#define FIELD_ERROR(msgid) form_error(errs, f->name, arena_printf(a, i18n_get(lang, msgid), label))

static bool text_like(FieldType t)
{
    return t == F_TEXT || t == F_EMAIL || t == F_PASSWORD;
}

/* "YYYY-MM-DDTHH:MM[:SS]" or with a space: Brussels wall time to UTC. *skipped is set for
 * a well-formed time that does not exist (the spring hour). */
static bool moment_read(const char *s, int64_t *utc, bool *skipped)
{
    size_t n = strlen(s);
    *skipped = false;
    if ((n != 16 && n != 19) || (s[10] != 'T' && s[10] != ' '))
        return false;
    if (n == 19 && (s[16] != ':' || s[17] < '0' || s[17] > '5' || s[18] < '0' || s[18] > '9'))
        return false;
    char day[11], hm[6];
    memcpy(day, s, 10);
    day[10] = 0;
    memcpy(hm, s + 11, 5);
    hm[5] = 0;
    Date d;
    int m;
    if (!date_parse(day, &d) || !time_parse(hm, &m))
        return false;
    if (!bxl_to_utc(d, m, utc)) {
        *skipped = true;
        return false;
    }
    return true;
}

/* An amount in euros, with a minus sign when negatives are allowed. */
static bool money_read(const char *s, bool allow_negative, int64_t *cents)
{
    const char *minus = strchr(s, '-');
    if (!minus)
        return money_parse(s, cents);
    if (!allow_negative || strchr(minus + 1, '-'))
        return false;
    for (const char *p = s; p < minus; p++)
        if (*p >= '0' && *p <= '9')
            return false; /* "12-" or "1-2" */
    char buf[80];
    size_t n = strlen(s);
    if (n >= sizeof buf)
        return false;
    memcpy(buf, s, n + 1);
    buf[minus - s] = ' ';
    if (!money_parse(buf, cents))
        return false;
    *cents = -*cents;
    return true;
}

static void multi_read(Arena *a, Lang lang, const FieldSpec *f, const char *label,
                       const char **vals, int nv, FormErrors *errs)
{
    if (f->mask)
        *f->mask = 0;
    if (f->nids)
        *f->nids = 0;
    if (f->ids)
        *f->ids = NULL;
    int64_t mask = 0;
    int64_t *ids = f->choices ? NULL : arena_alloc(a, sizeof *ids * (size_t)(nv ? nv : 1));
    int n = 0;
    for (int i = 0; i < nv; i++) {
        char *v = str_trim(arena_strdup(a, vals[i]));
        if (!*v)
            continue;
        if (f->choices) {
            int k = 0;
            const char *const *c = f->choices;
            while (c[k] && strcmp(c[k], v))
                k++;
            if (!c[k] || k >= 63) {
                FIELD_ERROR("Choose one of the options for %s.");
                return;
            }
            if (!(mask & ((int64_t)1 << k)))
                n++;
            mask |= (int64_t)1 << k;
        } else {
            int64_t id;
            if (!parse_int64(v, &id) || id <= 0) {
                FIELD_ERROR("Choose one of the options for %s.");
                return;
            }
            bool seen = false;
            for (int k = 0; k < n && !seen; k++)
                seen = ids[k] == id;
            if (!seen)
                ids[n++] = id;
        }
    }
    if (n == 0 && f->required) {
        FIELD_ERROR("Choose at least one option for %s.");
        return;
    }
    if (n && ((f->min && n < f->min) || (f->max && n > f->max))) {
        form_error(errs, f->name,
                   arena_printf(a, i18n_get(lang, "Choose between %lld and %lld options for %s."),
                                (long long)f->min, (long long)(f->max ? f->max : n), label));
        return;
    }
    if (f->mask)
        *f->mask = mask;
    if (f->ids)
        *f->ids = ids;
    if (f->nids)
        *f->nids = n;
}

static int single_all(const char *(*lookup)(void *, const char *), void *ctx, const char *name,
                      Arena *a, const char ***vals)
{
    const char *v = lookup(ctx, name);
    if (!v)
        return 0;
    *vals = arena_alloc(a, sizeof **vals);
    (*vals)[0] = v;
    return 1;
}

bool form_read_all_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                        FormLookupAll all, void *ctx, const FieldSpec *specs, FormErrors *errs)
{
    errs->n = 0;
    for (const FieldSpec *f = specs; f->name; f++) {
        const char *label = i18n_get(lang, f->label ? f->label : f->name);
        if (f->type == F_MULTI) {
            const char **vals = NULL;
            int nv = all ? all(ctx, f->name, a, &vals) : single_all(lookup, ctx, f->name, a, &vals);
            multi_read(a, lang, f, label, vals, nv, errs);
            continue;
        }
        const char *raw = lookup(ctx, f->name);
        char *v = arena_strdup(a, raw);
        if (v && f->type != F_PASSWORD)
            str_trim(v);
        if (v && !*v)
            v = NULL;
        if (f->text)
            *f->text = v;
        if (f->type == F_BOOL && f->flag)
            *f->flag = false;
        if (!v) {
            if (f->required)
                FIELD_ERROR("%s is required.");
            continue;
        }
        if (f->type != F_INT && f->type != F_CHOICE) {
            size_t chars = utf8_chars(v);
            int64_t max = text_like(f->type) ? f->max : 0, min = text_like(f->type) ? f->min : 0;
            if (!text_like(f->type) && chars > 100) {
                max = 100; /* no date, amount or id is longer */
            }
            if (max && chars > (size_t)max) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s can be at most %lld characters."),
                                        label, (long long)max));
                continue;
            }
            if (min && chars < (size_t)min) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s must be at least %lld characters."),
                                        label, (long long)min));
                continue;
            }
            if (has_control(v, f->type == F_TEXT && f->max > 200)) {
                FIELD_ERROR("%s contains characters that are not allowed.");
                continue;
            }
        }
        switch (f->type) {
        case F_EMAIL:
            str_lower_ascii(v);
            if (!email_valid(v))
                form_error(errs, f->name,
                           i18n_get(lang, "Enter an e-mail address like name@example.org."));
            break;
        case F_INT: {
            int64_t n;
            if (!parse_int64(v, &n)) {
                FIELD_ERROR("%s must be a whole number.");
            } else if ((f->min || f->max) && (n < f->min || n > f->max)) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s must be between %lld and %lld."),
                                        label, (long long)f->min, (long long)f->max));
            } else if (f->num) {
                *f->num = n;
            }
            break;
        }
        case F_CHOICE: {
            bool ok = false;
            for (const char *const *c = f->choices; c && *c; c++)
                if (!strcmp(*c, v))
                    ok = true;
            if (!ok)
                FIELD_ERROR("Choose one of the options for %s.");
            break;
        }
        case F_DATE: {
            Date d;
            if (!date_parse(v, &d))
                FIELD_ERROR("%s: enter a date that exists, as YYYY-MM-DD.");
            else if (f->date)
                *f->date = d;
            break;
        }
        case F_TIME: {
            int m;
            if (strlen(v) != 5 || !time_parse(v, &m))
                FIELD_ERROR("%s: enter a time as HH:MM, e.g. 09:30.");
            else if (f->num)
                *f->num = m;
            break;
        }
        case F_MOMENT: {
            int64_t t;
            bool skipped;
            if (moment_read(v, &t, &skipped)) {
                if (f->num)
                    *f->num = t;
            } else if (skipped) {
                FIELD_ERROR("%s: this time does not exist in Brussels (the clocks go forward "
                            "that night).");
            } else {
                FIELD_ERROR("%s: enter a date and time, e.g. 2027-01-31 12:00.");
            }
            break;
        }
        case F_MONEY: {
            int64_t c;
            if (!money_read(v, f->min < 0, &c)) {
                FIELD_ERROR(strchr(v, '-') && f->min >= 0
                                ? "%s cannot be negative."
                                : "%s: enter an amount in euro, e.g. 25000 or 25.000,50.");
            } else if ((f->min || f->max) && (c < f->min || (f->max && c > f->max))) {
                char lo[48], hi[48];
                money_format(f->min, lang_code(lang), lo, sizeof lo);
                if (f->max) {
                    money_format(f->max, lang_code(lang), hi, sizeof hi);
                    form_error(errs, f->name,
                               arena_printf(a, i18n_get(lang, "%s must be between %s and %s."),
                                            label, lo, hi));
                } else {
                    form_error(
                        errs, f->name,
                        arena_printf(a, i18n_get(lang, "%s must be at least %s."), label, lo));
                }
            } else if (f->num) {
                *f->num = c;
            }
            break;
        }
        case F_ID: {
            int64_t id;
            if (!parse_int64(v, &id) || id <= 0)
                FIELD_ERROR("Choose one of the options for %s.");
            else if (f->num)
                *f->num = id;
            break;
        }
        case F_BOOL: {
            /* with the words of our other languages: a column of a CSV file */
            static const char *const yes[] = {"1", "on", "yes", "true", "ja", "oui", NULL};
            static const char *const no[] = {"0", "off", "no", "false", "nee", "non", NULL};
            int k = -1;
            for (int i = 0; yes[i] && k < 0; i++)
                if (!strcasecmp(v, yes[i]))
                    k = 1;
            for (int i = 0; no[i] && k < 0; i++)
                if (!strcasecmp(v, no[i]))
                    k = 0;
            if (k < 0)
                FIELD_ERROR("%s: answer yes or no.");
            else if (k == 0 && f->required)
                FIELD_ERROR("%s is required.");
            else if (f->flag)
                *f->flag = k == 1;
            break;
        }
        default:
            break;
        }
    }
    return errs->n == 0;
}

bool form_read_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                    void *ctx, const FieldSpec *specs, FormErrors *errs)
{
    return form_read_all_from(a, lang, lookup, NULL, ctx, specs, errs);
}

static const char *req_lookup(void *ctx, const char *name)
{
    return form_get(ctx, name);
}

static int req_lookup_all(void *ctx, const char *name, Arena *a, const char ***vals)
{
    Req *r = ctx;
    *vals = arena_alloc(a, sizeof **vals * (size_t)(r->nfields ? r->nfields : 1));
    return form_get_all(r, name, *vals, r->nfields);
}

bool form_read(Req *r, const FieldSpec *specs, FormErrors *errs)
{
    return form_read_all_from(r->arena, r->lang, req_lookup, req_lookup_all, r, specs, errs);
}

static const char *query_lookup(void *ctx, const char *name)
{
    return query_get(ctx, name);
}

bool query_read(Req *r, const FieldSpec *specs, FormErrors *errs)
{
    return form_read_from(r->arena, r->lang, query_lookup, r, specs, errs);
}
