/* q/training/dashboard.h — the statements on a programme's dashboard (dashboard.c), one function
 * each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the signature.
 * Text results are allocated in the given arena. Return values are DbStatus (DB_ONE found/changed,
 * DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_DASHBOARD_H
#define TRAJECT_Q_TRAINING_DASHBOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

DbStatus q_programme_figures(Db *db, int64_t org_id, int64_t programme_id, ProgrammeFigures *f);
DbStatus q_programme_learner_marks(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                                   LearnerMarks *row, DbRowFn fn, void *ctx);

#endif
