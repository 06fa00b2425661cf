/* Unit tests: who may be checked in at an event's door, and on which days. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "domain/checkin.h"

static Date d(int y, int m, int day)
{
    return (Date){.y = y, .m = m, .d = day};
}

/* One case: a registration at an event from 12 to 14 March 2027, checked on a day. */
typedef struct Case {
    RegStatus status;
    ConsentState consent;
    bool checked_in;
    int day; /* of March 2027; 1 January for 0 */
    CheckinVerdict want;
} Case;

static const Case cases[] = {
    /* on the days only, first and last included */
    {REG_REGISTERED, CONSENT_NONE, false, 12, CHECKIN_OK},
    {REG_REGISTERED, CONSENT_NONE, false, 13, CHECKIN_OK},
    {REG_REGISTERED, CONSENT_NONE, false, 14, CHECKIN_OK},
    {REG_REGISTERED, CONSENT_NONE, false, 11, CHECKIN_NOT_TODAY},
    {REG_REGISTERED, CONSENT_NONE, false, 15, CHECKIN_NOT_TODAY},
    {REG_REGISTERED, CONSENT_NONE, true, 12, CHECKIN_ALREADY},
    /* only the registered: the waiting list is what they are told, on any day */
    {REG_WAITING, CONSENT_NONE, false, 12, CHECKIN_WAITING},
    {REG_WAITING, CONSENT_NONE, false, 0, CHECKIN_WAITING},
    {REG_CANCELLED, CONSENT_NONE, false, 12, CHECKIN_CANCELLED},
    /* a guardian's consent, when one is needed, must be given */
    {REG_REGISTERED, CONSENT_PENDING, false, 12, CHECKIN_NO_CONSENT},
    {REG_REGISTERED, CONSENT_REFUSED, false, 12, CHECKIN_NO_CONSENT},
    {REG_REGISTERED, CONSENT_GIVEN, false, 12, CHECKIN_OK},
};

static void verdicts(void **state)
{
    (void)state;
    Date first = d(2027, 3, 12), last = d(2027, 3, 14);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Case *c = &cases[i];
        Date today = c->day ? d(2027, 3, c->day) : d(2027, 1, 1);
        assert_int_equal(checkin_verdict(c->status, c->consent, c->checked_in, first, last, today),
                         c->want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(verdicts),
    };
    return cmocka_run_group_tests_name("checkin", tests, NULL, NULL);
}
