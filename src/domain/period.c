/* period.c — a span of days (see period.h). */
#include "domain/period.h"

#include "domain/calendar.h"

PeriodCheck period_check(const char *first, const char *last)
{
    Date a, b;
    if (!first || !date_parse(first, &a))
        return PERIOD_BAD_FIRST;
    if (!last || !*last)
        return PERIOD_OK;
    if (!date_parse(last, &b))
        return PERIOD_BAD_LAST;
    return date_days(b) < date_days(a) ? PERIOD_REVERSED : PERIOD_OK;
}
