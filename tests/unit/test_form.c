/* Unit tests: the form reader's field types (dates, times, Brussels moments, money, ids,
 * checkboxes, multiple choices), read through form_read_from and form_read_all_from. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/i18n.h"
#include "domain/calendar.h"
#include "http/form.h"

/* name=value pairs; a name may repeat (multiple choices) */
typedef struct Pairs {
    const char *k[16];
    const char *v[16];
} Pairs;

static const char *lookup(void *ctx, const char *name)
{
    Pairs *p = ctx;
    for (int i = 0; i < 16 && p->k[i]; i++)
        if (!strcmp(p->k[i], name))
            return p->v[i];
    return NULL;
}

static int lookup_all(void *ctx, const char *name, Arena *a, const char ***vals)
{
    Pairs *p = ctx;
    *vals = arena_alloc(a, sizeof **vals * 16);
    int n = 0;
    for (int i = 0; i < 16 && p->k[i]; i++)
        if (!strcmp(p->k[i], name))
            (*vals)[n++] = p->v[i];
    return n;
}

/* Reads one field of type t from value v; returns whether it was valid. */
static bool read1(Arena *a, FieldSpec spec, const char *v, FormErrors *e)
{
    FieldSpec specs[2] = {spec, {0}};
    specs[0].name = "x";
    specs[0].label = "Amount";
    Pairs p = {{"x"}, {v}};
    return form_read_from(a, LANG_EN, lookup, &p, specs, e);
}

static void dates_and_times(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    FormErrors e;
    char *text = NULL;
    Date d = {0};
    assert_true(
        read1(&a, (FieldSpec){.type = F_DATE, .text = &text, .date = &d}, " 2028-02-29 ", &e));
    assert_string_equal(text, "2028-02-29");
    assert_int_equal(d.y, 2028);
    assert_int_equal(d.m, 2);
    assert_int_equal(d.d, 29);
    assert_false(read1(&a, (FieldSpec){.type = F_DATE, .date = &d}, "2027-02-29", &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "date that exists"));
    assert_false(read1(&a, (FieldSpec){.type = F_DATE}, "31/01/2027", &e));

    int64_t m = -1;
    assert_true(read1(&a, (FieldSpec){.type = F_TIME, .num = &m}, "09:30", &e));
    assert_int_equal(m, 9 * 60 + 30);
    assert_true(read1(&a, (FieldSpec){.type = F_TIME, .num = &m}, "23:59", &e));
    assert_int_equal(m, 23 * 60 + 59);
    assert_false(read1(&a, (FieldSpec){.type = F_TIME, .num = &m}, "24:00", &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "HH:MM"));
    assert_false(read1(&a, (FieldSpec){.type = F_TIME, .num = &m}, "9:30", &e));
    assert_false(read1(&a, (FieldSpec){.type = F_TIME, .num = &m}, "09:30:00x", &e));

    int64_t t = 0;
    /* winter: Brussels is UTC+1 */
    assert_true(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-01-31T12:00", &e));
    assert_int_equal(t, 1801393200);
    assert_true(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-01-31 12:00", &e));
    assert_int_equal(t, 1801393200);
    assert_true(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-01-31T12:00:00", &e));
    assert_int_equal(t, 1801393200);
    /* summer: UTC+2 */
    assert_true(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-07-01T10:00", &e));
    assert_int_equal(t, 1814428800);
    /* the hour skipped on the last Sunday of March */
    assert_false(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-03-28T02:30", &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "does not exist in Brussels"));
    assert_false(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-02-30T10:00", &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "date and time"));
    assert_false(read1(&a, (FieldSpec){.type = F_MOMENT, .num = &t}, "2027-01-31", &e));
    arena_free(&a);
}

static void money(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    FormErrors e;
    static const struct {
        const char *in;
        int64_t cents;
    } ok[] = {
        {"1234.50", 123450},
        {"1234,50", 123450},
        {"1 234,50", 123450},
        {"1.234,50", 123450},
        {"1,234.50", 123450},
        {"€ 1 234", 123400},
        {"\xE2\x82\xAC"
         "12,5",
         1250},
        {"1234", 123400},
        {"0", 0},
        {"1.500", 150000},
        {"1\xC2\xA0"
         "234,50",
         123450},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int64_t c = -1;
        assert_true(read1(&a, (FieldSpec){.type = F_MONEY, .num = &c}, ok[i].in, &e));
        assert_int_equal(c, ok[i].cents);
    }
    static const char *const bad[] = {"12.345,678", "1.234.5", "1,234,5",    "1,23.45",
                                      "12 euros",   "abc",     "1.234,50.00"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t c = 42;
        assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .num = &c}, bad[i], &e));
        assert_int_equal(c, 42); /* the target keeps what it had */
        assert_non_null(strstr(form_error_for(&e, "x"), "amount in euro"));
    }
    /* negative: refused unless min allows it */
    int64_t c = 0;
    assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .num = &c}, "-12,50", &e));
    assert_string_equal(form_error_for(&e, "x"), "Amount cannot be negative.");
    assert_true(read1(&a, (FieldSpec){.type = F_MONEY, .min = -100000, .num = &c}, "-12,50", &e));
    assert_int_equal(c, -1250);
    assert_true(read1(&a, (FieldSpec){.type = F_MONEY, .min = -100000, .num = &c}, "€ -1 000", &e));
    assert_int_equal(c, -100000);
    assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .min = -100000, .num = &c}, "12-50", &e));
    assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .min = -100000, .num = &c}, "--5", &e));
    /* bounds, written as amounts */
    assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .min = 100, .max = 500000, .num = &c},
                       "5 000,01", &e));
    assert_string_equal(form_error_for(&e, "x"), "Amount must be between €1.00 and €5,000.00.");
    assert_false(read1(&a, (FieldSpec){.type = F_MONEY, .min = 100, .num = &c}, "0,99", &e));
    assert_string_equal(form_error_for(&e, "x"), "Amount must be at least €1.00.");
    assert_true(
        read1(&a, (FieldSpec){.type = F_MONEY, .min = 100, .max = 500000, .num = &c}, "5.000", &e));
    assert_int_equal(c, 500000);
    arena_free(&a);
}

