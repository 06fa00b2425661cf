/* Unit tests: the rules of lending equipment (domain/loans.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/loans.h"

static void a_loan_starts_today_or_before_and_is_due_after_it(void **state)
{
    (void)state;
    assert_int_equal(loan_check("2027-01-13", "2027-01-27", "2027-01-13"), LOAN_OK);
    assert_int_equal(loan_check("2027-01-10", "2027-01-10", "2027-01-13"), LOAN_OK);
    assert_int_equal(loan_check("2027-01-14", "2027-01-27", "2027-01-13"), LOAN_STARTS_LATER);
    assert_int_equal(loan_check("2027-01-13", "2027-01-12", "2027-01-13"), LOAN_DUE_BEFORE_START);
    /* across a month and a year: the days compare as text */
    assert_int_equal(loan_check("2026-12-31", "2027-01-01", "2027-01-13"), LOAN_OK);
    assert_int_equal(loan_check("2027-02-01", "2027-01-31", "2027-03-01"), LOAN_DUE_BEFORE_START);
}

static void a_return_comes_after_the_loan_and_not_later_than_today(void **state)
{
    (void)state;
    assert_int_equal(loan_return_check("2027-01-10", "2027-01-10", "2027-01-13"), RETURN_OK);
    assert_int_equal(loan_return_check("2027-01-10", "2027-01-13", "2027-01-13"), RETURN_OK);
    assert_int_equal(loan_return_check("2027-01-10", "2027-01-09", "2027-01-13"),
                     RETURN_BEFORE_LOAN);
    assert_int_equal(loan_return_check("2027-01-10", "2027-01-14", "2027-01-13"), RETURN_LATER);
}

static void a_loan_is_overdue_the_day_after_its_due_day(void **state)
{
    (void)state;
    assert_false(loan_overdue("2027-01-13", "2027-01-13"));
    assert_false(loan_overdue("2027-01-20", "2027-01-13"));
    assert_true(loan_overdue("2027-01-12", "2027-01-13"));
    assert_true(loan_overdue("2026-12-31", "2027-01-01"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_loan_starts_today_or_before_and_is_due_after_it),
        cmocka_unit_test(a_return_comes_after_the_loan_and_not_later_than_today),
        cmocka_unit_test(a_loan_is_overdue_the_day_after_its_due_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
