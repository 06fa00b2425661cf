/* model/consent.h — a parent's or guardian's consent for a young person, as intake's
 * applications (0016-admission) and events' registrations (0095-events) record it: the
 * state of the consent, what the guardian does on their page, and how the act reached us.
 * Types and vocabularies (model/consent.c) only. The schema's CHECKs list the same keys. */
#ifndef TRAJECT_MODEL_CONSENT_H
#define TRAJECT_MODEL_CONSENT_H

#include "core/vocab.h"

/* The state of a guardian's consent ("" stored as NULL when none is needed). */
typedef enum ConsentState {
    CONSENT_NONE,
    CONSENT_PENDING,
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    CONSENT_WITHDRAWN,
} ConsentState;
extern const Vocab consent_vocab;

/* What a guardian does (the value of the form's buttons): give, refuse, withdraw. */
typedef enum ConsentAct { CONSENT_GIVE, CONSENT_REFUSE, CONSENT_WITHDRAW } ConsentAct;
extern const Vocab consent_act_vocab;

/* How an act reached us (app_consent_events.via). */
typedef enum ConsentVia { VIA_LINK, VIA_PAPER } ConsentVia;
extern const Vocab consent_via_vocab;

#endif
