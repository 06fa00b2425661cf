/* q/events/registration.h — statements on the registrations to events and the personal
 * invitations to invitation-only events: recording, reading by personal link, by id for
 * staff or a page of them by name (the door's search), moving a registration between
 * registered, waiting and cancelled, a guardian's consent, the check-in at the door, and
 * the reminders due the day before. Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_EVENTS_REGISTRATION_H
#define TRAJECT_Q_EVENTS_REGISTRATION_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/events.h"

/* Records x (org_id, event_id, name, email, lang, birth_date, status, guardian_name and
 * guardian_email, consent) with the hash of its personal link and, when a guardian
 * consents, of theirs (NULL otherwise); invitation_id 0 for none. *id receives the id.
 * DB_CONFLICT when that e-mail address already holds a registration to the event. */
DbStatus q_reg_add(Db *db, const EventRegistration *x, const char *token_hash,
                   const char *consent_hash, int64_t invitation_id, int64_t now, int64_t *id);

/* The registration of a personal link (by the hash of its token), or with guardian of a
 * guardian's link. */
DbStatus q_reg_by_link(Db *db, const char *token_hash, bool guardian, Arena *a,
                       EventRegistration *out);

/* One registration of org_id, for its staff. */
DbStatus q_reg_get(Db *db, int64_t org_id, int64_t id, Arena *a, EventRegistration *out);

/* Moves registration id from status from to status to: DB_NONE when it is no longer in
 * from (someone else acted first). */
DbStatus q_reg_status_set(Db *db, int64_t org_id, int64_t id, RegStatus from, RegStatus to);

/* The first on event_id's waiting list (the earliest registration), DB_NONE when none. */
DbStatus q_reg_first_waiting(Db *db, int64_t org_id, int64_t event_id, Arena *a,
                             EventRegistration *out);

/* Moves a guardian's consent of registration id from from to to (DB_NONE: not in from). */
DbStatus q_reg_consent_set(Db *db, int64_t org_id, int64_t id, ConsentState from, ConsentState to);

/* Checks registration id in at now by account by: DB_NONE unless it is registered and not
 * checked in yet. */
DbStatus q_reg_checkin(Db *db, int64_t org_id, int64_t id, int64_t by, int64_t now);

/* A page of event_id's registrations (not cancelled) by name, searched by name or e-mail
 * address, and how many there are with the same search. */
DbStatus q_reg_page(Db *db, int64_t org_id, int64_t event_id, const DbPage *p, Arena *a,
                    EventRegistration *row, DbRowFn fn, void *ctx);
DbStatus q_reg_count(Db *db, int64_t org_id, int64_t event_id, const char *like, int64_t *n);

/* A reminder to send: a registration and its event. */
typedef struct RegReminder {
    EventRegistration x;
    Event e;
} RegReminder;

/* Registered people (of every organisation) whose event starts after from and before until
 * and who were not reminded yet. */
DbStatus q_reg_reminders_due(Db *db, int64_t from, int64_t until, Arena *a, RegReminder *row,
                             DbRowFn fn, void *ctx);

/* Notes that registration id was reminded at now: DB_NONE when it was already (so that two
 * schedulers never send it twice). */
DbStatus q_reg_reminded(Db *db, int64_t org_id, int64_t id, int64_t now);

/* Records an invitation (event_id of org_id; the hash of its link); *id receives its id. */
DbStatus q_invitation_add(Db *db, int64_t org_id, int64_t event_id, const char *name,
                          const char *email, const char *lang, const char *token_hash, int64_t now,
                          int64_t *id);

/* The invitation of a link (by the hash of its token), with the registration made with it
 * and not cancelled (registration_id 0 when none). */
DbStatus q_invitation_by_token(Db *db, const char *token_hash, Arena *a, EventInvitation *out);

#endif
