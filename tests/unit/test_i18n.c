/* Unit tests: the reader's language through ICU (core/i18n_icu.c): numbers with the
 * language's marks, amounts, the collation of names, plural forms (with the .po reader's
 * msgid_plural / msgstr[N] in core/i18n.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/i18n.h"

#define NNBSP "\xE2\x80\xAF" /* narrow no-break space: French thousands */
#define NBSP "\xC2\xA0"

static const char *num(Lang l, int64_t v, int scale, int decimals)
{
    static char b[64];
    i18n_number(l, v, scale, decimals, b, sizeof b);
    return b;
}

static void numbers(void **state)
{
    (void)state;
    assert_true(i18n_icu_init());
    assert_string_equal(num(LANG_EN, 8944, 3, 3), "8.944");
    assert_string_equal(num(LANG_NL, 8944, 3, 3), "8,944");
    assert_string_equal(num(LANG_FR, 8944, 3, 3), "8,944");
    /* rounded half up, never half even */
    assert_string_equal(num(LANG_EN, 2835, 3, 2), "2.84");
    assert_string_equal(num(LANG_EN, 2825, 3, 2), "2.83");
    assert_string_equal(num(LANG_NL, 3665, 3, 2), "3,67");
    assert_string_equal(num(LANG_EN, 740, 2, 2), "7.40");
    assert_string_equal(num(LANG_FR, 0, 3, 2), "0,00");
    assert_string_equal(num(LANG_EN, -1500, 3, 1), "-1.5");
    /* grouping */
    assert_string_equal(num(LANG_EN, 1234567, 0, 0), "1,234,567");
    assert_string_equal(num(LANG_NL, 1234567, 0, 0), "1.234.567");
    assert_string_equal(num(LANG_FR, 1234567, 0, 0), "1" NNBSP "234" NNBSP "567");
    /* a buffer too small gives "", never a cut number */
    char small[4];
    i18n_number(LANG_EN, 1234567, 0, 0, small, sizeof small);
    assert_string_equal(small, "");
}

static void money(void **state)
{
    (void)state;
    char b[64];
    i18n_money(LANG_EN, 60000000, b, sizeof b);
    assert_string_equal(b, "\xE2\x82\xAC"
                           "600,000.00");
    i18n_money(LANG_NL, 60000050, b, sizeof b);
    assert_string_equal(b, "\xE2\x82\xAC" NBSP "600.000,50");
    i18n_money(LANG_FR, 150000, b, sizeof b);
    assert_string_equal(b, "1" NNBSP "500,00" NBSP "\xE2\x82\xAC");
    i18n_money(LANG_EN, -500, b, sizeof b);
    assert_string_equal(b, "-\xE2\x82\xAC"
                           "5.00");
}

static void percentages(void **state)
{
    (void)state;
    char b[32];
    i18n_percent(LANG_EN, 80, b, sizeof b);
    assert_string_equal(b, "80%");
    i18n_percent(LANG_NL, 80, b, sizeof b);
    assert_string_equal(b, "80%");
    /* Belgian French as ICU's data writes it: a no-break space before the sign */
    i18n_percent(LANG_FR, 80, b, sizeof b);
    assert_string_equal(b, "80" NBSP "%");
    i18n_percent(LANG_EN, 0, b, sizeof b);
    assert_string_equal(b, "0%");
    i18n_percent(LANG_FR, 1250, b, sizeof b);
    assert_string_equal(b, "1" NNBSP "250" NBSP "%");
}

static int cmp(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    return i18n_collate(x, (int)strlen(x), y, (int)strlen(y));
}

static void collation(void **state)
{
    (void)state;
    const char *names[] = {"Zoë", "Łukasz", "Øystein", "Ana", "Émile", "Lars", "Oscar", "emma"};
    qsort(names, 8, sizeof names[0], cmp);
    const char *want[] = {"Ana", "Émile", "emma", "Lars", "Łukasz", "Oscar", "Øystein", "Zoë"};
    for (int i = 0; i < 8; i++)
        assert_string_equal(names[i], want[i]);
    assert_int_equal(i18n_collate("abc", 3, "abc", 3), 0);
}

static void days_in_words(void **state)
{
    (void)state;
    char b[96];
    int64_t t = 1774864800; /* 2026-03-30 10:00 UTC, a Monday */
    i18n_day_words(LANG_EN, t, b, sizeof b);
    assert_string_equal(b, "Monday 30 March 2026");
    i18n_day_words(LANG_NL, t, b, sizeof b);
    assert_string_equal(b, "maandag 30 maart 2026");
    i18n_day_words(LANG_FR, t, b, sizeof b);
    assert_string_equal(b, "lundi 30 mars 2026");
    /* the Brussels day: 23:30 UTC on 31 December is already New Year's Day */
    i18n_day_words(LANG_FR, 1798759800, b, sizeof b); /* 2026-12-31 23:30 UTC */
    assert_string_equal(b, "vendredi 1 janvier 2027");
}

