/* page.h — one page of a list read with keyset pagination: which order, where the page
 * starts (the sort key and id of the row before it), the search text, how many rows.
 * The q layer picks one of four static statements per sort column and binds the page's
 * parameters with db_page_bind; the html layer's pager (html/pager.h) fills a DbPage from
 * the request and writes the links.
 *
 * The statements of a sort column, for a list whose caller parameters are $1..$k (k = 1
 * for org_id), each a string literal:
 *   first_asc    ... WHERE <filter> AND <search on $k+1> ORDER BY key, id LIMIT $k+2
 *   after_asc    ... AND (key, id) > ($k+2, $k+3) ORDER BY key, id LIMIT $k+4
 *   first_desc   ... ORDER BY key DESC, id DESC LIMIT $k+2
 *   after_desc   ... AND (key, id) < ($k+2, $k+3) ORDER BY key DESC, id DESC LIMIT $k+4
 * The search parameter is a LIKE pattern ('%text%', lower-case, with \ escaping % _ and \,
 * so write LIKE $2 ESCAPE '\'), or '' when there is no search: `($2 = '' OR lower(name)
 * LIKE $2 ESCAPE '\' ...)`. Row values compare on SQLite (3.15+) and PostgreSQL alike, and
 * with an index on (org_id, key, id) both walk the index from the cursor: a page costs the
 * same at row 100 and at row 100,000. */
#ifndef TRAJECT_DB_PAGE_H
#define TRAJECT_DB_PAGE_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

/* The text of those four statements, built from string literals only (so that they stay
 * static): W the list's SELECT with its WHERE clause, K the sort key, ID the tie-break (the
 * row's id), A the cursor's two parameters ("$3, $4"), L the limit's ("$5"). */
#define DB_PAGE_FIRST_ASC(W, K, ID, L) W " ORDER BY " K ", " ID " LIMIT " L
#define DB_PAGE_AFTER_ASC(W, K, ID, A, L)                                                          \
    W " AND (" K ", " ID ") > (" A ") ORDER BY " K ", " ID " LIMIT " L
#define DB_PAGE_FIRST_DESC(W, K, ID, L) W " ORDER BY " K " DESC, " ID " DESC LIMIT " L
#define DB_PAGE_AFTER_DESC(W, K, ID, A, L)                                                         \
    W " AND (" K ", " ID ") < (" A ") ORDER BY " K " DESC, " ID " DESC LIMIT " L

/* The four statements of one sort column at once:
 *     DB_PAGE_SORT(Q_MEMBER_BY_NAME, "member_page_name", MEMBER_PAGE_WHERE,
 *                  "a.name COLLATE \"und-x-icu\"", "a.id", 3, 4, 5);
 * defines Q_MEMBER_BY_NAME_FIRST_ASC, _AFTER_ASC, _FIRST_DESC and _AFTER_DESC with DB_STMT
 * (named "member_page_name_first_asc"...), for a list whose caller parameters are $1..$k:
 * P1 = k + 2, P2 = k + 3, P3 = k + 4 (the limit of a first page, the cursor's id, the limit
 * after a cursor; the cursor's key is $P1). DB_PAGE_STMTS(Q_MEMBER_BY_NAME) is their entry of
 * a DbPageStmts table. */
#define DB_PAGE_SORT(V, NAME, W, K, ID, P1, P2, P3)                                                \
    DB_STMT(V##_FIRST_ASC) = {.name = NAME "_first_asc",                                           \
                              .sql = DB_PAGE_FIRST_ASC(W, K, ID, "$" #P1)};                        \
    DB_STMT(V##_AFTER_ASC) = {.name = NAME "_after_asc",                                           \
                              .sql = DB_PAGE_AFTER_ASC(W, K, ID, "$" #P1 ", $" #P2, "$" #P3)};     \
    DB_STMT(V##_FIRST_DESC) = {.name = NAME "_first_desc",                                         \
                               .sql = DB_PAGE_FIRST_DESC(W, K, ID, "$" #P1)};                      \
    DB_STMT(V##_AFTER_DESC) = {.name = NAME "_after_desc",                                         \
                               .sql = DB_PAGE_AFTER_DESC(W, K, ID, "$" #P1 ", $" #P2, "$" #P3)}
#define DB_PAGE_STMTS(V)                                                                           \
    {                                                                                              \
        &V##_FIRST_ASC, &V##_AFTER_ASC, &V##_FIRST_DESC, &V##_AFTER_DESC                           \
    }

typedef struct DbPage {
    int sort;             /* index of the sort column in the caller's statement table */
    bool desc;            /* the order the statement reads in (already reversed when a
                             page is read backwards, towards "Previous") */
    bool from_start;      /* no cursor: the first rows in that order */
    bool key_is_num;      /* the cursor's key: key_num, else key_text */
    const char *key_text; /* the sort key of the row before the page */
    int64_t key_num;
    int64_t id;       /* its id */
    const char *like; /* search pattern, '' for none (never NULL once read) */
    int64_t limit;    /* rows to read: the page size plus one (is there more?) */
} DbPage;

/* The four statements of one sort column (see above). */
typedef struct DbPageStmts {
    const DbStmt *first_asc, *after_asc, *first_desc, *after_desc;
} DbPageStmts;

/* Writes the page's parameters into in[k], in[k+1]...: the search pattern, the cursor's
 * key and id (unless from_start), the limit, and DB_END (in needs k + 5 elements).
 * Returns the statement to run among sorts[p->sort] (nsorts of them: a sort index out of
 * range gives column 0). */
const DbStmt *db_page_bind(const DbPage *p, const DbPageStmts *sorts, int nsorts, DbParam *in,
                           int k);

/* Runs the page's statement among sorts (as db_page_bind chooses it) with the list's own
 * parameters in ($1..$k, ended by DB_END, k at most 8) and the page's after them, calling
 * row(ctx) for every row as db_select_many does. */
DbStatus db_page_select(Db *db, const DbPage *p, const DbPageStmts *sorts, int nsorts,
                        const DbParam *in, DbCol *cols, DbRowFn row, void *ctx);

/* The LIKE pattern of a search text: lower-cased ASCII, '%' around, and %, _ and \
 * escaped with \. "" for NULL or blank text. */
const char *db_like_pattern(Arena *a, const char *text);

#endif
