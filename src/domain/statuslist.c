/* statuslist.c — W3C Bitstring Status List encoding and credential (see statuslist.h). */
#include "domain/statuslist.h"

#include <jansson.h>
#include <string.h>
#include <zlib.h>

#include "domain/jose.h"

#define INFLATE_MAX (16u << 20)

char *statuslist_encode(Arena *a, const unsigned char *bits, size_t n)
{
    z_stream z = {0};
    /* 15 + 16: a GZIP wrapper, as the specification asks, not a bare zlib stream */
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return NULL;
    uLong cap = deflateBound(&z, (uLong)n) + 32;
    unsigned char *out = arena_alloc(a, cap);
    z.next_in = (unsigned char *)bits;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    size_t len = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return NULL;
    return arena_printf(a, "u%s", jose_b64url(a, out, len));
}

bool statuslist_decode(Arena *a, const char *encoded, unsigned char **bits, size_t *n)
{
    unsigned char *gz;
    size_t gzlen;
    if (!encoded || encoded[0] != 'u' ||
        !jose_b64url_decode(a, encoded + 1, strlen(encoded + 1), &gz, &gzlen))
        return false;
    z_stream z = {0};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return false;
    size_t cap = STATUSLIST_BYTES;
    unsigned char *out = arena_alloc(a, cap);
    z.next_in = gz;
    z.avail_in = (uInt)gzlen;
    int rc;
    for (;;) {
        z.next_out = out + z.total_out;
        z.avail_out = (uInt)(cap - z.total_out);
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK || z.avail_out)
            break;
        if (cap * 2 > INFLATE_MAX) {
            rc = Z_MEM_ERROR;
            break;
        }
        unsigned char *bigger = arena_alloc(a, cap * 2);
        memcpy(bigger, out, cap);
        out = bigger;
        cap *= 2;
    }
    size_t len = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        return false;
    *bits = out;
    *n = len;
    return true;
}

static char *dump(Arena *a, json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    char *out = arena_strdup(a, s ? s : "");
    free(s);
    json_decref(j);
    return out;
}

char *statuslist_credential(Arena *a, const char *list_url, const char *issuer_id,
                            int64_t valid_from, const char *encoded)
{
    char from[21];
    jose_time_text(valid_from, from);
    return dump(a,
                json_pack("{s:[s], s:s, s:[s,s], s:s, s:s, s:s, s:{s:s, s:s, s:s, s:s}}",
                          "@context", "https://www.w3.org/ns/credentials/v2", "id", list_url,
                          "type", "VerifiableCredential", "BitstringStatusListCredential", "issuer",
                          issuer_id, "iss", issuer_id, "validFrom", from, "credentialSubject", "id",
                          arena_printf(a, "%s#list", list_url), "type", "BitstringStatusList",
                          "statusPurpose", "revocation", "encodedList", encoded));
}

bool statuslist_read(Arena *a, const char *payload, char **list_id, char **encoded)
{
    json_t *j = json_loads(payload, 0, NULL);
    json_t *types = json_object_get(j, "type"), *subj = json_object_get(j, "credentialSubject");
    bool is_list = false;
    size_t i;
    json_t *t;
    json_array_foreach(types, i, t) if (json_is_string(t) &&
                                        !strcmp(json_string_value(t),
                                                "BitstringStatusListCredential")) is_list = true;
    json_t *purpose = json_object_get(subj, "statusPurpose"),
           *list = json_object_get(subj, "encodedList"), *id = json_object_get(j, "id");
    bool ok = is_list && json_is_string(purpose) &&
              !strcmp(json_string_value(purpose), "revocation") && json_is_string(list) &&
              json_is_string(id);
    if (ok) {
        *encoded = arena_strdup(a, json_string_value(list));
        *list_id = arena_strdup(a, json_string_value(id));
    }
    json_decref(j);
    return ok;
}
