/* flows/training/cohort.h — creating and changing a cohort: its dates, places, place and
 * trainers. Does not own the cohort's sessions (session.h) or enrolments (enrolment.h). */
#ifndef TRAJECT_FLOWS_TRAINING_COHORT_H
#define TRAJECT_FLOWS_TRAINING_COHORT_H

#include "flows/flow.h"
#include "model/training.h"

typedef struct CohortInput {
    Cohort c; /* c.id 0: a new cohort of c.programme_id; starts_on/ends_on YYYY-MM-DD */
    const int64_t *trainers; /* account ids ticked (members of the organisation) */
    int ntrainers;
} CohortInput;

/* The checks that need the database or more than one field: dates that exist and are in
 * order, a location of the organisation, no session left outside new dates. Adds to o;
 * fields the form could not read (NULL dates) are skipped. Changes nothing. */
void flow_cohort_check(const Flow *f, const CohortInput *in, Outcome *o);

/* Checks, then saves the cohort and its trainers in one transaction. o.id is the cohort's.
 * 400 with field errors (capacity below the people enrolled, a trainer who is not a
 * member), ERR_DB otherwise. */
Outcome flow_cohort_save(const Flow *f, CohortInput *in);

/* A new private address for the cohort's calendar feed (the old one stops working). */
Outcome flow_cohort_feed_reset(const Flow *f, int64_t cohort_id);

#endif
