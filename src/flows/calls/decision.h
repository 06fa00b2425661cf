/* flows/calls/decision.h — the funder's final decision on a closed call: the proposals
 * selected with their amounts, each becoming a grant paid by the call's tranche plan
 * (domain/tranches.h) with the proposal's budget lines scaled to the award.
 *
 * Owns: the transaction. Does not own: ranking and checking a selection against the budget
 * and limits (domain/selection.h: the caller checks with sel_check_decision first), pages. */
#ifndef TRAJECT_FLOWS_CALLS_DECISION_H
#define TRAJECT_FLOWS_CALLS_DECISION_H

#include "domain/selection.h"
#include "flows/flow.h"
#include "model/calls.h"

/* Records the decision on the funder's call c, whose ranked proposals are rows[0..n-1]
 * (q_ranking_proposals): every eligible one becomes selected (when in grants, with its
 * amount, and gets a grant) or not selected; the call becomes decided; the act is audited.
 * Only once, and only for a published call: a conflict on "sel" otherwise (ERR_CONFLICT
 * when it was decided meanwhile). */
Outcome flow_call_decide(const Flow *f, const Call *c, const RankRow *rows, int n,
                         const SelGrant *grants, int ngrants);

#endif
