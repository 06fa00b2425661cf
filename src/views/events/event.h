/* views/events/event.h — what the pages of events share: an event's facts (kind, when,
 * where, places, audience), the registration form (the public page and an invitation's)
 * and its reading, and a registration's state in words. Owns nothing; texts live in the
 * request's arena. */
#ifndef TRAJECT_VIEWS_EVENTS_EVENT_H
#define TRAJECT_VIEWS_EVENTS_EVENT_H

#include "html/layout.h"
#include "http/http.h"
#include "model/events.h"

/* A page of one event. */
typedef enum MHD_Result (*EventPage)(Req *r, Event *e);

/* Runs fn for the event of the route's {id} in r's organisation; 404 when there is none. */
enum MHD_Result with_event(Req *r, EventPage fn);

/* A <dl class="facts"> of e: kind, when, where, places (taken of capacity, waiting), ages
 * and consent, who may register. */
void html_event_facts(Html *h, Req *r, const Event *e);

/* The registration form of e posted to action, with what was typed (in) and its errors
 * (err, may be NULL); fixed_email: an invitation's address, shown and not asked. */
void html_reg_form(Html *h, Req *r, const Event *e, const char *action, const RegInput *in,
                   const FormErrors *err, const char *fixed_email);

/* Reads the registration form into in (lang defaults to the reader's); false with errors. */
bool reg_form_read(Req *r, RegInput *in, FormErrors *err);

/* A registration's state in words: registered (and checked in), waiting (and where), a
 * guardian's consent pending, cancelled. */
const char *reg_state_text(Req *r, const EventRegistration *x);

#endif
