/* flows/calls/reminder.h — reminders to a call's jury: three days before the review
 * deadline and on its last day, each member with reviews missing gets a mail in their
 * language. Run by the scheduler (sched/sched.c), never from a request.
 *
 * Owns: which reminders are due and their mails. Once per member and reminder, even with
 * several servers: each is claimed by inserting its row (q/calls/reminder.h) in the
 * transaction that queues the mail. */
#ifndef TRAJECT_FLOWS_CALLS_REMINDER_H
#define TRAJECT_FLOWS_CALLS_REMINDER_H

#include "flows/flow.h"

/* Sends the reminders due at f->now; the number sent, -1 on a database error (what was
 * sent stays sent; the rest is retried next round). */
int review_reminders_send(const Flow *f);

#endif
