/* confirm.c — see confirm.h. */
#include "http/confirm.h"

#include <sodium.h>
#include <string.h>

#include "domain/auth.h"
#include "http/session.h"

/* "confirm|<anchor>|<path>|<hex SHA-256 of the fields>": the fields in the order sent,
 * each as name, NUL, length, value, without the CSRF and confirmation tokens. */
static const char *what(Req *r)
{
    const char *anchor = r->session_tok ? r->session_tok : cookie_get(r, PRE_COOKIE);
    if (!anchor)
        return NULL;
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    for (int i = 0; i < r->nfields; i++) {
        const FormField *f = &r->fields[i];
        if (!strcmp(f->name, "csrf_token") || !strcmp(f->name, CONFIRM_FIELD))
            continue;
        unsigned char len[8];
        for (int b = 0; b < 8; b++)
            len[b] = (unsigned char)((uint64_t)f->len >> (8 * b));
        crypto_hash_sha256_update(&st, (const unsigned char *)f->name, strlen(f->name) + 1);
        crypto_hash_sha256_update(&st, len, sizeof len);
        crypto_hash_sha256_update(&st, (const unsigned char *)f->value, f->len);
    }
    unsigned char sum[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&st, sum);
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, sum, sizeof sum);
    return arena_printf(r->arena, "confirm|%s|%s|%s", anchor, r->path, hex);
}

const char *confirm_token(Req *r)
{
    const char *w = what(r);
    char *out = arena_alloc(r->arena, AUTH_LINK_TAG_LEN + 1);
    if (!w) {
        *out = '\0'; /* no anchor: no token can match (the CSRF check refused it before) */
        return out;
    }
    auth_link_tag(r->app->secret, w, out);
    return out;
}

bool confirm_ok(Req *r)
{
    const char *given = form_get(r, CONFIRM_FIELD);
    const char *w = given ? what(r) : NULL;
    return w && auth_link_tag_ok(r->app->secret, w, given);
}
