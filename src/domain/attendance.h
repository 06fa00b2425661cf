/* attendance.h — attendance rates and the at-risk rule. Pure: no HTTP, no SQL.
 * Present and late count as attended; absent counts against; excused counts neither way. */
#ifndef TRAJECT_ATTENDANCE_H
#define TRAJECT_ATTENDANCE_H

#include <stdbool.h>
#include <stdint.h>

#define AT_RISK_PERCENT 80 /* default threshold below which a learner is flagged */

typedef struct Tally {
    int64_t present, late, absent, excused;
} Tally;

/* Attended sessions as a percentage (0-100, rounded down) of the sessions that count;
 * -1 when none counts yet. */
int attendance_rate(const Tally *t);

/* At risk of dropping out: a rate known and below threshold percent. The same rule is
 * counted in SQL by q_at_risk_count (q/training/home.c): change both together. */
bool attendance_at_risk(const Tally *t, int threshold);

/* True for "present", "absent", "excused", "late". */
bool attendance_status_valid(const char *s);

#endif
