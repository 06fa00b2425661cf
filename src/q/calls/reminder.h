/* q/calls/reminder.h — the statements behind the jury's review reminders (reminder.c): who
 * is due one, and the claim that makes each sent once. The scheduler reads them for every
 * funder at once, so these take no org_id; the claim records the funder's. */
#ifndef TRAJECT_Q_CALLS_REMINDER_H
#define TRAJECT_Q_CALLS_REMINDER_H

#include "db/db.h"
#include "model/calls.h"

/* Every member of a published call's jury with reviews missing whose reminder kind is due
 * at now and not sent yet ("three_days" from three days before the review deadline, "day"
 * in the last day before it), one row each. */
DbStatus q_review_reminders_due(Db *db, int64_t now, Arena *a, ReviewReminder *row, DbRowFn fn,
                                void *ctx);
/* Claims the reminder of x: DB_ONE when this call recorded it, DB_NONE when it was sent
 * already (by this server or another). Run in the transaction that queues its mail. */
DbStatus q_review_reminder_claim(Db *db, const ReviewReminder *x, int64_t now);

#endif
