/* attendance.c — rates and the at-risk rule. */
#include "domain/attendance.h"

#include <string.h>

int attendance_rate(const Tally *t)
{
    int64_t counted = t->present + t->late + t->absent;
    if (counted <= 0)
        return -1;
    return (int)((t->present + t->late) * 100 / counted);
}

bool attendance_at_risk(const Tally *t, int threshold)
{
    int rate = attendance_rate(t);
    return rate >= 0 && rate < threshold;
}

bool attendance_status_valid(const char *s)
{
    return s && (!strcmp(s, "present") || !strcmp(s, "absent") || !strcmp(s, "excused") ||
                 !strcmp(s, "late"));
}
