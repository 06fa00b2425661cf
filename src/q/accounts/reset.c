#include "q/accounts/reset.h"

/* reset.c — statements on password-reset tokens (stored as SHA-256 hashes). */

DB_STMT(Q_RESET_ADD) = {
    .name = "reset_add",
    .sql = "INSERT INTO password_resets (account_id, token_hash, created_at, expires_at) "
           "VALUES ($1, $2, $3, $4)",
};

DbStatus q_reset_add(Db *db, int64_t account_id, const char *token_hash, int64_t now,
                     int64_t expires_at)
{
    DbParam in[] = {db_int64(account_id), db_str(token_hash), db_int64(now), db_int64(expires_at),
                    DB_END};
    return db_exec(db, &Q_RESET_ADD, in, NULL);
}

DB_STMT(Q_RESET_FIND) = {
    .name = "reset_find",
    .sql = "SELECT account_id FROM password_resets "
           "WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
};

DbStatus q_reset_find(Db *db, const char *token_hash, int64_t now, int64_t *account_id)
{
    DbParam in[] = {db_str(token_hash), db_int64(now), DB_END};
    DbCol col[] = {db_int64_out(account_id), DB_END};
    return db_select_one(db, &Q_RESET_FIND, in, col);
}

DB_STMT(Q_RESET_USE) = {
    .name = "reset_use",
    .sql = "UPDATE password_resets SET used_at = $2 "
           "WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
};

DbStatus q_reset_use(Db *db, const char *token_hash, int64_t now)
{
    DbParam in[] = {db_str(token_hash), db_int64(now), DB_END};
    return db_exec(db, &Q_RESET_USE, in, NULL);
}