static void ids_and_flags(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    FormErrors e;
    int64_t id = 0;
    assert_true(read1(&a, (FieldSpec){.type = F_ID, .num = &id}, "42", &e));
    assert_int_equal(id, 42);
    assert_false(read1(&a, (FieldSpec){.type = F_ID, .num = &id}, "0", &e));
    assert_false(read1(&a, (FieldSpec){.type = F_ID, .num = &id}, "-3", &e));
    assert_false(read1(&a, (FieldSpec){.type = F_ID, .num = &id}, "4x", &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "options"));

    bool flag = true;
    FieldSpec specs[] = {{.name = "ok", .type = F_BOOL, .label = "OK", .flag = &flag}, {0}};
    Pairs none = {{0}};
    assert_true(form_read_from(&a, LANG_EN, lookup, &none, specs, &e));
    assert_false(flag); /* an unticked checkbox is not sent */
    const char *yes[] = {"1", "on", "yes", "TRUE"};
    for (int i = 0; i < 4; i++) {
        Pairs p = {{"ok"}, {yes[i]}};
        flag = false;
        assert_true(form_read_from(&a, LANG_EN, lookup, &p, specs, &e));
        assert_true(flag);
    }
    Pairs no = {{"ok"}, {"off"}};
    assert_true(form_read_from(&a, LANG_EN, lookup, &no, specs, &e));
    assert_false(flag);
    Pairs odd = {{"ok"}, {"maybe"}};
    assert_false(form_read_from(&a, LANG_EN, lookup, &odd, specs, &e));
    assert_non_null(strstr(form_error_for(&e, "ok"), "yes or no"));
    specs[0].required = true; /* a consent must be ticked */
    assert_false(form_read_from(&a, LANG_EN, lookup, &none, specs, &e));
    assert_string_equal(form_error_for(&e, "ok"), "OK is required.");
    arena_free(&a);
}

