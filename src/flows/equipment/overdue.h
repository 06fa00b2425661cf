/* flows/equipment/overdue.h — the reminder of an overdue loan: the day after an item was due
 * back, the borrower (the learner, or each member of the team that has an address; a
 * location has none) and the staff member who lent it each get a mail in their own
 * language. Run by the scheduler (sched/sched.c), never from a request.
 *
 * Owns: which reminders are due and their mails. Once per loan, even with several servers:
 * each is claimed (loans.reminded_at) in the transaction that queues its mails. */
#ifndef TRAJECT_FLOWS_EQUIPMENT_OVERDUE_H
#define TRAJECT_FLOWS_EQUIPMENT_OVERDUE_H

#include "flows/flow.h"

/* Sends the reminders of the loans overdue at f->now; the number of loans reminded, -1 on
 * a database error (what was sent stays sent; the rest is retried next round). */
int loan_reminders_send(const Flow *f);

#endif
