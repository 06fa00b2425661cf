/* loan.c — statements on loans of equipment (see loan.h). */
#include "q/equipment/loan.h"

/* $3, $4, $5: the borrower's id in the column of its kind, 0 in the others (no id is 0) */
static void borrower_ids(const Borrower *b, int64_t ids[3])
{
    ids[0] = b->kind == BORROWER_PERSON ? b->id : 0;
    ids[1] = b->kind == BORROWER_TEAM ? b->id : 0;
    ids[2] = b->kind == BORROWER_LOCATION ? b->id : 0;
}

/* whether pe, t or l (the borrower's ids $3, $4, $5) are org $1's borrowers */
#define BORROWER_OF_ORG                                                                            \
    "LEFT JOIN people pe ON pe.org_id = $1 AND pe.id = $3 AND EXISTS (SELECT 1 FROM enrolments e " \
    "WHERE e.org_id = $1 AND e.person_id = pe.id AND e.status = 'enrolled') "                      \
    "LEFT JOIN teams t ON t.org_id = $1 AND t.id = $4 "                                            \
    "LEFT JOIN locations l ON l.org_id = $1 AND l.id = $5 "

DbStatus q_loan_add(Db *db, int64_t org_id, int64_t item_id, const Borrower *b, const char *lent_on,
                    const char *due_on, int64_t lent_by, int64_t now, int64_t *id)
{
    DB_SQL(st, "loan_add",
           "INSERT INTO loans (org_id, item_id, person_id, team_id, location_id, lent_on, due_on, "
           "lent_by, lent_at) SELECT $1, i.id, pe.id, t.id, l.id, $6, $7, $8, $9 FROM equipment "
           "i " BORROWER_OF_ORG "WHERE i.org_id = $1 AND i.id = $2 "
           "AND (pe.id IS NOT NULL OR t.id IS NOT NULL OR l.id IS NOT NULL) RETURNING id");
    int64_t ids[3];
    borrower_ids(b, ids);
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(item_id), db_int64(ids[0]),
                                 db_int64(ids[1]), db_int64(ids[2]), db_str(lent_on),
                                 db_str(due_on), db_int64(lent_by), db_int64(now)),
                           id);
}

DbStatus q_loan_return(Db *db, int64_t org_id, int64_t item_id, const char *returned_on,
                       ItemCondition c, int64_t returned_by)
{
    DB_SQL(st, "loan_return",
           "UPDATE loans SET returned_on = $3, condition_in = $4, returned_by = $5 "
           "WHERE org_id = $1 AND item_id = $2 AND returned_on IS NULL AND lent_on <= $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(item_id), db_str(returned_on),
                         db_str(vocab_key(&item_conditions, (int)c)), db_int64(returned_by)));
}

/* the columns of every loan statement */
#define LOAN_SELECT                                                                                \
    "SELECT n.id, n.org_id, n.item_id, i.label, i.kind, " LOAN_BORROWER_COLS ", n.lent_on, "       \
    "n.due_on, a.name, n.returned_on, n.condition_in FROM loans n "                                \
    "JOIN equipment i ON i.id = n.item_id JOIN accounts a ON a.id = "                              \
    "n.lent_by " LOAN_BORROWER_JOINS " WHERE n.org_id = $1"

#define LOAN_OUT(a, x)                                                                             \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->item_id),               \
        db_text(a, &(x)->item_label), db_vocab(&equip_kinds, (int *)&(x)->item_kind),              \
        LOAN_BORROWER_OUT(a, &(x)->to), db_text(a, &(x)->lent_on), db_text(a, &(x)->due_on),       \
        db_text(a, &(x)->lent_by), db_text(a, &(x)->returned_on),                                  \
        db_vocab(&item_conditions, (int *)&(x)->condition_in)

DbStatus q_loan_open(Db *db, int64_t org_id, int64_t item_id, Arena *a, Loan *out)
{
    DB_SQL(st, "loan_open", LOAN_SELECT " AND n.item_id = $2 AND n.returned_on IS NULL");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(item_id)),
                         DB_COLS(LOAN_OUT(a, out)));
}

/* an item's loans ($2); $3 is the pager's search, unused ('') */
#define LOAN_HISTORY_WHERE LOAN_SELECT " AND n.item_id = $2 AND $3 = ''"

DB_PAGE_SORT(Q_LOAN_HISTORY, "loan_history", LOAN_HISTORY_WHERE, "n.lent_on", "n.id", 4, 5, 6);

static const DbPageStmts history_pages[LOAN_HISTORY_SORTS] = {
    [LOAN_BY_LENT] = DB_PAGE_STMTS(Q_LOAN_HISTORY),
};

DbStatus q_loan_history(Db *db, int64_t org_id, int64_t item_id, const DbPage *p, Arena *a,
                        Loan *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, history_pages, LOAN_HISTORY_SORTS,
                          DB_IN(db_int64(org_id), db_int64(item_id)), DB_COLS(LOAN_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_loan_history_count(Db *db, int64_t org_id, int64_t item_id, const char *like, int64_t *n)
{
    DB_SQL(st, "loan_history_count",
           "SELECT COUNT(*) FROM loans n WHERE n.org_id = $1 AND n.item_id = $2 AND $3 = ''");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(item_id), db_str(like ? like : "")), n);
}

/* what is out; $2 searches the item and the borrower */
#define OUT_WHERE                                                                                  \
    LOAN_SELECT " AND n.returned_on IS NULL AND ($2 = '' OR lower(i.label) LIKE $2 ESCAPE '\\' "   \
                "OR lower(i.serial) LIKE $2 ESCAPE '\\' "                                          \
                "OR lower(COALESCE(bp.name, bt.name, bl.name)) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_LOANS_OUT, "loans_out", OUT_WHERE, "n.due_on", "n.id", 3, 4, 5);

