/* Unit tests: exact scores, the ranking's tie-breaks level by level, the selection of the demo
 * call (9 of 19 eligible proposals for exactly 600,000 EUR), a randomized check against an
 * independently written ranking and budget walk, and the check of a funder's final decision. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "domain/selection.h"

#define EUR 100LL /* cents */

static const int W321[] = {3, 2, 1};

static SelCall call_321(void)
{
    return (SelCall){.ncriteria = 3,
                     .weights = W321,
                     .scale_max = 10,
                     .min_reviews = 1,
                     .disagree_pct = 30, /* 3 points on 0..10 */
                     .budget_cents = 600000 * EUR};
}

static SelProposal proposal(int64_t id, int64_t requested, int nreviews, const int *scores)
{
    return (SelProposal){.id = id,
                         .requested_cents = requested,
                         .submitted_at = 1000,
                         .eligible = true,
                         .nreviews = nreviews,
                         .scores = scores};
}

/* ---- scores ---------------------------------------------------------------------------- */

static void weighted_means_are_exact(void **state)
{
    (void)state;
    SelCall c = call_321();
    const int r1[] = {7, 5, 10}, both[] = {7, 5, 10, 8, 8, 8};
    SelScore s = sel_review_score(&c, r1);
    assert_int_equal(s.num, 41); /* 3*7 + 2*5 + 1*10 */
    assert_int_equal(s.den, 6);
    assert_int_equal(sel_score_milli(s), 6833);
    SelProposal p = proposal(1, 1000, 2, both);
    s = sel_proposal_score(&c, &p);
    assert_int_equal(s.num, 41 + 48); /* mean of 41/6 and 8 = 89/12 */
    assert_int_equal(s.den, 12);
    assert_int_equal(sel_score_milli(s), 7417); /* 7.41666.. rounded */
    SelProposal none = proposal(2, 1000, 0, NULL);
    s = sel_proposal_score(&c, &none);
    assert_int_equal(s.den, 0);
    assert_int_equal(sel_score_milli(s), 0);

    /* half a thousandth rounds up: 1/16 = 0.0625 */
    const int w151[] = {15, 1}, tiny[] = {0, 1};
    SelCall c2 = {.ncriteria = 2, .weights = w151, .scale_max = 10};
    assert_int_equal(sel_score_milli(sel_review_score(&c2, tiny)), 63);
    assert_int_equal(sel_score_cmp((SelScore){1, 3}, (SelScore){2, 6}), 0);
    assert_true(sel_score_cmp((SelScore){333, 1000}, (SelScore){1, 3}) < 0);
}

/* Two proposals 0.0003 points apart show the same 6.668: the exact comparison still puts the
 * higher first, although the other has the better mean on the heaviest criterion (rounding
 * and then breaking the tie would rank them the other way). */
static void rounding_never_changes_the_ranking(void **state)
{
    (void)state;
    const int w[] = {100, 99, 98};
    SelCall c = {.ncriteria = 3, .weights = w, .scale_max = 10, .budget_cents = 1};
    const int a_scores[] = {5, 7, 8, 8, 8, 5, 7, 6, 6};
    const int b_scores[] = {5, 6, 5, 7, 9, 6, 6, 6, 9, 9, 6, 6};
    SelProposal ps[] = {proposal(2, 100, 4, b_scores), proposal(1, 100, 3, a_scores)};
    SelScore a = sel_proposal_score(&c, &ps[1]), b = sel_proposal_score(&c, &ps[0]);
    assert_int_equal(a.num, 5941);
    assert_int_equal(a.den, 891);
    assert_int_equal(b.num, 7921);
    assert_int_equal(b.den, 1188);
    assert_int_equal(sel_score_milli(a), 6668);
    assert_int_equal(sel_score_milli(b), 6668);
    assert_true(sel_score_cmp(a, b) > 0);
    assert_true(sel_rank_cmp(&c, &ps[1], &ps[0]) < 0);
    SelOutcome out[2];
    int order[2];
    SelSummary sum;
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_OK);
    assert_int_equal(order[0], 1);
    assert_int_equal(out[1].rank, 1);
    assert_int_equal(out[0].rank, 2);
}

