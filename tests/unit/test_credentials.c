/* Unit tests: credentials signed as compact JWS with EdDSA (domain/jose), the Open Badges
 * 3.0 credential (domain/badge) and the Bitstring Status List (domain/statuslist): a
 * round trip, and every tampering refused: each byte of the token, each member of the
 * payload, each header member, unsigned and HMAC tokens, an unknown or missing kid. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <jansson.h>
#include <sodium.h>
#include <string.h>

#include "domain/badge.h"
#include "domain/jose.h"
#include "domain/statuslist.h"

#define NOW 1799830800 /* 2027-01-13T09:00:00Z */

static unsigned char pk[32], sk[64], pk2[32], sk2[64];
static Arena A;

static int setup(void **state)
{
    (void)state;
    if (sodium_init() < 0)
        return -1;
    crypto_sign_keypair(pk, sk);
    crypto_sign_keypair(pk2, sk2);
    arena_init(&A);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    arena_free(&A);
    return 0;
}

static const char *const competences[] = {"Programming", "Web accessibility"};

static Badge sample(void)
{
    return (Badge){.id = "https://traject.test/verify/abc",
                   .issuer_id = "https://traject.test/issuers/1",
                   .issuer_name = "Alpha Training",
                   .achievement_id = "https://traject.test/issuers/1/achievements/7",
                   .name = "Web developer",
                   .description = "Builds accessible web applications.",
                   .criteria = "Completed the six-month bootcamp.",
                   .alignments = competences,
                   .nalignments = 2,
                   .learner_name = "Nadia Amrani",
                   .learner_ref = "https://traject.test/issuers/1/learners/5",
                   .valid_from = NOW - 3600,
                   .valid_until = NOW + 86400 * 365,
                   .status_list = "https://traject.test/issuers/1/status/1",
                   .status_index = 42};
}

static JoseKey keys[2];

static const char *token(Badge b)
{
    keys[0].kid = jose_kid(&A, pk);
    memcpy(keys[0].pk, pk, 32);
    keys[1].kid = jose_kid(&A, pk2);
    memcpy(keys[1].pk, pk2, 32);
    return jose_sign(&A, keys[0].kid, "vc+jwt", badge_payload(&A, &b), sk);
}

static JoseStatus check(const char *jws)
{
    JoseResult res;
    return jose_verify(&A, jws, "vc+jwt", keys, 2, &res);
}

static void round_trip(void **state)
{
    (void)state;
    const char *jws = token(sample());
    JoseResult res;
    assert_int_equal(jose_verify(&A, jws, "vc+jwt", keys, 2, &res), JOSE_OK);
    assert_string_equal(res.kid, keys[0].kid);
    assert_non_null(strstr(res.header, "\"alg\":\"EdDSA\""));
    assert_non_null(strstr(res.header, "\"typ\":\"vc+jwt\""));
    BadgeView v;
    assert_int_equal(badge_read(&A, res.payload, NOW, &v), BADGE_VALID);
    assert_string_equal(v.issuer_name, "Alpha Training");
    assert_string_equal(v.learner_name, "Nadia Amrani");
    assert_string_equal(v.name, "Web developer");
    assert_string_equal(v.status_list, "https://traject.test/issuers/1/status/1");
    assert_int_equal(v.status_index, 42);
    assert_int_equal(v.valid_from, NOW - 3600);
    /* the payload carries both contexts, the types and the alignments */
    json_t *j = json_loads(res.payload, 0, NULL);
    assert_string_equal(json_string_value(json_array_get(json_object_get(j, "@context"), 1)),
                        BADGE_CONTEXT_OB);
    json_t *ach = json_object_get(json_object_get(j, "credentialSubject"), "achievement");
    assert_int_equal(json_array_size(json_object_get(ach, "alignment")), 2);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(j, "credentialStatus"), "type")),
        "BitstringStatusListEntry");
    json_decref(j);
    /* white space around a pasted token does not matter */
    assert_int_equal(check(arena_printf(&A, "  %s\n", jws)), JOSE_OK);
}

/* Changing any one character of the token is refused. */
static void every_byte(void **state)
{
    (void)state;
    const char *jws = token(sample());
    size_t n = strlen(jws);
    char *copy = arena_strdup(&A, jws);
    for (size_t i = 0; i < n; i++) {
        char was = copy[i];
        copy[i] = was == 'A' ? 'B' : (was == '.' ? 'x' : 'A');
        assert_int_not_equal(check(copy), JOSE_OK);
        copy[i] = was;
    }
    assert_int_equal(check(copy), JOSE_OK);
}

/* Re-encodes the token with one payload member changed, under the original signature. */
static const char *with_payload(const char *jws, const char *member, json_t *value)
{
    char *hdr, *payload;
    assert_true(jose_peek(&A, jws, &hdr, &payload));
    json_t *j = json_loads(payload, 0, NULL);
    json_object_set_new(j, member, value);
    char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(j);
    const char *dot1 = strchr(jws, '.'), *dot2 = strchr(dot1 + 1, '.');
    char *out =
        arena_printf(&A, "%.*s.%s%s", (int)(dot1 - jws), jws, jose_b64url(&A, s, strlen(s)), dot2);
    free(s);
    return out;
}

