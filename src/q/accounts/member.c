/* member.c — statements on memberships (roles of an account in an organisation) and
 * on the person record that goes with a member. */
#include "q/accounts/member.h"

#include "model/accounts.h"

DbStatus q_member_grant(Db *db, int64_t org_id, int64_t account_id, int64_t roles, int64_t now)
{
    DB_SQL(st, "member_grant",
           "INSERT INTO memberships (org_id, account_id, roles, created_at) "
           "VALUES ($1, $2, $3, $4) ON CONFLICT (org_id, account_id) "
           "DO UPDATE SET roles = memberships.roles | excluded.roles");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(account_id), db_int64(roles), db_int64(now)));
}

DbStatus q_member_set_roles(Db *db, int64_t org_id, int64_t account_id, int64_t roles)
{
    DB_SQL(st, "member_set_roles",
           "UPDATE memberships SET roles = $3 WHERE org_id = $1 AND account_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(account_id), db_int64(roles)));
}

DbStatus q_member_remove(Db *db, int64_t org_id, int64_t account_id)
{
    DB_SQL(st, "member_remove", "DELETE FROM memberships WHERE org_id = $1 AND account_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)));
}

DbStatus q_member_roles(Db *db, int64_t org_id, int64_t account_id, int64_t *roles)
{
    DB_SQL(st, "member_roles",
           "SELECT m.roles FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND m.account_id = $2 AND a.disabled = 0");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)), roles);
}

#define MEMBER_SELECT                                                                              \
    "SELECT a.id, a.name, a.email, m.roles, m.created_at, a.disabled FROM memberships m "          \
    "JOIN accounts a ON a.id = m.account_id WHERE m.org_id = $1"

#define MEMBER_OUT(a, m)                                                                           \
    db_int64_out(&(m)->account_id), db_text(a, &(m)->name), db_text(a, &(m)->email),               \
        db_int64_out(&(m)->roles), db_int64_out(&(m)->created_at), db_int64_out(&(m)->disabled)

DbStatus q_member_get(Db *db, int64_t org_id, int64_t account_id, Arena *a, Member *out)
{
    DB_SQL(st, "member_get", MEMBER_SELECT " AND m.account_id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)),
                         DB_COLS(MEMBER_OUT(a, out)));
}

DbStatus q_member_list(Db *db, int64_t org_id, Arena *a, Member *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "member_list", MEMBER_SELECT " ORDER BY a.name COLLATE \"und-x-icu\", a.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(MEMBER_OUT(a, row)), fn, ctx);
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
    return db_page_select(db, p, member_pages, MEMBER_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(MEMBER_OUT(a, row)), fn, ctx);
}

DbStatus q_member_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "member_count", "SELECT COUNT(*) FROM (" MEMBER_PAGE_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_member_count_role(Db *db, int64_t org_id, int64_t mask, int64_t *n)
{
    DB_SQL(st, "member_count_role",
           "SELECT COUNT(*) FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND (m.roles & $2) <> 0 AND a.disabled = 0");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(mask)), n);
}

DbStatus q_member_count_roles(Db *db, int64_t org_id, int64_t mask_a, int64_t mask_b, int64_t *a,
                              int64_t *b)
{
    DB_SQL(st, "member_count_roles",
           "SELECT COALESCE(SUM(CASE WHEN (m.roles & $2) <> 0 THEN 1 ELSE 0 END), 0), "
           "COALESCE(SUM(CASE WHEN (m.roles & $3) <> 0 THEN 1 ELSE 0 END), 0) "
           "FROM memberships m JOIN accounts a ON a.id = m.account_id "
           "WHERE m.org_id = $1 AND a.disabled = 0");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(mask_a), db_int64(mask_b)),
                         DB_COLS(db_int64_out(a), db_int64_out(b)));
}

DbStatus q_person_add_for_account(Db *db, int64_t org_id, int64_t account_id, const char *name,
                                  const char *email, int64_t now)
{
    DB_SQL(st, "person_add_for_account",
           "INSERT INTO people (org_id, account_id, name, email, created_at) "
           "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, account_id) DO NOTHING");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(account_id), db_str(name), db_str(email), db_int64(now)));
}
