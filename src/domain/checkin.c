/* checkin.c — who may be checked in at an event's door (see checkin.h). */
#include "domain/checkin.h"

CheckinVerdict checkin_verdict(RegStatus status, ConsentState consent, bool checked_in, Date first,
                               Date last, Date today)
{
    if (status == REG_CANCELLED)
        return CHECKIN_CANCELLED;
    if (status == REG_WAITING)
        return CHECKIN_WAITING;
    if (consent != CONSENT_NONE && consent != CONSENT_GIVEN)
        return CHECKIN_NO_CONSENT;
    int64_t d = date_days(today);
    if (d < date_days(first) || d > date_days(last))
        return CHECKIN_NOT_TODAY;
    return checked_in ? CHECKIN_ALREADY : CHECKIN_OK;
}
