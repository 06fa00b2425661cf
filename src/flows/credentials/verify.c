/* verify.c — checking credentials (see verify.h). */
#include "flows/credentials/verify.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "domain/statuslist.h"
#include "flows/credentials/issue.h"
#include "flows/credentials/keys.h"
#include "q/credentials/credential.h"

static const char *const texts[VERDICT_COUNT] = {
    [VERDICT_VALID] = N_("This credential is valid."),
    [VERDICT_MALFORMED] = N_("This is not a credential in the JSON Web Token format: it should "
                             "be three parts separated by dots."),
    [VERDICT_NOT_OURS] = N_("This credential names an issuer that this site does not know, so "
                            "its signature cannot be checked here."),
    [VERDICT_ALG_NONE] = N_("This credential is not signed (its algorithm is \"none\"): anyone "
                            "could have written it."),
    [VERDICT_ALG_HMAC] = N_("This credential is sealed with a shared secret (HMAC), not signed "
                            "with its issuer's key: it is refused."),
    [VERDICT_ALG_OTHER] = N_("This credential is signed with an algorithm other than EdDSA, the "
                             "one its issuer uses: it is refused."),
    [VERDICT_BAD_TYP] = N_("This token is not a verifiable credential (its type is not "
                           "vc+jwt)."),
    [VERDICT_CRIT] = N_("This credential asks for extensions that cannot be checked here."),
    [VERDICT_NO_KID] = N_("This credential does not say which key signed it."),
    [VERDICT_UNKNOWN_KID] = N_("This credential was signed with a key its issuer never "
                               "published."),
    [VERDICT_BAD_SIGNATURE] = N_("The signature does not match: the credential was changed "
                                 "after it was signed, or someone else signed it."),
    [VERDICT_NOT_A_BADGE] = N_("This is signed, but it is not an Open Badges credential."),
    [VERDICT_INCOMPLETE] = N_("This credential lacks a part every credential must have."),
    [VERDICT_MISMATCH] = N_("This credential contradicts itself: its token says something "
                            "else than its content."),
    [VERDICT_NOT_YET_VALID] = N_("This credential is not valid yet."),
    [VERDICT_EXPIRED] = N_("This credential has expired."),
    [VERDICT_REVOKED] = N_("This credential was revoked by its issuer."),
    [VERDICT_STATUS_UNKNOWN] = N_("Whether this credential was revoked could not be checked."),
};

const char *verdict_text(Verdict v)
{
    return v < VERDICT_COUNT ? texts[v] : texts[VERDICT_MALFORMED];
}

static Verdict from_jose(JoseStatus s)
{
    switch (s) {
    case JOSE_OK:
        return VERDICT_VALID;
    case JOSE_ALG_NONE:
        return VERDICT_ALG_NONE;
    case JOSE_ALG_HMAC:
        return VERDICT_ALG_HMAC;
    case JOSE_ALG_OTHER:
        return VERDICT_ALG_OTHER;
    case JOSE_BAD_TYP:
        return VERDICT_BAD_TYP;
    case JOSE_CRIT:
        return VERDICT_CRIT;
    case JOSE_NO_KID:
        return VERDICT_NO_KID;
    case JOSE_UNKNOWN_KID:
        return VERDICT_UNKNOWN_KID;
    case JOSE_BAD_SIGNATURE:
    case JOSE_BAD_PAYLOAD:
        return VERDICT_BAD_SIGNATURE;
    case JOSE_MALFORMED:
        break;
    }
    return VERDICT_MALFORMED;
}

static Verdict from_badge(BadgeCheck c)
{
    switch (c) {
    case BADGE_VALID:
        return VERDICT_VALID;
    case BADGE_NOT_A_BADGE:
        return VERDICT_NOT_A_BADGE;
    case BADGE_INCOMPLETE:
        return VERDICT_INCOMPLETE;
    case BADGE_MISMATCH:
        return VERDICT_MISMATCH;
    case BADGE_NOT_YET_VALID:
        return VERDICT_NOT_YET_VALID;
    case BADGE_EXPIRED:
        break;
    }
    return VERDICT_EXPIRED;
}

