/* eligibility.h — a programme's rules for who may be enrolled: the age band on the
 * cohort's first day, and job-seekers only. Pure: no HTTP, no SQL, no clock of its own
 * (today is given). Enrolment one by one, bulk enrolment and intake apply the same rule.
 * Owns nothing. */
#ifndef TRAJECT_ELIGIBILITY_H
#define TRAJECT_ELIGIBILITY_H

#include <stdbool.h>
#include <stdint.h>

#include "domain/calendar.h"

/* The rules of a programme. */
typedef struct AgeBand {
    bool has_min, has_max;
    int64_t min, max; /* whole years, inclusive */
} AgeBand;

typedef struct Eligibility {
    enum {
        AGE_OK,      /* within the band, or no band and a plausible birth date */
        AGE_FUTURE,  /* born after today */
        AGE_OUTSIDE, /* outside the band on the first day; age says how old */
        AGE_NEEDED,  /* the programme has a band but no birth date was given */
    } age_verdict;
    int age;            /* years on the first day, when a birth date was given */
    bool not_jobseeker; /* the programme is for job-seekers only and this person is not */
} Eligibility;

/* Checks a person (birth date or NULL, job-seeker or not) against a programme's band and
 * job-seeker rule, for a cohort starting on first_day, today being today. */
Eligibility eligibility_check(const AgeBand *band, bool jobseekers_only, Date first_day, Date today,
                              const Date *birth, bool jobseeker);

/* True when e raises nothing. */
bool eligibility_ok(const Eligibility *e);

#endif
