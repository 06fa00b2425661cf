/* mail.h — outgoing mail. Pages put mail in the outbox table (same transaction as what
 * caused it); a background worker delivers it: as .eml files into a folder by default
 * (a fresh install works offline), or over SMTP through libcurl when configured.
 * Owns: the worker thread and its database connection. */
#ifndef TRAJECT_MAIL_H
#define TRAJECT_MAIL_H

#include <stdbool.h>

#include "http/http.h"
#include "sched/job.h"

/* Starts the delivery job (sched/job.h): the outbox every half second, the first time at
 * once. NULL on failure (logged). Stop it with job_stop(j, true), which delivers what is due
 * once more. */
Job *mail_worker_start(App *app);

/* Delivers every deliverable mail now, on db. Returns the number delivered. */
int mail_deliver_due(App *app, Db *db);

/* Formats an RFC 5322 message (UTF-8 body, encoded subject) into the arena. */
char *mail_format(Arena *a, const char *from, const char *to, const char *subject, const char *body,
                  int64_t created_at, int64_t id);

#endif