static const DbPageStmts out_pages[OUT_SORTS] = {
    [OUT_BY_DUE] = DB_PAGE_STMTS(Q_LOANS_OUT),
};

DbStatus q_loans_out(Db *db, int64_t org_id, const DbPage *p, Arena *a, Loan *row, DbRowFn fn,
                     void *ctx)
{
    return db_page_select(db, p, out_pages, OUT_SORTS, DB_IN(db_int64(org_id)),
                          DB_COLS(LOAN_OUT(a, row)), fn, ctx);
}

DbStatus q_loans_out_count(Db *db, int64_t org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "loans_out_count", "SELECT COUNT(*) FROM (" OUT_WHERE ") t");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_str(like ? like : "")), n);
}

DbStatus q_loans_out_summary(Db *db, int64_t org_id, const char *today, int64_t *out,
                             int64_t *overdue)
{
    DB_SQL(st, "loans_out_summary",
           "SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_on < $2 THEN 1 ELSE 0 END), 0) "
           "FROM loans WHERE org_id = $1 AND returned_on IS NULL");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_str(today)),
                         DB_COLS(db_int64_out(out), db_int64_out(overdue)));
}

DbStatus q_loans_overdue(Db *db, const char *today, Arena *a, OverdueLoan *row, DbRowFn fn,
                         void *ctx)
{
    DB_SQL(st, "loans_overdue",
           "SELECT n.id, n.org_id, o.name, i.label, i.serial, " LOAN_BORROWER_COLS
           ", n.due_on, a.name, a.email, a.lang FROM loans n JOIN equipment i ON i.id = n.item_id "
           "JOIN organisations o ON o.id = n.org_id JOIN accounts a ON a.id = "
           "n.lent_by " LOAN_BORROWER_JOINS " WHERE n.returned_on IS NULL AND n.due_on < $1 "
           "AND n.reminded_at IS NULL ORDER BY n.id");
    return db_select_many(db, &st, DB_IN(db_str(today)),
                          DB_COLS(db_int64_out(&row->id), db_int64_out(&row->org_id),
                                  db_text(a, &row->org_name), db_text(a, &row->item_label),
                                  db_text(a, &row->serial), LOAN_BORROWER_OUT(a, &row->to),
                                  db_text(a, &row->due_on), db_text(a, &row->staff_name),
                                  db_text(a, &row->staff_email), db_text(a, &row->staff_lang)),
                          fn, ctx);
}

DbStatus q_loan_remind_claim(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DB_SQL(st, "loan_remind_claim",
           "UPDATE loans SET reminded_at = $3 WHERE org_id = $1 AND id = $2 "
           "AND reminded_at IS NULL AND returned_on IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(now)));
}

DbStatus q_loan_recipients(Db *db, int64_t org_id, int64_t id, Arena *a, Recipient *row, DbRowFn fn,
                           void *ctx)
{
    DB_SQL(st, "loan_recipients",
           "SELECT pe.name, COALESCE(ac.email, pe.email), COALESCE(ac.lang, 'en') FROM loans n "
           "JOIN people pe ON pe.org_id = n.org_id AND (pe.id = n.person_id OR pe.id IN "
           "(SELECT m.person_id FROM team_members m WHERE m.team_id = n.team_id)) "
           "LEFT JOIN accounts ac ON ac.id = pe.account_id WHERE n.org_id = $1 AND n.id = $2 "
           "AND COALESCE(ac.email, pe.email, '') <> '' ORDER BY pe.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(id)),
        DB_COLS(db_text(a, &row->name), db_text(a, &row->email), db_text(a, &row->lang)), fn, ctx);
}

/* the borrowers of org $1 whose name matches $2: kind, id, name */
#define BORROWERS                                                                                  \
    "SELECT * FROM (SELECT 1 AS k, 'person' AS kind, pe.id AS id, pe.name AS name FROM people pe " \
    "WHERE pe.org_id = $1 AND EXISTS (SELECT 1 FROM enrolments e WHERE e.org_id = $1 "             \
    "AND e.person_id = pe.id AND e.status = 'enrolled') "                                          \
    "UNION ALL SELECT 2, 'team', t.id, t.name FROM teams t WHERE t.org_id = $1 "                   \
    "UNION ALL SELECT 3, 'location', l.id, l.name FROM locations l WHERE l.org_id = $1) b "        \
    "WHERE ($2 = '' OR lower(b.name) LIKE $2 ESCAPE '\\')"

#define BORROWER_OUT(a, b)                                                                         \
    db_vocab(&borrower_kinds, (int *)&(b)->kind), db_int64_out(&(b)->id), db_text(a, &(b)->name)

DbStatus q_borrowers(Db *db, int64_t org_id, const char *like, int64_t limit, Arena *a,
                     Borrower *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "borrowers",
           "SELECT kind, id, name FROM (" BORROWERS ") x "
           "ORDER BY k, name COLLATE \"und-x-icu\", id LIMIT $3");
    return db_select_many(db, &st,
                          DB_IN(db_int64(org_id), db_str(like ? like : ""), db_int64(limit)),
                          DB_COLS(BORROWER_OUT(a, row)), fn, ctx);
}

DbStatus q_borrower_get(Db *db, int64_t org_id, BorrowerKind kind, int64_t id, Arena *a,
                        Borrower *out)
{
    DB_SQL(st, "borrower_get",
           "SELECT kind, id, name FROM (" BORROWERS ") x WHERE kind = $3 AND id = $4");
    return db_select_one(db, &st,
                         DB_IN(db_int64(org_id), db_str(""),
                               db_str(vocab_key(&borrower_kinds, (int)kind)), db_int64(id)),
                         DB_COLS(BORROWER_OUT(a, out)));
}
