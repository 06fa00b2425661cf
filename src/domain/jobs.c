/* domain/jobs.c — the rules of internships, jobs and placements (see jobs.h). */
#include "domain/jobs.h"

#include "domain/certified.h"

/* the order of the stages that move forward; not retained is apart */
static int stage_rank(JobStage s)
{
    switch (s) {
    case STAGE_PROPOSED:
        return 0;
    case STAGE_INTERVIEW:
        return 1;
    case STAGE_OFFER:
        return 2;
    case STAGE_HIRED:
        return 3;
    default:
        return -1;
    }
}

bool job_stage_final(JobStage stage)
{
    return stage == STAGE_HIRED || stage == STAGE_NOT_RETAINED;
}

bool job_stage_move_ok(JobStage from, JobStage to)
{
    if (job_stage_final(from) || stage_rank(from) < 0)
        return false;
    if (to == STAGE_NOT_RETAINED)
        return true;
    return stage_rank(to) > stage_rank(from);
}

/* the same day `months` later (the last day of a shorter month) */
static int64_t months_after(Date d, int months)
{
    return date_days(cert_expires_on(d, months));
}

int job_followup_due(Date ended, Date today)
{
    static const int at[] = {3, 6, 12, 18};
    int64_t t = date_days(today);
    for (int i = 2; i >= 0; i--)
        if (t >= months_after(ended, at[i]))
            return t < months_after(ended, at[i + 1]) ? at[i] : 0;
    return 0;
}

bool job_placed(Date cohort_starts, Date cohort_ends, Date starts, const Date *ends)
{
    int64_t s = date_days(starts);
    if (s < date_days(cohort_starts) || s > months_after(cohort_ends, JOB_PLACED_MONTHS))
        return false;
    return !ends || date_days(*ends) >= date_days(cohort_ends);
}
