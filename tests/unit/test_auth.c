/* Unit tests: passwords, tokens, CSRF, the sign-in throttle, translations and the
 * choice of language. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "core/i18n.h"
#include "domain/auth.h"

static void passwords(void **state)
{
    (void)state;
    char h1[crypto_pwhash_STRBYTES], h2[crypto_pwhash_STRBYTES];
    assert_true(auth_password_hash("correct horse battery", h1, sizeof h1));
    assert_true(auth_password_hash("correct horse battery", h2, sizeof h2));
    assert_memory_equal(h1, "$argon2id$", 10);
    assert_string_not_equal(h1, h2); /* salted */
    assert_int_equal(auth_password_check("correct horse battery", h1), PASSWORD_RIGHT);
    assert_int_equal(auth_password_check("correct horse batterY", h1), PASSWORD_WRONG);
    assert_int_equal(auth_password_check("", h1), PASSWORD_WRONG);
    assert_int_equal(auth_password_check("correct horse battery", NULL), PASSWORD_WRONG);
    assert_int_equal(auth_password_check("x", "plain-text-password"), PASSWORD_WRONG);
    /* a stored hash that cannot be read is no wrong password: the check did not happen */
    assert_int_equal(auth_password_check("x", "$argon2id$garbage"), PASSWORD_UNCHECKED);
    h2[20] = '\0';
    assert_int_equal(auth_password_check("correct horse battery", h2), PASSWORD_UNCHECKED);
    char small[10];
    assert_false(auth_password_hash("x", small, sizeof small));
}

static void *hash_one(void *arg)
{
    char h[crypto_pwhash_STRBYTES];
    *(int *)arg = auth_password_hash("parallel password", h, sizeof h) &&
                  auth_password_check("parallel password", h) == PASSWORD_RIGHT;
    return NULL;
}

static void hashing_under_a_cap(void **state)
{
    (void)state;
    pthread_t t[8];
    int ok[8] = {0};
    for (int i = 0; i < 8; i++)
        pthread_create(&t[i], NULL, hash_one, &ok[i]);
    for (int i = 0; i < 8; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(ok[i], 1); /* the cap only delays */
    }
}

