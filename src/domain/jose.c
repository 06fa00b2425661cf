/* jose.c — compact JWS with EdDSA, base64url, JWK sets, RFC 3339 times (see jose.h). */
#include "domain/jose.h"

#include <ctype.h>
#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

char *jose_b64url(Arena *a, const void *p, size_t n)
{
    size_t len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    char *out = arena_alloc(a, len);
    sodium_bin2base64(out, len, p, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

bool jose_b64url_decode(Arena *a, const char *s, size_t len, unsigned char **out, size_t *n)
{
    for (size_t i = 0; i < len; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '-' && s[i] != '_')
            return false;
    unsigned char *buf = arena_alloc(a, len * 3 / 4 + 2);
    size_t got = 0;
    const char *end = NULL;
    /* libsodium refuses stray bits and, in this variant, padding */
    if (sodium_base642bin(buf, len * 3 / 4 + 1, s, len, NULL, &got, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != s + len)
        return false;
    buf[got] = 0;
    *out = buf;
    *n = got;
    return true;
}

char *jose_kid(Arena *a, const unsigned char pk[JOSE_PK_BYTES])
{
    /* RFC 7638: the required members in lexicographic order, no white space */
    char *canon = arena_printf(a, "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"%s\"}",
                               jose_b64url(a, pk, JOSE_PK_BYTES));
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, (const unsigned char *)canon, strlen(canon));
    return jose_b64url(a, hash, sizeof hash);
}

/* json_dumps into the arena (jansson allocates with malloc). */
static char *dump(Arena *a, json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    char *out = arena_strdup(a, s ? s : "");
    free(s);
    return out;
}

char *jose_jwks(Arena *a, const JoseKey *keys, size_t n)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(arr,
                              json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "kty", "OKP", "crv",
                                        "Ed25519", "x", jose_b64url(a, keys[i].pk, JOSE_PK_BYTES),
                                        "kid", keys[i].kid, "alg", "EdDSA", "use", "sig"));
    json_t *set = json_pack("{s:o}", "keys", arr);
    char *out = dump(a, set);
    json_decref(set);
    return out;
}

/* A member's string value, or NULL. */
static const char *str_of(json_t *o, const char *name)
{
    json_t *v = json_object_get(o, name);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

bool jose_jwks_parse(Arena *a, const char *json, JoseKey **keys, size_t *n)
{
    json_t *set = json_loads(json, JSON_REJECT_DUPLICATES, NULL);
    json_t *arr = json_object_get(set, "keys");
    if (!json_is_array(arr)) {
        json_decref(set);
        return false;
    }
    size_t cap = json_array_size(arr), got = 0;
    JoseKey *out = arena_alloc(a, (cap ? cap : 1) * sizeof *out);
    size_t i;
    json_t *k;
    json_array_foreach(arr, i, k)
    {
        const char *kty = str_of(k, "kty"), *crv = str_of(k, "crv"), *x = str_of(k, "x"),
                   *kid = str_of(k, "kid");
        unsigned char *pk;
        size_t len;
        if (!kty || strcmp(kty, "OKP") || !crv || strcmp(crv, "Ed25519") || !x || !kid ||
            !jose_b64url_decode(a, x, strlen(x), &pk, &len) || len != JOSE_PK_BYTES)
            continue;
        out[got].kid = arena_strdup(a, kid);
        memcpy(out[got].pk, pk, JOSE_PK_BYTES);
        got++;
    }
    json_decref(set);
    *keys = out;
    *n = got;
    return true;
}

char *jose_sign(Arena *a, const char *kid, const char *typ, const char *payload,
                const unsigned char sk[JOSE_SK_BYTES])
{
    json_t *hd = json_pack("{s:s, s:s, s:s}", "alg", "EdDSA", "kid", kid, "typ", typ);
    char *header = dump(a, hd);
    json_decref(hd);
    char *input = arena_printf(a, "%s.%s", jose_b64url(a, header, strlen(header)),
                               jose_b64url(a, payload, strlen(payload)));
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, NULL, (const unsigned char *)input, strlen(input), sk);
    return arena_printf(a, "%s.%s", input, jose_b64url(a, sig, sizeof sig));
}

/* The three parts of a compact JWS, white space around it ignored. */
typedef struct Parts {
    const char *p[3];
    size_t len[3];
} Parts;

