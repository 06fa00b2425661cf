/* flows/training/enrolment.h — who takes part in a cohort: enrolling one person (a
 * walk-in registered on the spot, or someone known) within the cohort's places and the
 * programme's rules, and ending an enrolment (withdrawn, completed, dropped out). */
#ifndef TRAJECT_FLOWS_TRAINING_ENROLMENT_H
#define TRAJECT_FLOWS_TRAINING_ENROLMENT_H

#include "flows/flow.h"
#include "model/training.h"

/* The programme's rules (src/domain/eligibility.h: age on the first day, job-seekers only)
 * for who about to be enrolled in c; messages beside birth_date and jobseeker, in the
 * actor's language. */
void flow_enrol_rules(const Flow *f, const Cohort *c, const Programme *p, const Person *who,
                      Outcome *o);

typedef struct EnrolInput {
    int64_t person_id; /* someone known; 0: register newcomer */
    Person newcomer;   /* name required; birth_date YYYY-MM-DD or NULL */
} EnrolInput;

/* Enrols one person in c: the rules, then a seat, the person (a newcomer), the enrolment
 * in one transaction. o.id is the person's. ERR_NOT_FOUND for an unknown person_id; 409
 * with a message on "name" when the cohort is full or the person is already in it. */
Outcome flow_enrol(const Flow *f, const Cohort *c, const Programme *p, EnrolInput *in);

/* Ends an active enrolment (status among enrolment_ends) on a day, with a reason (or
 * NULL). A withdrawal or a drop-out frees the place; a completion keeps it. o.id is the
 * enrolment's cohort. ERR_NOT_FOUND when it is not ours or not active any more. */
Outcome flow_enrolment_end(const Flow *f, int64_t id, EnrolmentStatus status, const char *ended_on,
                           const char *reason);

#endif
