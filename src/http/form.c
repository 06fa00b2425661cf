/* form.c — validation of form fields against their specs. Pure apart from reading
 * the request's fields; unit-tested through form_read_from. */
#include "http/form.h"

#include <string.h>

#include "core/buf.h"

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

bool form_read_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                    void *ctx, const FieldSpec *specs, FormErrors *errs)
{
    errs->n = 0;
    for (const FieldSpec *f = specs; f->name; f++) {
        const char *raw = lookup(ctx, f->name);
        char *v = arena_strdup(a, raw);
        const char *label = i18n_get(lang, f->label ? f->label : f->name);
        if (v && f->type != F_PASSWORD)
            str_trim(v);
        if (v && !*v)
            v = NULL;
        if (f->text)
            *f->text = v;
        if (!v) {
            if (f->required)
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s is required."), label));
            continue;
        }
        if (f->type != F_INT && f->type != F_CHOICE) {
            size_t chars = utf8_chars(v);
            if (f->max && chars > (size_t)f->max) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s can be at most %lld characters."),
                                        label, (long long)f->max));
                continue;
            }
            if (f->min && chars < (size_t)f->min) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s must be at least %lld characters."),
                                        label, (long long)f->min));
                continue;
            }
            if (has_control(v, f->type == F_TEXT && f->max > 200)) {
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s contains characters that are not allowed."),
                                        label));
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
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "%s must be a whole number."), label));
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
                form_error(errs, f->name,
                           arena_printf(a, i18n_get(lang, "Choose one of the options for %s."),
                                        label));
            break;
        }
        default:
            break;
        }
    }
    return errs->n == 0;
}

static const char *req_lookup(void *ctx, const char *name)
{
    return form_get(ctx, name);
}

bool form_read(Req *r, const FieldSpec *specs, FormErrors *errs)
{
    return form_read_from(r->arena, r->lang, req_lookup, r, specs, errs);
}
