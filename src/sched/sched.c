/* sched.c — the scheduler thread and its timers (see sched.h). */
#include "sched/sched.h"

#include <stdlib.h>

#include "core/clock.h"
#include "core/log.h"
#include "core/ticker.h"
#include "flows/calls/reminder.h"
#include "flows/intake/admission.h"

/* Seconds between rounds. */
#define SCHED_INTERVAL 60

struct Sched {
    App *app;
    Db *db;
    Ticker *ticker;
};

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
    arena_free(&a);
    return closed >= 0 && reminded >= 0;
}

static void sched_tick(void *ctx)
{
    Sched *s = ctx;
    sched_run_due(s->app, s->db);
}

Sched *sched_start(App *app)
{
    char err[512];
    Db *db = db_open(app->set.db, err, sizeof err);
    if (!db) {
        log_warn("scheduler: %s", err);
        return NULL;
    }
    sched_run_due(app, db);
    Sched *s = xcalloc(1, sizeof *s);
    s->app = app;
    s->db = db;
    if (!(s->ticker = ticker_start(sched_tick, s, SCHED_INTERVAL * 1000L, false))) {
        log_warn("cannot start the scheduler");
        db_close(db);
        free(s);
        return NULL;
    }
    return s;
}

void sched_stop(Sched *s)
{
    if (!s)
        return;
    ticker_stop(s->ticker);
    db_close(s->db);
    free(s);
}
