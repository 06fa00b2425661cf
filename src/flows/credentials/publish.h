/* flows/credentials/publish.h — what an organisation publishes for verifiers, at stable
 * public addresses: its issuer Profile, the JWK set of its public keys (current and
 * retired) and its revocation list as a signed BitstringStatusListCredential. Reads only:
 * an organisation that has never issued has no key and no list yet (DB_NONE). */
#ifndef TRAJECT_FLOWS_CREDENTIALS_PUBLISH_H
#define TRAJECT_FLOWS_CREDENTIALS_PUBLISH_H

#include "db/db.h"

/* The issuer Profile as JSON text (id, type, name). DB_NONE for an unknown organisation. */
DbStatus cred_profile_json(Db *db, int64_t org_id, const char *base, Arena *a, char **json);
/* {"keys":[...]} of the organisation (empty before its first credential). */
DbStatus cred_jwks_json(Db *db, int64_t org_id, Arena *a, char **json);
/* The status list credential as a compact VC-JWT signed with the current key, valid from
 * now: every revoked credential's bit set. DB_NONE before the first credential. */
DbStatus cred_status_list_jwt(Db *db, int64_t org_id, const char *base, int64_t now, Arena *a,
                              char **jwt);

#endif
