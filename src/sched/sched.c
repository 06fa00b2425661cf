/* sched.c — the timers and the job that runs them (see sched.h). */
#include "sched/sched.h"

#include "core/clock.h"
#include "core/log.h"
#include "flows/calls/reminder.h"
#include "flows/equipment/overdue.h"
#include "flows/events/registration.h"
#include "flows/intake/admission.h"
#include "flows/jobs/followup.h"

/* Seconds between rounds. */
#define SCHED_INTERVAL 60

bool sched_run_due(App *app, Db *db)
{
    Arena a;
    arena_init(&a);
    /* the timers act for nobody in particular; their own messages are in English, the
     * mails in each recipient's language */
    Actor system = {.lang = LANG_EN};
    Flow f = {.db = db, .arena = &a, .who = &system, .now = clock_now(), .base_url = app->base_url};
    int closed = admission_expire_due(&f);
    if (closed < 0)
        log_warn("scheduler: closing expired offers failed; retried next round");
    else if (closed)
        log_info("scheduler: %d expired offers closed", closed);
    int reminded = review_reminders_send(&f);
    if (reminded < 0)
        log_warn("scheduler: sending review reminders failed; retried next round");
    else if (reminded)
        log_info("scheduler: %d review reminders sent", reminded);
    int followups = job_followups_send(&f);
    if (followups < 0)
        log_warn("scheduler: sending follow-ups failed; retried next round");
    else if (followups)
        log_info("scheduler: %d follow-ups sent", followups);
    if (loan_reminders_send(&f) < 0)
        log_warn("scheduler: reminding overdue loans failed; retried next round");
    int events = event_reminders_send(&f); /* the day before an event */
    if (events < 0)
        log_warn("scheduler: sending event reminders failed; retried next round");
    arena_free(&a);
    return closed >= 0 && reminded >= 0 && events >= 0 && followups >= 0;
}

static void timers_round(App *app, Db *db)
{
    sched_run_due(app, db);
}

Job *sched_start(App *app)
{
    return job_start(app, "scheduler", timers_round, SCHED_INTERVAL * 1000L, true);
}
