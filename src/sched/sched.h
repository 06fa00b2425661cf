/* sched.h — work off the request path: timers that act when their moment has passed
 * (today: waiting-list offers past their deadline are closed, mailed and passed on; jury
 * members with reviews missing are reminded three days before the review deadline and on
 * the day). A thread of its own runs every timer once a minute on its own database
 * connection. Each timer claims its rows before acting (a lease, as the outbox does, or a
 * row recording the reminder sent, inserted with its mail), so any number of
 * `traject serve` sharing one PostgreSQL run each act once. GET handlers change nothing.
 * Owns: the thread, its connection and its arena. Does not own: what a timer does (the
 * workflows of src/flows/). */
#ifndef TRAJECT_SCHED_H
#define TRAJECT_SCHED_H

#include <stdbool.h>

#include "http/http.h"
#include "sched/job.h"

/* Runs every timer once now, before the server takes requests (catching up what fell due
 * while no server ran), then starts the job (sched/job.h) that runs them every minute.
 * NULL when the thread cannot start or the database cannot be opened (logged). Stop it
 * with job_stop(j, false). */
Job *sched_start(App *app);

/* One round of every timer on db at the clock's now; false when one failed (logged: it is
 * retried next round). */
bool sched_run_due(App *app, Db *db);

#endif