static void every_member(void **state)
{
    (void)state;
    const char *jws = token(sample());
    char *hdr, *payload;
    assert_true(jose_peek(&A, jws, &hdr, &payload));
    json_t *j = json_loads(payload, 0, NULL);
    const char *key;
    json_t *v;
    int members = 0;
    json_object_foreach(j, key, v)
    {
        assert_int_equal(check(with_payload(jws, key, json_string("changed"))), JOSE_BAD_SIGNATURE);
        members++;
    }
    json_decref(j);
    assert_true(members >= 12);
    /* a member added is a change too */
    assert_int_equal(check(with_payload(jws, "evidence", json_string("x"))), JOSE_BAD_SIGNATURE);
}

/* A header re-encoded with the original payload and signature. */
static const char *with_header(const char *jws, const char *header, const char *sig)
{
    const char *dot1 = strchr(jws, '.'), *dot2 = strchr(dot1 + 1, '.');
    return arena_printf(&A, "%s.%.*s.%s", jose_b64url(&A, header, strlen(header)),
                        (int)(dot2 - dot1 - 1), dot1 + 1, sig ? sig : dot2 + 1);
}

static void headers(void **state)
{
    (void)state;
    const char *jws = token(sample());
    const char *kid = keys[0].kid;
    assert_int_equal(check(with_header(jws, "{\"alg\":\"none\",\"typ\":\"vc+jwt\"}", "")),
                     JOSE_MALFORMED); /* no signature part at all */
    assert_int_equal(check(with_header(jws, "{\"alg\":\"none\",\"typ\":\"vc+jwt\"}", "AAAA")),
                     JOSE_ALG_NONE);
    /* an HMAC over the token with the public key as the secret: the classic confusion */
    const char *hs = arena_printf(&A, "{\"alg\":\"HS256\",\"kid\":\"%s\",\"typ\":\"vc+jwt\"}", kid);
    assert_int_equal(check(with_header(jws, hs, NULL)), JOSE_ALG_HMAC);
    const char *rs = arena_printf(&A, "{\"alg\":\"RS256\",\"kid\":\"%s\",\"typ\":\"vc+jwt\"}", kid);
    assert_int_equal(check(with_header(jws, rs, NULL)), JOSE_ALG_OTHER);
    const char *es = arena_printf(&A, "{\"kid\":\"%s\",\"typ\":\"vc+jwt\"}", kid);
    assert_int_equal(check(with_header(jws, es, NULL)), JOSE_ALG_OTHER);
    const char *typ = arena_printf(&A, "{\"alg\":\"EdDSA\",\"kid\":\"%s\",\"typ\":\"JWT\"}", kid);
    assert_int_equal(check(with_header(jws, typ, NULL)), JOSE_BAD_TYP);
    const char *crit = arena_printf(
        &A, "{\"alg\":\"EdDSA\",\"kid\":\"%s\",\"typ\":\"vc+jwt\",\"crit\":[\"b64\"]}", kid);
    assert_int_equal(check(with_header(jws, crit, NULL)), JOSE_CRIT);
    assert_int_equal(check(with_header(jws, "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\"}", NULL)),
                     JOSE_NO_KID);
    assert_int_equal(
        check(with_header(jws, "{\"alg\":\"EdDSA\",\"kid\":\"nobody\",\"typ\":\"vc+jwt\"}", NULL)),
        JOSE_UNKNOWN_KID);
    /* the other published key's kid: the signature does not hold under that key */
    const char *other =
        arena_printf(&A, "{\"alg\":\"EdDSA\",\"kid\":\"%s\",\"typ\":\"vc+jwt\"}", keys[1].kid);
    assert_int_equal(check(with_header(jws, other, NULL)), JOSE_BAD_SIGNATURE);
    /* the same header written differently is another header: the signature covers bytes */
    const char *spaced =
        arena_printf(&A, "{\"alg\": \"EdDSA\",\"kid\":\"%s\",\"typ\":\"vc+jwt\"}", kid);
    assert_int_equal(check(with_header(jws, spaced, NULL)), JOSE_BAD_SIGNATURE);
    assert_int_equal(check(with_header(jws, "[1]", NULL)), JOSE_MALFORMED);
    assert_int_equal(check("a.b"), JOSE_MALFORMED);
    assert_int_equal(check(arena_printf(&A, "%s.x", jws)), JOSE_MALFORMED);
    assert_int_equal(check(""), JOSE_MALFORMED);
}

static void other_key(void **state)
{
    (void)state;
    Badge b = sample();
    /* signed with the second key but naming the first key's kid */
    const char *forged = jose_sign(&A, jose_kid(&A, pk), "vc+jwt", badge_payload(&A, &b), sk2);
    token(b);
    assert_int_equal(check(forged), JOSE_BAD_SIGNATURE);
    /* signed with a key nobody published */
    unsigned char pk3[32], sk3[64];
    crypto_sign_keypair(pk3, sk3);
    assert_int_equal(check(jose_sign(&A, jose_kid(&A, pk3), "vc+jwt", badge_payload(&A, &b), sk3)),
                     JOSE_UNKNOWN_KID);
}

