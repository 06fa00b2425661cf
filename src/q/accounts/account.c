/* account.c — statements on accounts. Accounts are not tenant-owned: one account can
 * be a member of several organisations (memberships carry the org_id). */
#include "q/accounts/account.h"

#include "model/accounts.h"

DbStatus q_account_add(Db *db, const char *email, const char *name, const char *hash,
                       const char *lang, int64_t now, int64_t *id)
{
    DB_SQL(st, "account_add",
           "INSERT INTO accounts (email, name, password_hash, lang, created_at) "
           "VALUES ($1, $2, $3, $4, $5) RETURNING id");
    return db_select_int64(
        db, &st, DB_IN(db_str(email), db_str(name), db_str(hash), db_str(lang), db_int64(now)), id);
}

#define ACCOUNT_COLS "id, email, name, password_hash, lang, disabled, operator"

#define ACCOUNT_OUT(a, o)                                                                          \
    db_int64_out(&(o)->id), db_text(a, &(o)->email), db_text(a, &(o)->name),                       \
        db_text(a, &(o)->password_hash), db_text(a, &(o)->lang), db_int64_out(&(o)->disabled),     \
        db_int64_out(&(o)->operator)

DbStatus q_account_by_email(Db *db, const char *email, Arena *a, AccountRow *out)
{
    DB_SQL(st, "account_by_email", "SELECT " ACCOUNT_COLS " FROM accounts WHERE email = $1");
    return db_select_one(db, &st, DB_IN(db_str(email)), DB_COLS(ACCOUNT_OUT(a, out)));
}

DbStatus q_account_by_id(Db *db, int64_t id, Arena *a, AccountRow *out)
{
    DB_SQL(st, "account_by_id", "SELECT " ACCOUNT_COLS " FROM accounts WHERE id = $1");
    return db_select_one(db, &st, DB_IN(db_int64(id)), DB_COLS(ACCOUNT_OUT(a, out)));
}

DbStatus q_account_list(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "account_list", "SELECT " ACCOUNT_COLS " FROM accounts ORDER BY email");
    return db_select_many(db, &st, NULL, DB_COLS(ACCOUNT_OUT(a, row)), fn, ctx);
}

DbStatus q_account_set_password(Db *db, int64_t id, const char *hash)
{
    DB_SQL(st, "account_set_password", "UPDATE accounts SET password_hash = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_str(hash)));
}

DbStatus q_account_set_profile(Db *db, int64_t id, const char *name, const char *lang)
{
    DB_SQL(st, "account_set_profile", "UPDATE accounts SET name = $2, lang = $3 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_str(name), db_str(lang)));
}

DbStatus q_account_set_lang(Db *db, int64_t id, const char *lang)
{
    DB_SQL(st, "account_set_lang", "UPDATE accounts SET lang = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_str(lang)));
}

DbStatus q_account_set_disabled(Db *db, int64_t id, int64_t disabled)
{
    DB_SQL(st, "account_set_disabled", "UPDATE accounts SET disabled = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(disabled)));
}

DbStatus q_account_set_operator(Db *db, int64_t id, int64_t on)
{
    DB_SQL(st, "account_set_operator", "UPDATE accounts SET operator = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(on)));
}

DbStatus q_account_operators(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "account_operators",
           "SELECT " ACCOUNT_COLS " FROM accounts WHERE operator = 1 AND disabled = 0 "
           "ORDER BY id");
    return db_select_many(db, &st, NULL, DB_COLS(ACCOUNT_OUT(a, row)), fn, ctx);
}
