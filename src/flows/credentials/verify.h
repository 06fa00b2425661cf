/* flows/credentials/verify.h — checking a credential: its signature against its issuer's
 * published keys, its header, what it says, its dates and its revocation status, with a
 * verdict a page or the CLI turns into plain words. Reads only.
 *
 * cred_check is the part that needs no database (the CLI's offline check uses it with a
 * JWK set and a status list from files); cred_verify finds the issuer's keys and status in
 * this installation's database. */
#ifndef TRAJECT_FLOWS_CREDENTIALS_VERIFY_H
#define TRAJECT_FLOWS_CREDENTIALS_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "domain/badge.h"
#include "domain/jose.h"

typedef enum Verdict {
    VERDICT_VALID,
    VERDICT_MALFORMED,      /* not a compact JWT at all */
    VERDICT_NOT_OURS,       /* issued by someone this installation does not know */
    VERDICT_ALG_NONE,       /* unsigned */
    VERDICT_ALG_HMAC,       /* a shared secret instead of the issuer's signature */
    VERDICT_ALG_OTHER,      /* an algorithm other than EdDSA */
    VERDICT_BAD_TYP,        /* not a vc+jwt */
    VERDICT_CRIT,           /* asks for extensions */
    VERDICT_NO_KID,         /* does not say which key signed it */
    VERDICT_UNKNOWN_KID,    /* a key the issuer never published */
    VERDICT_BAD_SIGNATURE,  /* changed after signing, or signed by another key */
    VERDICT_NOT_A_BADGE,    /* signed, but not an Open Badges credential */
    VERDICT_INCOMPLETE,     /* a required part is missing */
    VERDICT_MISMATCH,       /* its JWT claims contradict it */
    VERDICT_NOT_YET_VALID,  /* valid from a later day */
    VERDICT_EXPIRED,        /* its validity ended */
    VERDICT_REVOKED,        /* its issuer revoked it */
    VERDICT_STATUS_UNKNOWN, /* its revocation status could not be checked */
    VERDICT_COUNT
} Verdict;

typedef struct Verification {
    Verdict verdict;
    bool claims;        /* view holds what the credential claims (it could be read) */
    BadgeView view;     /* who issued it, to whom, for what, when */
    int64_t revoked_at; /* when revoked (cred_verify), 0 otherwise or unknown */
    char *revoked_reason;
    bool status_checked; /* the revocation status was looked up */
} Verification;

/* The sentence, in English (an N_() source text to translate), that says why. */
const char *verdict_text(Verdict v);

/* Checks jwt against keys at now, without the revocation status (the caller checks it
 * when the rest holds: verdict VERDICT_VALID). */
void cred_check(Arena *a, const char *jwt, const JoseKey *keys, size_t n, int64_t now,
                Verification *out);

/* Checks the status list credential list_jwt (signed by one of keys) for the place of a
 * credential: VERDICT_VALID (not set), VERDICT_REVOKED (set), or VERDICT_STATUS_UNKNOWN
 * (the list does not check out or is not the one the credential names). */
Verdict cred_check_status(Arena *a, const char *list_jwt, const JoseKey *keys, size_t n,
                          const BadgeView *v);

/* The whole check for a credential this installation issued (base: its public address):
 * the issuer is one of its organisations, its published keys, its revocation status. */
void cred_verify(Db *db, const char *base, int64_t now, Arena *a, const char *jwt,
                 Verification *out);

#endif
