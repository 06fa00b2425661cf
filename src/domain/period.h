/* period.h — a span of days typed as "YYYY-MM-DD": its first day, and its last day or none
 * (open-ended, or a single day). One rule, shared by whatever runs from a day to a day (a
 * partner's contribution, a placement): the days exist and the last does not come before
 * the first. Pure: no HTTP, no SQL, no clock. */
#ifndef TRAJECT_DOMAIN_PERIOD_H
#define TRAJECT_DOMAIN_PERIOD_H

typedef enum PeriodCheck {
    PERIOD_OK,
    PERIOD_BAD_FIRST, /* the first day is missing or is no day that exists */
    PERIOD_BAD_LAST,  /* the last day is given and is no day that exists */
    PERIOD_REVERSED,  /* the last day comes before the first */
} PeriodCheck;

/* Checks the period from first to last (NULL or "": none). */
PeriodCheck period_check(const char *first, const char *last);

#endif
