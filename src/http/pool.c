/* pool.c — the workers that run handlers. libmicrohttpd's threads read and write the
 * connections; a complete request is suspended and queued here, in the order requests
 * arrived, for the first free worker (each worker keeps its own database connection), which
 * resumes the connection with the response ready. With one queue for all, a request never
 * waits behind a slow request of the thread that happened to accept its connection while
 * other workers are idle.
 * Owns: the queue and the worker threads. Does not own: the requests (server.c). */
#include <pthread.h>
#include <stdlib.h>

#include "core/clock.h"
#include "core/log.h"
#include "http/http.h"

struct Pool {
    pthread_mutex_t mu;
    pthread_cond_t work;
    Req *head, *tail;
    unsigned queued, max_queued; /* waiting for a worker */
    double max_wait_ms;          /* how long the oldest may have waited */
    bool stopping;
    void (*run)(Req *r);
    unsigned n;
    pthread_t *threads;
};

static void *worker(void *arg)
{
    Pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->head && !p->stopping)
            pthread_cond_wait(&p->work, &p->mu);
        Req *r = p->head;
        if (!r)
            break; /* stopping, and the queue is empty */
        p->head = r->next_job;
        if (!p->head)
            p->tail = NULL;
        p->queued--;
        pthread_mutex_unlock(&p->mu);
        p->run(r);
        MHD_resume_connection(r->conn);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

Pool *pool_start(unsigned n, unsigned max_queued, double max_wait_ms, void (*run)(Req *r))
{
    Pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    p->run = run;
    p->max_queued = max_queued ? max_queued : 1;
    p->max_wait_ms = max_wait_ms;
    p->threads = calloc(n, sizeof *p->threads);
    for (unsigned i = 0; p->threads && i < n; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, p) != 0)
            break;
        p->n++;
    }
    if (p->n == 0) {
        log_warn("cannot start the worker threads");
        pool_free(p);
        return NULL;
    }
    return p;
}

PoolPush pool_push(Pool *p, Req *r)
{
    double now = clock_ms();
    pthread_mutex_lock(&p->mu);
    bool slow = p->head && now - p->head->queued_at > p->max_wait_ms;
    if (p->stopping || p->queued >= p->max_queued || slow) {
        PoolPush why = p->stopping ? POOL_STOPPING : POOL_FULL;
        pthread_mutex_unlock(&p->mu);
        return why;
    }
    p->queued++;
    r->queued_at = now;
    /* suspended before a worker can take it: the worker's resume always comes after */
    MHD_suspend_connection(r->conn);
    r->next_job = NULL;
    if (p->tail)
        p->tail->next_job = r;
    else
        p->head = r;
    p->tail = r;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
    return POOL_QUEUED;
}

void pool_stop(Pool *p)
{
    pthread_mutex_lock(&p->mu);
    bool joined = p->stopping;
    p->stopping = true;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (unsigned i = 0; !joined && i < p->n; i++)
        pthread_join(p->threads[i], NULL);
}

void pool_free(Pool *p)
{
    if (!p)
        return;
    pool_stop(p);
    free(p->threads);
    pthread_cond_destroy(&p->work);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
