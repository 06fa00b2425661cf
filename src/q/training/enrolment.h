/* q/training/enrolment.h — the statements on people and enrolments (enrolment.c), one function
 * each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the signature.
 * Text results are allocated in the given arena. Return values are DbStatus (DB_ONE found/changed,
 * DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_TRAINING_ENROLMENT_H
#define TRAJECT_Q_TRAINING_ENROLMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/calls.h"
#include "model/intake.h"
#include "model/training.h"

DbStatus q_person_add(Db *db, const Person *p, int64_t now, int64_t *id);
DbStatus q_person_get(Db *db, int64_t org_id, int64_t id, Arena *a, Person *out);
/* What person id's record lacks (phone, birth date, municipality, gender, language, being a
 * job-seeker) taken from the application x of the same organisation; what it holds stays. */
DbStatus q_person_fill(Db *db, int64_t id, const Application *x);
/* The first person of the organisation with this e-mail (any case); *in_cohort is 1 when
 * they have an enrolment in cohort_id already. */
DbStatus q_person_by_email(Db *db, int64_t org_id, const char *email, int64_t cohort_id,
                           int64_t *id, int64_t *in_cohort);
/* The people who can be enrolled in the cohort (not in it), whose name or e-mail address
 * matches p's search, one page of p (db/page.h; one sort: by name). */
DbStatus q_person_candidates(Db *db, int64_t org_id, int64_t cohort_id, const DbPage *p, Arena *a,
                             PersonName *row, DbRowFn fn, void *ctx);
/* How many people match like (a LIKE pattern, "" for all) among those of the cohort's
 * q_person_candidates. */
DbStatus q_person_candidates_count(Db *db, int64_t org_id, int64_t cohort_id, const char *like,
                                   int64_t *n);
/* DB_ONE: a seat was taken; DB_NONE: every seat is enrolled or held by a waiting-list offer
 * open at now (or the cohort is not ours). */
DbStatus q_cohort_take_seat(Db *db, int64_t org_id, int64_t cohort_id, int64_t now);
DbStatus q_cohort_free_seat(Db *db, int64_t org_id, int64_t cohort_id);
DbStatus q_cohort_seats(Db *db, int64_t org_id, int64_t cohort_id, int64_t *enrolled);
/* DB_CONFLICT when the person is already (or was) enrolled in the cohort. */
DbStatus q_enrolment_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id, int64_t now);
/* Ends an active enrolment; DB_NONE when it is not active (or not ours). */
DbStatus q_enrolment_end(Db *db, int64_t org_id, int64_t id, EnrolmentStatus status,
                         const char *ended_on, const char *reason, int64_t *cohort_id);
DbStatus q_enrolment_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, Enrolment *row,
                          DbRowFn fn, void *ctx);

#endif
