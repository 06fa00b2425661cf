/* Unit tests: the talent pool's rules (domain/talent.h): handles, showing a profile, what a
 * request reveals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/talent.h"

static void handles(void **state)
{
    (void)state;
    char out[TALENT_HANDLE_SIZE];
    const unsigned char zero[TALENT_HANDLE_RANDOM] = {0};
    talent_handle(zero, out);
    assert_string_equal(out, "TP-0000-0000");
    const unsigned char ones[TALENT_HANDLE_RANDOM] = {0xff, 0xff, 0xff, 0xff, 0xff};
    talent_handle(ones, out);
    assert_string_equal(out, "TP-ZZZZ-ZZZZ");
    /* 0x08864298e8: the groups of five bits, highest first, are 1, 2, 3 ... 8 */
    const unsigned char mixed[TALENT_HANDLE_RANDOM] = {0x08, 0x86, 0x42, 0x98, 0xe8};
    talent_handle(mixed, out);
    assert_string_equal(out, "TP-1234-5678");
    assert_true(talent_handle_valid(out));
    /* nothing to misread: never I, L, O or U */
    for (int b = 0; b < 256; b++) {
        const unsigned char rnd[TALENT_HANDLE_RANDOM] = {(unsigned char)b, (unsigned char)(b * 7),
                                                         (unsigned char)(b * 13), 0x5a,
                                                         (unsigned char)~b};
        talent_handle(rnd, out);
        assert_int_equal(strlen(out), TALENT_HANDLE_SIZE - 1);
        assert_null(strpbrk(out + 3, "ILOU"));
        assert_true(talent_handle_valid(out));
    }
    const char *bad[] = {"",
                         "TP-1234-567",
                         "TP-1234-5678X",
                         "XX-1234-5678",
                         "TP-1234_5678",
                         "TP-12I4-5678",
                         "tp-1234-5678",
                         "TP-1234-567O"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(talent_handle_valid(bad[i]));
    assert_false(talent_handle_valid(NULL));
}

static void showing(void **state)
{
    (void)state;
    /* hiding is always allowed, approved or not */
    assert_int_equal(talent_show_check(TALENT_NONE, false, 0), TALENT_SHOW_OK);
    assert_int_equal(talent_show_check(TALENT_NONE, true, 3), TALENT_SHOW_OK);
    /* no one sees a profile the learner did not approve */
    assert_int_equal(talent_show_check(TALENT_ALL, false, 0), TALENT_SHOW_NO_PROFILE);
    assert_int_equal(talent_show_check(TALENT_SOME, false, 2), TALENT_SHOW_NO_PROFILE);
    assert_int_equal(talent_show_check(TALENT_ALL, true, 0), TALENT_SHOW_OK);
    /* "some" names at least one partner */
    assert_int_equal(talent_show_check(TALENT_SOME, true, 0), TALENT_SHOW_NO_PARTNER);
    assert_int_equal(talent_show_check(TALENT_SOME, true, 1), TALENT_SHOW_OK);
}

static void requests(void **state)
{
    (void)state;
    assert_true(talent_request_answerable(TREQ_PENDING));
    assert_false(talent_request_answerable(TREQ_ACCEPTED));
    assert_false(talent_request_answerable(TREQ_DECLINED));
    assert_false(talent_reveals_identity(TREQ_PENDING));
    assert_true(talent_reveals_identity(TREQ_ACCEPTED));
    assert_false(talent_reveals_identity(TREQ_DECLINED));
}

static void asking_again(void **state)
{
    (void)state;
    int64_t day = 86400, at = 1800000000;
    assert_int_equal(talent_may_ask_from(false, TREQ_PENDING, 0), 0);   /* never asked */
    assert_int_equal(talent_may_ask_from(true, TREQ_PENDING, 0), -1);   /* one waits */
    assert_int_equal(talent_may_ask_from(true, TREQ_ACCEPTED, at), -1); /* they have met */
    assert_int_equal(talent_may_ask_from(true, TREQ_DECLINED, at), at + 30 * day);
    assert_true(talent_may_ask_from(true, TREQ_DECLINED, at) > at + 29 * day);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(handles),
        cmocka_unit_test(showing),
        cmocka_unit_test(requests),
        cmocka_unit_test(asking_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
