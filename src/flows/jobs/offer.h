/* flows/jobs/offer.h — a partner (from its own organisation) or staff on its behalf records an
 * internship or job offer. */
#ifndef TRAJECT_FLOWS_JOBS_OFFER_H
#define TRAJECT_FLOWS_JOBS_OFFER_H

#include "flows/flow.h"
#include "model/jobs.h"

/* Records the offer x. own_org: the actor acts for the partner's own organisation and
 * x->partner_id is a partner record that names it; otherwise x->partner_id is a partner of
 * the actor's organisation (staff on the partner's behalf). The contract must be one of
 * job_contracts, the closing date today or later, the competences ones the training
 * organisation may use. Errors beside "partner_id", "contract", "closes_on",
 * "competences"; nothing is saved unless all is right. o.id is the new offer's. */
Outcome flow_job_offer_add(const Flow *f, JobOfferInput *x, bool own_org);

#endif