/* What an unverified credential claims, to say whose it pretends to be. */
static void claims(Arena *a, const char *jwt, int64_t now, Verification *out)
{
    char *hdr, *payload;
    if (jose_peek(a, jwt, &hdr, &payload)) {
        badge_read(a, payload, now, &out->view);
        out->claims = out->view.issuer_id || out->view.name;
    }
}

void cred_check(Arena *a, const char *jwt, const JoseKey *keys, size_t n, int64_t now,
                Verification *out)
{
    memset(out, 0, sizeof *out);
    JoseResult r;
    JoseStatus js = jose_verify(a, jwt, "vc+jwt", keys, n, &r);
    if (js != JOSE_OK) {
        out->verdict = from_jose(js);
        claims(a, jwt, now, out);
        return;
    }
    out->verdict = from_badge(badge_read(a, r.payload, now, &out->view));
    out->claims = true;
}

Verdict cred_check_status(Arena *a, const char *list_jwt, const JoseKey *keys, size_t n,
                          const BadgeView *v)
{
    JoseResult r;
    char *id, *encoded;
    unsigned char *bits;
    size_t len;
    if (!v->status_list || jose_verify(a, list_jwt, "vc+jwt", keys, n, &r) != JOSE_OK ||
        !statuslist_read(a, r.payload, &id, &encoded) || strcmp(id, v->status_list) ||
        !statuslist_decode(a, encoded, &bits, &len) || (size_t)v->status_index >= len * 8)
        return VERDICT_STATUS_UNKNOWN;
    return statuslist_get(bits, len, (size_t)v->status_index) ? VERDICT_REVOKED : VERDICT_VALID;
}

/* The organisation of an issuer URL of this installation ("BASE/issuers/N"), or 0. */
static int64_t issuer_org(const char *base, const char *issuer)
{
    size_t n = strlen(base);
    if (!issuer || strncmp(issuer, base, n) || strncmp(issuer + n, "/issuers/", 9))
        return 0;
    const char *digits = issuer + n + 9;
    char *end;
    long long id = strtoll(digits, &end, 10);
    return (*digits >= '1' && *digits <= '9' && !*end && id > 0) ? id : 0;
}

void cred_verify(Db *db, const char *base, int64_t now, Arena *a, const char *jwt,
                 Verification *out)
{
    memset(out, 0, sizeof *out);
    char *hdr, *payload;
    if (!jose_peek(a, jwt, &hdr, &payload)) {
        /* an unsigned or HMAC token is still told apart from garbage */
        cred_check(a, jwt, NULL, 0, now, out);
        return;
    }
    BadgeView claimed;
    badge_read(a, payload, now, &claimed);
    int64_t org = issuer_org(base, claimed.issuer_id);
    JoseKey *keys = NULL;
    size_t n = 0;
    if (org && cred_public_keys(db, org, a, &keys, &n) < DB_NONE) {
        out->verdict = VERDICT_STATUS_UNKNOWN;
        return;
    }
    cred_check(a, jwt, keys, n, now, out);
    if (!org && (out->verdict == VERDICT_UNKNOWN_KID || out->verdict == VERDICT_VALID))
        out->verdict = VERDICT_NOT_OURS;
    if (out->verdict != VERDICT_VALID)
        return;
    /* the status: this installation's record of the credential's place in the list */
    if (!out->view.status_list || strcmp(out->view.status_list, cred_status_url(a, base, org))) {
        out->verdict = VERDICT_STATUS_UNKNOWN;
        return;
    }
    Credential c;
    DbStatus st = q_credential_by_index(db, org, out->view.status_index, a, &c);
    if (st != DB_ONE) {
        out->verdict = VERDICT_STATUS_UNKNOWN;
        return;
    }
    out->status_checked = true;
    if (c.revoked_at) {
        out->verdict = VERDICT_REVOKED;
        out->revoked_at = c.revoked_at;
        out->revoked_reason = c.revoked_reason;
    }
}
