/* domain/jobs.h — the rules of internships, jobs and placements. Pure: no HTTP, no SQL, no
 * clock of its own (the caller gives today).
 *
 * - A candidate moves only forward through proposed, interview, offer and hired, one step
 *   or several at once (a partner may hire after the interview); "not retained" may follow
 *   any stage but hired; hired and not retained are final.
 * - A former learner is asked how they are doing 3, 6 and 12 months after their cohort's
 *   last day: the milestone due is the latest one reached, until the next one (18 months
 *   after the 12-month one), so that a server that was down sends the latest question, not
 *   three at once.
 * - "Placed" (the programme dashboards, the target "placed in a job or internship"): a
 *   placement that starts on or after the cohort's first day and no later than six months
 *   after its last day, and had not ended before the cohort's last day. */
#ifndef TRAJECT_DOMAIN_JOBS_H
#define TRAJECT_DOMAIN_JOBS_H

#include <stdbool.h>

#include "domain/calendar.h"
#include "model/jobs.h"

/* Months after the end of a cohort at which a placement still counts as placed. */
#define JOB_PLACED_MONTHS 6

/* True when a candidate at stage from may be moved to stage to. */
bool job_stage_move_ok(JobStage from, JobStage to);

/* True when stage is final (hired, not retained). */
bool job_stage_final(JobStage stage);

/* The follow-up due on today for a cohort whose last day was ended: 3, 6 or 12 (months),
 * or 0 when none is due. */
int job_followup_due(Date ended, Date today);

/* True when a placement from starts to ends (NULL: open-ended) counts as placed for a
 * cohort from cohort_starts to cohort_ends (see above). */
bool job_placed(Date cohort_starts, Date cohort_ends, Date starts, const Date *ends);

#endif
