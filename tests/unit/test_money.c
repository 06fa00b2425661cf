/* Unit tests: reading and writing amounts of money (domain/money). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/money.h"

static int64_t parsed(const char *s)
{
    int64_t c = -1;
    return money_parse(s, &c) ? c : -1;
}

static void parsing(void **state)
{
    (void)state;
    assert_int_equal(parsed("600000"), 60000000);
    assert_int_equal(parsed("600 000"), 60000000);
    assert_int_equal(parsed("600.000"), 60000000); /* Belgian thousands */
    assert_int_equal(parsed("600,000"), 60000000);
    assert_int_equal(parsed("600.000,50"), 60000050);
    assert_int_equal(parsed("600,000.50"), 60000050);
    assert_int_equal(parsed("12,5"), 1250);
    assert_int_equal(parsed("12.05"), 1205);
    assert_int_equal(parsed("\xE2\x82\xAC 1.500"), 150000);
    assert_int_equal(parsed("1\xC2\xA0"
                            "500,00 \xE2\x82\xAC"),
                     150000);
    assert_int_equal(parsed("0"), 0);
    assert_int_equal(parsed(""), -1);
    assert_int_equal(parsed("-5"), -1);
    assert_int_equal(parsed("12.345,678"), -1); /* three decimals */
    assert_int_equal(parsed("1.2.3"), -1);
    assert_int_equal(parsed("1,234,56"), -1); /* the same mark for thousands and decimals */
    assert_int_equal(parsed("1.234.567,89"), 123456789);
    assert_int_equal(parsed("60,00,000"), -1);
    assert_int_equal(parsed("abc"), -1);
    assert_int_equal(parsed("1e6"), -1);
    assert_int_equal(parsed(",5"), -1);
    assert_int_equal(parsed("99999999999999999999"), -1);
    assert_int_equal(parsed(NULL), -1);
}

static void formatting(void **state)
{
    (void)state;
    char b[48];
    money_format(60000000, "en", b, sizeof b);
    assert_string_equal(b, "\xE2\x82\xAC"
                           "600,000.00");
    money_format(60000050, "nl", b, sizeof b);
    assert_string_equal(b, "\xE2\x82\xAC\xC2\xA0"
                           "600.000,50");
    money_format(150000, "fr", b, sizeof b);
    assert_string_equal(b, "1\xE2\x80\xAF"
                           "500,00\xC2\xA0\xE2\x82\xAC");
    money_format(5, "en", b, sizeof b);
    assert_string_equal(b, "\xE2\x82\xAC"
                           "0.05");
    money_plain(60000000, b, sizeof b);
    assert_string_equal(b, "600000");
    money_plain(150050, b, sizeof b);
    assert_string_equal(b, "1500.50");
    /* what is written reads back */
    for (int64_t c = 0; c < 2000000; c += 9973) {
        int64_t back;
        money_plain(c, b, sizeof b);
        assert_true(money_parse(b, &back));
        assert_int_equal(back, c);
        money_format(c, "nl", b, sizeof b);
        assert_true(money_parse(b, &back));
        assert_int_equal(back, c);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(parsing), cmocka_unit_test(formatting)};
    return cmocka_run_group_tests_name("money", tests, NULL, NULL);
}
