/* q/jobs/followup.h — statements on the follow-ups mailed to former learners 3, 6 and 12
 * months after their cohort ends: the enrolments whose cohort ended in a window, claiming
 * one mail (a row per learner, cohort and milestone), the follow-up a personal link opens,
 * recording its answer, and the paged list staff read (who has not answered). Owns
 * nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_JOBS_FOLLOWUP_H
#define TRAJECT_Q_JOBS_FOLLOWUP_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/jobs.h"

/* sort columns of the list of follow-ups */
enum { FOLLOWUP_BY_SENT, FOLLOWUP_BY_NAME, FOLLOWUP_SORTS };

/* Every learner (enrolled or completed, with an e-mail address) of a cohort that ended from
 * from_day to to_day (YYYY-MM-DD, any organisation), in the language of their account, else
 * the one they applied in. */
DbStatus q_job_followups_due(Db *db, const char *from_day, const char *to_day, Arena *a,
                             JobFollowupDue *row, DbRowFn fn, void *ctx);

/* Claims the follow-up of x at months, kept under token_hash: DB_NONE when it was sent
 * already (here or by another server). *id: the new row's. */
DbStatus q_job_followup_claim(Db *db, const JobFollowupDue *x, int months, const char *token_hash,
                              int64_t now, int64_t *id);

/* The follow-up of a personal link (by its token's hash), of any organisation. */
DbStatus q_job_followup_by_token(Db *db, const char *token_hash, Arena *a, JobFollowup *out);

/* Records the answer to follow-up id (a later answer replaces it). */
DbStatus q_job_followup_answer(Db *db, int64_t org_id, int64_t id, const JobFollowupAnswer *x,
                               int64_t now);

/* One page of org_id's follow-ups (unanswered: only those not answered yet), searched on the
 * learner's name, and how many there are. */
DbStatus q_job_followup_page(Db *db, int64_t org_id, bool unanswered, const DbPage *p, Arena *a,
                             JobFollowup *row, DbRowFn fn, void *ctx);
DbStatus q_job_followup_count(Db *db, int64_t org_id, bool unanswered, const char *like,
                              int64_t *n);

#endif
