/* checkin.h — who may be checked in at an event's door, and when. Pure: no SQL, no HTTP,
 * no clock of its own (today is given, a Brussels day). The door's page and its workflow
 * (flows/events/checkin.c) say the verdict in the reader's language.
 * Owns nothing. */
#ifndef TRAJECT_DOMAIN_CHECKIN_H
#define TRAJECT_DOMAIN_CHECKIN_H

#include <stdbool.h>
#include <stdint.h>

#include "domain/calendar.h"
#include "model/events.h"

typedef enum CheckinVerdict {
    CHECKIN_OK,         /* registered, the event runs today: check them in */
    CHECKIN_ALREADY,    /* checked in before: nothing to do */
    CHECKIN_WAITING,    /* on the waiting list: they have no place */
    CHECKIN_CANCELLED,  /* the registration was cancelled */
    CHECKIN_NO_CONSENT, /* a guardian has not agreed (yet) */
    CHECKIN_NOT_TODAY,  /* the event does not run today */
} CheckinVerdict;

/* The verdict for a registration (status, consent, checked in or not) at an event running
 * from the Brussels day first to the day last (inclusive), today being today. A
 * registration that is not in order comes before the day: a person on the waiting list is
 * told so on any day. */
CheckinVerdict checkin_verdict(RegStatus status, ConsentState consent, bool checked_in, Date first,
                               Date last, Date today);

#endif
