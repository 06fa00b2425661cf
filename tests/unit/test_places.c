/* Unit tests: provinces, regions and postcodes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/places.h"

static void postcodes(void **state)
{
    (void)state;
    static const struct {
        const char *postcode, *province;
    } cases[] = {
        {"1000", "brussels"},        {"1080", "brussels"},        {"1299", "brussels"},
        {"1300", "walloon-brabant"}, {"1348", "walloon-brabant"}, {"1500", "flemish-brabant"},
        {"2000", "antwerp"},         {"3000", "flemish-brabant"}, {"3500", "limburg"},
        {"4000", "liege"},           {"5000", "namur"},           {"6000", "hainaut"},
        {"6700", "luxembourg"},      {"7000", "hainaut"},         {"8000", "west-flanders"},
        {"9000", "east-flanders"},   {"9999", "east-flanders"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Province *p = province_of_postcode(cases[i].postcode);
        assert_non_null(p);
        assert_string_equal(p->code, cases[i].province);
    }
    const char *bad[] = {"0999", "999", "10000", "1 00", "abcd", "", "12345"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_null(province_of_postcode(bad[i]));
    assert_null(province_of_postcode(NULL));
}

static void provinces_and_regions(void **state)
{
    (void)state;
    int n = 0, flemish = 0, walloon = 0;
    for (const Province *p = provinces; p->code; p++, n++) {
        assert_ptr_equal(province_find(p->code), p);
        flemish += !strcmp(p->region, "flanders");
        walloon += !strcmp(p->region, "wallonia");
    }
    assert_int_equal(n, 11); /* ten provinces and the Brussels-Capital Region */
    assert_int_equal(flemish, 5);
    assert_int_equal(walloon, 5);
    assert_null(province_find("mars"));
    assert_null(province_find(NULL));
    assert_string_equal(province_find("liege")->region, "wallonia");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(postcodes),
        cmocka_unit_test(provinces_and_regions),
    };
    return cmocka_run_group_tests_name("places", tests, NULL, NULL);
}
