/* flows/impact/funding.h — a grantee says which of its programmes a grant it received funds,
 * so that the funder reads their impact (flows/impact/report.h: impact_funded). */
#ifndef TRAJECT_FLOWS_IMPACT_FUNDING_H
#define TRAJECT_FLOWS_IMPACT_FUNDING_H

#include "flows/flow.h"

/* The programmes ids[0..n) of the actor's organisation are those grant_id (received by it)
 * funds, and no other. A grant or a programme not the organisation's is ERR_NOT_FOUND and
 * nothing changes. */
Outcome grant_programmes_set(const Flow *f, int64_t grant_id, const int64_t *ids, int n);

#endif