static void plural_rules(void **state)
{
    (void)state;
    /* English and Dutch: 1 is singular, 0 and 2 plural; French: 0 and 1 singular */
    assert_int_equal(i18n_plural_form(LANG_EN, 0), 1);
    assert_int_equal(i18n_plural_form(LANG_EN, 1), 0);
    assert_int_equal(i18n_plural_form(LANG_EN, 2), 1);
    assert_int_equal(i18n_plural_form(LANG_NL, 0), 1);
    assert_int_equal(i18n_plural_form(LANG_NL, 1), 0);
    assert_int_equal(i18n_plural_form(LANG_NL, 21), 1);
    assert_int_equal(i18n_plural_form(LANG_FR, 0), 0);
    assert_int_equal(i18n_plural_form(LANG_FR, 1), 0);
    assert_int_equal(i18n_plural_form(LANG_FR, 2), 1);
    assert_int_equal(i18n_plural_form(LANG_FR, 1000000), 1); /* CLDR's "many": the plural */
    assert_int_equal(i18n_plural_form(LANG_EN, -1), 0);
}

static const char PO[] = "msgid \"\"\n"
                         "msgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"
                         "msgid \"%d proposal\"\n"
                         "msgid_plural \"%d proposals\"\n"
                         "msgstr[0] \"%d voor\"\n"
                         "\"stel\"\n"
                         "msgstr[1] \"%d voorstellen\"\n\n"
                         "msgid \"%d file\"\n"
                         "msgid_plural \"%d files\"\n"
                         "msgstr[0] \"%d bestand\"\n"
                         "msgstr[1] \"\"\n\n"
                         "msgid \"Sign in\"\n"
                         "msgstr \"Aanmelden\"\n";

static void po_plurals(void **state)
{
    (void)state;
    PoTable *t = po_parse(PO, sizeof PO - 1);
    assert_non_null(t);
    assert_string_equal(po_lookup_plural(t, "%d proposal", 0), "%d voorstel");
    assert_string_equal(po_lookup_plural(t, "%d proposal", 1), "%d voorstellen");
    assert_string_equal(po_lookup_plural(t, "%d proposal", 5), "%d voorstellen"); /* last form */
    assert_string_equal(po_lookup(t, "%d proposal"), "%d voorstel");
    /* one empty form: untranslated, as msgfmt counts it */
    assert_null(po_lookup_plural(t, "%d file", 0));
    assert_null(po_lookup_plural(t, "Sign in", 0)); /* no plural forms */
    assert_string_equal(po_lookup(t, "Sign in"), "Aanmelden");
    po_free(t);
    /* forms out of order, or msgstr[N] without msgid_plural, are malformed */
    static const char bad1[] = "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n";
    static const char bad2[] = "msgid \"a\"\nmsgstr[0] \"b\"\n";
    assert_null(po_parse(bad1, sizeof bad1 - 1));
    assert_null(po_parse(bad2, sizeof bad2 - 1));
}

static void nget(void **state)
{
    (void)state;
    assert_true(i18n_init());
    const char *s = "%lld session added.", *p = "%lld sessions added.";
    assert_string_equal(i18n_nget(LANG_EN, s, p, 1), s);
    assert_string_equal(i18n_nget(LANG_EN, s, p, 0), p);
    assert_string_equal(i18n_nget(LANG_NL, s, p, 1), "%lld sessie toegevoegd.");
    assert_string_equal(i18n_nget(LANG_NL, s, p, 0), "%lld sessies toegevoegd.");
    assert_string_equal(i18n_nget(LANG_FR, s, p, 0), "%lld séance ajoutée.");
    assert_string_equal(i18n_nget(LANG_FR, s, p, 1), "%lld séance ajoutée.");
    assert_string_equal(i18n_nget(LANG_FR, s, p, 2), "%lld séances ajoutées.");
    /* a message without translation falls back to the English forms */
    assert_string_equal(i18n_nget(LANG_FR, "%d zebra", "%d zebras", 3), "%d zebras");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(numbers),       cmocka_unit_test(money),
        cmocka_unit_test(percentages),   cmocka_unit_test(collation),
        cmocka_unit_test(days_in_words), cmocka_unit_test(plural_rules),
        cmocka_unit_test(po_plurals),    cmocka_unit_test(nget)};
    return cmocka_run_group_tests_name("i18n", tests, NULL, NULL);
}
