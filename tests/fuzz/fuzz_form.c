/* libFuzzer target: form validation (every field type) on arbitrary values, plus the
 * UTF-8 check, URL encoding and the escaping writer that every request goes through. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena a;
    arena_init(&a);
    char *s = arena_strndup(&a, (const char *)data, size);
    if (utf8_valid((const char *)data, size)) {
        value = s;
        static const char *const choices[] = {"en", "nl", "fr", NULL};
        char *t1, *t2, *t3, *t4, *t5;
        int64_t n, tm, mo, cents, neg, id, mask, *ids;
        int nids;
        bool flag;
        Date d;
        FieldSpec spec[] = {
            {.name = "a", .type = F_TEXT, .required = true, .max = 300, .label = "A", .text = &t1},
            {.name = "b", .type = F_EMAIL, .max = 254, .label = "B", .text = &t2},
            {.name = "c", .type = F_PASSWORD, .min = 10, .label = "C", .text = &t3},
            {.name = "d", .type = F_INT, .min = -5, .max = 5, .label = "D", .num = &n},
            {.name = "e", .type = F_CHOICE, .choices = choices, .label = "E", .text = &t4},
            {.name = "f", .type = F_DATE, .label = "F", .text = &t5, .date = &d},
            {.name = "g", .type = F_TIME, .label = "G", .num = &tm},
            {.name = "h", .type = F_MOMENT, .label = "H", .num = &mo},
            {.name = "i", .type = F_MONEY, .max = 100000000, .label = "I", .num = &cents},
            {.name = "j", .type = F_MONEY, .min = -100000, .label = "J", .num = &neg},
            {.name = "k", .type = F_ID, .label = "K", .num = &id},
            {.name = "l", .type = F_BOOL, .label = "L", .flag = &flag},
            {.name = "m", .type = F_MULTI, .choices = choices, .label = "M", .mask = &mask},
            {.name = "n", .type = F_MULTI, .label = "N", .ids = &ids, .nids = &nids},
            {0},
        };
        FormErrors e;
        form_read_from(&a, LANG_EN, lookup, NULL, spec, &e);
    }
    url_arg(&a, s);
    Html *h = html_new(&a);
    html(h, "<p title=\"%s\">%s</p>", s, s);
    if (strstr(h->buf.data + 10, "<") != strstr(h->buf.data + 10, "</p>"))
        abort(); /* a '<' of the input reached the output unescaped */
    arena_free(&a);
    return 0;
}
