/* job.h — work done again and again off the request path, by a thread of its own on a
 * database connection of its own: the outbox's delivery (mail/) and the timers (sched.c)
 * are each one job.
 * Owns: the thread, its connection, and what it needs to wait and to be woken. Does not
 * own: what the job does. */
#ifndef TRAJECT_JOB_H
#define TRAJECT_JOB_H

#include <stdbool.h>

#include "http/http.h"

typedef struct Job Job;

/* What a job does each round, on its own connection. */
typedef void JobFn(App *app, Db *db);

/* Opens the job's connection and starts its thread, which runs fn every every_ms
 * milliseconds. The first round runs here, before it returns, when first_here (what fell
 * due while no server ran, before the server takes requests), else at once in the thread.
 * NULL (logged, with name) when the connection or the thread cannot be had. */
Job *job_start(App *app, const char *name, JobFn *fn, long every_ms, bool first_here);

/* Wakes the thread out of its wait, waits for the round in progress, runs one last round
 * here when last, and closes the connection. NULL is allowed. */
void job_stop(Job *j, bool last);

#endif
