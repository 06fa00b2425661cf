/* Unit tests: the tranche plan of a grant and the splits of an award (domain/tranches). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/tranches.h"

static TranchePlan plan3(int a, TrancheTrigger ta, int b, TrancheTrigger tb, int c,
                         TrancheTrigger tc)
{
    return (TranchePlan){.n = 3, .step = {{a, ta}, {b, tb}, {c, tc}}};
}

static void the_default_is_60_on_signature_and_40_on_the_final_report(void **state)
{
    (void)state;
    TranchePlan p = dom_tranche_default();
    assert_int_equal(p.n, 2);
    assert_int_equal(p.step[0].pct, 60);
    assert_int_equal(p.step[0].on, TRIGGER_SIGNATURE);
    assert_int_equal(p.step[1].pct, 40);
    assert_int_equal(p.step[1].on, TRIGGER_FINAL_REPORT);
    assert_int_equal(dom_tranche_check(&p, NULL), TRANCHE_OK);
    int64_t out[2];
    dom_tranche_split(&p, 4000000, out); /* 40,000.00 EUR */
    assert_int_equal(out[0], 2400000);
    assert_int_equal(out[1], 1600000);
}

static void a_plan_adds_up_to_100_in_the_order_of_the_grant(void **state)
{
    (void)state;
    int bad;
    TranchePlan p =
        plan3(30, TRIGGER_SIGNATURE, 40, TRIGGER_INTERIM_REPORT, 30, TRIGGER_FINAL_REPORT);
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_OK);
    assert_int_equal(bad, -1);
    p.step[2].pct = 20;
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_NOT_100);
    assert_int_equal(bad, -1);
    p = plan3(30, TRIGGER_SIGNATURE, 40, TRIGGER_FINAL_REPORT, 30, TRIGGER_INTERIM_REPORT);
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_BAD_ORDER);
    assert_int_equal(bad, 2);
    p = plan3(50, TRIGGER_SIGNATURE, 50, TRIGGER_SIGNATURE, 0, TRIGGER_FINAL_REPORT);
    p.n = 2;
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_BAD_ORDER); /* twice the same */
    assert_int_equal(bad, 1);
    p = plan3(100, TRIGGER_SIGNATURE, 0, TRIGGER_FINAL_REPORT, 0, TRIGGER_FINAL_REPORT);
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_BAD_PCT);
    assert_int_equal(bad, 1);
    p.n = 1;
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_OK); /* all at once */
    p.n = 0;
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_NONE);
    p.n = TRANCHE_MAX + 1;
    assert_int_equal(dom_tranche_check(&p, &bad), TRANCHE_NONE);
    assert_int_equal(dom_tranche_check(NULL, &bad), TRANCHE_NONE);
}

static void the_last_tranche_takes_the_cents_left(void **state)
{
    (void)state;
    TranchePlan p =
        plan3(33, TRIGGER_SIGNATURE, 33, TRIGGER_INTERIM_REPORT, 34, TRIGGER_FINAL_REPORT);
    int64_t out[3];
    dom_tranche_split(&p, 100001, out);
    assert_int_equal(out[0], 33000); /* 33000.33 rounded down */
    assert_int_equal(out[1], 33000);
    assert_int_equal(out[2], 34001);
    assert_int_equal(out[0] + out[1] + out[2], 100001);
    dom_tranche_split(&p, 0, out);
    assert_int_equal(out[0] + out[1] + out[2], 0);
    /* the largest amounts do not overflow */
    dom_tranche_split(&p, 100000000000000000LL, out);
    assert_int_equal(out[0], 33000000000000000LL);
    assert_int_equal(out[0] + out[1] + out[2], 100000000000000000LL);
}

static void budget_lines_scaled_to_the_award(void **state)
{
    (void)state;
    /* asked 50,000 in lines of 30,000 and 20,000; awarded 40,000 */
    const int64_t lines[] = {3000000, 2000000};
    int64_t out[3];
    dom_scale_lines(lines, 2, 5000000, 4000000, out);
    assert_int_equal(out[0], 2400000);
    assert_int_equal(out[1], 1600000);
    /* thirds: rounding down, the last line takes the rest */
    const int64_t thirds[] = {1, 1, 1};
    dom_scale_lines(thirds, 3, 3, 100, out);
    assert_int_equal(out[0], 33);
    assert_int_equal(out[1], 33);
    assert_int_equal(out[2], 34);
    /* lines adding up to more than the request: never below 0 */
    const int64_t over[] = {100, 100, 100};
    dom_scale_lines(over, 3, 100, 150, out);
    assert_int_equal(out[0], 150);
    assert_int_equal(out[1], 0);
    assert_int_equal(out[2], 0);
    /* nothing requested: the first line takes the award */
    dom_scale_lines(lines, 2, 0, 500, out);
    assert_int_equal(out[0], 500);
    assert_int_equal(out[1], 0);
    dom_scale_lines(lines, 0, 5000000, 4000000, out); /* no lines: nothing written */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_default_is_60_on_signature_and_40_on_the_final_report),
        cmocka_unit_test(a_plan_adds_up_to_100_in_the_order_of_the_grant),
        cmocka_unit_test(the_last_tranche_takes_the_cents_left),
        cmocka_unit_test(budget_lines_scaled_to_the_award),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