static void disagreement_is_a_spread_above_the_threshold(void **state)
{
    (void)state;
    SelCall c = call_321(); /* threshold 3 points */
    const int exactly3[] = {5, 5, 5, 8, 8, 8}, above3[] = {5, 5, 5, 8, 8, 9}, single[] = {0, 0, 0},
              wide[] = {10, 10, 10, 0, 0, 0, 5, 5, 5};
    SelProposal ps[] = {proposal(1, 100, 2, exactly3), proposal(2, 100, 2, above3),
                        proposal(3, 100, 1, single), proposal(4, 100, 3, wide)};
    SelOutcome out[4];
    int order[4];
    SelSummary sum;
    assert_int_equal(sel_select(&c, ps, 4, out, order, &sum), SEL_OK);
    assert_int_equal(out[0].spread_milli, 3000);
    assert_false(out[0].disagreement);           /* exactly the threshold: not above it */
    assert_int_equal(out[1].spread_milli, 3167); /* 49/6 - 5 = 19/6 */
    assert_true(out[1].disagreement);
    assert_int_equal(out[2].spread_milli, 0);
    assert_false(out[2].disagreement);
    assert_int_equal(out[3].spread_milli, 10000);
    assert_true(out[3].disagreement);
    c.disagree_pct = 0; /* any difference at all */
    assert_int_equal(sel_select(&c, ps, 4, out, order, &sum), SEL_OK);
    assert_true(out[0].disagreement);
    assert_false(out[2].disagreement);
}

/* ---- ranking --------------------------------------------------------------------------- */

/* One pair per level of the documented order; weights 3, 5, 1 put criterion 1 first. In each
 * pair the first ranks before the second, decided at exactly that level. */
static void ties_are_broken_in_the_documented_order(void **state)
{
    (void)state;
    const int w[] = {3, 5, 1};
    SelCall c = {.ncriteria = 3, .weights = w, .scale_max = 10, .budget_cents = 1};
    const int s563[] = {5, 6, 3}, s655[] = {6, 5, 5}, s466[] = {4, 6, 6}, s564[] = {5, 6, 4};
    /* totals: 563 -> 15+30+3 = 48, 655 -> 18+25+5 = 48, 466 -> 12+30+6 = 48, 564 -> 49 */
    SelProposal score_hi = proposal(9, 500, 1, s564), score_lo = proposal(1, 100, 1, s563);
    SelProposal top_hi = proposal(9, 500, 1, s563), top_lo = proposal(1, 100, 1, s655);
    SelProposal next_hi = proposal(9, 500, 1, s563), next_lo = proposal(1, 100, 1, s466);
    SelProposal cheap = proposal(9, 100, 1, s563), dear = proposal(1, 200, 1, s563);
    SelProposal early = proposal(9, 100, 1, s563), late = proposal(1, 100, 1, s563);
    early.submitted_at = 10;
    late.submitted_at = 20;
    SelProposal low_id = proposal(1, 100, 1, s563), high_id = proposal(2, 100, 1, s563);
    const SelProposal *pairs[][2] = {{&score_hi, &score_lo}, {&top_hi, &top_lo},
                                     {&next_hi, &next_lo},   {&cheap, &dear},
                                     {&early, &late},        {&low_id, &high_id}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        assert_true(sel_rank_cmp(&c, pairs[i][0], pairs[i][1]) < 0);
        assert_true(sel_rank_cmp(&c, pairs[i][1], pairs[i][0]) > 0);
        /* the same through sel_select, second listed first */
        SelProposal ps[] = {*pairs[i][1], *pairs[i][0]};
        SelOutcome out[2];
        int order[2];
        SelSummary sum;
        assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_OK);
        assert_int_equal(order[0], 1);
        assert_int_equal(out[1].rank, 1);
    }
    /* criterion means, not sums: one review of 6 on criterion 1 beats two of 5 each */
    const int two[] = {6, 5, 5, 6, 5, 5};
    SelProposal mean_hi = proposal(9, 500, 1, s563), mean_lo = proposal(1, 100, 2, two);
    assert_true(sel_rank_cmp(&c, &mean_hi, &mean_lo) < 0);
    /* equal weights: the criterion listed first decides */
    const int w_eq[] = {2, 2};
    SelCall ce = {.ncriteria = 2, .weights = w_eq, .scale_max = 10};
    const int s73[] = {7, 3}, s37[] = {3, 7};
    SelProposal first_hi = proposal(9, 500, 1, s73), first_lo = proposal(1, 100, 1, s37);
    assert_true(sel_rank_cmp(&ce, &first_hi, &first_lo) < 0);
    assert_int_equal(sel_rank_cmp(&c, &low_id, &low_id), 0);
}

