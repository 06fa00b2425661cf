/* ticker.c — see ticker.h. */
#include "core/ticker.h"

#include <pthread.h>
#include <stdlib.h>

#include "core/arena.h"
#include "core/clock.h"

struct Ticker {
    void (*tick)(void *ctx);
    void *ctx;
    long every_ms;
    bool first_now;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop;
};

static void *ticker_main(void *arg)
{
    Ticker *t = arg;
    pthread_mutex_lock(&t->mu);
    for (bool wait = !t->first_now; !t->stop; wait = true) {
        if (wait) {
            struct timespec ts = clock_deadline(t->every_ms);
            pthread_cond_timedwait(&t->cv, &t->mu, &ts);
            if (t->stop)
                break;
        }
        pthread_mutex_unlock(&t->mu);
        t->tick(t->ctx);
        pthread_mutex_lock(&t->mu);
    }
    pthread_mutex_unlock(&t->mu);
    return NULL;
}

Ticker *ticker_start(void (*tick)(void *ctx), void *ctx, long every_ms, bool first_now)
{
    Ticker *t = xcalloc(1, sizeof *t);
    *t = (Ticker){.tick = tick, .ctx = ctx, .every_ms = every_ms, .first_now = first_now};
    pthread_mutex_init(&t->mu, NULL);
    pthread_cond_init(&t->cv, NULL);
    if (pthread_create(&t->thread, NULL, ticker_main, t) != 0) {
        pthread_mutex_destroy(&t->mu);
        pthread_cond_destroy(&t->cv);
        free(t);
        return NULL;
    }
    return t;
}

void ticker_stop(Ticker *t)
{
    if (!t)
        return;
    pthread_mutex_lock(&t->mu);
    t->stop = true;
    pthread_cond_signal(&t->cv);
    pthread_mutex_unlock(&t->mu);
    pthread_join(t->thread, NULL);
    pthread_mutex_destroy(&t->mu);
    pthread_cond_destroy(&t->cv);
    free(t);
}
