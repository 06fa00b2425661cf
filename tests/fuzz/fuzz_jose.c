/* libFuzzer target: what /verify and `traject credential verify` read from anyone: a compact
 * JWS (header, payload, signature), the Open Badges credential in it, a JWK set, a
 * multibase GZIP status list and RFC 3339 times. None may crash, leak or read out of
 * bounds, and nothing made up verifies. */
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain/badge.h"
#include "domain/jose.h"
#include "domain/statuslist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static JoseKey key;
    static bool ready;
    if (!ready) {
        /* a fixed key: the fuzzer cannot forge its signature */
        unsigned char seed[crypto_sign_SEEDBYTES] = {1}, sk[JOSE_SK_BYTES];
        if (sodium_init() < 0)
            abort();
        crypto_sign_seed_keypair(key.pk, sk, seed);
        key.kid = "fuzz";
        ready = true;
    }
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    Arena a;
    arena_init(&a);
    JoseResult r;
    if (jose_verify(&a, s, "vc+jwt", &key, 1, &r) == JOSE_OK)
        abort(); /* a signature by a key the fuzzer does not hold */
    char *hdr, *payload;
    BadgeView v;
    if (jose_peek(&a, s, &hdr, &payload))
        badge_read(&a, payload, 1800000000, &v);
    badge_read(&a, s, 1800000000, &v);
    JoseKey *keys;
    size_t n;
    jose_jwks_parse(&a, s, &keys, &n);
    unsigned char *bits;
    size_t len;
    statuslist_decode(&a, s, &bits, &len);
    char *id, *list;
    statuslist_read(&a, s, &id, &list);
    int64_t t;
    jose_time_parse(s, &t);
    arena_free(&a);
    free(s);
    return 0;
}
