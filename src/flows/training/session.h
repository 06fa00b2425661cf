/* flows/training/session.h — a cohort's sessions: adding one, changing its time, place and
 * own trainers, deleting one without marks, and generating a weekly schedule that skips
 * Belgian public holidays and closure days. Times are Brussels wall-clock times. */
#ifndef TRAJECT_FLOWS_TRAINING_SESSION_H
#define TRAJECT_FLOWS_TRAINING_SESSION_H

#include "domain/calendar.h"
#include "flows/flow.h"
#include "model/training.h"

typedef struct SessionInput {
    bool day_read, times_read; /* the form could read the day; the start and the end */
    Date day;
    int start, end;          /* minutes after midnight, Brussels */
    int64_t location_id;     /* 0: none */
    const int64_t *trainers; /* flow_session_update: its own trainers (none: the cohort's) */
    int ntrainers;
    int64_t starts_at, ends_at; /* UTC, set by flow_session_check */
} SessionInput;

/* Checks a session of cohort c: end after start, a time that exists that day, within the
 * cohort's dates, a location of the organisation. Adds to o; sets starts_at/ends_at. */
void flow_session_check(const Flow *f, const Cohort *c, SessionInput *in, Outcome *o);

/* Adds a session to c. o.id is the new session's. */
Outcome flow_session_add(const Flow *f, const Cohort *c, SessionInput *in);
/* Moves session id of c and sets its own trainers, in one transaction. ERR_NOT_FOUND when it
 * is gone; a field error on "trainers" for an account that is not a member. */
Outcome flow_session_update(const Flow *f, const Cohort *c, int64_t id, SessionInput *in);
/* Deletes a session that has no attendance marks (409 with a message on "session"
 * otherwise). */
Outcome flow_session_delete(const Flow *f, int64_t id);

/* The checks of a weekly schedule: a weekday at least, the end after the start. */
void flow_schedule_check(const Flow *f, const Schedule *s, Outcome *o);

/* Generates the weekly sessions of c: s's weekdays, times and closure days (first and last
 * are c's dates). o.id is how many were added. */
Outcome flow_schedule_generate(const Flow *f, const Cohort *c, Schedule *s);

#endif
