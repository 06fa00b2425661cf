#include "q/system/app.h"

/* app.c — installation-wide secrets and the audit log. */

DB_STMT(Q_SECRET_GET) = {
    .name = "secret_get",
    .sql = "SELECT value FROM app_secrets WHERE name = $1",
};

DbStatus q_secret_get(Db *db, const char *name, Arena *a, char **value)
{
    DbParam in[] = {db_str(name), DB_END};
    DbCol col[] = {db_text(a, value), DB_END};
    return db_select_one(db, &Q_SECRET_GET, in, col);
}

DB_STMT(Q_SECRET_PUT) = {
    .name = "secret_put",
    .sql = "INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
};

DbStatus q_secret_put(Db *db, const char *name, const char *value)
{
    DbParam in[] = {db_str(name), db_str(value), DB_END};
    return db_exec(db, &Q_SECRET_PUT, in, NULL);
}

DB_STMT(Q_AUDIT) = {
    .name = "audit_add",
    .sql = "INSERT INTO audit_log (org_id, account_id, action, detail, at) "
           "VALUES ($1, $2, $3, $4, $5)",
};

DbStatus q_audit(Db *db, int64_t org_id, int64_t account_id, const char *action, const char *detail,
                 int64_t now)
{
    DbParam in[] = {org_id ? db_int64(org_id) : db_null(),
                    account_id ? db_int64(account_id) : db_null(),
                    db_str(action),
                    db_str(detail),
                    db_int64(now),
                    DB_END};
    return db_exec(db, &Q_AUDIT, in, NULL);
}
