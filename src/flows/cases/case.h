/* flows/cases/case.h — a partner (from its own organisation) or staff on its behalf
 * submits a case; staff accept it into a cohort. Recording partners: flows/partners/. */
#ifndef TRAJECT_FLOWS_CASES_CASE_H
#define TRAJECT_FLOWS_CASES_CASE_H

#include "flows/flow.h"
#include "model/cases.h"

/* The partner partner_id into *p: of the actor's organisation, or (own_org) a partner record
 * that names the actor's organisation. False when there is none (the error none beside
 * "partner_id" in *o) or on a database error (o->err set). For every act a partner makes. */
bool flow_partner_of(const Flow *f, int64_t partner_id, bool own_org, const char *none, Partner *p,
                     Outcome *o);

/* Checks that the n competences ids may be used by organisation org (a framework not
 * archived): an error beside "competences" naming the field label otherwise. False only on
 * a database error (o->err set). */
bool flow_competences_usable(const Flow *f, int64_t org, const int64_t *ids, int n,
                             const char *label, Outcome *o);

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
