/* q/certifications/attempt.h — the statements on learners' exam attempts and on the
 * learners of a programme as the certified figure reads them (attempt.c), one function
 * each. Every statement takes org_id. Text results are allocated in the given arena.
 * Return values are DbStatus (DB_ONE found/changed, DB_NONE none, negative on error). */
#ifndef TRAJECT_Q_CERTIFICATIONS_ATTEMPT_H
#define TRAJECT_Q_CERTIFICATIONS_ATTEMPT_H

#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/certifications.h"

/* Records an attempt (score -1: none) by account recorded_by. */
DbStatus q_attempt_add(Db *db, const ExamAttempt *at, int64_t recorded_by, int64_t now,
                       int64_t *id);
/* A learner's attempts, the latest exam first, with the certification's name and code. */
DbStatus q_attempt_list_person(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                               ExamAttempt *row, DbRowFn fn, void *ctx);
/* The passes of the certifications programme_id requires by its learners (anyone ever
 * enrolled in one of its cohorts), by person: person_id, certification_id, taken_on and
 * result are filled. */
DbStatus q_programme_passes(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                            ExamAttempt *row, DbRowFn fn, void *ctx);
/* The certifications required by the programmes person_id was ever enrolled in, by
 * programme and name. */
DbStatus q_person_requirements(Db *db, int64_t org_id, int64_t person_id, Arena *a,
                               CertRequirement *row, DbRowFn fn, void *ctx);

/* One page of the learners of programme_id (db/page.h; one sort column, by name), searched
 * by name or e-mail address. */
DbStatus q_programme_learner_page(Db *db, int64_t org_id, int64_t programme_id, const DbPage *p,
                                  Arena *a, CertLearner *row, DbRowFn fn, void *ctx);
DbStatus q_programme_learner_count(Db *db, int64_t org_id, int64_t programme_id, const char *like,
                                   int64_t *n);
/* A person of the organisation by e-mail address (any case): the first recorded. */
DbStatus q_cert_person_by_email(Db *db, int64_t org_id, const char *email, int64_t *id);

#endif
