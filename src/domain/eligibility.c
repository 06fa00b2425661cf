/* eligibility.c — a programme's age band and job-seeker rule (see eligibility.h). */
#include "domain/eligibility.h"

Eligibility eligibility_check(const AgeBand *band, bool jobseekers_only, Date first_day, Date today,
                              const Date *birth, bool jobseeker)
{
    Eligibility e = {.age_verdict = AGE_OK};
    bool banded = band->has_min || band->has_max;
    if (birth) {
        if (date_days(*birth) > date_days(today)) {
            e.age_verdict = AGE_FUTURE;
        } else {
            e.age = age_on(*birth, first_day);
            if (banded &&
                ((band->has_min && e.age < band->min) || (band->has_max && e.age > band->max)))
                e.age_verdict = AGE_OUTSIDE;
        }
    } else if (banded) {
        e.age_verdict = AGE_NEEDED;
    }
    e.not_jobseeker = jobseekers_only && !jobseeker;
    return e;
}

bool eligibility_ok(const Eligibility *e)
{
    return e->age_verdict == AGE_OK && !e->not_jobseeker;
}
