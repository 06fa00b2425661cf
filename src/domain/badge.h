/* badge.h — the Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials Data Model
 * 2.0) that traject issues: writing its JSON from the records, and reading back what a
 * verifier shows and checks (who issued it, to whom, for what, from when to when, where its
 * revocation status is published).
 *
 * Pure: no SQL, no HTTP, no clock (the caller passes now). Strings in the caller's arena.
 * Does not own: the signature (domain/jose.h) nor the status list (domain/statuslist.h). */
#ifndef TRAJECT_DOMAIN_BADGE_H
#define TRAJECT_DOMAIN_BADGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define BADGE_CONTEXT_VC "https://www.w3.org/ns/credentials/v2"
#define BADGE_CONTEXT_OB "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

/* What one credential says. Text is UTF-8; NULL or "" where optional. */
typedef struct Badge {
    const char *id;          /* the credential's URL (its verify page) */
    const char *issuer_id;   /* the organisation's URL on this installation */
    const char *issuer_name; /* the organisation's name */
    const char *achievement_id, *name, *description, *criteria;
    const char *const *alignments; /* competence names the achievement aligns to */
    size_t nalignments;
    const char *alignment_base; /* targetUrl of alignment i: alignment_base#i (may be NULL) */
    const char *learner_name;
    const char *learner_ref; /* a stable identifier of the learner on the installation */
    int64_t valid_from;
    int64_t valid_until;     /* 0: no end */
    const char *status_list; /* the status list credential's URL */
    int64_t status_index;
} Badge;

/* The OpenBadgeCredential as JSON text, with the JWT claims iss, jti, sub, nbf (and exp
 * when it ends) matching issuer.id, id, the subject and validFrom/validUntil. */
char *badge_payload(Arena *a, const Badge *b);

/* The result of reading a payload back. */
typedef enum BadgeCheck {
    BADGE_VALID,
    BADGE_NOT_A_BADGE,   /* not an OpenBadgeCredential of the VC 2.0 data model */
    BADGE_INCOMPLETE,    /* a required member is missing or has the wrong type */
    BADGE_MISMATCH,      /* the JWT claims contradict the credential */
    BADGE_NOT_YET_VALID, /* validFrom is after now */
    BADGE_EXPIRED,       /* validUntil is before now */
} BadgeCheck;

/* What a verifier shows. Alignments are not read back (not shown). */
typedef struct BadgeView {
    char *id, *issuer_id, *issuer_name, *name, *description, *criteria, *learner_name;
    int64_t valid_from, valid_until; /* valid_until 0: no end */
    char *status_list;               /* NULL when the credential has no revocation status */
    int64_t status_index;
} BadgeView;

/* Reads and checks a payload at now. out is filled as far as it could be read, also when
 * the check fails (to say what it claims). */
BadgeCheck badge_read(Arena *a, const char *payload, int64_t now, BadgeView *out);

#endif