/* ---- the demo call --------------------------------------------------------------------- */

/* 26 proposals submitted, 19 eligible, three reviews each, 600,000 EUR: ranks 1-7 take
 * 480,000; rank 8 (150,000) misses 30,000; rank 9 (70,000) fits; rank 10 (60,000) misses
 * 10,000; rank 11 (50,000) takes the rest. Nine selected, exactly 600,000 EUR. */
static void demo_call_selects_nine_for_600000_eur(void **state)
{
    (void)state;
    enum { N = 26, ELIGIBLE = 19 };
    static const int64_t amount_k[N] = {80, 70, 75, 60, 65, 55,  75, 150, 70, 60, 50, 40,  45,
                                        30, 35, 25, 20, 90, 100, 50, 60,  70, 80, 90, 100, 40};
    static int scores[N][9];
    SelProposal ps[N];
    int rank_of[N]; /* 0-based rank by construction; ranks 19-25 are not eligible */
    for (int i = 0; i < N; i++) {
        int r = rank_of[i] = (i * 11) % N;      /* input order is not rank order */
        int total = r < ELIGIBLE ? 30 - r : 30; /* sum of the three reviewers' marks */
        int marks[3] = {total / 3 + (total % 3 > 0), total / 3 + (total % 3 > 1), total / 3};
        if (r == 4) { /* 26 = 10 + 10 + 6: the reviewers disagree */
            marks[0] = marks[1] = 10;
            marks[2] = 6;
        }
        for (int j = 0; j < 9; j++)
            scores[i][j] = marks[j / 3];
        ps[i] = proposal(1001 + i, amount_k[r] * 1000 * EUR, 3, scores[i]);
        ps[i].eligible = r < ELIGIBLE;
    }
    SelCall c = call_321();
    c.min_reviews = 3;
    SelOutcome out[N];
    int order[N];
    SelSummary sum;
    assert_int_equal(sel_select(&c, ps, N, out, order, &sum), SEL_OK);
    assert_int_equal(sum.nranked, ELIGIBLE);
    assert_int_equal(sum.nselected, 9);
    assert_int_equal(sum.selected_cents, 600000 * EUR);
    assert_int_equal(sum.left_cents, 0);
    static const SelReason want[ELIGIBLE] = {
        SEL_SELECTED,     SEL_SELECTED,     SEL_SELECTED,     SEL_SELECTED,     SEL_SELECTED,
        SEL_SELECTED,     SEL_SELECTED,     SEL_DOES_NOT_FIT, SEL_SELECTED,     SEL_DOES_NOT_FIT,
        SEL_SELECTED,     SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT,
        SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT, SEL_DOES_NOT_FIT};
    for (int i = 0; i < N; i++) {
        int r = rank_of[i];
        if (r >= ELIGIBLE) {
            assert_int_equal(out[i].reason, SEL_NOT_ELIGIBLE);
            assert_int_equal(out[i].rank, 0);
            continue;
        }
        assert_int_equal(out[i].rank, r + 1);
        assert_int_equal(order[r], i);
        assert_int_equal(out[i].reason, want[r]);
        assert_int_equal(out[i].score_milli, (30 - r) * 1000 / 3 + ((30 - r) % 3 == 2));
        assert_int_equal(out[i].disagreement, r == 4);
    }
    assert_int_equal(out[order[7]].missing_cents, 30000 * EUR);
    assert_int_equal(out[order[7]].remaining_cents, 120000 * EUR);
    assert_int_equal(out[order[8]].remaining_cents, 120000 * EUR);
    assert_int_equal(out[order[9]].missing_cents, 10000 * EUR);
    assert_int_equal(out[order[10]].remaining_cents, 50000 * EUR);
    assert_int_equal(out[order[18]].missing_cents, 100000 * EUR);
    for (int r = ELIGIBLE; r < N; r++) /* then the others, in input order */
        assert_true(r == ELIGIBLE || order[r] > order[r - 1]);
}