static bool split(const char *jws, Parts *pt)
{
    while (isspace((unsigned char)*jws))
        jws++;
    size_t total = strlen(jws);
    while (total && isspace((unsigned char)jws[total - 1]))
        total--;
    const char *s = jws, *end = jws + total;
    for (int i = 0; i < 3; i++) {
        const char *dot = i < 2 ? memchr(s, '.', (size_t)(end - s)) : end;
        if (!dot)
            return false;
        pt->p[i] = s;
        pt->len[i] = (size_t)(dot - s);
        s = dot + 1;
    }
    /* a fourth part (JWE has five) or an empty one is not a compact JWS */
    return memchr(pt->p[2], '.', pt->len[2]) == NULL && pt->len[0] && pt->len[1] && pt->len[2];
}

/* A base64url part decoded as a JSON object's text, or NULL. */
static char *json_part(Arena *a, const char *p, size_t len, json_t **obj)
{
    unsigned char *raw;
    size_t n;
    if (!jose_b64url_decode(a, p, len, &raw, &n) || memchr(raw, 0, n))
        return NULL;
    json_t *j = json_loadb((const char *)raw, n, JSON_REJECT_DUPLICATES, NULL);
    if (!json_is_object(j)) {
        json_decref(j);
        return NULL;
    }
    if (obj)
        *obj = j;
    else
        json_decref(j);
    return (char *)raw;
}

bool jose_peek(Arena *a, const char *jws, char **header, char **payload)
{
    Parts pt;
    if (!split(jws, &pt))
        return false;
    *header = json_part(a, pt.p[0], pt.len[0], NULL);
    *payload = json_part(a, pt.p[1], pt.len[1], NULL);
    return *header && *payload;
}

JoseStatus jose_verify(Arena *a, const char *jws, const char *typ, const JoseKey *keys, size_t n,
                       JoseResult *out)
{
    memset(out, 0, sizeof *out);
    Parts pt;
    json_t *hd = NULL;
    if (!split(jws, &pt) || !(out->header = json_part(a, pt.p[0], pt.len[0], &hd)))
        return JOSE_MALFORMED;
    JoseStatus st = JOSE_OK;
    const char *alg = str_of(hd, "alg"), *t = str_of(hd, "typ"), *kid = str_of(hd, "kid");
    if (kid)
        out->kid = arena_strdup(a, kid);
    if (alg && !strcmp(alg, "none"))
        st = JOSE_ALG_NONE;
    else if (alg && (!strcmp(alg, "HS256") || !strcmp(alg, "HS384") || !strcmp(alg, "HS512")))
        st = JOSE_ALG_HMAC;
    else if (!alg || strcmp(alg, "EdDSA"))
        st = JOSE_ALG_OTHER;
    else if (typ && (!t || strcmp(t, typ)))
        st = JOSE_BAD_TYP;
    else if (json_object_get(hd, "crit"))
        st = JOSE_CRIT;
    else if (!kid)
        st = JOSE_NO_KID;
    json_decref(hd); /* alg, t and kid point into it: only out->kid is used from here */
    if (st != JOSE_OK)
        return st;
    const JoseKey *key = NULL;
    for (size_t i = 0; i < n && !key; i++)
        if (!strcmp(keys[i].kid, out->kid))
            key = &keys[i];
    if (!key)
        return JOSE_UNKNOWN_KID;
    unsigned char *sig;
    size_t siglen;
    if (!jose_b64url_decode(a, pt.p[2], pt.len[2], &sig, &siglen) || siglen != crypto_sign_BYTES)
        return JOSE_BAD_SIGNATURE;
    size_t inlen = pt.len[0] + 1 + pt.len[1];
    if (crypto_sign_verify_detached(sig, (const unsigned char *)pt.p[0], inlen, key->pk) != 0)
        return JOSE_BAD_SIGNATURE;
    if (!(out->payload = json_part(a, pt.p[1], pt.len[1], NULL)))
        return JOSE_BAD_PAYLOAD;
    return JOSE_OK;
}

void jose_time_text(int64_t t, char out[21])
{
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

bool jose_time_parse(const char *s, int64_t *t)
{
    struct tm tm = {0};
    const char *p = s ? strptime(s, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
    if (!p)
        return false;
    if (*p == '.') /* a fraction of a second */
        for (p++; isdigit((unsigned char)*p);)
            p++;
    int64_t off = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if ((*p == '+' || *p == '-') && isdigit((unsigned char)p[1]) &&
               isdigit((unsigned char)p[2]) && p[3] == ':' && isdigit((unsigned char)p[4]) &&
               isdigit((unsigned char)p[5])) {
        off = ((p[1] - '0') * 10 + (p[2] - '0')) * 3600 + ((p[4] - '0') * 10 + (p[5] - '0')) * 60;
        if (*p == '-')
            off = -off;
        p += 6;
    } else {
        return false;
    }
    if (*p)
        return false;
    *t = (int64_t)timegm(&tm) - off;
    return true;
}