static void multiple_choices(void **state)
{
    (void)state;
    Arena a;
    arena_init(&a);
    FormErrors e;
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", NULL};
    int64_t mask = -1, *ids = NULL;
    int nids = -1;
    FieldSpec specs[] = {
        {.name = "day", .type = F_MULTI, .choices = days, .label = "Days", .mask = &mask},
        {.name = "who", .type = F_MULTI, .label = "Trainers", .ids = &ids, .nids = &nids},
        {0},
    };
    Pairs p = {{"day", "who", "day", "who", "who", "day"}, {"mon", "7", "fri", "3", "7", "mon"}};
    assert_true(form_read_all_from(&a, LANG_EN, lookup, lookup_all, &p, specs, &e));
    assert_int_equal(mask, (1 << 0) | (1 << 4));
    assert_int_equal(nids, 2); /* duplicates dropped, order kept */
    assert_int_equal(ids[0], 7);
    assert_int_equal(ids[1], 3);

    Pairs none = {{0}};
    assert_true(form_read_all_from(&a, LANG_EN, lookup, lookup_all, &none, specs, &e));
    assert_int_equal(mask, 0);
    assert_int_equal(nids, 0);

    Pairs bad = {{"day", "who"}, {"sun", "x"}};
    assert_false(form_read_all_from(&a, LANG_EN, lookup, lookup_all, &bad, specs, &e));
    assert_int_equal(e.n, 2);
    assert_non_null(strstr(form_error_for(&e, "day"), "Days"));
    assert_non_null(strstr(form_error_for(&e, "who"), "Trainers"));

    specs[0].required = true;
    specs[1].max = 1;
    Pairs two = {{"who", "who"}, {"1", "2"}};
    assert_false(form_read_all_from(&a, LANG_EN, lookup, lookup_all, &two, specs, &e));
    assert_string_equal(form_error_for(&e, "day"), "Choose at least one option for Days.");
    assert_string_equal(form_error_for(&e, "who"), "Choose between 0 and 1 options for Trainers.");

    /* form_read_from sees a single value */
    specs[0].required = false;
    specs[1].max = 0;
    assert_true(form_read_from(&a, LANG_EN, lookup, &p, specs, &e));
    assert_int_equal(mask, 1);
    assert_int_equal(nids, 1);
    arena_free(&a);
}

static void messages_translated(void **state)
{
    (void)state;
    assert_true(i18n_init());
    Arena a;
    arena_init(&a);
    FormErrors e;
    int64_t c;
    FieldSpec specs[] = {
        {.name = "x", .type = F_MONEY, .label = "Money (euro)", .num = &c, .min = 0, .max = 100},
        {.name = "t", .type = F_TIME, .label = "Arrival time", .num = &c},
        {.name = "m", .type = F_MOMENT, .label = "A date", .num = &c},
        {.name = "b", .type = F_BOOL, .label = "A date", .flag = &(bool){0}},
        {0},
    };
    Pairs p = {{"x", "t", "m", "b"}, {"-1", "25:00", "2027-03-28T02:15", "peut-être"}};
    assert_false(form_read_from(&a, LANG_FR, lookup, &p, specs, &e));
    assert_int_equal(e.n, 4);
    for (int i = 0; i < e.n; i++)
        assert_null(strstr(e.msg[i], "enter")); /* no English left */
    assert_non_null(strstr(form_error_for(&e, "x"), "Montants (euro)"));
    assert_false(form_read_from(&a, LANG_NL, lookup, &p, specs, &e));
    assert_non_null(strstr(form_error_for(&e, "x"), "negatief"));
    assert_non_null(strstr(form_error_for(&e, "m"), "Brussel"));
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_and_times),
        cmocka_unit_test(ids_and_flags),
        cmocka_unit_test(money),
        cmocka_unit_test(multiple_choices),
        cmocka_unit_test(messages_translated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
