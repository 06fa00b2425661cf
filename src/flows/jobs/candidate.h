/* flows/jobs/candidate.h — candidates for an offer: staff propose a learner, a learner
 * applies from their space or agrees to a proposal (only then does the partner see them),
 * and the partner (or staff on its behalf) moves a candidate through the stages; a hired
 * candidate gets a placement. */
#ifndef TRAJECT_FLOWS_JOBS_CANDIDATE_H
#define TRAJECT_FLOWS_JOBS_CANDIDATE_H

#include "flows/flow.h"
#include "model/jobs.h"

/* Staff propose person_id, one of their organisation's learners, for offer_id: the partner
 * sees them once they agree; the learner is told by mail, in their language. Errors beside
 * "person_id" (not a learner of theirs, already a candidate, status 409). ERR_NOT_FOUND for an
 * offer not theirs. o.id: the candidate. */
Outcome flow_job_propose(const Flow *f, int64_t offer_id, int64_t person_id);

/* The actor, a learner of the offer's organisation, applies to offer_id while it is open,
 * with a motivation (may be empty): the partner sees them at once. ERR_NOT_FOUND for an
 * offer they cannot see or that has closed; an error beside "motivation" (status 409) when
 * they are a candidate already. o.id: the candidate. */
Outcome flow_job_apply(const Flow *f, int64_t offer_id, const char *motivation);

/* The actor agrees to the proposal candidate_id of theirs: the partner now sees them.
 * ERR_NOT_FOUND when it is not theirs or agreed already. */
Outcome flow_job_agree(const Flow *f, int64_t candidate_id);

/* Moves candidate_id to the stage whose key is stage. own_org: the actor acts for the
 * partner's own organisation (a candidate who agreed, of an offer of theirs); otherwise
 * staff of the training organisation, on the partner's behalf. A move domain/jobs.h does not
 * allow, or a candidate who has not agreed: an error beside "stage". Hired records a
 * placement (the partner as employer, from today, on the offer's contract). */
Outcome flow_job_stage(const Flow *f, int64_t candidate_id, const char *stage, bool own_org);

#endif