static void tokens(void **state)
{
    (void)state;
    char a[AUTH_TOKEN_LEN + 1], b[AUTH_TOKEN_LEN + 1];
    auth_token_new(a);
    auth_token_new(b);
    assert_int_equal(strlen(a), AUTH_TOKEN_LEN);
    assert_string_not_equal(a, b);
    assert_int_equal(strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                     AUTH_TOKEN_LEN);
    char ha[AUTH_HASH_HEX_LEN + 1], ha2[AUTH_HASH_HEX_LEN + 1], hb[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(a, ha);
    auth_token_hash(a, ha2);
    auth_token_hash(b, hb);
    assert_int_equal(strlen(ha), 64);
    assert_string_equal(ha, ha2);
    assert_string_not_equal(ha, hb);
    auth_token_hash("abc", ha);
    assert_string_equal(ha, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void csrf(void **state)
{
    (void)state;
    unsigned char key[32], other[32];
    memset(key, 7, sizeof key);
    memset(other, 8, sizeof other);
    char t[65];
    auth_csrf(key, "anchor-1", t);
    assert_int_equal(strlen(t), 64);
    assert_true(auth_csrf_ok(key, "anchor-1", t));
    assert_false(auth_csrf_ok(key, "anchor-2", t));
    assert_false(auth_csrf_ok(other, "anchor-1", t));
    char shorter[64];
    memcpy(shorter, t, 63);
    shorter[63] = '\0';
    assert_false(auth_csrf_ok(key, "anchor-1", shorter));
    assert_false(auth_csrf_ok(key, "anchor-1", NULL));
    assert_false(auth_csrf_ok(key, NULL, t));
    t[10] = t[10] == 'a' ? 'b' : 'a';
    assert_false(auth_csrf_ok(key, "anchor-1", t));
}

static void link_tags(void **state)
{
    (void)state;
    unsigned char key[32] = {7}, other[32] = {8};
    char tag[AUTH_LINK_TAG_LEN + 1], again[AUTH_LINK_TAG_LEN + 1], csrf[65];
    auth_link_tag(key, "feed|p|1|42|0", tag);
    assert_int_equal(strlen(tag), AUTH_LINK_TAG_LEN);
    auth_link_tag(key, "feed|p|1|42|0", again);
    assert_string_equal(tag, again);
    assert_true(auth_link_tag_ok(key, "feed|p|1|42|0", tag));
    assert_false(auth_link_tag_ok(key, "feed|p|1|42|1", tag)); /* a new generation */
    assert_false(auth_link_tag_ok(key, "feed|c|1|42|0", tag)); /* a cohort, not a person */
    assert_false(auth_link_tag_ok(other, "feed|p|1|42|0", tag));
    tag[0] = tag[0] == '0' ? '1' : '0';
    assert_false(auth_link_tag_ok(key, "feed|p|1|42|0", tag));
    assert_false(auth_link_tag_ok(key, "feed|p|1|42|0", "abc"));
    assert_false(auth_link_tag_ok(key, "feed|p|1|42|0", NULL));
    /* a CSRF token of the same text is not a tag, even cut to length */
    auth_csrf(key, "feed|p|1|42|0", csrf);
    csrf[AUTH_LINK_TAG_LEN] = 0;
    assert_false(auth_link_tag_ok(key, "feed|p|1|42|0", csrf));
}

static void throttle(void **state)
{
    (void)state;
    Throttle t = {0};
    int64_t now = 1000000;
    for (int i = 0; i < 3; i++) {
        assert_int_equal(throttle_wait(&t, now), 0);
        throttle_fail(&t, now);
    }
    /* after the 3rd failure: 1 s, then 2, 4, 8, 16, 32 */
    int64_t expect[] = {1, 2, 4, 8, 16, 32};
    for (int i = 0; i < 6; i++) {
        assert_int_equal(throttle_wait(&t, now), expect[i]);
        assert_int_equal(throttle_wait(&t, now + expect[i]), 0);
        now += expect[i];
        throttle_fail(&t, now);
    }
    assert_int_equal(t.failures, 9);
    assert_int_equal(throttle_wait(&t, now), 60); /* capped */
    now += 60;
    throttle_fail(&t, now); /* 10th failure: locked */
    assert_int_equal(throttle_wait(&t, now), THROTTLE_LOCK_SECONDS);
    assert_int_equal(throttle_wait(&t, now + THROTTLE_LOCK_SECONDS - 1), 1);
    now += THROTTLE_LOCK_SECONDS;
    assert_int_equal(throttle_wait(&t, now), 0);
    throttle_fail(&t, now); /* a lock that ran out starts a new count */
    assert_int_equal(t.failures, 1);
    assert_int_equal(t.locked_until, 0);
    assert_int_equal(throttle_wait(&t, now), 0);
}

static void po_reader(void **state)
{
    (void)state;
    static const char po[] =
        "# header\nmsgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
        "#: src/x.c:1\nmsgid \"Sign in\"\nmsgstr \"Aanmelden\"\n\n"
        "msgid \"\"\n\"Two \\\"lines\\\"\\n\"\n\"joined\\\\\"\nmsgstr "
        "\"\"\n\"Twee\\n\"\n\"regels\"\n\n"
        "#, fuzzy\nmsgid \"Fuzzy one\"\nmsgstr \"Vaag\"\n\n"
        "msgid \"Empty one\"\nmsgstr \"\"\n\n"
        "msgctxt \"menu\"\nmsgid \"Home\"\nmsgstr \"Thuis\"\n\n"
        "#, c-format\nmsgid \"%s is required.\"\nmsgstr \"%s is verplicht.\"\n";
    PoTable *t = po_parse(po, sizeof po - 1);
    assert_non_null(t);
    assert_string_equal(po_lookup(t, "Sign in"), "Aanmelden");
    assert_string_equal(po_lookup(t, "Two \"lines\"\njoined\\"), "Twee\nregels");
    assert_null(po_lookup(t, "Fuzzy one"));
    assert_null(po_lookup(t, "Empty one"));
    assert_null(po_lookup(t, "Home"));
    assert_string_equal(po_lookup(t, "%s is required."), "%s is verplicht.");
    assert_null(po_lookup(t, "Unknown"));
    po_free(t);
    static const char *const bad[] = {"msgid \"open\nmsgstr \"x\"\n", "garbage line\n",
                                      "msgid \"a\" trailing\nmsgstr \"b\"\n",
                                      "msgid \"bad \\q escape\"\nmsgstr \"x\"\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_null(po_parse(bad[i], strlen(bad[i])));
}

static void languages(void **state)
{
    (void)state;
    assert_int_equal(lang_from_accept("nl-BE,nl;q=0.9,en;q=0.8"), LANG_NL);
    assert_int_equal(lang_from_accept("de,fr;q=0.5"), LANG_FR);
    assert_int_equal(lang_from_accept("en;q=0,fr;q=0.1"), LANG_FR);
    assert_int_equal(lang_from_accept("fr;q=0.4, nl;q=0.6"), LANG_NL);
    assert_int_equal(lang_from_accept("*"), LANG_EN);
    assert_int_equal(lang_from_accept(NULL), LANG_EN);
    assert_int_equal(lang_from_accept(""), LANG_EN);
    assert_int_equal(lang_from_accept(";;;q=,,,"), LANG_EN);
    assert_int_equal(lang_from_accept("nl;q=abc"), LANG_EN); /* unreadable q: not wanted */
    char *huge = malloc(10001);
    memset(huge, 'a', 10000);
    huge[10000] = '\0';
    assert_int_equal(lang_from_accept(huge), LANG_EN);
    free(huge);
    Lang l;
    assert_true(lang_parse("FR-be", &l));
    assert_int_equal(l, LANG_FR);
    assert_false(lang_parse("french", &l));
    assert_false(lang_parse(NULL, &l));
    assert_string_equal(lang_code(LANG_NL), "nl");
    /* the embedded translations are loaded and used */
    assert_true(i18n_init());
    assert_string_equal(i18n_get(LANG_EN, "Sign in"), "Sign in");
    assert_string_not_equal(i18n_get(LANG_NL, "Sign in"), "Sign in");
    assert_string_not_equal(i18n_get(LANG_FR, "Sign in"), "Sign in");
    assert_string_equal(i18n_get(LANG_FR, "no such message"), "no such message");
}

int main(void)
{
    if (!auth_init(2))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(passwords), cmocka_unit_test(hashing_under_a_cap),
        cmocka_unit_test(tokens),    cmocka_unit_test(csrf),
        cmocka_unit_test(link_tags), cmocka_unit_test(throttle),
        cmocka_unit_test(po_reader), cmocka_unit_test(languages),
    };
    return cmocka_run_group_tests_name("auth and languages", tests, NULL, NULL);
}
