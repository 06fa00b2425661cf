/* q/credentials/key.h — the statements on organisations' signing keys (key.c), one
 * function each. Text results are allocated in the given arena. Return values are
 * DbStatus (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error). */
#ifndef TRAJECT_Q_CREDENTIALS_KEY_H
#define TRAJECT_Q_CREDENTIALS_KEY_H

#include <stdint.h>

#include "db/db.h"
#include "model/credentials.h"

/* The key that signs now for the organisation (DB_NONE before its first credential). */
DbStatus q_key_current(Db *db, int64_t org_id, Arena *a, SigningKey *out);
DbStatus q_key_add(Db *db, int64_t org_id, const char *kid, const char *public_key,
                   const char *sealed_key, int64_t now);
/* Retires the current key (it stays published for the credentials it signed). */
DbStatus q_key_retire(Db *db, int64_t org_id, int64_t now);
/* Every key of the organisation, newest first, current and retired. */
DbStatus q_keys_list(Db *db, int64_t org_id, Arena *a, SigningKey *row, DbRowFn fn, void *ctx);

#endif
