/* grant.c — statements on grants, their tranches, budget lines and expenses. A grant is
 * the funder's (org_id) and its grantee's (grantee_id): read statements take the viewer's
 * organisation and match either; writes say which side may make them. */
#include "q/calls/grant.h"

#include "model/calls.h"

DbStatus q_grant_create(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                        int64_t amount, int64_t now, int64_t *id)
{
    DB_SQL(st, "grant_create",
           "INSERT INTO grants (org_id, call_id, proposal_id, grantee_id, amount, created_at) "
           "SELECT p.funder_id, p.call_id, p.id, p.org_id, $4, $5 FROM proposals p "
           "WHERE p.funder_id = $1 AND p.call_id = $2 AND p.id = $3 AND p.status = 'selected' "
           "RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(call_id), db_int64(proposal_id),
                                 db_int64(amount), db_int64(now)),
                           id);
}

DbStatus q_tranche_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                       const char *label, int64_t amount)
{
    DB_SQL(st, "grant_tranche_add",
           "INSERT INTO grant_tranches (org_id, grant_id, position, label, amount) "
           "SELECT g.org_id, g.id, $3, $4, $5 FROM grants g WHERE g.org_id = $1 AND g.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(grant_id), db_int64(position), db_str(label),
                         db_int64(amount)));
}

DbStatus q_grant_line_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                          const char *label, int64_t amount)
{
    DB_SQL(st, "grant_line_add",
           "INSERT INTO grant_lines (org_id, grant_id, position, label, amount) "
           "SELECT g.org_id, g.id, $3, $4, $5 FROM grants g WHERE g.org_id = $1 AND g.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(grant_id), db_int64(position), db_str(label),
                         db_int64(amount)));
}

#define GRANT_COLS                                                                                 \
    "g.id, g.org_id, g.grantee_id, f.name, o.name, p.title, g.amount, "                            \
    "(SELECT COALESCE(SUM(t.amount), 0) FROM grant_tranches t WHERE t.grant_id = g.id "            \
    " AND t.paid_on IS NOT NULL), "                                                                \
    "(SELECT COALESCE(SUM(e.amount), 0) FROM expenses e WHERE e.grant_id = g.id) "
#define GRANT_FROM                                                                                 \
    "FROM grants g JOIN proposals p ON p.id = g.proposal_id JOIN organisations f "                 \
    "ON f.id = g.org_id JOIN organisations o ON o.id = g.grantee_id "

#define GRANT_OUT(a, x)                                                                            \
    db_int64_out(&(x)->id), db_int64_out(&(x)->funder_id), db_int64_out(&(x)->grantee_id),         \
        db_text(a, &(x)->funder), db_text(a, &(x)->grantee), db_text(a, &(x)->title),              \
        db_int64_out(&(x)->amount), db_int64_out(&(x)->paid), db_int64_out(&(x)->spent)

/* A grant seen by its funder or by its grantee. */
DbStatus q_grant_get(Db *db, int64_t viewer_org, int64_t id, Arena *a, GrantRow *out)
{
    DB_SQL(st, "grant_get",
           "SELECT " GRANT_COLS GRANT_FROM
           "WHERE g.id = $2 AND (g.org_id = $1 OR g.grantee_id = $1)");
    return db_select_one(db, &st, DB_IN(db_int64(viewer_org), db_int64(id)),
                         DB_COLS(GRANT_OUT(a, out)));
}

/* The grants the organisation awarded ($2 = 1) or received ($2 = 0), a page at a time
 * (db/page.h); $3 searches the project's title and both organisations' names. */
#define GRANT_WHERE                                                                                \
    "SELECT " GRANT_COLS GRANT_FROM "WHERE ((CAST($2 AS BIGINT) = 1 AND g.org_id = $1) "           \
    "OR (CAST($2 AS BIGINT) = 0 AND g.grantee_id = $1)) AND ($3 = '' "                             \
    "OR lower(p.title) LIKE $3 ESCAPE '\\' OR lower(o.name) LIKE $3 ESCAPE '\\' "                  \
    "OR lower(f.name) LIKE $3 ESCAPE '\\')"
#define GRANT_TITLE "p.title COLLATE \"und-x-icu\""
/* the other side: the grantee for the funder, the funder for the grantee */
#define GRANT_ORG                                                                                  \
    "(CASE WHEN CAST($2 AS BIGINT) = 1 THEN o.name ELSE f.name END) COLLATE \"und-x-icu\""

DB_PAGE_SORT(Q_GRANT_PAGE_TITLE, "grant_page_title", GRANT_WHERE, GRANT_TITLE, "g.id", 4, 5, 6);
DB_PAGE_SORT(Q_GRANT_PAGE_ORG, "grant_page_org", GRANT_WHERE, GRANT_ORG, "g.id", 4, 5, 6);
DB_PAGE_SORT(Q_GRANT_PAGE_AMOUNT, "grant_page_amount", GRANT_WHERE, "g.amount", "g.id", 4, 5, 6);
static const DbPageStmts grant_pages[GRANT_SORTS] = {
    [GRANT_BY_TITLE] = DB_PAGE_STMTS(Q_GRANT_PAGE_TITLE),
    [GRANT_BY_ORG] = DB_PAGE_STMTS(Q_GRANT_PAGE_ORG),
    [GRANT_BY_AMOUNT] = DB_PAGE_STMTS(Q_GRANT_PAGE_AMOUNT),
};

