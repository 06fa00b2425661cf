/* tranches.c — the tranche plan of a grant and the splits of tranches.h. */
#include "domain/tranches.h"

TranchePlan dom_tranche_default(void)
{
    return (TranchePlan){
        .n = 2,
        .step = {{.pct = 60, .on = TRIGGER_SIGNATURE}, {.pct = 40, .on = TRIGGER_FINAL_REPORT}}};
}

TrancheCheck dom_tranche_check(const TranchePlan *plan, int *bad)
{
    int dummy;
    if (!bad)
        bad = &dummy;
    *bad = -1;
    if (!plan || plan->n < 1 || plan->n > TRANCHE_MAX)
        return TRANCHE_NONE;
    int total = 0;
    for (int i = 0; i < plan->n; i++) {
        const TrancheStep *s = &plan->step[i];
        if (s->pct < 1 || s->pct > 100) {
            *bad = i;
            return TRANCHE_BAD_PCT;
        }
        if (s->on < TRIGGER_SIGNATURE || s->on > TRIGGER_FINAL_REPORT ||
            (i > 0 && s->on <= plan->step[i - 1].on)) {
            *bad = i;
            return TRANCHE_BAD_ORDER;
        }
        total += s->pct;
    }
    return total == 100 ? TRANCHE_OK : TRANCHE_NOT_100;
}

void dom_tranche_split(const TranchePlan *plan, int64_t amount_cents, int64_t *out)
{
    int64_t given = 0;
    for (int i = 0; i < plan->n; i++) {
        /* amount * pct fits: amounts are at most 10^17 cents, pct at most 100 */
        int64_t part = i == plan->n - 1
                           ? amount_cents - given
                           : (int64_t)((__int128)amount_cents * plan->step[i].pct / 100);
        out[i] = part;
        given += part;
    }
}

void dom_scale_lines(const int64_t *lines, int n, int64_t requested_cents, int64_t amount_cents,
                     int64_t *out)
{
    int64_t given = 0;
    for (int i = 0; i < n; i++) {
        int64_t left = amount_cents - given;
        int64_t part = i == n - 1 || requested_cents <= 0
                           ? left
                           : (int64_t)((__int128)lines[i] * amount_cents / requested_cents);
        if (part > left)
            part = left;
        out[i] = part;
        given += part;
    }
}
