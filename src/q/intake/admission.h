/* q/intake/admission.h — the statements on admission: rubric, name-blind reviews, decisions,
 * offers, consent (admission.c), one function each. Every statement on a tenant-owned table takes
 * org_id: tenant filtering is in the signature. Text results are allocated in the given arena.
 * Return values are DbStatus (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error)
 * unless noted. */
#ifndef TRAJECT_Q_INTAKE_ADMISSION_H
#define TRAJECT_Q_INTAKE_ADMISSION_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/intake.h"

DbStatus q_criteria(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppCriterion *row,
                    DbRowFn fn, void *ctx);
DbStatus q_criterion_add(Db *db, int64_t org_id, int64_t programme_id, const AppCriterion *c);
/* DB_NONE when not ours or once a review of the programme is submitted. */
DbStatus q_criterion_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id);
/* Rewrites what a low and a high score mean on criterion id ("" or NULL in a language: not
 * written), even once reviews are submitted: the scores keep their meaning. DB_NONE when
 * not ours. */
DbStatus q_criterion_hint_set(Db *db, int64_t org_id, int64_t id, char *const hint[3],
                              int64_t *programme_id);
/* The programme of the organisation's criterion; DB_NONE when not ours. */
DbStatus q_criterion_programme(Db *db, int64_t org_id, int64_t id, int64_t *programme_id);
/* Submitted reviews of the programme's applications (the rubric is then fixed). */
DbStatus q_programme_reviews_submitted(Db *db, int64_t org_id, int64_t programme_id, int64_t *n);

/* The application by id, with the programme and organisation; DB_NONE when not ours. */
DbStatus q_application_get(Db *db, int64_t org_id, int64_t id, Arena *a, Application *out);
/* Another personal link to an application (only its hash). */
DbStatus q_app_link_add(Db *db, int64_t org_id, int64_t application_id, const char *token_hash,
                        int64_t now);

/* Assigns a reviewer to a received application; nothing when assigned already. */
DbStatus q_app_assign(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                      int64_t now);
/* The reviewers of the programme's received applications. */
DbStatus q_app_pairs(Db *db, int64_t org_id, int64_t programme_id, AppPair *row, DbRowFn fn,
                     void *ctx);

/* One page of the applications a reviewer is assigned, those still to review first, then
 * by application id (one sort column, ascending or descending); searched in the
 * programme's title and the code. */
DbStatus q_app_task_page(Db *db, int64_t org_id, int64_t account_id, const DbPage *p, Arena *a,
                         AppTask *row, DbRowFn fn, void *ctx);
/* How many the search finds, and how many of those are still to review. */
DbStatus q_app_task_count(Db *db, int64_t org_id, int64_t account_id, const char *like,
                          int64_t *total, int64_t *todo);
/* The first application account_id still has to review (not submitted, not decided);
 * DB_NONE when none is left. */
DbStatus q_app_next_task(Db *db, int64_t org_id, int64_t account_id, int64_t *application_id);

DbStatus q_app_answers(Db *db, int64_t org_id, int64_t application_id, Arena *a, AppAnswer *row,
                       DbRowFn fn, void *ctx);

/* The reviewer's own review; DB_NONE when not assigned. */
DbStatus q_app_review_get(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                          Arena *a, char **comment, int64_t *submitted_at);
/* DB_NONE when not assigned, submitted already, or the application is no longer received. */
DbStatus q_app_review_save(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                           const char *comment, bool submit, int64_t now);
/* A score on a criterion of the application's programme; DB_NONE otherwise. */
DbStatus q_app_score_set(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         int64_t criterion_id, int64_t score);

/* The programme's criteria with this reviewer's scores. */
DbStatus q_app_my_scores(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         Arena *a, AppScore *row, DbRowFn fn, void *ctx);

/* Submitted reviews of an application, by reviewer then criterion. */
DbStatus q_app_review_lines(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                            AppReviewLine *row, DbRowFn fn, void *ctx);

/* The programme's applications with their count of submitted and assigned reviews. */
DbStatus q_app_rank_rows(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppRankRow *row,
                         DbRowFn fn, void *ctx);

/* Every score of the programme's submitted reviews, by application, reviewer, criterion. */
DbStatus q_app_scores_all(Db *db, int64_t org_id, int64_t programme_id, AppScoreAll *row,
                          DbRowFn fn, void *ctx);

/* Records a decision on a received application; DB_NONE when it is no longer received. */
DbStatus q_app_decide(Db *db, int64_t org_id, int64_t id, AppStatus status, AppReason reason,
                      const char *note, int64_t cohort_id, int64_t waitlist_rank, int64_t by,
                      int64_t now);
DbStatus q_app_waitlist_last(Db *db, int64_t org_id, int64_t programme_id, int64_t *rank);
/* An enrolment made from an application; waiting_consent holds the seat. */
DbStatus q_app_enrol(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id,
                     int64_t waiting_consent, int64_t now, int64_t *enrolment_id);
DbStatus q_app_set_enrolment(Db *db, int64_t org_id, int64_t id, int64_t enrolment_id, int64_t now);
DbStatus q_enrolment_consent_given(Db *db, int64_t org_id, int64_t enrolment_id);

/* Moves an application from status from to status to with a reason; DB_NONE when it was
 * not in from. Ends any offer. */
DbStatus q_app_move(Db *db, int64_t org_id, int64_t id, AppStatus from, AppStatus to,
                    AppReason reason, int64_t now);
/* Offers a place to the first on the programme's waiting list for the cohort who has no
 * offer; DB_NONE when nobody waits. */
DbStatus q_app_offer_next(Db *db, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                          int64_t expires, int64_t now, int64_t *id);
/* Offers standing for a cohort. */
DbStatus q_app_offers_open(Db *db, int64_t org_id, int64_t cohort_id, int64_t now, int64_t *n);

/* Offers standing for each of the programme's cohorts that has any. */
DbStatus q_app_offers_by_cohort(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                                CohortOffers *row, DbRowFn fn, void *ctx);
/* Takes up an offer that still stands; DB_NONE otherwise. */
DbStatus q_app_offer_take(Db *db, int64_t org_id, int64_t id, int64_t now);

/* Claims one offer past its deadline, any organisation, for lease seconds (so that several
 * servers sharing a database never close the same offer twice); DB_NONE when none is due
 * or another server holds it. */
DbStatus q_app_offer_claim(Db *db, int64_t now, int64_t lease, AppRef *out);

DbStatus q_application_by_consent(Db *db, const char *token_hash, Arena *a, Application *out);
DbStatus q_app_consent_set(Db *db, int64_t org_id, int64_t id, ConsentState from, ConsentState to,
                           int64_t now);

DbStatus q_consent_event_add(Db *db, int64_t org_id, int64_t application_id, ConsentState action,
                             const char *by_name, ConsentVia via, int64_t recorded_by, int64_t now);
DbStatus q_consent_events(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                          ConsentEvent *row, DbRowFn fn, void *ctx);

/* The programme's disagreement threshold in percent of its scale (30 unless set); DB_NONE
 * when the programme is not ours. */
DbStatus q_app_disagree(Db *db, int64_t org_id, int64_t programme_id, int64_t *pct);
/* Sets it (1..100); DB_NONE when the programme is not ours. */
DbStatus q_app_disagree_set(Db *db, int64_t org_id, int64_t programme_id, int64_t pct);

#endif
