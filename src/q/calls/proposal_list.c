/* proposal_list.c — the two lists of proposals, a page at a time (db/page.h): an
 * organisation's own proposals, and the proposals submitted to a funder's call (never a
 * draft). Both search the title and the applicant's name and filter on a status; the four
 * statements of each sort column differ only in order and cursor. */
#include "q/calls/proposal_list.h"

#include "q/calls/cols.h"

#define SEARCH(S)                                                                                  \
    " AND (" S " = '' OR lower(p.title) LIKE " S " ESCAPE '\\' OR lower(o.name) LIKE " S           \
    " ESCAPE '\\')"
#define TITLE "p.title COLLATE \"und-x-icu\""
#define ORG "o.name COLLATE \"und-x-icu\""

/* --- an organisation's own: $1 org, $2 status ('' for any), $3 search --- */

#define OWN_WHERE                                                                                  \
    "SELECT " PROPOSAL_COLS PROPOSAL_FROM                                                          \
    "WHERE p.org_id = $1 AND ($2 = '' OR p.status = $2)" SEARCH("$3")
#define OWN_SUBMITTED "COALESCE(p.submitted_at, 0)"

DB_PAGE_SORT(Q_OWN_PAGE_CHANGED, "own_page_changed", OWN_WHERE, "p.updated_at", "p.id", 4, 5, 6);
DB_PAGE_SORT(Q_OWN_PAGE_TITLE, "own_page_title", OWN_WHERE, TITLE, "p.id", 4, 5, 6);
DB_PAGE_SORT(Q_OWN_PAGE_REQUESTED, "own_page_requested", OWN_WHERE, "p.requested", "p.id", 4, 5, 6);
DB_PAGE_SORT(Q_OWN_PAGE_SUBMITTED, "own_page_submitted", OWN_WHERE, OWN_SUBMITTED, "p.id", 4, 5, 6);

static const DbPageStmts own_pages[OWN_SORTS] = {
    [OWN_BY_CHANGED] = DB_PAGE_STMTS(Q_OWN_PAGE_CHANGED),
    [OWN_BY_TITLE] = DB_PAGE_STMTS(Q_OWN_PAGE_TITLE),
    [OWN_BY_REQUESTED] = DB_PAGE_STMTS(Q_OWN_PAGE_REQUESTED),
    [OWN_BY_SUBMITTED] = DB_PAGE_STMTS(Q_OWN_PAGE_SUBMITTED),
};

DbStatus q_own_proposal_page(Db *db, int64_t org_id, const char *status, const DbPage *p, Arena *a,
                             Proposal *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, own_pages, OWN_SORTS,
                          DB_IN(db_int64(org_id), db_str(status ? status : "")),
                          DB_COLS(PROPOSAL_OUT(a, row)), fn, ctx);
}

DbStatus q_own_proposal_count(Db *db, int64_t org_id, const char *status, const char *like,
                              int64_t *n)
{
    DB_SQL(st, "own_proposal_count", "SELECT COUNT(*) FROM (" OWN_WHERE ") t");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_str(status ? status : ""), db_str(like ? like : "")),
        n);
}

/* --- submitted to a funder's call: $1 funder, $2 call, $3 status, $4 search --- */

#define CALL_WHERE                                                                                 \
    "SELECT " PROPOSAL_COLS PROPOSAL_FROM "WHERE p.funder_id = $1 AND p.call_id = $2 "             \
    "AND p.status <> 'draft' AND ($3 = '' OR p.status = $3)" SEARCH("$4")

DB_PAGE_SORT(Q_CALL_PAGE_SUBMITTED, "call_proposal_page_submitted", CALL_WHERE, "p.submitted_at",
             "p.id", 5, 6, 7);
DB_PAGE_SORT(Q_CALL_PAGE_TITLE, "call_proposal_page_title", CALL_WHERE, TITLE, "p.id", 5, 6, 7);
DB_PAGE_SORT(Q_CALL_PAGE_ORG, "call_proposal_page_org", CALL_WHERE, ORG, "p.id", 5, 6, 7);
DB_PAGE_SORT(Q_CALL_PAGE_REQUESTED, "call_proposal_page_requested", CALL_WHERE, "p.requested",
             "p.id", 5, 6, 7);

static const DbPageStmts call_pages[CALL_PROPOSAL_SORTS] = {
    [CALL_PROPOSAL_BY_SUBMITTED] = DB_PAGE_STMTS(Q_CALL_PAGE_SUBMITTED),
    [CALL_PROPOSAL_BY_TITLE] = DB_PAGE_STMTS(Q_CALL_PAGE_TITLE),
    [CALL_PROPOSAL_BY_ORG] = DB_PAGE_STMTS(Q_CALL_PAGE_ORG),
    [CALL_PROPOSAL_BY_REQUESTED] = DB_PAGE_STMTS(Q_CALL_PAGE_REQUESTED),
};

DbStatus q_call_proposal_page(Db *db, int64_t funder_id, int64_t call_id, const char *status,
                              const DbPage *p, Arena *a, Proposal *row, DbRowFn fn, void *ctx)
{
    return db_page_select(
        db, p, call_pages, CALL_PROPOSAL_SORTS,
        DB_IN(db_int64(funder_id), db_int64(call_id), db_str(status ? status : "")),
        DB_COLS(PROPOSAL_OUT(a, row)), fn, ctx);
}

DbStatus q_call_proposal_totals(Db *db, int64_t funder_id, int64_t call_id, const char *status,
                                const char *like, int64_t *n, int64_t *requested)
{
    DB_SQL(st, "call_proposal_totals",
           "SELECT COUNT(*), COALESCE(SUM(t.requested), 0) FROM (" CALL_WHERE ") t");
    return db_select_one(db, &st,
                         DB_IN(db_int64(funder_id), db_int64(call_id), db_str(status ? status : ""),
                               db_str(like ? like : "")),
                         DB_COLS(db_int64_out(n), db_int64_out(requested)));
}
