/* Unit tests: the "certified" rule (domain/certified.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/certified.h"

static Date day(int y, int m, int d)
{
    return (Date){y, m, d};
}

#define SEC 1 /* Security+, valid 36 months */
#define NET 2 /* CCNA, valid 36 months */
#define LIN 3 /* Linux Essentials, does not expire */

static const CertRequired req[] = {{SEC, 36}, {NET, 36}, {LIN, 0}};

static void expiry_on_the_exact_day(void **state)
{
    (void)state;
    Date e = cert_expires_on(day(2025, 3, 15), 36);
    assert_int_equal(e.y, 2028);
    assert_int_equal(e.m, 3);
    assert_int_equal(e.d, 15);
    /* the end of a month: the last day of the shorter month, leap years included */
    e = cert_expires_on(day(2025, 1, 31), 1);
    assert_int_equal(e.m, 2);
    assert_int_equal(e.d, 28);
    e = cert_expires_on(day(2027, 11, 30), 3);
    assert_int_equal(e.y, 2028);
    assert_int_equal(e.m, 2);
    assert_int_equal(e.d, 29);
    CertAttempt a[] = {{SEC, day(2025, 3, 15), true}};
    assert_true(cert_valid_on(&req[0], a, 1, day(2025, 3, 15)));  /* the exam day itself */
    assert_true(cert_valid_on(&req[0], a, 1, day(2028, 3, 14)));  /* the last valid day */
    assert_false(cert_valid_on(&req[0], a, 1, day(2028, 3, 15))); /* expired that day */
    assert_false(cert_valid_on(&req[0], a, 1, day(2025, 3, 14))); /* not taken yet */
    /* no validity: never expires */
    CertAttempt l[] = {{LIN, day(2001, 1, 1), true}};
    assert_true(cert_valid_on(&req[2], l, 1, day(2099, 12, 31)));
}

static void every_requirement_must_be_passed(void **state)
{
    (void)state;
    CertAttempt a[] = {
        {SEC, day(2026, 1, 10), true},
        {NET, day(2026, 2, 10), false},
        {LIN, day(2026, 3, 10), true},
    };
    bool missing[3];
    assert_int_equal(cert_missing(req, 3, a, 3, day(2026, 6, 1), missing), 1);
    assert_false(missing[0]);
    assert_true(missing[1]);
    assert_false(missing[2]);
    assert_false(cert_certified(req, 3, a, 3, day(2026, 6, 1)));
    /* the same without the failed one: still missing */
    assert_false(cert_certified(req, 3, a, 2, day(2026, 6, 1)));
    /* an attempt of a certification not required does not count for another */
    CertAttempt other[] = {{99, day(2026, 1, 1), true}};
    assert_int_equal(cert_missing(req, 3, other, 1, day(2026, 6, 1), NULL), 3);
}

static void several_attempts_and_a_failed_retake(void **state)
{
    (void)state;
    CertAttempt a[] = {
        {SEC, day(2025, 1, 10), false}, /* failed first */
        {SEC, day(2025, 2, 10), true},  /* passed the retake */
        {SEC, day(2025, 5, 10), false}, /* failed again later: the pass stands */
        {NET, day(2025, 3, 1), true},   {LIN, day(2024, 12, 1), true},
    };
    assert_true(cert_certified(req, 3, a, 5, day(2025, 6, 1)));
    /* before the pass of the retake: not yet */
    assert_false(cert_certified(req, 3, a, 5, day(2025, 2, 9)));
    assert_true(cert_certified(req, 3, a, 5, day(2025, 3, 1)));
    /* the Security+ pass expires on 2028-02-10; a later pass renews it */
    assert_false(cert_certified(req, 3, a, 5, day(2028, 2, 10)));
    CertAttempt b[] = {
        {SEC, day(2025, 2, 10), true},
        {SEC, day(2027, 12, 1), true},
        {NET, day(2026, 3, 1), true},
        {LIN, day(2024, 12, 1), true},
    };
    assert_true(cert_certified(req, 3, b, 4, day(2028, 2, 10)));
    assert_true(cert_certified(req, 3, b, 4, day(2029, 2, 28)));
    assert_false(cert_certified(req, 3, b, 4, day(2029, 3, 1))); /* CCNA expired */
}

static void no_requirement_certifies_nobody(void **state)
{
    (void)state;
    CertAttempt a[] = {{SEC, day(2025, 1, 10), true}};
    assert_false(cert_certified(req, 0, a, 1, day(2025, 6, 1)));
    assert_false(cert_certified(NULL, 0, NULL, 0, day(2025, 6, 1)));
    assert_int_equal(cert_missing(req, 0, a, 1, day(2025, 6, 1), NULL), 0);
    /* and a learner without any attempt misses everything */
    assert_int_equal(cert_missing(req, 3, NULL, 0, day(2025, 6, 1), NULL), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(expiry_on_the_exact_day),
        cmocka_unit_test(every_requirement_must_be_passed),
        cmocka_unit_test(several_attempts_and_a_failed_retake),
        cmocka_unit_test(no_requirement_certifies_nobody),
    };
    return cmocka_run_group_tests_name("certified", tests, NULL, NULL);
}
