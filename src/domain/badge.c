/* badge.c — writing and reading the OpenBadgeCredential (see badge.h). */
#include "domain/badge.h"

#include <jansson.h>
#include <string.h>

#include "domain/jose.h"

static json_t *types(const char *a, const char *b)
{
    json_t *t = json_array();
    json_array_append_new(t, json_string(a));
    if (b)
        json_array_append_new(t, json_string(b));
    return t;
}

static json_t *identity(const char *type, const char *value)
{
    return json_pack("{s:s, s:b, s:s, s:s}", "type", "IdentityObject", "hashed", 0, "identityHash",
                     value, "identityType", type);
}

char *badge_payload(Arena *a, const Badge *b)
{
    char from[21], until[21];
    jose_time_text(b->valid_from, from);
    json_t *ach = json_pack("{s:s, s:o, s:s, s:s, s:{s:s}}", "id", b->achievement_id, "type",
                            types("Achievement", NULL), "name", b->name, "description",
                            b->description ? b->description : "", "criteria", "narrative",
                            b->criteria ? b->criteria : "");
    if (b->nalignments) {
        json_t *al = json_array();
        for (size_t i = 0; i < b->nalignments; i++) {
            json_t *one = json_pack("{s:o, s:s}", "type", types("Alignment", NULL), "targetName",
                                    b->alignments[i]);
            if (b->alignment_base)
                json_object_set_new(
                    one, "targetUrl",
                    json_string(arena_printf(a, "%s#competence-%zu", b->alignment_base, i + 1)));
            json_object_set_new(one, "targetType", json_string("ceasn:Competency"));
            json_array_append_new(al, one);
        }
        json_object_set_new(ach, "alignment", al);
    }
    json_t *ids = json_array();
    json_array_append_new(ids, identity("name", b->learner_name));
    json_array_append_new(ids, identity("systemId", b->learner_ref));
    json_t *subject = json_pack("{s:o, s:s, s:o, s:o}", "type", types("AchievementSubject", NULL),
                                "name", b->learner_name, "identifier", ids, "achievement", ach);
    json_t *vc = json_pack("{s:[s,s], s:s, s:o, s:{s:s, s:o, s:s}, s:s, s:s}", "@context",
                           BADGE_CONTEXT_VC, BADGE_CONTEXT_OB, "id", b->id, "type",
                           types("VerifiableCredential", "OpenBadgeCredential"), "issuer", "id",
                           b->issuer_id, "type", types("Profile", NULL), "name", b->issuer_name,
                           "name", b->name, "validFrom", from);
    if (b->valid_until) {
        jose_time_text(b->valid_until, until);
        json_object_set_new(vc, "validUntil", json_string(until));
    }
    json_object_set_new(vc, "credentialSubject", subject);
    char *idx = arena_printf(a, "%lld", (long long)b->status_index);
    json_object_set_new(vc, "credentialStatus",
                        json_pack("{s:s, s:s, s:s, s:s, s:s}", "id",
                                  arena_printf(a, "%s#%s", b->status_list, idx), "type",
                                  "BitstringStatusListEntry", "statusPurpose", "revocation",
                                  "statusListIndex", idx, "statusListCredential", b->status_list));
    /* the JWT claims say the same as the credential (VC-JOSE-COSE) */
    json_object_set_new(vc, "iss", json_string(b->issuer_id));
    json_object_set_new(vc, "jti", json_string(b->id));
    json_object_set_new(vc, "sub", json_string(b->learner_ref));
    json_object_set_new(vc, "nbf", json_integer(b->valid_from));
    if (b->valid_until)
        json_object_set_new(vc, "exp", json_integer(b->valid_until));
    char *s = json_dumps(vc, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    char *out = arena_strdup(a, s ? s : "");
    free(s);
    json_decref(vc);
    return out;
}

static char *text(Arena *a, json_t *o, const char *name)
{
    json_t *v = json_object_get(o, name);
    return json_is_string(v) ? arena_strdup(a, json_string_value(v)) : NULL;
}

static bool has(json_t *arr, const char *s)
{
    size_t i;
    json_t *v;
    if (json_is_string(arr))
        return !strcmp(json_string_value(arr), s);
    json_array_foreach(arr, i,
                       v) if (json_is_string(v) && !strcmp(json_string_value(v), s)) return true;
    return false;
}

/* A numeric JWT claim that, when present, must equal t. */
static bool claim_matches(json_t *vc, const char *name, int64_t t)
{
    json_t *v = json_object_get(vc, name);
    return !v || (json_is_integer(v) && json_integer_value(v) == t);
}

BadgeCheck badge_read(Arena *a, const char *payload, int64_t now, BadgeView *out)
{
    memset(out, 0, sizeof *out);
    json_t *vc = json_loads(payload, JSON_REJECT_DUPLICATES, NULL);
    BadgeCheck r = BADGE_VALID;
    json_t *issuer = json_object_get(vc, "issuer"),
           *subj = json_object_get(vc, "credentialSubject");
    json_t *ach = json_object_get(subj, "achievement"),
           *status = json_object_get(vc, "credentialStatus");
    json_t *ctx = json_object_get(vc, "@context");
    out->id = text(a, vc, "id");
    out->issuer_id =
        json_is_string(issuer) ? arena_strdup(a, json_string_value(issuer)) : text(a, issuer, "id");
    out->issuer_name = text(a, issuer, "name");
    out->name = text(a, ach, "name");
    out->description = text(a, ach, "description");
    out->criteria = text(a, json_object_get(ach, "criteria"), "narrative");
    out->learner_name = text(a, subj, "name");
    char *from = text(a, vc, "validFrom"), *until = text(a, vc, "validUntil");
    char *iss = text(a, vc, "iss"), *jti = text(a, vc, "jti");
    if (has(status, "BitstringStatusListEntry") ||
        has(json_object_get(status, "type"), "BitstringStatusListEntry")) {
        out->status_list = text(a, status, "statusListCredential");
        char *idx = text(a, status, "statusListIndex");
        char *end = NULL;
        long long v = idx ? strtoll(idx, &end, 10) : -1;
        if (!idx || *end || v < 0 || !text(a, status, "statusPurpose") ||
            strcmp(text(a, status, "statusPurpose"), "revocation"))
            out->status_list = NULL, r = BADGE_INCOMPLETE;
        out->status_index = v;
    } else if (status) {
        r = BADGE_INCOMPLETE;
    }
    if (!json_is_object(vc) || json_array_size(ctx) < 1 ||
        !has(json_array_get(ctx, 0), BADGE_CONTEXT_VC) ||
        !has(json_object_get(vc, "type"), "OpenBadgeCredential") ||
        !has(json_object_get(vc, "type"), "VerifiableCredential"))
        r = BADGE_NOT_A_BADGE;
    else if (r == BADGE_VALID && (!out->id || !out->issuer_id || !out->name || !ach || !from ||
                                  !jose_time_parse(from, &out->valid_from) ||
                                  (until && !jose_time_parse(until, &out->valid_until)) ||
                                  !has(json_object_get(subj, "type"), "AchievementSubject")))
        r = BADGE_INCOMPLETE;
    else if (r == BADGE_VALID &&
             ((iss && strcmp(iss, out->issuer_id)) || (jti && strcmp(jti, out->id)) ||
              !claim_matches(vc, "nbf", out->valid_from) ||
              !claim_matches(vc, "exp", out->valid_until) ||
              (json_object_get(vc, "exp") && !until)))
        r = BADGE_MISMATCH;
    else if (r == BADGE_VALID && out->valid_from > now)
        r = BADGE_NOT_YET_VALID;
    else if (r == BADGE_VALID && out->valid_until && out->valid_until < now)
        r = BADGE_EXPIRED;
    json_decref(vc);
    return r;
}
