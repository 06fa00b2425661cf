/* jose.h — compact JSON Web Signatures with EdDSA (Ed25519), as Verifiable Credentials
 * secured with JOSE use them (VC-JOSE-COSE: header {"alg":"EdDSA","kid":...,"typ":"vc+jwt"},
 * the credential itself as the payload), base64url, JWK sets of Ed25519 keys (OKP) and the
 * RFC 3339 times credentials carry.
 *
 * Pure: no SQL, no HTTP, no clock (the caller says what time it is). Strings are allocated
 * in the caller's arena. Signing and verifying use libsodium; JSON is read with jansson.
 * Does not own: where keys come from (flows/credentials/keys.c) nor what the payload means
 * (domain/badge.h). */
#ifndef TRAJECT_DOMAIN_JOSE_H
#define TRAJECT_DOMAIN_JOSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define JOSE_PK_BYTES 32
#define JOSE_SK_BYTES 64

/* base64url without padding (RFC 7515 section 2). */
char *jose_b64url(Arena *a, const void *p, size_t n);
/* Strict base64url: only A-Z a-z 0-9 - _, no padding, no stray bits. *out (in a, with a NUL
 * after the bytes) and *n receive the bytes. False on anything else. */
bool jose_b64url_decode(Arena *a, const char *s, size_t len, unsigned char **out, size_t *n);

/* The key id of an Ed25519 public key: its JWK thumbprint (RFC 7638), SHA-256 over
 * {"crv":"Ed25519","kty":"OKP","x":"..."}, in base64url (43 characters). */
char *jose_kid(Arena *a, const unsigned char pk[JOSE_PK_BYTES]);

/* One public key of a JWK set. */
typedef struct JoseKey {
    const char *kid;
    unsigned char pk[JOSE_PK_BYTES];
} JoseKey;

/* The JWK of a key as JSON text: {"kty":"OKP","crv":"Ed25519","x":...,"kid":...,
 * "alg":"EdDSA","use":"sig"}; jose_jwks wraps n of them in {"keys":[...]}. */
char *jose_jwks(Arena *a, const JoseKey *keys, size_t n);
/* Reads a JWK set: every OKP/Ed25519 key with a kid and a 32-byte x (other keys are
 * skipped). False when the text is not a JWK set. *keys is an array in a. */
bool jose_jwks_parse(Arena *a, const char *json, JoseKey **keys, size_t *n);

/* Signs payload (JSON text) as a compact JWS with the header
 * {"alg":"EdDSA","kid":kid,"typ":typ}. Returns "header.payload.signature". */
char *jose_sign(Arena *a, const char *kid, const char *typ, const char *payload,
                const unsigned char sk[JOSE_SK_BYTES]);

/* Why a compact JWS was refused, in the order the checks run. */
typedef enum JoseStatus {
    JOSE_OK,
    JOSE_MALFORMED,     /* not three base64url parts, or the header is not a JSON object */
    JOSE_ALG_NONE,      /* "alg":"none": an unsigned token */
    JOSE_ALG_HMAC,      /* HS256/384/512: a shared secret, not the issuer's signature */
    JOSE_ALG_OTHER,     /* any algorithm but EdDSA, or none given */
    JOSE_BAD_TYP,       /* typ is not the one expected */
    JOSE_CRIT,          /* a "crit" header asks for extensions we do not understand */
    JOSE_NO_KID,        /* no kid: which key signed it cannot be told */
    JOSE_UNKNOWN_KID,   /* a kid the issuer never published */
    JOSE_BAD_SIGNATURE, /* the signature does not match the header and payload */
    JOSE_BAD_PAYLOAD,   /* signed, but the payload is not a JSON object */
} JoseStatus;

typedef struct JoseResult {
    char *kid;     /* the header's kid (NULL when none) */
    char *header;  /* the decoded header (JSON text), once it could be read */
    char *payload; /* the decoded payload (JSON text), once the signature holds */
} JoseResult;

/* Verifies a compact JWS against the keys: the header's alg must be EdDSA, its typ typ,
 * no crit, a kid among keys, and the Ed25519 signature over "header.payload" must hold.
 * Leading and trailing white space is ignored. out is filled as far as the checks got. */
JoseStatus jose_verify(Arena *a, const char *jws, const char *typ, const JoseKey *keys, size_t n,
                       JoseResult *out);

/* The header and payload of a compact JWS without checking anything (to say who claims
 * to have issued a credential that failed a check). False when they cannot be read. */
bool jose_peek(Arena *a, const char *jws, char **header, char **payload);

/* UTC seconds as RFC 3339 "2027-01-13T09:00:00Z" (out: 21 bytes), and back (also with a
 * fraction or a numeric offset). */
void jose_time_text(int64_t t, char out[21]);
bool jose_time_parse(const char *s, int64_t *t);

#endif
