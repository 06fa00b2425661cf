/* keys.c — making, sealing, opening and rotating organisations' signing keys (keys.h). */
#include "flows/credentials/keys.h"

#include <sodium.h>
#include <string.h>

#include "core/log.h"
#include "core/rows.h"
#include "flows/tx.h"
#include "q/credentials/key.h"
#include "q/system/app.h"

/* The key that seals organisation org_id's signing keys: derived from the installation's
 * secret (the one cli_prepare_db makes), a different one per organisation, so that a
 * sealed key moved to another organisation's row does not open. */
static bool seal_key(Db *db, int64_t org_id, unsigned char out[crypto_secretbox_KEYBYTES])
{
    Arena a;
    arena_init(&a);
    char *hex = NULL;
    unsigned char master[crypto_kdf_KEYBYTES];
    bool ok = q_secret_get(db, "csrf_key", &a, &hex) == DB_ONE && hex && strlen(hex) == 64 &&
              sodium_hex2bin(master, sizeof master, hex, 64, NULL, NULL, NULL) == 0 &&
              crypto_kdf_derive_from_key(out, crypto_secretbox_KEYBYTES, (uint64_t)org_id,
                                         "tjsignky", master) == 0;
    sodium_memzero(master, sizeof master);
    arena_free(&a);
    return ok;
}

static DbStatus make_key(Db *db, int64_t org_id, int64_t now, Arena *a, CredSigner *out)
{
    unsigned char pk[JOSE_PK_BYTES], box_key[crypto_secretbox_KEYBYTES];
    unsigned char sealed[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + JOSE_SK_BYTES];
    if (!seal_key(db, org_id, box_key))
        return DB_ERROR;
    crypto_sign_keypair(pk, out->sk);
    randombytes_buf(sealed, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(sealed + crypto_secretbox_NONCEBYTES, out->sk, JOSE_SK_BYTES, sealed,
                          box_key);
    sodium_memzero(box_key, sizeof box_key);
    char hex[sizeof sealed * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, sealed, sizeof sealed);
    out->kid = jose_kid(a, pk);
    DbStatus st = q_key_add(db, org_id, out->kid, jose_b64url(a, pk, sizeof pk), hex, now);
    /* another request made the organisation's first key meanwhile: run again and use it */
    return st == DB_CONFLICT ? DB_RETRY : st;
}

DbStatus cred_signer(Db *db, int64_t org_id, int64_t now, Arena *a, CredSigner *out)
{
    SigningKey k;
    DbStatus st = q_key_current(db, org_id, a, &k);
    if (st == DB_NONE)
        return make_key(db, org_id, now, a, out);
    if (st < DB_NONE)
        return st;
    unsigned char sealed[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + JOSE_SK_BYTES];
    unsigned char box_key[crypto_secretbox_KEYBYTES];
    size_t n = 0;
    bool ok = sodium_hex2bin(sealed, sizeof sealed, k.sealed_key, strlen(k.sealed_key), NULL, &n,
                             NULL) == 0 &&
              n == sizeof sealed && seal_key(db, org_id, box_key) &&
              crypto_secretbox_open_easy(out->sk, sealed + crypto_secretbox_NONCEBYTES,
                                         sizeof sealed - crypto_secretbox_NONCEBYTES, sealed,
                                         box_key) == 0;
    sodium_memzero(box_key, sizeof box_key);
    if (!ok) {
        log_warn("the signing key %s of organisation %lld does not open with this "
                 "installation's secret",
                 k.kid, (long long)org_id);
        return DB_ERROR;
    }
    out->kid = k.kid;
    return DB_ONE;
}

DbStatus cred_public_keys(Db *db, int64_t org_id, Arena *a, JoseKey **keys, size_t *n)
{
    SigningKey row;
    Rows stored = ROWS_FROM(a, &row);
    DbStatus st = q_keys_list(db, org_id, a, &row, rows_collect, &stored);
    Rows usable = ROWS(a, JoseKey);
    for (int i = 0; i < stored.n; i++) {
        const SigningKey *s = ROW(&stored, SigningKey, i);
        unsigned char *pk;
        size_t len;
        if (!jose_b64url_decode(a, s->public_key, strlen(s->public_key), &pk, &len) ||
            len != JOSE_PK_BYTES)
            continue; /* not a key we wrote: left out */
        JoseKey *k = rows_push(&usable);
        k->kid = s->kid;
        memcpy(k->pk, pk, JOSE_PK_BYTES);
    }
    *keys = usable.data;
    *n = (size_t)usable.n;
    return st;
}

typedef struct RotateTx {
    int64_t org_id, now;
    Arena *a;
} RotateTx;

static DbStatus rotate_tx(const Flow *f, void *ctx)
{
    RotateTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_key_retire(db, t->org_id, t->now);
    if (st < DB_NONE)
        return st;
    CredSigner s;
    st = make_key(db, t->org_id, t->now, t->a, &s);
    sodium_memzero(s.sk, sizeof s.sk);
    return st;
}

Outcome flow_key_rotate(const Flow *f)
{
    Outcome o = outcome_ok();
    RotateTx t = {f->who->org_id, f->now, f->arena};
    DbStatus st = flow_tx(f, rotate_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "signing_key_rotated", NULL, f->now);
    return o;
}
