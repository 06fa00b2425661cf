/* contribution.c — statements on contributions (see contribution.h). */
#include "q/partners/contribution.h"

DbStatus q_contribution_add(Db *db, int64_t org_id, const Contribution *c, int64_t account_id,
                            int64_t now, int64_t *id)
{
    /* the partner must be org_id's: no row is inserted otherwise */
    DB_SQL(st, "contribution_add",
           "INSERT INTO contributions (org_id, partner_id, kind, description, value_cents, "
           "quantity, starts_on, ends_on, status, created_by, created_at, updated_at) "
           "SELECT p.org_id, p.id, CAST($3 AS TEXT), CAST($4 AS TEXT), CAST($5 AS BIGINT), "
           "CAST($6 AS BIGINT), CAST($7 AS TEXT), CAST($8 AS TEXT), CAST($9 AS TEXT), "
           "CAST($10 AS BIGINT), CAST($11 AS BIGINT), CAST($11 AS BIGINT) FROM partners p "
           "WHERE p.org_id = $1 AND p.id = $2 RETURNING id");
    DbStatus s = db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(c->partner_id),
              db_str(vocab_key(&contribution_kinds, c->kind)), db_str(c->description),
              db_int64(c->value_cents), c->quantity ? db_int64(c->quantity) : db_null(),
              db_str(c->starts_on), db_str(c->ends_on && *c->ends_on ? c->ends_on : NULL),
              db_str(vocab_key(&contribution_statuses, c->status)),
              account_id ? db_int64(account_id) : db_null(), db_int64(now)),
        id);
    return s == DB_NONE ? DB_CONFLICT : s;
}

DbStatus q_contribution_edit(Db *db, int64_t org_id, const Contribution *c, int64_t now)
{
    DB_SQL(st, "contribution_edit",
           "UPDATE contributions SET kind = $3, description = $4, value_cents = $5, "
           "quantity = $6, starts_on = $7, ends_on = $8, status = $9, updated_at = $10 "
           "WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(c->id),
                         db_str(vocab_key(&contribution_kinds, c->kind)), db_str(c->description),
                         db_int64(c->value_cents), c->quantity ? db_int64(c->quantity) : db_null(),
                         db_str(c->starts_on),
                         db_str(c->ends_on && *c->ends_on ? c->ends_on : NULL),
                         db_str(vocab_key(&contribution_statuses, c->status)), db_int64(now)));
}

/* the columns of every contribution statement; o is the training organisation */
#define CONTRIB_SELECT                                                                             \
    "SELECT k.id, k.org_id, k.partner_id, p.name, o.name, k.kind, k.description, k.value_cents, "  \
    "COALESCE(k.quantity, 0), k.starts_on, COALESCE(k.ends_on, ''), k.status, k.created_at "       \
    "FROM contributions k JOIN partners p ON p.id = k.partner_id "                                 \
    "JOIN organisations o ON o.id = k.org_id "

#define CONTRIB_OUT(a, c)                                                                          \
    db_int64_out(&(c)->id), db_int64_out(&(c)->org_id), db_int64_out(&(c)->partner_id),            \
        db_text(a, &(c)->partner_name), db_text(a, &(c)->org_name),                                \
        db_vocab(&contribution_kinds, (int *)&(c)->kind), db_text(a, &(c)->description),           \
        db_int64_out(&(c)->value_cents), db_int64_out(&(c)->quantity),                             \
        db_text(a, &(c)->starts_on), db_text(a, &(c)->ends_on),                                    \
        db_vocab(&contribution_statuses, (int *)&(c)->status), db_int64_out(&(c)->created_at)

DbStatus q_contribution_get(Db *db, int64_t org_id, int64_t id, Arena *a, Contribution *out)
{
    DB_SQL(st, "contribution_get", CONTRIB_SELECT "WHERE k.org_id = $1 AND k.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(CONTRIB_OUT(a, out)));
}

DbStatus q_contribution_latest(Db *db, int64_t org_id, int64_t partner_id, int64_t limit, Arena *a,
                               Contribution *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "contribution_latest",
           CONTRIB_SELECT "WHERE k.org_id = $1 AND k.partner_id = $2 "
                          "ORDER BY k.starts_on DESC, k.id DESC LIMIT $3");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id), db_int64(limit)),
                          DB_COLS(CONTRIB_OUT(a, row)), fn, ctx);
}

