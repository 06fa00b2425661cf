/* account.c — statements on accounts. Accounts are not tenant-owned: one account can
 * be a member of several organisations (memberships carry the org_id). */
#include "q/accounts/account.h"

#include "model/accounts.h"

DB_STMT(Q_ACCOUNT_ADD) = {
    .name = "account_add",
    .sql = "INSERT INTO accounts (email, name, password_hash, lang, created_at) "
           "VALUES ($1, $2, $3, $4, $5) RETURNING id",
};

DbStatus q_account_add(Db *db, const char *email, const char *name, const char *hash,
                       const char *lang, int64_t now, int64_t *id)
{
    DbParam in[] = {db_str(email), db_str(name), db_str(hash), db_str(lang), db_int64(now), DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_ACCOUNT_ADD, in, col);
}

#define ACCOUNT_COLS "id, email, name, password_hash, lang, disabled, operator"

static void account_cols(DbCol *col, Arena *a, AccountRow *o)
{
    col[0] = db_int64_out(&o->id);
    col[1] = db_text(a, &o->email);
    col[2] = db_text(a, &o->name);
    col[3] = db_text(a, &o->password_hash);
    col[4] = db_text(a, &o->lang);
    col[5] = db_int64_out(&o->disabled);
    col[6] = db_int64_out(&o->operator);
    col[7] = (DbCol)DB_END;
}

DB_STMT(Q_ACCOUNT_BY_EMAIL) = {
    .name = "account_by_email",
    .sql = "SELECT " ACCOUNT_COLS " FROM accounts WHERE email = $1",
};

DbStatus q_account_by_email(Db *db, const char *email, Arena *a, AccountRow *out)
{
    DbParam in[] = {db_str(email), DB_END};
    DbCol col[8];
    account_cols(col, a, out);
    return db_select_one(db, &Q_ACCOUNT_BY_EMAIL, in, col);
}

DB_STMT(Q_ACCOUNT_BY_ID) = {
    .name = "account_by_id",
    .sql = "SELECT " ACCOUNT_COLS " FROM accounts WHERE id = $1",
};

DbStatus q_account_by_id(Db *db, int64_t id, Arena *a, AccountRow *out)
{
    DbParam in[] = {db_int64(id), DB_END};
    DbCol col[8];
    account_cols(col, a, out);
    return db_select_one(db, &Q_ACCOUNT_BY_ID, in, col);
}

DB_STMT(Q_ACCOUNT_LIST) = {
    .name = "account_list",
    .sql = "SELECT " ACCOUNT_COLS " FROM accounts ORDER BY email",
};

DbStatus q_account_list(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {DB_END};
    DbCol col[8];
    account_cols(col, a, row);
    return db_select_many(db, &Q_ACCOUNT_LIST, in, col, fn, ctx);
}

DB_STMT(Q_ACCOUNT_SET_PASSWORD) = {
    .name = "account_set_password",
    .sql = "UPDATE accounts SET password_hash = $2 WHERE id = $1",
};

DbStatus q_account_set_password(Db *db, int64_t id, const char *hash)
{
    DbParam in[] = {db_int64(id), db_str(hash), DB_END};
    return db_exec(db, &Q_ACCOUNT_SET_PASSWORD, in, NULL);
}

DB_STMT(Q_ACCOUNT_SET_PROFILE) = {
    .name = "account_set_profile",
    .sql = "UPDATE accounts SET name = $2, lang = $3 WHERE id = $1",
};

DbStatus q_account_set_profile(Db *db, int64_t id, const char *name, const char *lang)
{
    DbParam in[] = {db_int64(id), db_str(name), db_str(lang), DB_END};
    return db_exec(db, &Q_ACCOUNT_SET_PROFILE, in, NULL);
}

DB_STMT(Q_ACCOUNT_SET_LANG) = {
    .name = "account_set_lang",
    .sql = "UPDATE accounts SET lang = $2 WHERE id = $1",
};

DbStatus q_account_set_lang(Db *db, int64_t id, const char *lang)
{
    DbParam in[] = {db_int64(id), db_str(lang), DB_END};
    return db_exec(db, &Q_ACCOUNT_SET_LANG, in, NULL);
}

DB_STMT(Q_ACCOUNT_SET_DISABLED) = {
    .name = "account_set_disabled",
    .sql = "UPDATE accounts SET disabled = $2 WHERE id = $1",
};

DbStatus q_account_set_disabled(Db *db, int64_t id, int64_t disabled)
{
    DbParam in[] = {db_int64(id), db_int64(disabled), DB_END};
    return db_exec(db, &Q_ACCOUNT_SET_DISABLED, in, NULL);
}

DB_STMT(Q_ACCOUNT_SET_OPERATOR) = {
    .name = "account_set_operator",
    .sql = "UPDATE accounts SET operator = $2 WHERE id = $1",
};

DbStatus q_account_set_operator(Db *db, int64_t id, int64_t on)
{
    DbParam in[] = {db_int64(id), db_int64(on), DB_END};
    return db_exec(db, &Q_ACCOUNT_SET_OPERATOR, in, NULL);
}

DB_STMT(Q_ACCOUNT_OPERATORS) = {
    .name = "account_operators",
    .sql = "SELECT " ACCOUNT_COLS " FROM accounts WHERE operator = 1 AND disabled = 0 "
           "ORDER BY id",
};

DbStatus q_account_operators(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {DB_END};
    DbCol col[8];
    account_cols(col, a, row);
    return db_select_many(db, &Q_ACCOUNT_OPERATORS, in, col, fn, ctx);
}
