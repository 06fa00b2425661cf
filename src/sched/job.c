/* job.c — see job.h. */
#include "sched/job.h"

#include <pthread.h>
#include <stdlib.h>

#include "core/clock.h"
#include "core/log.h"

struct Job {
    App *app;
    Db *db;
    JobFn *fn;
    long every_ms;
    bool wait_first; /* the first round ran before the thread started */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop;
};

static void *job_main(void *arg)
{
    Job *j = arg;
    pthread_mutex_lock(&j->mu);
    for (bool wait = j->wait_first; !j->stop; wait = true) {
        if (wait) {
            struct timespec ts = clock_deadline(j->every_ms);
            pthread_cond_timedwait(&j->cv, &j->mu, &ts);
            if (j->stop)
                break;
        }
        pthread_mutex_unlock(&j->mu);
        j->fn(j->app, j->db);
        pthread_mutex_lock(&j->mu);
    }
    pthread_mutex_unlock(&j->mu);
    return NULL;
}

Job *job_start(App *app, const char *name, JobFn *fn, long every_ms, bool first_here)
{
    char err[512];
    Db *db = db_open(app->set.db, err, sizeof err);
    if (!db) {
        log_warn("%s: %s", name, err);
        return NULL;
    }
    if (first_here)
        fn(app, db);
    Job *j = xcalloc(1, sizeof *j);
    *j = (Job){.app = app, .db = db, .fn = fn, .every_ms = every_ms, .wait_first = first_here};
    pthread_mutex_init(&j->mu, NULL);
    pthread_cond_init(&j->cv, NULL);
    if (pthread_create(&j->thread, NULL, job_main, j) != 0) {
        log_warn("cannot start the %s", name);
        pthread_mutex_destroy(&j->mu);
        pthread_cond_destroy(&j->cv);
        db_close(db);
        free(j);
        return NULL;
    }
    return j;
}

void job_stop(Job *j, bool last)
{
    if (!j)
        return;
    pthread_mutex_lock(&j->mu);
    j->stop = true;
    pthread_cond_signal(&j->cv);
    pthread_mutex_unlock(&j->mu);
    pthread_join(j->thread, NULL);
    if (last)
        j->fn(j->app, j->db);
    pthread_mutex_destroy(&j->mu);
    pthread_cond_destroy(&j->cv);
    db_close(j->db);
    free(j);
}
