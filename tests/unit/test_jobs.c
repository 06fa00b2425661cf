/* Unit tests: the rules of internships, jobs and placements (domain/jobs.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/jobs.h"

static Date day(const char *s)
{
    Date d;
    assert_true(date_parse(s, &d));
    return d;
}

static void stages(void **state)
{
    (void)state;
    /* forward, one step or several */
    assert_true(job_stage_move_ok(STAGE_PROPOSED, STAGE_INTERVIEW));
    assert_true(job_stage_move_ok(STAGE_PROPOSED, STAGE_OFFER));
    assert_true(job_stage_move_ok(STAGE_INTERVIEW, STAGE_OFFER));
    assert_true(job_stage_move_ok(STAGE_INTERVIEW, STAGE_HIRED));
    assert_true(job_stage_move_ok(STAGE_OFFER, STAGE_HIRED));
    /* not retained from any stage that is not final */
    assert_true(job_stage_move_ok(STAGE_PROPOSED, STAGE_NOT_RETAINED));
    assert_true(job_stage_move_ok(STAGE_OFFER, STAGE_NOT_RETAINED));
    /* never back, never the same, never out of a final stage */
    assert_false(job_stage_move_ok(STAGE_INTERVIEW, STAGE_PROPOSED));
    assert_false(job_stage_move_ok(STAGE_OFFER, STAGE_INTERVIEW));
    assert_false(job_stage_move_ok(STAGE_INTERVIEW, STAGE_INTERVIEW));
    assert_false(job_stage_move_ok(STAGE_HIRED, STAGE_NOT_RETAINED));
    assert_false(job_stage_move_ok(STAGE_HIRED, STAGE_OFFER));
    assert_false(job_stage_move_ok(STAGE_NOT_RETAINED, STAGE_INTERVIEW));
    assert_false(job_stage_move_ok(STAGE_NOT_RETAINED, STAGE_HIRED));
    assert_false(job_stage_move_ok(STAGE_NOT_RETAINED, STAGE_NOT_RETAINED));
    assert_true(job_stage_final(STAGE_HIRED));
    assert_true(job_stage_final(STAGE_NOT_RETAINED));
    assert_false(job_stage_final(STAGE_OFFER));
}

static void followups(void **state)
{
    (void)state;
    Date end = day("2027-06-30");
    static const struct {
        const char *today;
        int due;
    } cases[] = {
        {"2027-06-30", 0}, {"2027-09-29", 0}, {"2027-09-30", 3},  {"2027-12-29", 3},
        {"2027-12-30", 6}, {"2028-06-29", 6}, {"2028-06-30", 12}, {"2028-12-29", 12},
        {"2028-12-30", 0}, {"2030-01-01", 0}, {"2026-01-01", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(job_followup_due(end, day(cases[i].today)), cases[i].due);
    /* the end of a longer month lands on the last day of a shorter one */
    assert_int_equal(job_followup_due(day("2027-11-30"), day("2028-02-28")), 0);
    assert_int_equal(job_followup_due(day("2027-11-30"), day("2028-02-29")), 3);
}

static void placed(void **state)
{
    (void)state;
    Date s = day("2027-01-04"), e = day("2027-06-30");
    Date end_before = day("2027-05-31"), end_after = day("2027-07-31");
    /* open-ended, from the first day of the cohort to six months after its last */
    assert_true(job_placed(s, e, day("2027-01-04"), NULL));
    assert_true(job_placed(s, e, day("2027-07-01"), NULL));
    assert_true(job_placed(s, e, day("2027-12-30"), NULL));
    assert_false(job_placed(s, e, day("2027-12-31"), NULL));
    assert_false(job_placed(s, e, day("2027-01-03"), NULL));
    /* an internship that ended before the cohort's end does not count; one that runs past
     * it does */
    assert_false(job_placed(s, e, day("2027-03-01"), &end_before));
    assert_true(job_placed(s, e, day("2027-03-01"), &end_after));
    assert_true(job_placed(s, e, day("2027-03-01"), &e));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stages),
        cmocka_unit_test(followups),
        cmocka_unit_test(placed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
