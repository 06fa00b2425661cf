/* q/impact/learner.h — what the impact reports read of a programme's learners. Every
 * statement takes org_id; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_IMPACT_LEARNER_H
#define TRAJECT_Q_IMPACT_LEARNER_H

#include "core/arena.h"
#include "db/db.h"
#include "model/impact.h"

/* Every enrolment in a cohort of programme_id, whatever its status, by person then time of
 * enrolment, with the person's birth date and municipality and the cohort's start and
 * province. */
DbStatus q_impact_enrolments(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                             ImpactEnrolment *row, DbRowFn fn, void *ctx);

/* The same for every programme of org_id. */
DbStatus q_impact_enrolments_org(Db *db, int64_t org_id, Arena *a, ImpactEnrolment *row, DbRowFn fn,
                                 void *ctx);

#endif
