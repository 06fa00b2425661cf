/* selection.c — exact scores, the ranking of selection.h and the greedy walk down it. The
 * ranking is computed on precomputed keys (RankKey) so that sel_rank_cmp and sel_select
 * cannot disagree: both go through rank_key_cmp. */
#include "domain/selection.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>

#include "core/arena.h"
#include "domain/disagree.h"

/* ---- validation ------------------------------------------------------------------------ */

static bool call_valid(const SelCall *c)
{
    if (!c || c->ncriteria < 1 || c->ncriteria > SEL_MAX_CRITERIA || !c->weights)
        return false;
    for (int i = 0; i < c->ncriteria; i++)
        if (c->weights[i] < 1 || c->weights[i] > SEL_MAX_WEIGHT)
            return false;
    return c->scale_max >= 1 && c->scale_max <= SEL_MAX_SCALE && c->min_reviews >= 0 &&
           c->min_reviews <= SEL_MAX_REVIEWS && c->min_score_milli >= 0 &&
           c->min_score_milli <= c->scale_max * 1000 && c->scale_min >= -SEL_MAX_SCALE &&
           c->scale_min < c->scale_max && c->disagree_pct >= 0 &&
           c->disagree_pct <= DOM_DISAGREE_MAX_PCT && c->budget_cents >= 0 &&
           c->budget_cents <= SEL_MAX_CENTS && c->min_grant_cents >= 0 && c->max_grant_cents >= 0 &&
           (c->max_grant_cents == 0 || c->max_grant_cents >= c->min_grant_cents);
}

static bool proposal_valid(const SelCall *c, const SelProposal *p)
{
    if (p->requested_cents < 1 || p->requested_cents > SEL_MAX_CENTS || p->amount_cents < 0 ||
        p->amount_cents > p->requested_cents || p->nreviews < 0 || p->nreviews > SEL_MAX_REVIEWS ||
        (p->nreviews > 0 && !p->scores))
        return false;
    for (int i = 0; i < p->nreviews * c->ncriteria; i++)
        if (p->scores[i] < 0 || p->scores[i] > c->scale_max)
            return false;
    return true;
}

/* ---- scores ---------------------------------------------------------------------------- */

static int64_t weight_sum(const SelCall *c)
{
    int64_t w = 0;
    for (int i = 0; i < c->ncriteria; i++)
        w += c->weights[i];
    return w;
}

/* sum(w_c * s_c) of one review: the numerator over weight_sum. */
static int64_t weighted_total(const SelCall *c, const int *scores)
{
    int64_t t = 0;
    for (int i = 0; i < c->ncriteria; i++)
        t += (int64_t)c->weights[i] * scores[i];
    return t;
}

SelScore sel_review_score(const SelCall *call, const int *scores)
{
    return (SelScore){weighted_total(call, scores), weight_sum(call)};
}

/* mean over r of t_r / W = sum(t_r) / (n * W): one fraction, no rounding anywhere. */
SelScore sel_proposal_score(const SelCall *call, const SelProposal *p)
{
    SelScore s = {0, (int64_t)p->nreviews * weight_sum(call)};
    for (int r = 0; r < p->nreviews; r++)
        s.num += weighted_total(call, p->scores + (size_t)r * (size_t)call->ncriteria);
    return s;
}

static int cmp_fractions(int64_t an, int64_t ad, int64_t bn, int64_t bd)
{
    int64_t l = an * bd, r = bn * ad; /* within int64 by the limits of selection.h */
    return (l > r) - (l < r);
}

int sel_score_cmp(SelScore a, SelScore b)
{
    return cmp_fractions(a.num, a.den, b.num, b.den);
}

/* num/den * 1000 rounded half up: floor((2000 num + den) / (2 den)), num >= 0. */
static int milli_of(int64_t num, int64_t den)
{
    return den > 0 ? (int)((2000 * num + den) / (2 * den)) : 0;
}

int sel_score_milli(SelScore s)
{
    return milli_of(s.num, s.den);
}

/* Highest minus lowest review total, still over weight_sum. */
static int64_t spread_total(const SelCall *c, const SelProposal *p)
{
    int64_t lo = 0, hi = 0;
    for (int r = 0; r < p->nreviews; r++) {
        int64_t t = weighted_total(c, p->scores + (size_t)r * (size_t)c->ncriteria);
        if (r == 0 || t < lo)
            lo = t;
        if (r == 0 || t > hi)
            hi = t;
    }
    return hi - lo;
}

/* ---- ranking --------------------------------------------------------------------------- */

/* Everything the ranking looks at, precomputed; criterion sums are in weight order, so the
 * comparison needs no call (qsort passes no context). */
typedef struct RankKey {
    SelScore score;
    int ncriteria, nreviews;
    int64_t criterion_sum[SEL_MAX_CRITERIA]; /* sum over reviews, by decreasing weight */
    int64_t requested_cents, submitted_at, id;
    int index;
} RankKey;

