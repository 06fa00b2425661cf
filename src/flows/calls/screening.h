/* flows/calls/screening.h — the funder screens a submitted proposal's eligibility, item by
 * item of its call's checklist, with a reason for each item not met. The proposal is
 * eligible when every item is met; the outcome and the reasons are mailed to the person
 * who submitted it, in their language. Takes the Flow and its input, never a request.
 *
 * Owns: the rules of a screening, its transaction and its mail. Does not own: pages. */
#ifndef TRAJECT_FLOWS_CALLS_SCREENING_H
#define TRAJECT_FLOWS_CALLS_SCREENING_H

#include "flows/flow.h"
#include "model/calls.h"

typedef struct ScreeningInput {
    /* The answer given for checklist item item_id: SCREEN_MET, SCREEN_NOT_MET, or
     * SCREEN_UNANSWERED when none or something else was sent. */
    ScreeningAnswer (*answer_of)(void *ctx, int64_t item_id);
    /* The reason given for item_id, NULL or "" for none. */
    const char *(*reason_of)(void *ctx, int64_t item_id);
    void *ctx;
} ScreeningInput;

/* Screens the funder's submitted proposal_id. ERR_NOT_FOUND when it is not the funder's,
 * ERR_BAD_REQUEST when its call has no checklist; errors beside "m-<item>" and "r-<item>";
 * a screening that is closed (the proposal went further) is a conflict beside "title". */
Outcome flow_screening_save(const Flow *f, int64_t proposal_id, const ScreeningInput *in);

#endif
