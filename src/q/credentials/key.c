/* key.c — organisations' signing keys: the current one, adding one, retiring it, the list
 * the JWK set publishes. */
#include "q/credentials/key.h"

#define KEY_COLS "id, kid, public_key, sealed_key, created_at, COALESCE(retired_at, 0)"

static void key_cols(DbCol *c, Arena *a, SigningKey *k)
{
    c[0] = db_int64_out(&k->id);
    c[1] = db_text(a, &k->kid);
    c[2] = db_text(a, &k->public_key);
    c[3] = db_text(a, &k->sealed_key);
    c[4] = db_int64_out(&k->created_at);
    c[5] = db_int64_out(&k->retired_at);
    c[6] = (DbCol)DB_END;
}

DB_STMT(Q_KEY_CURRENT) = {
    .name = "key_current",
    .sql = "SELECT " KEY_COLS " FROM signing_keys WHERE org_id = $1 AND retired_at IS NULL "
           "ORDER BY id DESC LIMIT 1",
};

DbStatus q_key_current(Db *db, int64_t org_id, Arena *a, SigningKey *out)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[7];
    key_cols(col, a, out);
    out->org_id = org_id;
    return db_select_one(db, &Q_KEY_CURRENT, in, col);
}

DB_STMT(Q_KEY_ADD) = {
    .name = "key_add",
    .sql = "INSERT INTO signing_keys (org_id, kid, public_key, sealed_key, created_at) "
           "VALUES ($1, $2, $3, $4, $5)",
};

DbStatus q_key_add(Db *db, int64_t org_id, const char *kid, const char *public_key,
                   const char *sealed_key, int64_t now)
{
    DbParam in[] = {db_int64(org_id),   db_str(kid),   db_str(public_key),
                    db_str(sealed_key), db_int64(now), DB_END};
    return db_exec(db, &Q_KEY_ADD, in, NULL);
}

DB_STMT(Q_KEY_RETIRE) = {
    .name = "key_retire",
    .sql = "UPDATE signing_keys SET retired_at = $2 WHERE org_id = $1 AND retired_at IS NULL",
};

DbStatus q_key_retire(Db *db, int64_t org_id, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(now), DB_END};
    return db_exec(db, &Q_KEY_RETIRE, in, NULL);
}

DB_STMT(Q_KEYS_LIST) = {
    .name = "keys_list",
    .sql = "SELECT " KEY_COLS " FROM signing_keys WHERE org_id = $1 ORDER BY id DESC",
};

DbStatus q_keys_list(Db *db, int64_t org_id, Arena *a, SigningKey *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[7];
    key_cols(col, a, row);
    row->org_id = org_id;
    return db_select_many(db, &Q_KEYS_LIST, in, col, fn, ctx);
}
