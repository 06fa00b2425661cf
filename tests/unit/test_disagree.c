/* Unit tests: the one disagreement rule (domain/disagree). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/disagree.h"

static void above_the_share_of_the_scale(void **state)
{
    (void)state;
    /* scale 0..10 at the default 30 %: more than 3 points apart */
    assert_false(dom_disagree(5000, 8000, 0, 10, DOM_DISAGREE_DEFAULT_PCT)); /* exactly 3 */
    assert_true(dom_disagree(5000, 8001, 0, 10, 30));
    assert_false(dom_disagree(5000, 7999, 0, 10, 30));
    /* scale 1..5: the range is 4, 30 % of it 1.2 points */
    assert_false(dom_disagree(2000, 3200, 1, 5, 30));
    assert_true(dom_disagree(2000, 3201, 1, 5, 30));
    /* the range, not the top of the scale: 1..10 is 9 points, 30 % = 2.7 */
    assert_true(dom_disagree(1000, 3750, 1, 10, 30));
    assert_false(dom_disagree(1000, 3700, 1, 10, 30));
}

static void one_score_and_equal_scores_never_disagree(void **state)
{
    (void)state;
    assert_false(dom_disagree(4000, 4000, 0, 10, 0));
    assert_false(dom_disagree(4000, 4000, 1, 5, 30));
    assert_false(dom_disagree(7000, 4000, 0, 10, 0)); /* min above max: no spread */
}

static void threshold_per_call(void **state)
{
    (void)state;
    assert_true(dom_disagree(5000, 5001, 0, 10, 0));  /* 0 %: any difference */
    assert_false(dom_disagree(0, 10000, 0, 10, 100)); /* 100 %: never */
    assert_true(dom_disagree(5000, 7100, 0, 10, 20));
    assert_false(dom_disagree(5000, 7100, 0, 10, 40));
    /* out of range thresholds are clamped */
    assert_true(dom_disagree(5000, 5001, 0, 10, -5));
    assert_false(dom_disagree(0, 10000, 0, 10, 250));
}

static void exact_fractions(void **state)
{
    (void)state;
    /* weights 3+2+1: a spread of 19/6 points (3.1666...) against 3 points */
    assert_true(dom_disagree_spread(19, 6, 0, 10, 30));
    assert_false(dom_disagree_spread(18, 6, 0, 10, 30)); /* exactly 3 */
    /* a spread of 2700.4 thousandths rounds to the threshold but is above it */
    assert_true(dom_disagree_spread(27004, 10000, 1, 10, 30));
    assert_false(dom_disagree_spread(1, 0, 0, 10, 0)); /* no denominator: nothing */
}

static void threshold_as_said_to_users(void **state)
{
    (void)state;
    assert_int_equal(dom_disagree_milli(0, 10, 30), 3000);
    assert_int_equal(dom_disagree_milli(1, 5, 30), 1200);
    assert_int_equal(dom_disagree_milli(1, 5, 40), 1600);
    assert_int_equal(dom_disagree_milli(1, 10, 30), 2700);
    assert_int_equal(dom_disagree_milli(0, 10, 150), 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(above_the_share_of_the_scale),
        cmocka_unit_test(one_score_and_equal_scores_never_disagree),
        cmocka_unit_test(threshold_per_call),
        cmocka_unit_test(exact_fractions),
        cmocka_unit_test(threshold_as_said_to_users),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
