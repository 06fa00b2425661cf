/* q/training/learner.h — the statements on learners' own pages and calendar feeds (learner.c), one
 * function each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_LEARNER_H
#define TRAJECT_Q_TRAINING_LEARNER_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/training.h"

/* Links a learner's person record to the account that accepted their invitation;
 * DB_NONE when it is linked already or the account has a record there. */
DbStatus q_person_link_account(Db *db, int64_t org_id, int64_t person_id, int64_t account_id);
DbStatus q_learner_sessions(Db *db, int64_t account_id, int64_t from, int64_t limit, Arena *a,
                            SessionItem *row, DbRowFn fn, void *ctx);
DbStatus q_learner_marks(Db *db, int64_t account_id, int64_t now, int64_t limit, Arena *a,
                         SessionItem *row, DbRowFn fn, void *ctx);
DbStatus q_learner_enrolments(Db *db, int64_t account_id, Arena *a, LearnerEnrolment *row,
                              DbRowFn fn, void *ctx);
DbStatus q_learner_people(Db *db, int64_t account_id, Arena *a, FeedOwner *row, DbRowFn fn,
                          void *ctx);
/* Only the account's own record: DB_NONE otherwise. */
DbStatus q_person_feed_reset(Db *db, int64_t person_id, int64_t account_id);
DbStatus q_cohort_feed_reset(Db *db, int64_t org_id, int64_t cohort_id);
/* The person (or cohort) of a feed link, any organisation: the caller checks the HMAC. */
DbStatus q_feed_owner(Db *db, bool cohort, int64_t id, Arena *a, FeedOwner *out);
/* A session by id, any organisation (a check-in code carries its HMAC). */
DbStatus q_session_item(Db *db, int64_t id, Arena *a, SessionItem *out);
DbStatus q_feed_sessions(Db *db, bool cohort, int64_t org_id, int64_t id, int64_t from, Arena *a,
                         SessionItem *row, DbRowFn fn, void *ctx);

#endif
