/* publish.c — the issuer Profile, the JWK set and the status list (see publish.h). */
#include "flows/credentials/publish.h"

#include <jansson.h>
#include <sodium.h>
#include <string.h>

#include "domain/jose.h"
#include "domain/statuslist.h"
#include "flows/credentials/issue.h"
#include "flows/credentials/keys.h"
#include "q/accounts/org.h"
#include "q/credentials/credential.h"
#include "q/credentials/key.h"

DbStatus cred_profile_json(Db *db, int64_t org_id, const char *base, Arena *a, char **json)
{
    Org org;
    DbStatus st = q_org_get(db, org_id, a, &org);
    if (st != DB_ONE)
        return st;
    json_t *p =
        json_pack("{s:[s,s], s:s, s:[s], s:s}", "@context", "https://www.w3.org/ns/credentials/v2",
                  "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "id",
                  cred_issuer_url(a, base, org_id), "type", "Profile", "name", org.name);
    char *s = json_dumps(p, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    *json = arena_strdup(a, s ? s : "{}");
    free(s);
    json_decref(p);
    return DB_ONE;
}

DbStatus cred_jwks_json(Db *db, int64_t org_id, Arena *a, char **json)
{
    JoseKey *keys;
    size_t n;
    DbStatus st = cred_public_keys(db, org_id, a, &keys, &n);
    if (st < DB_NONE)
        return st;
    *json = jose_jwks(a, keys, n);
    return DB_ONE;
}

typedef struct Bits {
    unsigned char *bits;
    int64_t index;
} Bits;

static bool revoked_row(void *ctx)
{
    Bits *b = ctx;
    if (b->index >= 0 && b->index < STATUSLIST_BITS)
        statuslist_set(b->bits, (size_t)b->index);
    return true;
}

DbStatus cred_status_list_jwt(Db *db, int64_t org_id, const char *base, int64_t now, Arena *a,
                              char **jwt)
{
    SigningKey k;
    DbStatus st = q_key_current(db, org_id, a, &k);
    if (st != DB_ONE)
        return st;
    Bits b = {arena_alloc(a, STATUSLIST_BYTES), 0};
    memset(b.bits, 0, STATUSLIST_BYTES);
    if ((st = q_credentials_revoked(db, org_id, &b.index, revoked_row, &b)) < DB_NONE)
        return st;
    CredSigner s;
    if ((st = cred_signer(db, org_id, now, a, &s)) < DB_NONE)
        return st;
    const char *list = statuslist_encode(a, b.bits, STATUSLIST_BYTES);
    *jwt = jose_sign(a, s.kid, "vc+jwt",
                     statuslist_credential(a, cred_status_url(a, base, org_id),
                                           cred_issuer_url(a, base, org_id), now, list),
                     s.sk);
    sodium_memzero(s.sk, sizeof s.sk);
    return DB_ONE;
}
