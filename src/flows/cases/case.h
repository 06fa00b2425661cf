/* flows/cases/case.h — a partner (from its own organisation) or staff on its behalf
 * submits a case; staff accept it into a cohort. Recording partners: flows/partners/. */
#ifndef TRAJECT_FLOWS_CASES_CASE_H
#define TRAJECT_FLOWS_CASES_CASE_H

#include "flows/flow.h"
#include "model/cases.h"

/* Submits the case x. own_org: the actor acts for the partner's own organisation and
 * x->partner_id is a partner record that names it; otherwise x->partner_id is a partner of
 * the actor's organisation (staff on the partner's behalf). The competences must be ones
 * the training organisation may use (a framework not archived); at least one deliverable
 * and one milestone, each milestone with a title and a date, the dates in order. Errors
 * beside "partner_id" (a case without a partner), "competences", "deliverables",
 * "milestones". Nothing is saved unless all is right. o.id is the new case's. */
Outcome flow_case_submit(const Flow *f, CaseInput *x, bool own_org);

/* Accepts the submitted case id of the actor's organisation into cohort_id: every
 * milestone must fall within the cohort's dates (error beside "cohort_id"). A case not
 * submitted (accepted already): an error beside "cohort_id", status 409. */
Outcome flow_case_accept(const Flow *f, int64_t id, int64_t cohort_id);

#endif
