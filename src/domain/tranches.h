/* tranches.h — how a grant is paid: the tranche plan a funder sets per call (percentages
 * and the step of the grant's life that releases each one) and the split of an award into
 * tranches and into the proposal's budget lines. Pure: no HTTP, no SQL, no global state.
 *
 * Owns: the rules of a plan and the arithmetic of cents. Does not own: where plans are
 * stored (the calls table, q/calls/call.c) nor any wording (errors are codes; the labels of
 * the triggers are in model/calls.c).
 *
 * A valid plan has 1..TRANCHE_MAX tranches, each of 1..100 %, adding up to exactly 100 %,
 * their triggers in the order of the grant's life (signature, interim report, final report),
 * each trigger at most once. Splits are exact: every tranche gets floor(amount * pct / 100)
 * except the last, which takes the cents rounding leaves, so the tranches add up to the
 * award. */
#ifndef TRAJECT_TRANCHES_H
#define TRAJECT_TRANCHES_H

#include <stdbool.h>
#include <stdint.h>

#include "model/calls.h"

/* What every call had before funders set their own: 60 % on signature, 40 % on the final
 * report. */
TranchePlan dom_tranche_default(void);

typedef enum TrancheCheck {
    TRANCHE_OK,
    TRANCHE_NONE,      /* n outside 1..TRANCHE_MAX */
    TRANCHE_BAD_PCT,   /* a tranche of 0 % or more than 100 % (at *bad) */
    TRANCHE_BAD_ORDER, /* a trigger not after the previous one's (at *bad) */
    TRANCHE_NOT_100,   /* the percentages do not add up to 100 */
} TrancheCheck;

/* Checks plan; *bad (may be NULL) receives the index of the first tranche at fault, or -1
 * when the plan as a whole is (NONE, NOT_100) or when it is fine. */
TrancheCheck dom_tranche_check(const TranchePlan *plan, int *bad);

/* Splits amount_cents (>= 0) by a valid plan into out[0..plan->n-1]; they add up to
 * amount_cents. */
void dom_tranche_split(const TranchePlan *plan, int64_t amount_cents, int64_t *out);

/* The proposal's n budget lines (lines[i] >= 0, asked for a request of requested_cents)
 * scaled to the award: line i gets lines[i] * amount / requested rounded down, the last
 * line what remains, so the lines add up to amount_cents; no line goes below 0 (when the
 * lines add up to more than was requested, the later ones get what is left). With
 * requested_cents <= 0 the first line takes the whole award. n may be 0 (nothing to do). */
void dom_scale_lines(const int64_t *lines, int n, int64_t requested_cents, int64_t amount_cents,
                     int64_t *out);

#endif
