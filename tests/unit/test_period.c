/* Unit tests: a span of days, its first and last day. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/period.h"

static void periods(void **state)
{
    (void)state;
    static const struct {
        const char *first, *last;
        PeriodCheck want;
    } cases[] = {
        {"2027-01-15", "2027-06-30", PERIOD_OK},
        {"2027-01-15", "2027-01-15", PERIOD_OK}, /* a single day */
        {"2027-01-15", NULL, PERIOD_OK},         /* open-ended */
        {"2027-01-15", "", PERIOD_OK},
        {"2027-01-15", "2027-01-14", PERIOD_REVERSED},
        {"2027-01-01", "2026-12-31", PERIOD_REVERSED}, /* across a year */
        {"2028-02-29", "2028-03-01", PERIOD_OK},       /* a leap day */
        {"2027-02-29", "2027-03-01", PERIOD_BAD_FIRST},
        {"", "2027-03-01", PERIOD_BAD_FIRST},
        {NULL, NULL, PERIOD_BAD_FIRST},
        {"2027-01-15", "2027-13-01", PERIOD_BAD_LAST},
        {"2027-01-15", "soon", PERIOD_BAD_LAST},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(period_check(cases[i].first, cases[i].last), cases[i].want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(periods)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