/* Criteria indices by decreasing weight, equal weights in the call's order (a stable
 * insertion sort: there are at most SEL_MAX_CRITERIA). */
static void criteria_by_weight(const SelCall *c, int *order)
{
    for (int i = 0; i < c->ncriteria; i++) {
        int j = i;
        while (j > 0 && c->weights[order[j - 1]] < c->weights[i]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
}

static void rank_key_make(const SelCall *c, const int *by_weight, const SelProposal *p, int index,
                          RankKey *k)
{
    k->score = sel_proposal_score(c, p);
    k->ncriteria = c->ncriteria;
    k->nreviews = p->nreviews;
    for (int i = 0; i < c->ncriteria; i++) {
        k->criterion_sum[i] = 0;
        for (int r = 0; r < p->nreviews; r++)
            k->criterion_sum[i] += p->scores[(size_t)r * (size_t)c->ncriteria + by_weight[i]];
    }
    k->requested_cents = p->requested_cents;
    k->submitted_at = p->submitted_at;
    k->id = p->id;
    k->index = index;
}

static int cmp_int64(int64_t a, int64_t b)
{
    return (a > b) - (a < b);
}

/* The order of selection.h, step by step; <0 when a ranks first. */
static int rank_key_cmp(const RankKey *a, const RankKey *b)
{
    int d = sel_score_cmp(b->score, a->score);   /* higher first */
    for (int i = 0; !d && i < a->ncriteria; i++) /* higher criterion mean first */
        d = cmp_fractions(b->criterion_sum[i], b->nreviews, a->criterion_sum[i], a->nreviews);
    if (!d)
        d = cmp_int64(a->requested_cents, b->requested_cents);
    if (!d)
        d = cmp_int64(a->submitted_at, b->submitted_at);
    if (!d)
        d = cmp_int64(a->id, b->id);
    return d;
}

static int rank_key_qsort(const void *a, const void *b)
{
    return rank_key_cmp(a, b);
}

int sel_rank_cmp(const SelCall *call, const SelProposal *a, const SelProposal *b)
{
    int by_weight[SEL_MAX_CRITERIA];
    criteria_by_weight(call, by_weight);
    RankKey ka, kb;
    rank_key_make(call, by_weight, a, 0, &ka);
    rank_key_make(call, by_weight, b, 1, &kb);
    return rank_key_cmp(&ka, &kb);
}

/* ---- selection ------------------------------------------------------------------------- */

static bool rankable(const SelCall *c, const SelProposal *p)
{
    return p->eligible && p->nreviews >= (c->min_reviews > 1 ? c->min_reviews : 1);
}

static int64_t amount_of(const SelProposal *p)
{
    return p->amount_cents ? p->amount_cents : p->requested_cents;
}

static int cmp_id_index(const void *a, const void *b)
{
    const int64_t *x = a, *y = b; /* pairs {id, index} */
    return cmp_int64(x[0], y[0]);
}

/* Index of the second proposal of the first duplicated id (by id), or -1. */
static int first_duplicate_id(const SelProposal *props, int n)
{
    int64_t(*ids)[2] = xmalloc(sizeof *ids * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        ids[i][0] = props[i].id;
        ids[i][1] = i;
    }
    qsort(ids, (size_t)n, sizeof *ids, cmp_id_index);
    int dup = -1;
    for (int i = 1; i < n && dup < 0; i++)
        if (ids[i][0] == ids[i - 1][0])
            dup = (int)(ids[i][1] > ids[i - 1][1] ? ids[i][1] : ids[i - 1][1]);
    free(ids);
    return dup;
}

static SelStatus check_input(const SelCall *call, const SelProposal *props, int n, SelSummary *sum)
{
    if (!call_valid(call) || n < 0 || (n > 0 && !props))
        return SEL_BAD_CALL;
    for (int i = 0; i < n; i++)
        if (!proposal_valid(call, &props[i])) {
            sum->bad_proposal = i;
            return SEL_BAD_PROPOSAL;
        }
    if ((sum->bad_proposal = first_duplicate_id(props, n)) >= 0)
        return SEL_DUPLICATE_ID;
    return SEL_OK;
}

/* Scores, spread and the exclusion reason of one proposal. */
static void describe(const SelCall *c, const SelProposal *p, SelOutcome *o)
{
    *o = (SelOutcome){.amount_cents = amount_of(p)};
    o->score = sel_proposal_score(c, p);
    o->score_milli = sel_score_milli(o->score);
    if (p->nreviews >= 2) {
        int64_t spread = spread_total(c, p), w = weight_sum(c);
        o->spread_milli = milli_of(spread, w);
        o->disagreement =
            dom_disagree_spread(spread, w, c->scale_min, c->scale_max, c->disagree_pct);
    }
    if (!p->eligible)
        o->reason = SEL_NOT_ELIGIBLE;
    else if (!rankable(c, p))
        o->reason = SEL_TOO_FEW_REVIEWS;
}

static bool below_threshold(const SelCall *c, SelScore s)
{
    return s.num * 1000 < (int64_t)c->min_score_milli * s.den;
}

/* The walk down the ranking: take what fits, skip what does not, go on. */
static void walk_budget(const SelCall *c, const int *order, int nranked, SelOutcome *out,
                        SelSummary *sum)
{
    int64_t remaining = c->budget_cents;
    for (int i = 0; i < nranked; i++) {
        SelOutcome *o = &out[order[i]];
        o->rank = i + 1;
        o->remaining_cents = remaining;
        if (below_threshold(c, o->score)) {
            o->reason = SEL_BELOW_THRESHOLD;
        } else if (o->amount_cents <= remaining) {
            o->reason = SEL_SELECTED;
            remaining -= o->amount_cents;
            sum->selected_cents += o->amount_cents;
            sum->nselected++;
        } else {
            o->reason = SEL_DOES_NOT_FIT;
            o->missing_cents = o->amount_cents - remaining;
        }
    }
    sum->left_cents = remaining;
    assert(sum->selected_cents <= c->budget_cents && remaining >= 0);
}

SelStatus sel_select(const SelCall *call, const SelProposal *props, int n, SelOutcome *out,
                     int *order, SelSummary *sum)
{
    *sum = (SelSummary){.bad_proposal = -1};
    SelStatus st = check_input(call, props, n, sum);
    if (st != SEL_OK)
        return st;
    int by_weight[SEL_MAX_CRITERIA];
    criteria_by_weight(call, by_weight);
    RankKey *keys = xmalloc(sizeof *keys * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        describe(call, &props[i], &out[i]);
        if (rankable(call, &props[i]))
            rank_key_make(call, by_weight, &props[i], i, &keys[sum->nranked++]);
    }
    qsort(keys, (size_t)sum->nranked, sizeof *keys, rank_key_qsort);
    int k = 0;
    for (int i = 0; i < sum->nranked; i++)
        order[k++] = keys[i].index;
    for (int i = 0; i < n; i++)
        if (!rankable(call, &props[i]))
            order[k++] = i;
    free(keys);
    walk_budget(call, order, sum->nranked, out, sum);
    return SEL_OK;
}

/* ---- the final decision ---------------------------------------------------------------- */

static int find_proposal(const SelProposal *props, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (props[i].id == id)
            return i;
    return -1;
}

static int64_t add_saturating(int64_t a, int64_t b)
{
    if (b > 0 && a > INT64_MAX - b)
        return INT64_MAX;
    if (b < 0 && a < INT64_MIN - b)
        return INT64_MIN;
    return a + b;
}

static unsigned grant_errors(const SelCall *c, const SelProposal *p, int64_t amount)
{
    unsigned e = 0;
    if (!p->eligible)
        e |= SEL_GRANT_NOT_ELIGIBLE;
    if (amount <= 0)
        e |= SEL_GRANT_NOT_POSITIVE;
    if (amount > p->requested_cents)
        e |= SEL_GRANT_ABOVE_REQUESTED;
    if (amount < c->min_grant_cents)
        e |= SEL_GRANT_BELOW_MIN;
    if (c->max_grant_cents > 0 && amount > c->max_grant_cents)
        e |= SEL_GRANT_ABOVE_MAX;
    return e;
}

bool sel_check_decision(const SelCall *call, const SelProposal *props, int n,
                        const SelGrant *grants, int ngrants, unsigned *errors,
                        SelDecisionSummary *sum)
{
    *sum = (SelDecisionSummary){0};
    for (int g = 0; g < ngrants; g++)
        errors[g] = 0;
    SelSummary ignored = {.bad_proposal = -1};
    if (ngrants < 0 || (ngrants > 0 && !grants) || check_input(call, props, n, &ignored)) {
        sum->nbad = -1;
        return false;
    }
    for (int g = 0; g < ngrants; g++) {
        int i = find_proposal(props, n, grants[g].id);
        if (i < 0)
            errors[g] = SEL_GRANT_UNKNOWN;
        else
            errors[g] = grant_errors(call, &props[i], grants[g].amount_cents);
        for (int h = 0; h < g; h++)
            if (grants[h].id == grants[g].id)
                errors[g] |= SEL_GRANT_DUPLICATE;
        sum->total_cents = add_saturating(sum->total_cents, grants[g].amount_cents);
        sum->nbad += errors[g] != 0;
    }
    if (sum->total_cents > call->budget_cents)
        sum->over_budget_cents = sum->total_cents - call->budget_cents;
    return sum->nbad == 0 && sum->over_budget_cents == 0;
}
