/* flows/jobs/followup.h — the follow-ups of former learners: 3, 6 and 12 months after their
 * cohort ends (domain/jobs.h), a mail in their language with a personal link to three
 * questions (still there? what now? may we count it?), and the answer given through it. */
#ifndef TRAJECT_FLOWS_JOBS_FOLLOWUP_H
#define TRAJECT_FLOWS_JOBS_FOLLOWUP_H

#include "flows/flow.h"
#include "model/jobs.h"

/* Sends every follow-up due at f->now (once per learner, cohort and milestone, however
 * many servers run): for sched_run_due. Returns how many were sent, or -1 on a database
 * error (retried next round). */
int job_followups_send(const Flow *f);

/* The follow-up of the personal link token into *out: DB_NONE for a token that is none. */
DbStatus job_followup_of_token(const Flow *f, const char *token, JobFollowup *out);

/* Records the answer x to the follow-up of token (situation one of job_situations: an
 * error beside "situation" otherwise). ERR_NOT_FOUND for a token that is none. */
Outcome flow_job_followup_answer(const Flow *f, const char *token, const JobFollowupAnswer *x);

#endif
