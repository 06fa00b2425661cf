/* org.c — statements on organisations. The kind is stored as its vocabulary key
 * (org_kinds) and read back into the enum here. */
#include "q/accounts/org.h"

#include "core/log.h"
#include "model/accounts.h"

/* A stored kind into the enum; an unknown one (a bug: the schema's CHECK lists the keys)
 * is logged and read as a training organisation. */
static OrgKind kind_of(const char *key)
{
    int k = ORG_TRAINING;
    if (key && !vocab_parse(&org_kinds, key, &k))
        log_bug("unknown organisation kind %s", key);
    return (OrgKind)k;
}

DbStatus q_org_add(Db *db, const char *name, OrgKind kind, int64_t now, int64_t *id)
{
    DB_SQL(st, "org_add",
           "INSERT INTO organisations (name, kind, created_at) VALUES ($1, $2, $3) RETURNING id");
    return db_select_int64(
        db, &st, DB_IN(db_str(name), db_str(vocab_key(&org_kinds, kind)), db_int64(now)), id);
}

DbStatus q_org_get(Db *db, int64_t org_id, Arena *a, Org *out)
{
    DB_SQL(st, "org_get", "SELECT name, kind, created_at FROM organisations WHERE id = $1");
    char *kind = NULL;
    out->id = org_id;
    DbStatus s = db_select_one(
        db, &st, DB_IN(db_int64(org_id)),
        DB_COLS(db_text(a, &out->name), db_text(a, &kind), db_int64_out(&out->created_at)));
    out->kind = kind_of(kind);
    return s;
}

DbStatus q_org_find_by_name(Db *db, const char *name, Arena *a, Org *out)
{
    DB_SQL(st, "org_by_name",
           "SELECT id, kind, created_at FROM organisations WHERE name = $1 ORDER BY id LIMIT 1");
    char *kind = NULL;
    out->name = arena_strdup(a, name);
    DbStatus s = db_select_one(
        db, &st, DB_IN(db_str(name)),
        DB_COLS(db_int64_out(&out->id), db_text(a, &kind), db_int64_out(&out->created_at)));
    out->kind = kind_of(kind);
    return s;
}

typedef struct OrgRows {
    Org *row;
    char *kind;
    DbRowFn fn;
    void *ctx;
} OrgRows;

static bool org_row(void *ctx)
{
    OrgRows *o = ctx;
    o->row->kind = kind_of(o->kind);
    return o->fn(o->ctx);
}

DbStatus q_org_list_for_account(Db *db, int64_t account_id, Arena *a, Org *row, DbRowFn fn,
                                void *ctx)
{
    DB_SQL(st, "org_list_for_account",
           "SELECT o.id, o.name, o.kind, o.created_at, m.roles FROM organisations o "
           "JOIN memberships m ON m.org_id = o.id WHERE m.account_id = $1 ORDER BY o.name COLLATE "
           "\"und-x-icu\", o.id");
    OrgRows o = {.row = row, .fn = fn, .ctx = ctx};
    return db_select_many(db, &st, DB_IN(db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name),
                                  db_text(a, &o.kind), db_int64_out(&row->created_at),
                                  db_int64_out(&row->roles)),
                          org_row, &o);
}
