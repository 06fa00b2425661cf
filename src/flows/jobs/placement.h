/* flows/jobs/placement.h — staff record where a learner went after training: a job, an
 * internship, further training or their own start-up. (A hired candidate gets one through
 * flows/jobs/candidate.h.) */
#ifndef TRAJECT_FLOWS_JOBS_PLACEMENT_H
#define TRAJECT_FLOWS_JOBS_PLACEMENT_H

#include "core/rows.h"
#include "flows/flow.h"
#include "model/jobs.h"

/* Records x for a learner of the actor's organisation: kind one of job_placement_kinds,
 * contract one of job_contracts or empty, ends_on empty or not before starts_on (dates as
 * read, valid). Errors beside "person_id", "kind", "contract", "ends_on"; nothing saved
 * unless all is right. o.id is the new placement's. */
Outcome flow_job_placement_add(const Flow *f, JobPlacementInput *x);

/* The learners of programme_id of org_id who count as placed (domain/jobs.h: job_placed),
 * each once with the first placement that counts, by name: JobPlacedRow records into *out
 * (in a). Read by the programme's dashboard and by the impact reports. False on a database
 * error. */
bool job_placed_people(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Rows *out);
/* The same by person id, without reading names in order, and of every programme of org_id
 * when programme_id is 0: for the impact reports. */
bool job_placed_by_person(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Rows *out);

#endif
