/* flows/events/event.h — staff's acts on events: recording or changing one (kind, place,
 * times, capacity, audience, public or by invitation) and inviting a guest to an
 * invitation-only event by mail. Changing an event to more places gives them at once to
 * those on the waiting list (flows/events/registration.h).
 *
 * Owns nothing; messages go to the Outcome in the actor's language. */
#ifndef TRAJECT_FLOWS_EVENTS_EVENT_H
#define TRAJECT_FLOWS_EVENTS_EVENT_H

#include "flows/flow.h"
#include "model/events.h"

/* Records a new event of f->who->org_id (id 0; o.id is the new one) or changes event id.
 * Field errors: "location_id" (not one of the organisation's locations), "ends_at" (not
 * after the start), "min_age"/"max_age" (no age, or the band upside down), "capacity"
 * (below the places held, 409). ERR_NOT_FOUND when event id is not the organisation's. */
Outcome event_save(const Flow *f, int64_t id, const EventInput *in);

/* Mails a personal invitation to event e (invitation-only) to name at email, written in
 * lang ("en", "nl", "fr"). A 400 beside "email" when e is public. */
Outcome event_invite(const Flow *f, const Event *e, const char *name, const char *email,
                     const char *lang);

/* "12 to 16", "12 and over", "up to 16" in language l (arena a); NULL when e has no age
 * band. For pages and mails. */
const char *event_ages_in(Arena *a, Lang l, const Event *e);

#endif