static void exclusions_and_threshold(void **state)
{
    (void)state;
    SelCall c = call_321();
    c.min_reviews = 2;
    c.min_score_milli = 6000;
    c.budget_cents = 1000;
    const int good[] = {9, 9, 9, 8, 8, 8}, weak[] = {6, 6, 6, 5, 5, 6}, one[] = {10, 10, 10};
    SelProposal ps[] = {proposal(1, 400, 2, good), proposal(2, 100, 2, weak),
                        proposal(3, 100, 1, one), proposal(4, 100, 2, good),
                        proposal(5, 100, 0, NULL)};
    ps[3].eligible = false;
    ps[0].amount_cents = 300; /* adjusted down from 400 */
    SelOutcome out[5];
    int order[5];
    SelSummary sum;
    assert_int_equal(sel_select(&c, ps, 5, out, order, &sum), SEL_OK);
    assert_int_equal(out[0].reason, SEL_SELECTED);
    assert_int_equal(out[0].amount_cents, 300);
    assert_int_equal(out[1].reason, SEL_BELOW_THRESHOLD); /* 67/12 < 6 although it fits */
    assert_int_equal(out[1].rank, 2);
    assert_int_equal(out[2].reason, SEL_TOO_FEW_REVIEWS);
    assert_int_equal(out[3].reason, SEL_NOT_ELIGIBLE);
    assert_int_equal(out[4].reason, SEL_TOO_FEW_REVIEWS);
    assert_int_equal(sum.selected_cents, 300);
    assert_int_equal(sum.left_cents, 700);
    int want_order[] = {0, 1, 2, 3, 4};
    assert_memory_equal(order, want_order, sizeof want_order);
    /* min_reviews 0 still needs one review to have a score */
    c.min_reviews = 0;
    assert_int_equal(sel_select(&c, ps, 5, out, order, &sum), SEL_OK);
    assert_int_equal(out[2].reason, SEL_SELECTED);
    assert_int_equal(out[4].reason, SEL_TOO_FEW_REVIEWS);
}

static void a_big_one_is_skipped_and_a_later_small_one_taken(void **state)
{
    (void)state;
    SelCall c = call_321();
    c.budget_cents = 1000;
    const int s9[] = {9, 9, 9}, s8[] = {8, 8, 8}, s7[] = {7, 7, 7};
    SelProposal ps[] = {proposal(1, 700, 1, s9), proposal(2, 500, 1, s8), proposal(3, 300, 1, s7)};
    SelOutcome out[3];
    int order[3];
    SelSummary sum;
    assert_int_equal(sel_select(&c, ps, 3, out, order, &sum), SEL_OK);
    assert_int_equal(out[0].reason, SEL_SELECTED);
    assert_int_equal(out[1].reason, SEL_DOES_NOT_FIT);
    assert_int_equal(out[1].missing_cents, 200);
    assert_int_equal(out[2].reason, SEL_SELECTED);
    assert_int_equal(sum.selected_cents, 1000);
    c.budget_cents = 0;
    assert_int_equal(sel_select(&c, ps, 3, out, order, &sum), SEL_OK);
    assert_int_equal(sum.nselected, 0);
    assert_int_equal(out[2].missing_cents, 300);
}

/* ---- randomized: an independent ranking and walk ---------------------------------------- */

