/* Unit tests: a programme's age band on the first day and its job-seeker rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/eligibility.h"

static Date d(int y, int m, int day)
{
    return (Date){.y = y, .m = m, .d = day};
}

static void age_band(void **state)
{
    (void)state;
    AgeBand band = {.has_min = true, .has_max = true, .min = 18, .max = 25};
    Date first = d(2027, 9, 6), today = d(2027, 6, 1);
    Date eighteen = d(2009, 9, 6), seventeen = d(2009, 9, 7), old = d(2001, 9, 5);
    Eligibility e = eligibility_check(&band, false, first, today, &eighteen, false);
    assert_int_equal(e.age_verdict, AGE_OK); /* eighteen on the first day is in */
    assert_int_equal(e.age, 18);
    assert_true(eligibility_ok(&e));
    e = eligibility_check(&band, false, first, today, &seventeen, false);
    assert_int_equal(e.age_verdict, AGE_OUTSIDE);
    assert_int_equal(e.age, 17);
    e = eligibility_check(&band, false, first, today, &old, false);
    assert_int_equal(e.age_verdict, AGE_OUTSIDE); /* 26 the day before the first day */
    assert_int_equal(e.age, 26);
    e = eligibility_check(&band, false, first, today, NULL, false);
    assert_int_equal(e.age_verdict, AGE_NEEDED);
    assert_false(eligibility_ok(&e));
    Date future = d(2099, 1, 1);
    e = eligibility_check(&band, false, first, today, &future, false);
    assert_int_equal(e.age_verdict, AGE_FUTURE);
}

static void open_ended(void **state)
{
    (void)state;
    AgeBand any = {0}, from10 = {.has_min = true, .min = 10};
    Date first = d(2027, 7, 1), today = d(2027, 6, 1), nine = d(2018, 1, 1);
    Eligibility e = eligibility_check(&any, false, first, today, NULL, false);
    assert_true(eligibility_ok(&e)); /* no band: no birth date needed */
    e = eligibility_check(&from10, false, first, today, &nine, false);
    assert_int_equal(e.age_verdict, AGE_OUTSIDE);
    Date future = d(2030, 1, 1);
    e = eligibility_check(&any, false, first, today, &future, false);
    assert_int_equal(e.age_verdict, AGE_FUTURE); /* even without a band */
}

static void jobseekers(void **state)
{
    (void)state;
    AgeBand any = {0};
    Date first = d(2027, 9, 6), today = d(2027, 6, 1);
    Eligibility e = eligibility_check(&any, true, first, today, NULL, false);
    assert_true(e.not_jobseeker);
    assert_false(eligibility_ok(&e));
    e = eligibility_check(&any, true, first, today, NULL, true);
    assert_true(eligibility_ok(&e));
    e = eligibility_check(&any, false, first, today, NULL, false);
    assert_false(e.not_jobseeker);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(age_band),
        cmocka_unit_test(open_ended),
        cmocka_unit_test(jobseekers),
    };
    return cmocka_run_group_tests_name("eligibility", tests, NULL, NULL);
}
