/* member.c — statements on memberships (roles of an account in an organisation) and
 * on the person record that goes with a member. */
#include "q/accounts/member.h"

#include "model/accounts.h"

DB_STMT(Q_MEMBER_GRANT) = {
    .name = "member_grant",
    .sql = "INSERT INTO memberships (org_id, account_id, roles, created_at) "
           "VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, account_id) "
           "DO UPDATE SET roles = memberships.roles | excluded.roles",
};

DbStatus q_member_grant(Db *db, int64_t org_id, int64_t account_id, int64_t roles, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), db_int64(roles), db_int64(now), DB_END};
    return db_exec(db, &Q_MEMBER_GRANT, in, NULL);
}

DB_STMT(Q_MEMBER_SET_ROLES) = {
    .name = "member_set_roles",
    .sql = "UPDATE memberships SET roles = $3 WHERE org_id = $1 AND account_id = $2",
};

DbStatus q_member_set_roles(Db *db, int64_t org_id, int64_t account_id, int64_t roles)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), db_int64(roles), DB_END};
    return db_exec(db, &Q_MEMBER_SET_ROLES, in, NULL);
}

DB_STMT(Q_MEMBER_REMOVE) = {
    .name = "member_remove",
    .sql = "DELETE FROM memberships WHERE org_id = $1 AND account_id = $2",
};

DbStatus q_member_remove(Db *db, int64_t org_id, int64_t account_id)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), DB_END};
    return db_exec(db, &Q_MEMBER_REMOVE, in, NULL);
}

DB_STMT(Q_MEMBER_ROLES) = {
    .name = "member_roles",
    .sql = "SELECT m.roles FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND m.account_id = $2 AND a.disabled = 0",
};

DbStatus q_member_roles(Db *db, int64_t org_id, int64_t account_id, int64_t *roles)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), DB_END};
    DbCol col[] = {db_int64_out(roles), DB_END};
    return db_select_one(db, &Q_MEMBER_ROLES, in, col);
}

#define MEMBER_SELECT                                                                              \
    "SELECT a.id, a.name, a.email, m.roles, m.created_at, a.disabled FROM memberships m "          \
    "JOIN accounts a ON a.id = m.account_id WHERE m.org_id = $1"

static void member_cols(DbCol *col, Arena *a, Member *m)
{
    col[0] = db_int64_out(&m->account_id);
    col[1] = db_text(a, &m->name);
    col[2] = db_text(a, &m->email);
    col[3] = db_int64_out(&m->roles);
    col[4] = db_int64_out(&m->created_at);
    col[5] = db_int64_out(&m->disabled);
    col[6] = (DbCol)DB_END;
}

DB_STMT(Q_MEMBER_GET) = {
    .name = "member_get",
    .sql = MEMBER_SELECT " AND m.account_id = $2",
};

DbStatus q_member_get(Db *db, int64_t org_id, int64_t account_id, Arena *a, Member *out)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), DB_END};
    DbCol col[7];
    member_cols(col, a, out);
    return db_select_one(db, &Q_MEMBER_GET, in, col);
}

DB_STMT(Q_MEMBER_LIST) = {
    .name = "member_list",
    .sql = MEMBER_SELECT " ORDER BY a.name COLLATE \"und-x-icu\", a.id",
};

DbStatus q_member_list(Db *db, int64_t org_id, Arena *a, Member *row, DbRowFn fn, void *ctx)
{
    DbParam in[] = {db_int64(org_id), DB_END};
    DbCol col[7];
    member_cols(col, a, row);
    return db_select_many(db, &Q_MEMBER_LIST, in, col, fn, ctx);
}

/* One page of members, by name or by the date they joined (see db/page.h); $2 searches
 * the name and the e-mail address. */
#define MEMBER_PAGE_WHERE                                                                          \
    MEMBER_SELECT " AND ($2 = '' OR lower(a.name) LIKE $2 ESCAPE '\\' "                            \
                  "OR lower(a.email) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_MEMBER_PAGE_NAME, "member_page_name", MEMBER_PAGE_WHERE,
             "a.name COLLATE \"und-x-icu\"", "a.id", 3, 4, 5);
DB_PAGE_SORT(Q_MEMBER_PAGE_JOINED, "member_page_joined", MEMBER_PAGE_WHERE, "m.created_at",
             "m.account_id", 3, 4, 5);

static const DbPageStmts member_pages[MEMBER_SORTS] = {
    [MEMBER_BY_NAME] = DB_PAGE_STMTS(Q_MEMBER_PAGE_NAME),
    [MEMBER_BY_JOINED] = DB_PAGE_STMTS(Q_MEMBER_PAGE_JOINED),
};

DbStatus q_member_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Member *row, DbRowFn fn,
                       void *ctx)
{
    DbParam in[6] = {db_int64(org_id)};
    const DbStmt *st = db_page_bind(p, member_pages, MEMBER_SORTS, in, 1);
    DbCol col[7];
    member_cols(col, a, row);
    return db_select_many(db, st, in, col, fn, ctx);
}

DB_STMT(Q_MEMBER_COUNT) = {
    .name = "member_count",
    .sql = "SELECT COUNT(*) FROM (" MEMBER_PAGE_WHERE ") t",
};

DbStatus q_member_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_str(like ? like : ""), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_MEMBER_COUNT, in, col);
}

DB_STMT(Q_MEMBER_COUNT_ROLE) = {
    .name = "member_count_role",
    .sql = "SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND (m.roles & $2) <> 0 AND a.disabled = 0",
};

DbStatus q_member_count_role(Db *db, int64_t org_id, int64_t mask, int64_t *n)
{
    DbParam in[] = {db_int64(org_id), db_int64(mask), DB_END};
    DbCol col[] = {db_int64_out(n), DB_END};
    return db_select_one(db, &Q_MEMBER_COUNT_ROLE, in, col);
}

DB_STMT(Q_PERSON_ADD_FOR_ACCOUNT) = {
    .name = "person_add_for_account",
    .sql = "INSERT INTO people (org_id, account_id, name, email, created_at) "
           "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, account_id) DO NOTHING",
};

DbStatus q_person_add_for_account(Db *db, int64_t org_id, int64_t account_id, const char *name,
                                  const char *email, int64_t now)
{
    DbParam in[] = {db_int64(org_id), db_int64(account_id), db_str(name),
                    db_str(email),    db_int64(now),        DB_END};
    return db_exec(db, &Q_PERSON_ADD_FOR_ACCOUNT, in, NULL);
}
