/* Unit tests: a cohort's places proposed down the ranking, and the disagreement threshold. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/seats.h"

static const int weights[] = {2, 1};

static SeatRubric rubric(int pct)
{
    return (SeatRubric){
        .ncriteria = 2, .weights = weights, .scale_max = 5, .min_reviews = 2, .disagree_pct = pct};
}

/* Five applications with two reviews each and one with a single review. */
static const int s_lea[] = {5, 5, 5, 5}, s_bert[] = {4, 4, 4, 4}, s_chloe[] = {3, 3, 3, 3},
                 s_mark[] = {5, 4, 1, 1}, s_emma[] = {2, 1, 2, 1}, s_late[] = {5, 5};

static void places_waitlist_and_the_rest(void **state)
{
    (void)state;
    SeatRubric r = rubric(30);
    SeatApp apps[] = {
        {.id = 11, .received_at = 100, .nreviews = 2, .scores = s_emma},
        {.id = 12, .received_at = 100, .nreviews = 2, .scores = s_lea},
        {.id = 13, .received_at = 100, .nreviews = 1, .scores = s_late},
        {.id = 14, .received_at = 100, .nreviews = 2, .scores = s_mark},
        {.id = 15, .received_at = 100, .nreviews = 2, .scores = s_bert},
        {.id = 16, .received_at = 100, .nreviews = 2, .scores = s_chloe},
    };
    SeatOutcome out[6];
    int order[6], nranked;
    assert_true(seat_select(&r, apps, 6, 2, 2, out, order, &nranked));
    assert_int_equal(nranked, 5);
    /* Léa 5.00, Bert 4.00, Chloé 3.00, the marker 2.83, Emma 1.67 */
    int want[] = {1, 4, 5, 3, 0};
    for (int k = 0; k < 5; k++)
        assert_int_equal(order[k], want[k]);
    assert_int_equal(out[1].proposal, SEAT_PLACE);
    assert_int_equal(out[4].proposal, SEAT_PLACE);
    assert_int_equal(out[5].proposal, SEAT_WAITLIST);
    assert_int_equal(out[3].proposal, SEAT_WAITLIST);
    assert_int_equal(out[0].proposal, SEAT_DECLINE);
    assert_int_equal(out[2].proposal, SEAT_UNRANKED);
    assert_int_equal(out[2].rank, 0);
    assert_int_equal(out[3].score_milli, 2833);
    assert_int_equal(out[3].spread_milli, 3667);
    assert_true(out[3].disagreement);
    assert_false(out[1].disagreement);
    /* no free place: everyone ranked waits or is declined */
    assert_true(seat_select(&r, apps, 6, 0, 1, out, order, &nranked));
    assert_int_equal(out[1].proposal, SEAT_WAITLIST);
    assert_int_equal(out[4].proposal, SEAT_DECLINE);
    /* more places than applications: every ranked one gets one */
    assert_true(seat_select(&r, apps, 6, 10, 0, out, order, &nranked));
    for (int i = 0; i < 6; i++)
        assert_int_equal(out[i].proposal, i == 2 ? SEAT_UNRANKED : SEAT_PLACE);
}

static void the_threshold_is_a_share_of_the_scale(void **state)
{
    (void)state;
    SeatRubric r = rubric(30);
    assert_int_equal(seat_disagree_milli(&r), 1200); /* 30 % of 1..5 */
    r.disagree_pct = 40;
    assert_int_equal(seat_disagree_milli(&r), 1600);
    r.scale_max = 10;
    r.disagree_pct = 30;
    assert_int_equal(seat_disagree_milli(&r), 2700);
    /* exactly at the threshold is no disagreement; above it is */
    static const int at[] = {5, 5, 4, 1};   /* 5.00 and 3.00: spread 2.00 */
    static const int near[] = {5, 5, 3, 4}; /* 5.00 and 3.33: spread 1.67 */
    SeatRubric half = rubric(50);           /* 50 % of 4 points: 2.00 */
    SeatApp apps[] = {{.id = 1, .nreviews = 2, .scores = at},
                      {.id = 2, .nreviews = 2, .scores = near}};
    SeatOutcome out[2];
    int order[2], nranked;
    assert_true(seat_select(&half, apps, 2, 1, 0, out, order, &nranked));
    assert_int_equal(out[0].spread_milli, 2000);
    assert_false(out[0].disagreement);
    assert_false(out[1].disagreement);
    SeatRubric low = rubric(40); /* 1.60 */
    assert_true(seat_select(&low, apps, 2, 1, 0, out, order, &nranked));
    assert_true(out[0].disagreement);
    assert_true(out[1].disagreement);
}

static void invalid_input_ranks_nothing(void **state)
{
    (void)state;
    SeatRubric r = rubric(101);
    SeatApp apps[] = {{.id = 1, .nreviews = 2, .scores = s_lea},
                      {.id = 1, .nreviews = 2, .scores = s_bert}};
    SeatOutcome out[2];
    int order[2], nranked = 9;
    assert_false(seat_select(&r, apps, 1, 1, 0, out, order, &nranked));
    assert_int_equal(nranked, 0);
    r = rubric(30);
    assert_false(seat_select(&r, apps, 2, 1, 0, out, order, &nranked)); /* duplicate id */
    assert_false(seat_select(&r, apps, 1, -1, 0, out, order, &nranked));
    static const int bad[] = {6, 5, 5, 5}; /* above the scale */
    SeatApp b = {.id = 3, .nreviews = 2, .scores = bad};
    assert_false(seat_select(&r, &b, 1, 1, 0, out, order, &nranked));
    assert_true(seat_select(&r, apps, 0, 1, 0, out, order, &nranked));
    assert_int_equal(nranked, 0);
}

/* Open waiting-list offers hold places: free = capacity - enrolled - held, never below 0. */
static void offers_hold_places(void **state)
{
    (void)state;
    assert_int_equal(seats_free(3, 0, 0), 3);
    assert_int_equal(seats_free(3, 0, 3), 0);
    assert_int_equal(seats_free(3, 1, 1), 1);
    assert_int_equal(seats_free(3, 3, 1), 0); /* capacity lowered below what is taken */
    assert_int_equal(seats_free(2, 3, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(places_waitlist_and_the_rest),
        cmocka_unit_test(the_threshold_is_a_share_of_the_scale),
        cmocka_unit_test(invalid_input_ranks_nothing),
        cmocka_unit_test(offers_hold_places),
    };
    return cmocka_run_group_tests_name("seats", tests, NULL, NULL);
}
