/* flows/impact/recount.h — the impact report counted the straightforward way: every
 * enrolment of the programmes counted is read and each learner is followed in C, with the
 * lists of the people behind the figures. The reports the pages show come from
 * flows/impact/report.c, which reads learners grouped by the database (impact_learners); this
 * is what they are checked against (`traject report impact --recount`, the tests), and what
 * the list of the people behind a figure reads. */
#ifndef TRAJECT_FLOWS_IMPACT_RECOUNT_H
#define TRAJECT_FLOWS_IMPACT_RECOUNT_H

#include "flows/impact/report.h"

/* impact_report counted from every enrolment; people (may be NULL) gets every ImpactPerson
 * of a programme's or an organisation's report, by row then id (none for a funder). */
Outcome impact_recount(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                       Rows *people);

#endif
