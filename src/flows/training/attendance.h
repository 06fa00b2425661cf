/* flows/training/attendance.h — saving a session's roster: one mark per learner, all in one
 * transaction, each learner of the session's own cohort. Self check-in with a session's
 * QR code: present, or late after a quarter of an hour, from half an hour before the
 * start until the end, for a learner enrolled in the cohort. */
#ifndef TRAJECT_FLOWS_TRAINING_ATTENDANCE_H
#define TRAJECT_FLOWS_TRAINING_ATTENDANCE_H

#include "flows/flow.h"
#include "model/training.h"

#define CHECKIN_OPENS_BEFORE (30 * 60)
#define CHECKIN_LATE_AFTER (15 * 60)

typedef struct MarkInput {
    int64_t enrolment_id;
    AttendanceMark mark; /* not MARK_NONE */
} MarkInput;

/* Records marks[0..n) for session_id. ERR_BAD_REQUEST (nothing saved) when one is for a
 * learner outside the session's cohort or organisation. */
Outcome flow_attendance_save(const Flow *f, int64_t session_id, const MarkInput *marks, int n);

/* Why the actor cannot check in to session s now (NULL when they can); *status is the
 * HTTP status that goes with it (403 not enrolled, 200 otherwise). */
const char *flow_checkin_refusal(const Flow *f, const SessionItem *s, bool enrolled, int *status);

/* Checks the actor in to session s (of s->org_id) unless they did already: present, or late
 * after CHECKIN_LATE_AFTER. Refused (403 or 409, the reason on "checkin") outside the window
 * or for someone not enrolled. */
Outcome flow_checkin(const Flow *f, const SessionItem *s, const RosterRow *state, bool enrolled);

#endif
