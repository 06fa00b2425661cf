#include "q/accounts/reset.h"

/* reset.c — statements on password-reset tokens (stored as SHA-256 hashes). */

DbStatus q_reset_add(Db *db, int64_t account_id, const char *token_hash, int64_t now,
                     int64_t expires_at)
{
    DB_SQL(st, "reset_add",
           "INSERT INTO password_resets (account_id, token_hash, created_at, expires_at) "
           "VALUES ($1, $2, $3, $4)");
    return db_exec(
        db, &st,
        DB_IN(db_int64(account_id), db_str(token_hash), db_int64(now), db_int64(expires_at)));
}

DbStatus q_reset_find(Db *db, const char *token_hash, int64_t now, int64_t *account_id)
{
    DB_SQL(st, "reset_find",
           "SELECT account_id FROM password_resets "
           "WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2");
    return db_select_int64(db, &st, DB_IN(db_str(token_hash), db_int64(now)), account_id);
}

DbStatus q_reset_use(Db *db, const char *token_hash, int64_t now)
{
    DB_SQL(st, "reset_use",
           "UPDATE password_resets SET used_at = $2 "
           "WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2");
    return db_exec(db, &st, DB_IN(db_str(token_hash), db_int64(now)));
}