static uint64_t rnd(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

static int64_t criterion_total(const SelCall *c, const SelProposal *p, int crit)
{
    int64_t t = 0;
    for (int r = 0; r < p->nreviews; r++)
        t += p->scores[r * c->ncriteria + crit];
    return t;
}

static int sign(int64_t x)
{
    return (x > 0) - (x < 0);
}

/* The documented order written again, differently: the common weight sum cancels out of the
 * score comparison, and criteria are visited by scanning weights from the heaviest down.
 * *level receives the step that decided (1-5). */
static int ref_cmp(const SelCall *c, const SelProposal *a, const SelProposal *b, int *level)
{
    int64_t ta = 0, tb = 0;
    for (int k = 0; k < c->ncriteria; k++) {
        ta += c->weights[k] * criterion_total(c, a, k);
        tb += c->weights[k] * criterion_total(c, b, k);
    }
    *level = 1;
    if (ta * b->nreviews != tb * a->nreviews)
        return sign(tb * a->nreviews - ta * b->nreviews);
    *level = 2;
    for (int w = SEL_MAX_WEIGHT; w >= 1; w--)
        for (int k = 0; k < c->ncriteria; k++)
            if (c->weights[k] == w) {
                int64_t x = criterion_total(c, a, k) * b->nreviews;
                int64_t y = criterion_total(c, b, k) * a->nreviews;
                if (x != y)
                    return sign(y - x);
            }
    *level = 3;
    if (a->requested_cents != b->requested_cents)
        return sign(a->requested_cents - b->requested_cents);
    *level = 4;
    if (a->submitted_at != b->submitted_at)
        return sign(a->submitted_at - b->submitted_at);
    *level = 5;
    return sign(a->id - b->id);
}

typedef struct Instance {
    SelCall call;
    int weights[4];
    SelProposal props[30];
    int scores[30][4 * 4];
    int n;
} Instance;

/* Small scales and few distinct amounts and times, so that every tie-break gets used. */
static void random_instance(Instance *in, uint64_t *s)
{
    memset(in, 0, sizeof *in);
    in->call.ncriteria = 1 + (int)(rnd(s) % 4);
    for (int k = 0; k < in->call.ncriteria; k++)
        in->weights[k] = 1 + (int)(rnd(s) % 3);
    in->call.weights = in->weights;
    in->call.scale_max = 1 + (int)(rnd(s) % 3);
    in->call.min_reviews = (int)(rnd(s) % 3);
    in->call.min_score_milli =
        rnd(s) % 3 ? 0 : (int)(rnd(s) % (uint64_t)(in->call.scale_max * 1000));
    in->call.budget_cents = (int64_t)(rnd(s) % 200) * 1000;
    in->n = 1 + (int)(rnd(s) % 30);
    for (int i = 0; i < in->n; i++) {
        SelProposal *p = &in->props[i];
        p->id = (int64_t)(i * 7919 % 30) - 10; /* unique, not in input order, some negative */
        p->requested_cents = (1 + (int64_t)(rnd(s) % 4)) * 10000;
        p->amount_cents = rnd(s) % 4 ? 0 : p->requested_cents - 5000;
        p->submitted_at = (int64_t)(rnd(s) % 3);
        p->eligible = rnd(s) % 8 != 0;
        p->nreviews = (int)(rnd(s) % 5);
        p->scores = p->nreviews ? in->scores[i] : NULL;
        for (int j = 0; j < p->nreviews * in->call.ncriteria; j++)
            in->scores[i][j] = (int)(rnd(s) % (uint64_t)(in->call.scale_max + 1));
    }
}

static bool ref_rankable(const SelCall *c, const SelProposal *p)
{
    return p->eligible && p->nreviews > 0 && p->nreviews >= c->min_reviews;
}

static void check_instance(const Instance *in, int *decided_at)
{
    const SelCall *c = &in->call;
    const SelProposal *ps = in->props;
    int n = in->n, order[30], level = 0;
    SelOutcome out[30];
    SelSummary sum;
    assert_int_equal(sel_select(c, ps, n, out, order, &sum), SEL_OK);
    /* order is a permutation: the rankable ones first, then the others in input order */
    bool seen[30] = {0};
    int nranked = 0;
    for (int i = 0; i < n; i++) {
        assert_false(seen[order[i]]);
        seen[order[i]] = true;
        nranked += ref_rankable(c, &ps[i]);
    }
    assert_int_equal(sum.nranked, nranked);
    /* the ranking is a strict total order, the same as the reference, and order follows it */
    for (int i = 0; i < nranked; i++) {
        const SelProposal *a = &ps[order[i]];
        assert_true(ref_rankable(c, a));
        assert_int_equal(out[order[i]].rank, i + 1);
        for (int j = 0; j < nranked; j++) {
            const SelProposal *b = &ps[order[j]];
            int want = i == j ? 0 : ref_cmp(c, a, b, &level);
            assert_int_equal(sign(sel_rank_cmp(c, a, b)), want);
            assert_int_equal(want, i < j ? -1 : i > j ? 1 : 0);
            if (j == i + 1)
                decided_at[level]++;
        }
    }
    for (int i = nranked; i < n; i++) {
        assert_false(ref_rankable(c, &ps[order[i]]));
        assert_int_equal(out[order[i]].rank, 0);
        assert_int_equal(out[order[i]].reason,
                         ps[order[i]].eligible ? SEL_TOO_FEW_REVIEWS : SEL_NOT_ELIGIBLE);
        if (i > nranked)
            assert_true(order[i] > order[i - 1]);
    }
    /* the budget walk, replayed: every skip really did not fit at its turn */
    int64_t remaining = c->budget_cents, selected = 0;
    for (int i = 0; i < nranked; i++) {
        const SelProposal *p = &ps[order[i]];
        const SelOutcome *o = &out[order[i]];
        int64_t amount = p->amount_cents ? p->amount_cents : p->requested_cents, total = 0;
        for (int k = 0; k < c->ncriteria; k++)
            total += c->weights[k] * criterion_total(c, p, k);
        int64_t wsum = 0;
        for (int k = 0; k < c->ncriteria; k++)
            wsum += c->weights[k];
        assert_int_equal(o->amount_cents, amount);
        assert_int_equal(o->remaining_cents, remaining);
        if (total * 1000 < (int64_t)c->min_score_milli * wsum * p->nreviews) {
            assert_int_equal(o->reason, SEL_BELOW_THRESHOLD);
        } else if (amount <= remaining) {
            assert_int_equal(o->reason, SEL_SELECTED);
            remaining -= amount;
            selected += amount;
        } else {
            assert_int_equal(o->reason, SEL_DOES_NOT_FIT);
            assert_int_equal(o->missing_cents, amount - remaining);
        }
    }
    assert_true(selected <= c->budget_cents);
    assert_int_equal(sum.selected_cents, selected);
    assert_int_equal(sum.left_cents, c->budget_cents - selected);
}

static void random_calls_follow_the_rules(void **state)
{
    (void)state;
    int decided_at[6] = {0};
    Instance in;
    for (uint64_t seed = 1; seed <= 2000; seed++) {
        uint64_t s = seed * 0x9E3779B97F4A7C15ull;
        random_instance(&in, &s);
        check_instance(&in, decided_at);
    }
    for (int level = 1; level <= 5; level++) /* every step of the order was exercised */
        assert_true(decided_at[level] >= 100);
}

/* ---- final decision -------------------------------------------------------------------- */

static void final_decision_is_checked(void **state)
{
    (void)state;
    SelCall c = call_321();
    c.budget_cents = 1000;
    c.min_grant_cents = 100;
    c.max_grant_cents = 600;
    const int s5[] = {5, 5, 5};
    SelProposal ps[] = {proposal(1, 500, 1, s5), proposal(2, 800, 1, s5), proposal(3, 300, 1, s5)};
    ps[2].eligible = false;
    unsigned err[6];
    SelDecisionSummary sum;

    SelGrant ok[] = {{1, 500}, {2, 500}};
    assert_true(sel_check_decision(&c, ps, 3, ok, 2, err, &sum));
    assert_int_equal(sum.total_cents, 1000);
    assert_int_equal(sum.over_budget_cents, 0);
    assert_int_equal(sum.nbad, 0);

    SelGrant over[] = {{1, 500}, {2, 501}};
    assert_false(sel_check_decision(&c, ps, 3, over, 2, err, &sum));
    assert_int_equal(err[0], 0);
    assert_int_equal(err[1], 0);
    assert_int_equal(sum.over_budget_cents, 1);
    assert_int_equal(sum.nbad, 0);

    SelGrant bad[] = {{1, 501}, {2, 700}, {2, 50}, {3, 200}, {99, 10}, {1, 0}};
    assert_false(sel_check_decision(&c, ps, 3, bad, 6, err, &sum));
    assert_int_equal(err[0], SEL_GRANT_ABOVE_REQUESTED);
    assert_int_equal(err[1], SEL_GRANT_ABOVE_MAX); /* within the 800 requested */
    assert_int_equal(err[2], SEL_GRANT_DUPLICATE | SEL_GRANT_BELOW_MIN);
    assert_int_equal(err[3], SEL_GRANT_NOT_ELIGIBLE);
    assert_int_equal(err[4], SEL_GRANT_UNKNOWN);
    assert_int_equal(err[5], SEL_GRANT_DUPLICATE | SEL_GRANT_NOT_POSITIVE | SEL_GRANT_BELOW_MIN);
    assert_int_equal(sum.nbad, 6);
    assert_int_equal(sum.total_cents, 501 + 700 + 50 + 200 + 10);
    assert_int_equal(sum.over_budget_cents, 461);

    SelGrant huge[] = {{1, INT64_MAX}, {2, INT64_MAX}};
    assert_false(sel_check_decision(&c, ps, 3, huge, 2, err, &sum));
    assert_int_equal(sum.total_cents, INT64_MAX); /* saturates, never wraps */

    c.max_grant_cents = 0; /* no maximum */
    SelGrant big[] = {{2, 800}};
    c.budget_cents = 800;
    assert_true(sel_check_decision(&c, ps, 3, big, 1, err, &sum));
    assert_true(sel_check_decision(&c, ps, 3, NULL, 0, err, &sum)); /* nobody: fine */
    c.weights = NULL;
    assert_false(sel_check_decision(&c, ps, 3, big, 1, err, &sum));
    assert_int_equal(sum.nbad, -1);
    assert_int_equal(err[0], 0);
}

static void bad_input_is_refused(void **state)
{
    (void)state;
    const int s5[] = {5, 5, 5}, s11[] = {5, 11, 5}, w0[] = {3, 0, 1};
    SelProposal ps[] = {proposal(1, 500, 1, s5), proposal(2, 500, 1, s5)};
    SelOutcome out[2];
    int order[2];
    SelSummary sum;
    SelCall c = call_321();
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_OK);
    assert_int_equal(sel_select(&c, ps, 0, out, order, &sum), SEL_OK);
    assert_int_equal(sum.nranked, 0);

    SelCall bad_calls[] = {call_321(), call_321(), call_321(), call_321(), call_321()};
    bad_calls[0].ncriteria = 0;
    bad_calls[1].weights = w0;
    bad_calls[2].scale_max = SEL_MAX_SCALE + 1;
    bad_calls[3].budget_cents = -1;
    bad_calls[4].min_score_milli = 10001; /* above the scale */
    for (size_t i = 0; i < sizeof bad_calls / sizeof *bad_calls; i++)
        assert_int_equal(sel_select(&bad_calls[i], ps, 2, out, order, &sum), SEL_BAD_CALL);

    ps[1].scores = s11;
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_BAD_PROPOSAL);
    assert_int_equal(sum.bad_proposal, 1);
    ps[1].scores = s5;
    ps[0].amount_cents = 501; /* above requested */
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_BAD_PROPOSAL);
    assert_int_equal(sum.bad_proposal, 0);
    ps[0].amount_cents = 0;
    ps[0].nreviews = 2;
    ps[0].scores = NULL;
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_BAD_PROPOSAL);
    ps[0] = proposal(2, 500, 1, s5);
    assert_int_equal(sel_select(&c, ps, 2, out, order, &sum), SEL_DUPLICATE_ID);
    assert_int_equal(sum.bad_proposal, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(weighted_means_are_exact),
        cmocka_unit_test(rounding_never_changes_the_ranking),
        cmocka_unit_test(disagreement_is_a_spread_above_the_threshold),
        cmocka_unit_test(ties_are_broken_in_the_documented_order),
        cmocka_unit_test(demo_call_selects_nine_for_600000_eur),
        cmocka_unit_test(exclusions_and_threshold),
        cmocka_unit_test(a_big_one_is_skipped_and_a_later_small_one_taken),
        cmocka_unit_test(random_calls_follow_the_rules),
        cmocka_unit_test(final_decision_is_checked),
        cmocka_unit_test(bad_input_is_refused),
    };
    return cmocka_run_group_tests_name("selection", tests, NULL, NULL);
}
