/* libFuzzer target: form validation (every field type) on arbitrary values, plus the
 * UTF-8 check, URL encoding and the escaping writer that every request goes through.
 * What a field accepts must keep its promise: a time within the day, an id above 0, an
 * amount within its bounds, a date that exists and reads back the same, a moment that is
 * that Brussels date and time, multiple values that are ids or choices. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain/calendar.h"
#include "html/html.h"
#include "http/form.h"

static const char *value;

static const char *lookup(void *ctx, const char *name)
{
    (void)ctx;
    (void)name;
    return value;
}

/* every line of the input is one value sent under the name */
static int lookup_all(void *ctx, const char *name, Arena *a, const char ***vals)
{
    (void)ctx;
    (void)name;
    int n = 1;
    for (const char *p = value; *p; p++)
        n += *p == '\n';
    const char **v = arena_alloc(a, sizeof *v * (size_t)n);
    char *copy = arena_strdup(a, value);
    int k = 0;
    for (char *line = copy, *nl; line; line = nl) {
        nl = strchr(line, '\n');
        if (nl)
            *nl++ = '\0';
        v[k++] = line;
    }
    *vals = v;
    return k;
}

static bool one(Arena *a, FieldSpec spec)
{
    FieldSpec specs[] = {spec, {0}};
    FormErrors e;
    return form_read_all_from(a, LANG_FR, lookup, lookup_all, NULL, specs, &e);
}

static void field_types(Arena *a)
{
    static const char *const choices[] = {"en", "nl", "fr", NULL};
    char *t1, *t2, *t3, *t4, *t5;
    int64_t n;
    FieldSpec spec[] = {
        {.name = "a", .type = F_TEXT, .required = true, .max = 300, .label = "A", .text = &t1},
        {.name = "b", .type = F_EMAIL, .max = 254, .label = "B", .text = &t2},
        {.name = "c", .type = F_PASSWORD, .min = 10, .label = "C", .text = &t3},
        {.name = "d", .type = F_INT, .min = -5, .max = 5, .label = "D", .num = &n},
        {.name = "e", .type = F_CHOICE, .choices = choices, .label = "E", .text = &t4},
        {0},
    };
    FormErrors e;
    form_read_from(a, LANG_EN, lookup, NULL, spec, &e);

    Date d;
    if (one(a, (FieldSpec){.name = "f", .type = F_DATE, .label = "F", .text = &t5, .date = &d})) {
        char back[11];
        if (t5 && *t5) {
            date_format(d, back);
            if (date_days(date_from_days(date_days(d))) != date_days(d) || strcmp(back, t5))
                abort(); /* an accepted date is a day that exists, written as sent */
        }
    }
    int64_t minutes = -1;
    if (one(a,
            (FieldSpec){
                .name = "g", .type = F_TIME, .required = true, .label = "G", .num = &minutes}) &&
        (minutes < 0 || minutes >= 24 * 60))
        abort();
    int64_t utc = 0;
    if (one(a, (FieldSpec){
                   .name = "h", .type = F_MOMENT, .required = true, .label = "H", .num = &utc})) {
        Date md;
        int mm;
        bxl_from_utc(utc, &md, &mm);
        int64_t again;
        if (!bxl_to_utc(md, mm, &again) || again != utc - ((utc % 60) + 60) % 60)
            abort(); /* the moment reads back as the same Brussels date and minute */
    }
    int64_t cents = 0;
    if (one(a, (FieldSpec){.name = "i",
                           .type = F_MONEY,
                           .required = true,
                           .min = 0,
                           .max = 100000000,
                           .label = "I",
                           .num = &cents}) &&
        (cents < 0 || cents > 100000000))
        abort();
    if (one(a, (FieldSpec){.name = "i2",
                           .type = F_MONEY,
                           .required = true,
                           .min = -500,
                           .max = 500,
                           .label = "I",
                           .num = &cents}) &&
        (cents < -500 || cents > 500))
        abort();
    int64_t id = 0;
    if (one(a,
            (FieldSpec){.name = "j", .type = F_ID, .required = true, .label = "J", .num = &id}) &&
        id <= 0)
        abort();
    bool flag;
    one(a, (FieldSpec){.name = "k", .type = F_BOOL, .label = "K", .flag = &flag});
    int64_t mask = 0;
    if (one(a,
            (FieldSpec){
                .name = "l", .type = F_MULTI, .choices = choices, .label = "L", .mask = &mask}) &&
        (mask & ~(int64_t)7))
        abort(); /* only the bits of the three choices */
    int64_t *ids = NULL;
    int nids = 0;
    if (one(a, (FieldSpec){.name = "m",
                           .type = F_MULTI,
                           .max = 1000,
                           .label = "M",
                           .ids = &ids,
                           .nids = &nids})) {
        for (int i = 0; i < nids; i++)
            if (ids[i] <= 0)
                abort();
        if (nids > 1000)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    arena_init(&a);
    char *s = arena_strndup(&a, (const char *)data, size);
    if (utf8_valid((const char *)data, size)) {
        value = s;
        field_types(&a);
    }
    url_arg(&a, s);
    Html *h = html_new(&a);
    html(h, "<p title=\"%s\">%s</p>", s, s);
    /* every '<' after the opening tag is the writer's own: the isolation of right-to-left
     * text (<bdi>, </bdi>) or the closing </p>; any other is the input's, unescaped */
    for (const char *p = strchr(h->buf.data + 10, '<'); p; p = strchr(p + 1, '<'))
        if (strncmp(p, "<bdi>", 5) && strncmp(p, "</bdi>", 6) && strncmp(p, "</p>", 4))
            abort();
    arena_free(&a);
    return 0;
}
