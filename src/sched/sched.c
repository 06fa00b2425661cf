/* sched.c — the scheduler thread and its timers (see sched.h). */
#include "sched/sched.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "core/clock.h"
#include "core/log.h"
#include "flows/calls/reminder.h"
#include "flows/intake/admission.h"

/* Seconds between rounds. */
#define SCHED_INTERVAL 60

struct Sched {
    App *app;
    Db *db;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop;
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

static void *sched_main(void *arg)
{
    Sched *s = arg;
    pthread_mutex_lock(&s->mu);
    while (!s->stop) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += SCHED_INTERVAL;
        pthread_cond_timedwait(&s->cv, &s->mu, &ts);
        if (s->stop)
            break;
        pthread_mutex_unlock(&s->mu);
        sched_run_due(s->app, s->db);
        pthread_mutex_lock(&s->mu);
    }
    pthread_mutex_unlock(&s->mu);
    return NULL;
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
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
    if (pthread_create(&s->thread, NULL, sched_main, s) != 0) {
        log_warn("cannot start the scheduler");
        pthread_mutex_destroy(&s->mu);
        pthread_cond_destroy(&s->cv);
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
    pthread_mutex_lock(&s->mu);
    s->stop = true;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->cv);
    db_close(s->db);
    free(s);
}
