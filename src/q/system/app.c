#include "q/system/app.h"

/* app.c — installation-wide secrets and the audit log. */

DbStatus q_secret_get(Db *db, const char *name, Arena *a, char **value)
{
    DB_SQL(st, "secret_get", "SELECT value FROM app_secrets WHERE name = $1");
    return db_select_one(db, &st, DB_IN(db_str(name)), DB_COLS(db_text(a, value)));
}

DbStatus q_secret_put(Db *db, const char *name, const char *value)
{
    DB_SQL(st, "secret_put",
           "INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING");
    return db_exec(db, &st, DB_IN(db_str(name), db_str(value)));
}

DbStatus q_audit(Db *db, int64_t org_id, int64_t account_id, const char *action, const char *detail,
                 int64_t now)
{
    DB_SQL(st, "audit_add",
           "INSERT INTO audit_log (org_id, account_id, action, detail, at) "
           "VALUES ($1, $2, $3, $4, $5)");
    return db_exec(db, &st,
                   DB_IN(org_id ? db_int64(org_id) : db_null(),
                         account_id ? db_int64(account_id) : db_null(), db_str(action),
                         db_str(detail), db_int64(now)));
}
