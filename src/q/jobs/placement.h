/* q/jobs/placement.h — statements on placements (a job, an internship, further training,
 * a learner's own start-up): recording one, the paged list, and the rows the "placed"
 * figure of a programme is computed from. Owns nothing; texts are allocated in the arena. */
#ifndef TRAJECT_Q_JOBS_PLACEMENT_H
#define TRAJECT_Q_JOBS_PLACEMENT_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/jobs.h"

/* sort columns of the list of placements */
enum { PLACEMENT_BY_NAME, PLACEMENT_BY_START, PLACEMENT_SORTS };

/* Records the placement x (checked: kind and contract are keys, ends_on NULL or not before
 * starts_on, hours 0 for not said) of person x->person_id of org_id — DB_NONE when that
 * person is not org_id's; candidate_id (0: none) is the hired candidate it comes from. */
DbStatus q_job_placement_add(Db *db, int64_t org_id, const JobPlacementInput *x,
                             int64_t candidate_id, int64_t created_by, int64_t now, int64_t *id);

/* One page of org_id's placements, searched on the learner's name and the employer, and
 * how many there are. */
DbStatus q_job_placement_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, JobPlacement *row,
                              DbRowFn fn, void *ctx);
DbStatus q_job_placement_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* One row per enrolment (enrolled or completed) in a cohort of programme_id of org_id and
 * placement of the same learner, by name: what domain/jobs.h's placed rule reads. */
typedef struct JobPlacedRow {
    int64_t person_id;
    char *name;
    int64_t cohort_id;
    char *cohort_name, *cohort_starts, *cohort_ends;
    JobPlacement p;
} JobPlacedRow;
DbStatus q_job_placed_rows(Db *db, int64_t org_id, int64_t programme_id, bool by_person, Arena *a,
                           JobPlacedRow *row, DbRowFn fn, void *ctx);

#endif
