/* flows/events/registration.h — registering for an event without an account, the waiting
 * list, cancelling through the personal link, a guardian's consent, the check-in at the
 * door and the reminder the day before.
 *
 * Capacity is never exceeded: a registration takes a place with one conditional statement
 * (q_event_take_place) in the transaction that records it, or goes on the waiting list.
 * When a place is given back (a cancellation, a guardian who does not agree, more places),
 * the first on the waiting list gets it in the same transaction, with a mail.
 * Mails are written in their recipient's language (the registrant's choice).
 *
 * Owns nothing; messages go to the Outcome in the actor's language. */
#ifndef TRAJECT_FLOWS_EVENTS_REGISTRATION_H
#define TRAJECT_FLOWS_EVENTS_REGISTRATION_H

#include "flows/flow.h"
#include "model/events.h"

/* Registers in for event e (invitation_id: the invitation used, 0 for the public page):
 * registered when a place is free, else on the waiting list; o.id is the registration,
 * *token the personal link's token (in f->arena), *status what it became. Field errors:
 * "email" (registered already: 409), "birth_date" (needed for an age band, not a date, in
 * the future, outside the band), "guardian_name"/"guardian_email" (under the consent age),
 * "event" (the event has started: 409). */
Outcome event_register(const Flow *f, const Event *e, RegInput *in, int64_t invitation_id,
                       const char **token, RegStatus *status);

/* Cancels x (registered or waiting) of event e; a place given back goes to the first on the
 * waiting list. A 409 beside "cancel" when x was cancelled already. */
Outcome event_cancel(const Flow *f, const Event *e, const EventRegistration *x);

/* A guardian's act on x's consent: giving it, or refusing or withdrawing it (which cancels
 * the registration, as event_cancel). A 409 beside "by_name" when the consent is not in the
 * state the act needs. */
Outcome event_consent(const Flow *f, const Event *e, const EventRegistration *x, ConsentAct act);

/* Gives the free places of event e to those waiting, first come first served, each with a
 * mail: in the caller's transaction. Returns how many, or -1 on a database error. */
int event_promote(const Flow *f, const Event *e);

/* Checks x in at event e's door, by f->who. A 409 beside "checkin" saying why not (on the
 * waiting list, cancelled, no consent, not today, already checked in). */
Outcome event_checkin(const Flow *f, const Event *e, const EventRegistration *x);

/* Why x cannot be checked in at e's door now, in the actor's language (what event_checkin
 * would answer); NULL when it can. For the door's page, before any tap. */
const char *event_checkin_refusal(const Flow *f, const Event *e, const EventRegistration *x);

/* Mails the registered of every event that starts tomorrow (Brussels) a reminder, once
 * each. Returns how many were sent, or -1 on a database error. Called by the scheduler. */
int event_reminders_send(const Flow *f);

#endif
