/* flows/calls/decision.h — the funder's final decision on a closed call: the proposals
 * selected with their amounts, checked against the call's budget and limits
 * (domain/selection.h, on the figures of ranking.h), each becoming a grant paid by the
 * call's tranche plan (domain/tranches.h) with the proposal's budget lines scaled to the
 * award.
 *
 * Owns: the check and the transaction. Does not own: the rules themselves (domain/), pages. */
#ifndef TRAJECT_FLOWS_CALLS_DECISION_H
#define TRAJECT_FLOWS_CALLS_DECISION_H

#include "domain/selection.h"
#include "flows/calls/ranking.h"
#include "flows/flow.h"
#include "model/calls.h"

/* The funder's words on an eligible proposal of the decision. */
typedef struct DecisionNote {
    int64_t id;         /* the proposal */
    const char *reason; /* its reason, selected or not: at most 2,000 characters ("" none) */
    bool few_ok;        /* selected knowing it has fewer reviews than the call asks */
} DecisionNote;
#define DECISION_REASON_MAX 2000

/* Records the decision on the funder's call call_id: grants[0..ngrants-1] are the
 * proposals selected with their amounts; read holds what the form reader refused (NULL
 * for nothing), reported as it is. Every eligible proposal of the call becomes selected
 * (with its amount, and a grant) or not selected; the call becomes decided; the act is
 * audited. Refused, with nothing recorded:
 * - ERR_NOT_FOUND when the call is not the funder's; ERR_BAD_REQUEST when a grant names a
 *   proposal that is not one of the call's;
 * - a conflict (409) on "sel" unless the call is published and closed at f->now (once);
 * - a message on "a-<id>" (400) for a grant that breaks a rule: listed twice, not
 *   eligible, above the amount requested, outside the call's limits, or fewer submitted
 *   reviews than the call asks without its note's few_ok;
 * - a message on "r-<id>" (400) for a reason over DECISION_REASON_MAX characters;
 * Each proposal's reason is kept, and every applicant organisation gets its letter
 * (letters.h) in the same transaction.
 * - a conflict (409) on "sel" when the total exceeds the budget. */
Outcome flow_call_decide(const Flow *f, int64_t call_id, const SelGrant *grants, int ngrants,
                         const DecisionNote *notes, int nnotes, const FormErrors *read);

/* The same checks on the board b already read, without recording anything: what a page
 * asks before it asks for a confirmation. */
Outcome flow_call_decision_check(const Flow *f, const CallBoard *b, const SelGrant *grants,
                                 int ngrants, const DecisionNote *notes, int nnotes,
                                 const FormErrors *read);

#endif
