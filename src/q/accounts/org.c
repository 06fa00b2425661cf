/* org.c — statements on organisations. */
#include "q/accounts/org.h"

#include "model/accounts.h"

DB_STMT(Q_ORG_ADD) = {
    .name = "org_add",
    .sql = "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
};

DbStatus q_org_add(Db *db, const char *name, const char *kind, int64_t now, int64_t *id)
{
    DbParam in[] = {db_str(name), db_str(kind), db_int64(now), DB_END};
    DbCol col[] = {db_int64_out(id), DB_END};
    return db_select_one(db, &Q_ORG_ADD, in, col);
}

DB_STMT(Q_ORG_GET) = {
    .name = "org_get",
    .sql = "SELECT name, kind, created_at FROM organisations WHERE id = $1",
};

DbStatus q_org_get(Db *db, int64_t org_id, Arena *a, Org *out)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[] = {db_text(a, &out->name), db_text(a, &out->kind),
                   db_int64_out(&out->created_at), DB_END};
    out->id = org_id;
    return db_select_one(db, &Q_ORG_GET, in, col);
}

DB_STMT(Q_ORG_BY_NAME) = {
    .name = "org_by_name",
    .sql = "SELECT id, kind, created_at FROM organisations WHERE name = $1 ORDER BY id LIMIT 1",
};

DbStatus q_org_find_by_name(Db *db, const char *name, Arena *a, Org *out)
{
    DbParam in[] = {db_str(name), DB_END};
    DbCol col[] = {db_int64_out(&out->id), db_text(a, &out->kind),
                   db_int64_out(&out->created_at), DB_END};
    out->name = arena_strdup(a, name);
    return db_select_one(db, &Q_ORG_BY_NAME, in, col);
}

DB_STMT(Q_ORG_FOR_ACCOUNT) = {
    .name = "org_list_for_account",
    .sql = "SELECT o.id, o.name, o.kind, o.created_at, m.roles FROM organisations o "
           "JOIN memberships m ON m.org_id = o.id WHERE m.account_id = $1 ORDER BY o.name COLLATE \"und-x-icu\", o.id",
};

DbStatus q_org_list_for_account(Db *db, int64_t account_id, Arena *a, Org *row, DbRowFn fn,
                                void *ctx)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(&row->id), db_text(a, &row->name), db_text(a, &row->kind),
                   db_int64_out(&row->created_at), db_int64_out(&row->roles), DB_END};
    return db_select_many(db, &Q_ORG_FOR_ACCOUNT, in, col, fn, ctx);
}
