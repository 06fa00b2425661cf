/* key.c — organisations' signing keys: the current one, adding one, retiring it, the list
 * the JWK set publishes. */
#include "q/credentials/key.h"

#define KEY_COLS "id, kid, public_key, sealed_key, created_at, COALESCE(retired_at, 0)"

#define KEY_OUT(a, k)                                                                              \
    db_int64_out(&(k)->id), db_text(a, &(k)->kid), db_text(a, &(k)->public_key),                   \
        db_text(a, &(k)->sealed_key), db_int64_out(&(k)->created_at),                              \
        db_int64_out(&(k)->retired_at)

DbStatus q_key_current(Db *db, int64_t org_id, Arena *a, SigningKey *out)
{
    DB_SQL(st, "key_current",
           "SELECT " KEY_COLS " FROM signing_keys WHERE org_id = $1 AND retired_at IS NULL "
           "ORDER BY id DESC LIMIT 1");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id)), DB_COLS(KEY_OUT(a, out)));
}

DbStatus q_key_add(Db *db, int64_t org_id, const char *kid, const char *public_key,
                   const char *sealed_key, int64_t now)
{
    DB_SQL(st, "key_add",
           "INSERT INTO signing_keys (org_id, kid, public_key, sealed_key, created_at) "
           "VALUES ($1, $2, $3, $4, $5)");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_str(kid), db_str(public_key), db_str(sealed_key),
                         db_int64(now)));
}

DbStatus q_key_retire(Db *db, int64_t org_id, int64_t now)
{
    DB_SQL(st, "key_retire",
           "UPDATE signing_keys SET retired_at = $2 WHERE org_id = $1 AND retired_at IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(now)));
}

DbStatus q_keys_list(Db *db, int64_t org_id, Arena *a, SigningKey *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "keys_list",
           "SELECT " KEY_COLS " FROM signing_keys WHERE org_id = $1 ORDER BY id DESC");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(KEY_OUT(a, row)), fn, ctx);
}
