/* q/intake/placement.h — what an accepted applicant needs to know to come (the cohort, its
 * place, the first session) and what the programme asks them to bring (placement.c). */
#ifndef TRAJECT_Q_INTAKE_PLACEMENT_H
#define TRAJECT_Q_INTAKE_PLACEMENT_H

#include <stdint.h>

#include "db/db.h"
#include "model/intake.h"

/* The cohort cohort_id of org_id with its place, its first session at or after now and its
 * programme's text of what to bring. DB_NONE when there is no such cohort. */
DbStatus q_placement(Db *db, int64_t org_id, int64_t cohort_id, int64_t now, Arena *a,
                     Placement *out);

/* What programme_id's accepted applicants bring ("" in every language when not written). */
DbStatus q_bring(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Bring *out);
/* Writes it ("" or NULL: that language not written). DB_NONE when programme_id is not
 * org_id's. */
DbStatus q_bring_set(Db *db, int64_t org_id, int64_t programme_id, const Bring *b, int64_t now);

#endif