DbStatus q_contribution_totals(Db *db, int64_t org_id, int64_t partner_id, ContributionTotal *row,
                               DbRowFn fn, void *ctx)
{
    DB_SQL(st, "contribution_totals",
           "SELECT kind, COUNT(*), SUM(value_cents), SUM(COALESCE(quantity, 0)) "
           "FROM contributions WHERE org_id = $1 AND partner_id = $2 AND status <> 'cancelled' "
           "GROUP BY kind");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(db_vocab(&contribution_kinds, (int *)&row->kind),
                                  db_int64_out(&row->count), db_int64_out(&row->value_cents),
                                  db_int64_out(&row->quantity)),
                          fn, ctx);
}

/* A partner's contributions, a page at a time: $3 searches the description. */
#define CONTRIB_PAGE_WHERE                                                                         \
    CONTRIB_SELECT "WHERE k.org_id = $1 AND k.partner_id = $2 AND ($3 = '' OR "                    \
                   "lower(k.description) LIKE $3 ESCAPE '\\')"
/* Every contribution of a partner's own organisation: $2 searches the description and the
 * training organisation's name. */
#define CONTRIB_OWN_WHERE                                                                          \
    CONTRIB_SELECT                                                                                 \
    "WHERE p.partner_org_id = $1 AND ($2 = '' OR "                                                 \
    "lower(k.description) LIKE $2 ESCAPE '\\' OR lower(o.name) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_CONTRIB_START, "contribution_page_start", CONTRIB_PAGE_WHERE, "k.starts_on", "k.id",
             4, 5, 6);
DB_PAGE_SORT(Q_CONTRIB_VALUE, "contribution_page_value", CONTRIB_PAGE_WHERE, "k.value_cents",
             "k.id", 4, 5, 6);
DB_PAGE_SORT(Q_OWN_CONTRIB_START, "own_contribution_page_start", CONTRIB_OWN_WHERE, "k.starts_on",
             "k.id", 3, 4, 5);
DB_PAGE_SORT(Q_OWN_CONTRIB_VALUE, "own_contribution_page_value", CONTRIB_OWN_WHERE, "k.value_cents",
             "k.id", 3, 4, 5);

static const DbPageStmts contrib_pages[CONTRIB_SORTS] = {
    [CONTRIB_BY_START] = DB_PAGE_STMTS(Q_CONTRIB_START),
    [CONTRIB_BY_VALUE] = DB_PAGE_STMTS(Q_CONTRIB_VALUE),
};
static const DbPageStmts own_contrib_pages[CONTRIB_SORTS] = {
    [CONTRIB_BY_START] = DB_PAGE_STMTS(Q_OWN_CONTRIB_START),
    [CONTRIB_BY_VALUE] = DB_PAGE_STMTS(Q_OWN_CONTRIB_VALUE),
};

DbStatus q_contribution_page(Db *db, int64_t org_id, int64_t partner_id, const DbPage *p, Arena *a,
                             Contribution *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, contrib_pages, CONTRIB_SORTS,
                          DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(CONTRIB_OUT(a, row)), fn, ctx);
}

DbStatus q_contribution_count(Db *db, int64_t org_id, int64_t partner_id, const char *like,
                              int64_t *n)
{
    DB_SQL(st, "contribution_count", "SELECT COUNT(*) FROM (" CONTRIB_PAGE_WHERE ") t");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(partner_id), db_str(like ? like : "")), n);
}

DbStatus q_contribution_own_page(Db *db, int64_t partner_org, const DbPage *p, Arena *a,
                                 Contribution *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, own_contrib_pages, CONTRIB_SORTS, DB_IN(db_int64(partner_org)),
                          DB_COLS(CONTRIB_OUT(a, row)), fn, ctx);
}

DbStatus q_contribution_own_count(Db *db, int64_t partner_org, const char *like, int64_t *n)
{
    DB_SQL(st, "own_contribution_count", "SELECT COUNT(*) FROM (" CONTRIB_OWN_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(partner_org), db_str(like ? like : "")), n);
}
