/* q/training/home.h — the statements behind a trainer's part of the home page (home.c):
 * the sessions someone trains between two moments, and the attendance of the learners in
 * the cohorts someone trains. Every statement takes org_id. Return values are DbStatus. */
#ifndef TRAJECT_Q_TRAINING_HOME_H
#define TRAJECT_Q_TRAINING_HOME_H

#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

/* The sessions account_id trains (the session's own trainers, else its cohort's) that
 * overlap [from, to), in time order; fn(ctx) per row. */
DbStatus q_trainer_sessions(Db *db, int64_t org_id, int64_t account_id, int64_t from, int64_t to,
                            Arena *a, TrainerSession *row, DbRowFn fn, void *ctx);

/* The tallies of the learners enrolled in the cohorts account_id trains that have not
 * ended on today (YYYY-MM-DD, Brussels), by cohort then name; fn(ctx) per row. The
 * at-risk rule (domain/attendance.h) is the caller's. */
DbStatus q_trainer_learner_marks(Db *db, int64_t org_id, int64_t account_id, const char *today,
                                 Arena *a, LearnerMarks *row, DbRowFn fn, void *ctx);

/* How many learners enrolled in org_id's cohorts that have not ended on today are at
 * risk (domain/attendance.h's rule with threshold, in SQL). */
DbStatus q_at_risk_count(Db *db, int64_t org_id, const char *today, int64_t threshold, int64_t *n);

#endif