DbStatus q_grant_page(Db *db, int64_t org_id, bool funder, const DbPage *p, Arena *a, GrantRow *row,
                      DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, grant_pages, GRANT_SORTS,
                          DB_IN(db_int64(org_id), db_int64(funder)), DB_COLS(GRANT_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_grant_count(Db *db, int64_t org_id, bool funder, const char *like, int64_t *n)
{
    DB_SQL(st, "grant_count", "SELECT COUNT(*) FROM (" GRANT_WHERE ") t");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(funder), db_str(like ? like : "")), n);
}

DbStatus q_tranches(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, TrancheRow *row,
                    DbRowFn fn, void *ctx)
{
    DB_SQL(st, "grant_tranches",
           "SELECT t.id, t.label, t.amount, COALESCE(t.paid_on, '') FROM grant_tranches t "
           "JOIN grants g ON g.id = t.grant_id WHERE g.id = $2 AND (g.org_id = $1 OR "
           "g.grantee_id = $1) ORDER BY t.position, t.id");
    return db_select_many(db, &st, DB_IN(db_int64(viewer_org), db_int64(grant_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->label),
                                  db_int64_out(&row->amount), db_text(a, &row->paid_on)),
                          fn, ctx);
}

/* Only the funder pays, once. */
DbStatus q_tranche_due(Db *db, int64_t org_id, int64_t id, Arena *a, TrancheRow *out,
                       int64_t *grant_id)
{
    DB_SQL(st, "grant_tranche_due",
           "SELECT t.id, t.label, t.amount, t.grant_id FROM grant_tranches t "
           "WHERE t.org_id = $1 AND t.id = $2 AND t.paid_on IS NULL");
    out->paid_on = "";
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(db_int64_out(&out->id), db_text(a, &out->label),
                                 db_int64_out(&out->amount), db_int64_out(grant_id)));
}

DbStatus q_tranche_pay(Db *db, int64_t org_id, int64_t id, const char *on, int64_t *grant_id)
{
    DB_SQL(st, "grant_tranche_pay",
           "UPDATE grant_tranches SET paid_on = $3 WHERE org_id = $1 AND id = $2 "
           "AND paid_on IS NULL RETURNING grant_id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_str(on)), grant_id);
}

DbStatus q_grant_lines(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, GrantLine *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "grant_lines",
           "SELECT l.id, l.label, l.amount, (SELECT COALESCE(SUM(e.amount), 0) FROM expenses e "
           "WHERE e.line_id = l.id) FROM grant_lines l JOIN grants g ON g.id = l.grant_id "
           "WHERE g.id = $2 AND (g.org_id = $1 OR g.grantee_id = $1) ORDER BY l.position, l.id");
    return db_select_many(db, &st, DB_IN(db_int64(viewer_org), db_int64(grant_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->label),
                                  db_int64_out(&row->amount), db_int64_out(&row->spent)),
                          fn, ctx);
}

DbStatus q_expenses(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, ExpenseRow *row,
                    DbRowFn fn, void *ctx)
{
    DB_SQL(st, "grant_expenses",
           "SELECT e.id, l.label, e.spent_on, e.amount, e.description FROM expenses e "
           "JOIN grant_lines l ON l.id = e.line_id JOIN grants g ON g.id = e.grant_id "
           "WHERE g.id = $2 AND (g.org_id = $1 OR g.grantee_id = $1) "
           "ORDER BY e.spent_on DESC, e.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(viewer_org), db_int64(grant_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->line),
                                  db_text(a, &row->spent_on), db_int64_out(&row->amount),
                                  db_text(a, &row->description)),
                          fn, ctx);
}

/* Only the grantee records an expense, on a line of its own grant. */
DbStatus q_expense_add(Db *db, int64_t grantee_org, int64_t grant_id, int64_t line_id,
                       const char *on, int64_t amount, const char *description, int64_t by,
                       int64_t now)
{
    DB_SQL(st, "grant_expense_add",
           "INSERT INTO expenses (org_id, grant_id, line_id, spent_on, amount, description, "
           "recorded_by, recorded_at) SELECT g.org_id, g.id, l.id, $4, $5, $6, $7, $8 "
           "FROM grants g JOIN grant_lines l ON l.grant_id = g.id AND l.id = $3 "
           "WHERE g.grantee_id = $1 AND g.id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(grantee_org), db_int64(grant_id), db_int64(line_id), db_str(on),
                         db_int64(amount), db_str(description), db_int64(by), db_int64(now)));
}
