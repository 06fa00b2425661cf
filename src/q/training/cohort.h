/* q/training/cohort.h — the statements on cohorts and training sessions (cohort.c), one function
 * each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the signature.
 * Text results are allocated in the given arena. Return values are DbStatus (DB_ONE found/changed,
 * DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_COHORT_H
#define TRAJECT_Q_TRAINING_COHORT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

DbStatus q_cohort_get(Db *db, int64_t org_id, int64_t id, Arena *a, Cohort *out);
DbStatus q_cohort_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Cohort *row,
                       DbRowFn fn, void *ctx);
DbStatus q_cohort_add(Db *db, const Cohort *c, int64_t now, int64_t *id);
/* DB_NONE when the capacity would fall below the seats taken. */
DbStatus q_cohort_update(Db *db, const Cohort *c);
DbStatus q_cohort_trainers_clear(Db *db, int64_t org_id, int64_t cohort_id);
/* DB_NONE when the account is not a member of the organisation. */
DbStatus q_cohort_trainer_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t account_id);
DbStatus q_cohort_trainers(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, int64_t *id,
                           char **name, DbRowFn fn, void *ctx);
/* location_id 0: none; DB_NONE when the location is not the organisation's. */
DbStatus q_tsession_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                        int64_t ends_at, int64_t location_id, int64_t now);
DbStatus q_tsession_add_id(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                           int64_t ends_at, int64_t location_id, int64_t now, int64_t *id);
/* DB_NONE when not found or the location is not the organisation's. */
DbStatus q_tsession_update(Db *db, int64_t org_id, int64_t id, int64_t starts_at, int64_t ends_at,
                           int64_t location_id);
/* DB_NONE when not found or attendance was recorded for it. */
DbStatus q_tsession_delete(Db *db, int64_t org_id, int64_t id);
DbStatus q_tsession_detail(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id,
                           int64_t *starts_at, int64_t *ends_at, int64_t *location_id);
/* A session's own trainers; none means the cohort's trainers teach it. */
DbStatus q_session_trainers_clear(Db *db, int64_t org_id, int64_t session_id);
/* DB_NONE when the account is not a member or the session not the organisation's. */
DbStatus q_session_trainer_add(Db *db, int64_t org_id, int64_t session_id, int64_t account_id);
DbStatus q_session_trainers(Db *db, int64_t org_id, int64_t session_id, int64_t *id, DbRowFn fn,
                            void *ctx);
DbStatus q_tsession_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, TSession *row,
                         DbRowFn fn, void *ctx);
/* Sessions of the cohort that start before from or end after to. */
DbStatus q_tsession_count_outside(Db *db, int64_t org_id, int64_t cohort_id, int64_t from,
                                  int64_t to, int64_t *n);

#endif
