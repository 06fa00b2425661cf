/* Unit tests: attendance rates and the at-risk rule. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/attendance.h"

static void rates(void **state)
{
    (void)state;
    Tally none = {0};
    assert_int_equal(attendance_rate(&none), -1);
    assert_false(attendance_at_risk(&none, 80)); /* nothing recorded: not at risk */
    Tally only_excused = {.excused = 3};
    assert_int_equal(attendance_rate(&only_excused), -1);
    Tally t = {.present = 7, .late = 1, .absent = 2, .excused = 5};
    assert_int_equal(attendance_rate(&t), 80); /* 8 of 10; excused counts neither way */
    assert_false(attendance_at_risk(&t, 80));
    t.absent = 3;
    assert_int_equal(attendance_rate(&t), 72); /* 8 of 11, rounded down */
    assert_true(attendance_at_risk(&t, 80));
    assert_false(attendance_at_risk(&t, 70));
    Tally all = {.present = 4};
    assert_int_equal(attendance_rate(&all), 100);
    Tally never = {.absent = 4};
    assert_int_equal(attendance_rate(&never), 0);
    assert_true(attendance_at_risk(&never, AT_RISK_PERCENT));
}

static void statuses(void **state)
{
    (void)state;
    assert_true(attendance_status_valid("present"));
    assert_true(attendance_status_valid("late"));
    assert_false(attendance_status_valid("Present"));
    assert_false(attendance_status_valid(""));
    assert_false(attendance_status_valid(NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(rates), cmocka_unit_test(statuses)};
    return cmocka_run_group_tests_name("attendance", tests, NULL, NULL);
}
