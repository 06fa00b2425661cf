/* flows/partners/contribution.h — what a partner gives: staff record a contribution of one
 * of their partners, and change it (its status above all: promised, then delivered or
 * cancelled). */
#ifndef TRAJECT_FLOWS_PARTNERS_CONTRIBUTION_H
#define TRAJECT_FLOWS_PARTNERS_CONTRIBUTION_H

#include "flows/flow.h"
#include "model/partners.h"

/* Records c (as the form reader read it: kind, description, value_cents >= 0, quantity: 0
 * for none, starts_on, ends_on: NULL for none, status) when c->id is 0, or changes
 * contribution c->id, for partner c->partner_id of the actor's organisation. The days must
 * exist and the last may not come before the first (domain/period.h: errors beside
 * "starts_on" and "ends_on"); nothing is saved then.
 * ERR_NOT_FOUND when the partner or the contribution is not the actor's organisation's.
 * o.id is the contribution's. */
Outcome flow_contribution_save(const Flow *f, Contribution *c);

#endif