static void validity(void **state)
{
    (void)state;
    BadgeView v;
    Badge b = sample();
    assert_int_equal(badge_read(&A, badge_payload(&A, &b), b.valid_until + 1, &v), BADGE_EXPIRED);
    assert_int_equal(badge_read(&A, badge_payload(&A, &b), b.valid_from - 1, &v),
                     BADGE_NOT_YET_VALID);
    b.valid_until = 0;
    assert_int_equal(badge_read(&A, badge_payload(&A, &b), NOW + 86400 * 3650, &v), BADGE_VALID);
    assert_int_equal(badge_read(&A, "{\"type\":[\"VerifiableCredential\"]}", NOW, &v),
                     BADGE_NOT_A_BADGE);
    assert_int_equal(badge_read(&A, "not json", NOW, &v), BADGE_NOT_A_BADGE);
    /* the JWT claims must say what the credential says */
    const char *p = badge_payload(&A, &b);
    json_t *j = json_loads(p, 0, NULL);
    json_object_set_new(j, "iss", json_string("https://elsewhere.test/"));
    char *s = json_dumps(j, JSON_COMPACT);
    assert_int_equal(badge_read(&A, s, NOW, &v), BADGE_MISMATCH);
    free(s);
    json_object_set_new(j, "iss", json_string(b.issuer_id));
    json_object_del(j, "validFrom");
    s = json_dumps(j, JSON_COMPACT);
    assert_int_equal(badge_read(&A, s, NOW, &v), BADGE_INCOMPLETE);
    free(s);
    json_decref(j);
}

static void times(void **state)
{
    (void)state;
    char out[21];
    jose_time_text(NOW, out);
    assert_string_equal(out, "2027-01-13T09:00:00Z");
    int64_t t;
    assert_true(jose_time_parse("2027-01-13T09:00:00Z", &t));
    assert_int_equal(t, NOW);
    assert_true(jose_time_parse("2027-01-13T10:00:00.250+01:00", &t));
    assert_int_equal(t, NOW);
    assert_false(jose_time_parse("2027-01-13", &t));
    assert_false(jose_time_parse("2027-01-13T09:00:00", &t));
    assert_false(jose_time_parse("2027-01-13T09:00:00Zjunk", &t));
}

static void status_list(void **state)
{
    (void)state;
    unsigned char *bits = arena_alloc(&A, STATUSLIST_BYTES);
    memset(bits, 0, STATUSLIST_BYTES);
    statuslist_set(bits, 0);
    statuslist_set(bits, 42);
    statuslist_set(bits, STATUSLIST_BITS - 1);
    assert_int_equal(bits[0], 0x80);
    assert_int_equal(bits[5], 0x20); /* bit 42: the third bit from the left of byte 5 */
    char *enc = statuslist_encode(&A, bits, STATUSLIST_BYTES);
    assert_int_equal(enc[0], 'u');
    assert_null(strchr(enc, '='));
    unsigned char *back;
    size_t n;
    assert_true(statuslist_decode(&A, enc, &back, &n));
    assert_int_equal(n, STATUSLIST_BYTES);
    assert_memory_equal(back, bits, STATUSLIST_BYTES);
    assert_true(statuslist_get(back, n, 42));
    assert_false(statuslist_get(back, n, 41));
    assert_true(statuslist_get(back, n, STATUSLIST_BITS - 1));
    assert_false(statuslist_get(back, n, STATUSLIST_BITS));  /* beyond the list */
    assert_false(statuslist_decode(&A, enc + 1, &back, &n)); /* no multibase prefix */
    assert_false(statuslist_decode(&A, "uAAAA", &back, &n)); /* not GZIP */
    char *cred = statuslist_credential(&A, "https://traject.test/issuers/1/status/1",
                                       "https://traject.test/issuers/1", NOW, enc);
    char *id, *list;
    assert_true(statuslist_read(&A, cred, &id, &list));
    assert_string_equal(list, enc);
    assert_string_equal(id, "https://traject.test/issuers/1/status/1");
    assert_false(statuslist_read(&A, badge_payload(&A, &(Badge){0}), &id, &list));
}

static void jwks(void **state)
{
    (void)state;
    token(sample());
    char *set = jose_jwks(&A, keys, 2);
    JoseKey *back;
    size_t n;
    assert_true(jose_jwks_parse(&A, set, &back, &n));
    assert_int_equal(n, 2);
    assert_string_equal(back[1].kid, keys[1].kid);
    assert_memory_equal(back[0].pk, pk, 32);
    assert_int_equal(strlen(keys[0].kid), 43);
    assert_false(jose_jwks_parse(&A, "{}", &back, &n));
    assert_true(jose_jwks_parse(&A, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"r\"}]}", &back, &n));
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip), cmocka_unit_test(every_byte),  cmocka_unit_test(every_member),
        cmocka_unit_test(headers),    cmocka_unit_test(other_key),   cmocka_unit_test(validity),
        cmocka_unit_test(times),      cmocka_unit_test(status_list), cmocka_unit_test(jwks),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
