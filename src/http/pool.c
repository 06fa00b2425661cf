/* pool.c — the workers that run handlers. libmicrohttpd's threads read and write the
 * connections; a complete request is suspended and queued here, in the order requests
 * arrived, for the first free worker (each worker keeps its own database connection), which
 * resumes the connection with the response ready. With one queue for all, a request never
 * waits behind a slow request of the thread that happened to accept its connection while
 * other workers are idle.
 * Owns: the queue and the worker threads. Does not own: the requests (server.c). */
#include <pthread.h>
#include <stdlib.h>

#include "core/log.h"
#include "http/http.h"

struct Pool {
    pthread_mutex_t mu;
    pthread_cond_t work;
    Req *head, *tail;
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
        pthread_mutex_unlock(&p->mu);
        p->run(r);
        MHD_resume_connection(r->conn);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

Pool *pool_start(unsigned n, void (*run)(Req *r))
{
    Pool *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    p->run = run;
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

bool pool_push(Pool *p, Req *r)
{
    pthread_mutex_lock(&p->mu);
    if (p->stopping) {
        pthread_mutex_unlock(&p->mu);
        return false;
    }
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
    return true;
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
