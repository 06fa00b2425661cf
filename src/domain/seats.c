/* seats.c — a cohort's places proposed down the ranking (see seats.h). */
#include "domain/seats.h"

#include <stdlib.h>

#include "domain/disagree.h"
#include "domain/selection.h"

int64_t seats_free(int64_t capacity, int64_t enrolled, int64_t held)
{
    int64_t free = capacity - enrolled - held;
    return free > 0 ? free : 0;
}

int seat_disagree_milli(const SeatRubric *r)
{
    return dom_disagree_milli(1, r->scale_max, r->disagree_pct);
}

bool seat_select(const SeatRubric *r, const SeatApp *apps, int n, int64_t seats, int64_t waitlist,
                 SeatOutcome *out, int *order, int *nranked)
{
    *nranked = 0;
    if (n < 0 || seats < 0 || waitlist < 0 || r->scale_max < 2 || r->disagree_pct < 0 ||
        r->disagree_pct > DOM_DISAGREE_MAX_PCT)
        return false;
    if (!n)
        return true;
    /* the ranking of domain/selection; every application asks the same (one place) and no
     * budget is walked there, so only scores, criteria, time and id order them */
    SelCall call = {.ncriteria = r->ncriteria,
                    .weights = r->weights,
                    .scale_max = r->scale_max,
                    .scale_min = 1,
                    .min_reviews = r->min_reviews,
                    .disagree_pct = r->disagree_pct};
    SelProposal *props = malloc(sizeof *props * (size_t)n);
    SelOutcome *sel = malloc(sizeof *sel * (size_t)n);
    bool ok = props && sel;
    for (int i = 0; ok && i < n; i++)
        props[i] = (SelProposal){.id = apps[i].id,
                                 .requested_cents = 1,
                                 .submitted_at = apps[i].received_at,
                                 .eligible = true,
                                 .nreviews = apps[i].nreviews,
                                 .scores = apps[i].scores};
    SelSummary sum;
    ok = ok && sel_select(&call, props, n, sel, order, &sum) == SEL_OK;
    for (int i = 0; ok && i < n; i++) {
        const SelOutcome *s = &sel[i];
        out[i] = (SeatOutcome){.proposal = SEAT_UNRANKED,
                               .rank = s->rank,
                               .score_milli = s->score_milli,
                               .spread_milli = s->spread_milli,
                               .disagreement = s->disagreement};
    }
    for (int k = 0; ok && k < sum.nranked; k++)
        out[order[k]].proposal = k < seats              ? SEAT_PLACE
                                 : k < seats + waitlist ? SEAT_WAITLIST
                                                        : SEAT_DECLINE;
    if (ok)
        *nranked = sum.nranked;
    free(props);
    free(sel);
    return ok;
}
