/* q/jobs/candidate.h — statements on the candidates for an offer: a learner proposed by
 * staff or applying, agreeing to be seen by the partner, the candidates of an offer (all of
 * them for staff; for the partner's own organisation only those who agreed), moving one to
 * another stage, a learner's own candidacies, and the learners staff may propose. Owns
 * nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_JOBS_CANDIDATE_H
#define TRAJECT_Q_JOBS_CANDIDATE_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/jobs.h"
#include "model/training.h"

/* Makes person_id (a person of org_id with an enrolment, else DB_NONE) a candidate for
 * offer_id of org_id, at stage proposed; agreed: seen by the partner at once (an
 * application). DB_NONE as well when they are a candidate already. *id: the new id. */
DbStatus q_job_candidate_add(Db *db, int64_t org_id, int64_t offer_id, int64_t person_id,
                             JobOrigin origin, const char *motivation, bool agreed,
                             int64_t created_by, int64_t now, int64_t *id);

/* The candidates for offer_id of org_id, by name; with own_org, org_id is the partner's own
 * organisation and the rows only those who agreed to be seen. */
DbStatus q_job_candidates(Db *db, int64_t org_id, bool own_org, int64_t offer_id, Arena *a,
                          JobCandidate *row, DbRowFn fn, void *ctx);

/* One page of the same, by name, searched on the name (see db/page.h), and how many there
 * are. */
DbStatus q_job_candidate_page(Db *db, int64_t org_id, bool own_org, int64_t offer_id,
                              const DbPage *p, Arena *a, JobCandidate *row, DbRowFn fn, void *ctx);
DbStatus q_job_candidate_count(Db *db, int64_t org_id, bool own_org, int64_t offer_id,
                               const char *like, int64_t *n);

/* One candidate of org_id (own_org: one who agreed, for an offer of a partner record that
 * names org_id). DB_NONE otherwise. */
DbStatus q_job_candidate_get(Db *db, int64_t org_id, bool own_org, int64_t id, Arena *a,
                             JobCandidate *out);

/* Moves candidate id of org_id from stage from to stage to, when they agreed: DB_NONE
 * when the candidate is no longer at from. */
DbStatus q_job_candidate_stage(Db *db, int64_t org_id, int64_t id, JobStage from, JobStage to,
                               int64_t now);

/* The candidacy id agrees to be seen by the partner, when it is account_id's own and not
 * agreed yet: DB_NONE otherwise. */
DbStatus q_job_candidate_agree(Db *db, int64_t account_id, int64_t id, int64_t now);

/* Every candidacy of account_id's person records, newest first, with the offer's title,
 * the partner and the training organisation. */
DbStatus q_my_candidacies(Db *db, int64_t account_id, Arena *a, JobCandidate *row, DbRowFn fn,
                          void *ctx);

/* account_id's person record in org_id when it has an enrolment there: DB_NONE otherwise. */
DbStatus q_job_learner_of(Db *db, int64_t account_id, int64_t org_id, int64_t *person_id);

/* Where person_id of org_id is reached: their name, e-mail address (theirs, else their
 * account's; NULL for none) and language (their account's, else the one they applied in,
 * else "en"). */
DbStatus q_job_person_contact(Db *db, int64_t org_id, int64_t person_id, Arena *a, char **name,
                              char **email, char **lang);

/* The first limit learners of org_id (people with an enrolment) whose name is like like
 * (db_like_pattern; "" for any), by name: whom staff may propose or record a placement for. */
DbStatus q_job_learners(Db *db, int64_t org_id, const char *like, int64_t limit, Arena *a,
                        PersonName *row, DbRowFn fn, void *ctx);

#endif
