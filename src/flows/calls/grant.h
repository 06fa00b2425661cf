/* flows/calls/grant.h — following a grant: the funder records a tranche's payment, the
 * grantee records expenses against the grant's budget lines. Each takes the Flow and its
 * input, never a request.
 *
 * Owns: the writes. Does not own: creating grants (flows/calls/decision.h), pages. */
#ifndef TRAJECT_FLOWS_CALLS_GRANT_H
#define TRAJECT_FLOWS_CALLS_GRANT_H

#include "flows/flow.h"

/* Records that the funder paid its tranche tranche_id on paid_on (YYYY-MM-DD, checked by
 * the reader); only once (ERR_NOT_FOUND otherwise, or when not the funder's). The
 * outcome's id is the grant's. */
Outcome flow_tranche_pay(const Flow *f, int64_t tranche_id, const char *paid_on);

/* Records an expense of the grantee (the actor's organisation) on its grant grant_id,
 * against the budget line line_id of that grant (ERR_NOT_FOUND otherwise). read: what the
 * form reader refused. */
Outcome flow_expense_add(const Flow *f, int64_t grant_id, int64_t line_id, const char *spent_on,
                         int64_t amount, const char *description, const FormErrors *read);

#endif
