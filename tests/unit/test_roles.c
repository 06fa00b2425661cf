/* Unit tests: roles as words and from words (domain/roles), and the organisation kinds'
 * vocabulary (model/accounts). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "domain/roles.h"
#include "model/accounts.h"

static void roles_both_ways(void **state)
{
    (void)state;
    assert_true(i18n_init());
    Arena a;
    arena_init(&a);
    assert_int_equal(roles_parse_list("staff,reviewer"), ROLE_STAFF | ROLE_REVIEWER);
    assert_int_equal(roles_parse_list("admin"), ROLE_ADMIN);
    assert_int_equal(roles_parse_list("learner,jury,funder,partner"),
                     ROLE_LEARNER | ROLE_JURY | ROLE_FUNDER | ROLE_PARTNER);
    assert_int_equal(roles_parse_list("king"), 0);
    assert_int_equal(roles_parse_list("staff,king"), 0);
    assert_int_equal(roles_parse_list(""), 0);
    assert_int_equal(roles_parse_list(NULL), 0);
    assert_string_equal(roles_words(&a, LANG_EN, ROLE_STAFF | ROLE_REVIEWER), "Staff, Reviewer");
    assert_string_equal(roles_words(&a, LANG_EN, 0), "");
    assert_string_equal(roles_words(&a, LANG_NL, ROLE_ADMIN), i18n_get(LANG_NL, "Administrator"));
    assert_string_not_equal(roles_words(&a, LANG_NL, ROLE_ADMIN), "Administrator");
    /* bit i is role_keys[i]: the form reader's F_MULTI mask is the role mask */
    for (int i = 0; i < ROLE_COUNT; i++)
        assert_int_equal(roles_parse_list(role_keys[i]), 1 << i);
    assert_null(role_keys[ROLE_COUNT]);
    arena_free(&a);
}

static void org_kinds_vocabulary(void **state)
{
    (void)state;
    int k = -1;
    assert_true(vocab_parse(&org_kinds, "funder", &k));
    assert_int_equal(k, ORG_FUNDER);
    assert_false(vocab_parse(&org_kinds, "Funder", &k));
    assert_string_equal(vocab_key(&org_kinds, ORG_PARTNER), "partner");
    assert_string_equal(vocab_label(&org_kinds, ORG_TRAINING), "Training organisation");
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(roles_both_ways),
                                       cmocka_unit_test(org_kinds_vocabulary)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
