/* flows/credentials/keys.h — an organisation's signing keys: made on first use, the secret
 * half sealed at rest (crypto_secretbox under a key derived, per organisation, from the
 * installation's secret in app_secrets), rotated by an administrator (the old public key
 * stays published), and the public keys a verifier needs. */
#ifndef TRAJECT_FLOWS_CREDENTIALS_KEYS_H
#define TRAJECT_FLOWS_CREDENTIALS_KEYS_H

#include <stddef.h>

#include "domain/jose.h"
#include "flows/flow.h"

/* The key that signs for an organisation now: its kid and its secret key (in a; wipe it
 * with sodium_memzero when done). */
typedef struct CredSigner {
    char *kid;
    unsigned char sk[JOSE_SK_BYTES];
} CredSigner;

/* The organisation's current key, made and stored when it has none. Run it inside the
 * caller's transaction. DB_ERROR when the sealed key cannot be opened (another
 * installation's secret). */
DbStatus cred_signer(Db *db, int64_t org_id, int64_t now, Arena *a, CredSigner *out);

/* The organisation's public keys, current and retired (*keys in a). */
DbStatus cred_public_keys(Db *db, int64_t org_id, Arena *a, JoseKey **keys, size_t *n);

/* Retires the organisation's current key and makes a new one; credentials signed with the
 * old key still verify. o.id is 0. */
Outcome flow_key_rotate(const Flow *f);

#endif
