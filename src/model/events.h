/* model/events.h — the records of events and hackathons: an organisation's events (kind,
 * place, times, capacity, audience, public or by invitation), the personal invitations to
 * an invitation-only event and the registrations (registered, on the waiting list or
 * cancelled, with a guardian's consent under the consent age), as the statements of
 * src/q/events/ return them. Types and vocabularies (model/events.c) only. No SQL. */
#ifndef TRAJECT_MODEL_EVENTS_H
#define TRAJECT_MODEL_EVENTS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"
#include "model/consent.h"

typedef enum EventKind {
    EVENT_HACKATHON,
    EVENT_INFO_SESSION,
    EVENT_WORKSHOP,
    EVENT_CAMP,
    EVENT_DEMO_DAY,
} EventKind;
extern const Vocab event_kinds;

/* Who may register: anyone from the event's public page, or only through a personal
 * invitation link. */
typedef enum EventAccess { EVENT_PUBLIC, EVENT_INVITATION } EventAccess;
extern const Vocab event_access;

typedef enum RegStatus { REG_REGISTERED, REG_WAITING, REG_CANCELLED } RegStatus;
extern const Vocab reg_statuses;

/* The sort columns of the staff's list of events. */
enum { EVENT_BY_START, EVENT_BY_TITLE, EVENT_SORTS };
/* The sort column of an event's registrations (by name: the door's search). */
enum { REG_BY_NAME, REG_SORTS };

typedef struct Event {
    int64_t id;
    int64_t org_id;
    char *org_name;
    EventKind kind;
    char *title, *description;
    int64_t location_id;
    char *location_name, *location_address, *municipality;
    int64_t starts_at, ends_at;      /* UTC seconds */
    int64_t capacity, taken;         /* taken: places held by registered people */
    bool min_age_null, max_age_null; /* no bound on that side */
    int64_t min_age, max_age;        /* the age band on the first day, when set */
    int64_t consent_age;             /* under it, a parent or guardian agrees */
    EventAccess access;
    int64_t waiting; /* people on the waiting list (lists, the event's page) */
} Event;

/* What staff type to create or change an event (flows/events/event.c checks it). */
typedef struct EventInput {
    int kind; /* EventKind */
    char *title, *description;
    int64_t location_id;
    int64_t starts_at, ends_at;
    int64_t capacity;
    char *min_age, *max_age; /* as typed; "" or NULL: no bound */
    int64_t consent_age;
    int access; /* EventAccess */
} EventInput;

typedef struct EventRegistration {
    int64_t id;
    int64_t org_id, event_id;
    char *name, *email, *lang;
    char *birth_date; /* NULL when the event has no age band */
    int gender;       /* Gender (model/training.h); GENDER_NOT_GIVEN when not said */
    RegStatus status;
    char *guardian_name, *guardian_email; /* NULL when no consent is needed */
    ConsentState consent;
    int64_t checked_in_at; /* 0: not yet */
    int64_t created_at;
    int64_t position; /* on the waiting list, from 1 (the personal page) */
} EventRegistration;

/* What a person types to register (flows/events/registration.c checks it). */
typedef struct RegInput {
    char *name, *email, *lang, *birth_date;
    char *gender; /* a key of genders, NULL: not said */
    char *guardian_name, *guardian_email;
} RegInput;

typedef struct EventInvitation {
    int64_t id, org_id, event_id;
    char *name, *email, *lang;
    int64_t registration_id; /* 0: not used yet */
} EventInvitation;

/* --- hackathons (0096-hackathons.sql) --- */

/* A jury's scores run from 0 to this. */
#define HACK_SCALE_MAX 10

typedef struct Challenge {
    int64_t id, org_id, event_id, partner_id;
    char *partner_name;
    char *title, *brief;
    char *event_title; /* a partner's page */
    int64_t starts_at; /* the event's, for a partner's page */
    int64_t teams;     /* teams on it */
} Challenge;

typedef struct Criterion {
    int64_t id;
    char *label;
    int64_t weight;
} Criterion;

typedef struct HackTeam {
    int64_t id, org_id, event_id, challenge_id;
    char *name, *challenge_title;
    char *members;       /* the members' names, ", " between them */
    int64_t submissions; /* how many it handed in */
    int64_t created_at;
} HackTeam;

typedef struct Submission {
    int64_t id, team_id;
    char *url;
    char *file_name, *file_type; /* NULL for a link */
    int64_t file_size, created_at;
} Submission;

/* One juror's score of a team on a criterion (the ranking reads them all). */
typedef struct Score {
    int64_t team_id, juror_id, criterion_id, score;
} Score;

#endif
