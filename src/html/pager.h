/* pager.h — lists that can grow, one page at a time: keyset pagination (the page after or
 * before the row a cursor names, never OFFSET), a search box, sortable columns, Previous
 * and Next links and a "Showing 51–100 of 5,000" summary, in the reader's language and
 * without JavaScript. A list is never cut without saying so: the summary gives the total
 * and the links lead to every row.
 *
 * The cursor in a link is opaque and signed (HMAC with the application's secret, bound to
 * the list, the organisation, the order and the search): a cursor that does not check
 * gives the first page with a notice, never an error page or rows of another list. It
 * holds the sort key and id of the row beside the page, and the position of the page's
 * first row (for the summary). Statements stay static: see db/page.h for the four per
 * sort column.
 *
 * A list page (members, src/pages/accounts/members.c, is the worked example):
 *
 *     static const PagerCol cols[] = {
 *         {.key = "name", .label = N_("Name")},
 *         {.key = "joined", .label = N_("Member since"), .numeric = true, .desc_first = true},
 *     };
 *     static void member_key(const void *row, int sort, PagerKey *k)
 *     {
 *         const Member *m = row;
 *         *k = sort == 1 ? (PagerKey){.num = m->created_at, .id = m->account_id}
 *                        : (PagerKey){.text = m->name, .id = m->account_id};
 *     }
 *     ...
 *     Pager pg;
 *     Member m;
 *     pager_open(r, &pg, "members", cols, 2, member_key, ROWS_FROM(r->arena, &m));
 *     if (!pager_done(&pg, q_member_page(r->db, r->org_id, &pg.page, r->arena, &m,
 *                                        rows_collect, &pg.rows),
 *                     q_member_count(r->db, r->org_id, pg.page.like, &pg.total)))
 *         return reply_error(r, ERR_DB);
 *     Html *h = page_begin(r, _(r, "Members"));
 *     pager_search(h, r, &pg, _(r, "Search by name or e-mail address"));
 *     pager_summary(h, r, &pg, _(r, "No members yet."));
 *     static const PagerHead heads[] = {PAGER_SORTED(0), PAGER_SORTED(1)};
 *     pager_table_open(h, r, &pg, _(r, "Members"), heads, 2);
 *     for (int i = 0; i < pg.n; i++)
 *         member_row(h, r, ROW(&pg.rows, Member, i));
 *     html_table_close(h);
 *     pager_nav(h, r, &pg);
 *     return page_end(r, h);
 *
 * URL arguments: q (search), sort (a column key), dir (asc or desc), at (a cursor), and
 * the list's own filters named in keep (bind them into the list's name too, so that a
 * cursor of one filter is no cursor of another). */
#ifndef TRAJECT_PAGER_H
#define TRAJECT_PAGER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/rows.h"
#include "db/page.h"
#include "html/html.h"
#include "http/http.h"

#define PAGER_SIZE 50

/* A column the list can be sorted by. */
typedef struct PagerCol {
    const char *key;   /* in the URL: sort=key */
    const char *label; /* English source of the heading; translated when written */
    bool numeric;      /* sorted by a number (a moment, an amount), else by text */
    bool desc_first;   /* the first click sorts descending (newest first) */
} PagerCol;

/* The sort key and id of one row, as the list's statements order them. */
typedef struct PagerKey {
    const char *text; /* for a text column */
    int64_t num;      /* for a numeric column */
    int64_t id;
} PagerKey;

/* Gives the key of row (an element of the Rows) for sort column sort. */
typedef void (*PagerKeyFn)(const void *row, int sort, PagerKey *out);

typedef struct Pager {
    /* read from the request by pager_read */
    const char *list;
    const PagerCol *cols;
    int ncols;
    int size;        /* rows a page: PAGER_SIZE */
    const char *q;   /* the search text as typed (trimmed), NULL for none */
    int sort;        /* index in cols */
    bool desc;       /* the order shown */
    bool back;       /* this page is read backwards, from a Previous link */
    int64_t start;   /* position of the page's first row, from 0 */
    bool bad_cursor; /* a cursor was given and did not check: the first page is shown */
    /* the list's own filters, kept in every link and in the search form: name/value
     * pairs, NULL-terminated (set after pager_read; NULL for none) */
    const char *const *keep;
    DbPage page; /* for the statement: pass &pg.page to the q function */
    /* set by pager_got */
    int n; /* rows on this page */
    bool more_before, more_after;
    PagerKey first, last;
    int64_t total; /* rows of the whole list (with the search); the count statement of
                      pager_done writes it */
    /* set by pager_open: the page's rows (pager_done leaves the page's own in order) and
     * the key of one of them */
    Rows rows;
    PagerKeyFn key;
} Pager;

/* Reads q, sort, dir and at from r's query for the list named list (a word, bound into
 * the cursors) sorted by one of cols (ncols, at least one; the first is the default).
 * Fills p->page for the q layer, with limit = PAGER_SIZE + 1. Never fails: a bad sort
 * gives the default one, a bad cursor the first page (p->bad_cursor is set). */
void pager_read(Req *r, Pager *p, const char *list, const PagerCol *cols, int ncols);

/* After the statement ran into rows (the rows of p->page, at most limit): drops the row
 * past the page, puts a backwards page back in order, and notes the first and last keys
 * (key gives them) and the total for the summary. */
void pager_got(Pager *p, Rows *rows, PagerKeyFn key, int64_t total);

/* The way a list page starts: pager_read, and the collector its page statement fills
 * (rows: ROWS_FROM(r->arena, &record), given to the statement as rows_collect, &p->rows)
 * with key for its rows. Then the page statement and the count statement (into
 * &p->total) run as the arguments of pager_done. */
void pager_open(Req *r, Pager *p, const char *list, const PagerCol *cols, int ncols, PagerKeyFn key,
                Rows rows);

/* After the page statement (status page) and the count statement (status count) of a
 * pager_open: false when either failed (answer ERR_DB), else pager_got on p->rows and
 * p->total, and true. */
bool pager_done(Pager *p, DbStatus page, DbStatus count);

/* Instead of the page statement, for a list held in memory: sorted holds n records of the
 * size pager_open's rows were made for, in ascending order of the current sort column then
 * id (as the key function gives them; text compared with i18n_collate). Puts the records of
 * the page asked for into p->rows, the total n, and does what pager_done does. */
void pager_slice(Pager *p, const void *sorted, int n);

/* Keeps one filter of the list, name=value, in every link and in the search form (sets
 * p->keep). The list's name given to pager_open must carry the value too (a cursor of one
 * filter is no cursor of another), e.g. "requests-pending". */
void pager_keep(Req *r, Pager *p, const char *name, const char *value);

/* In a filter form beside the list (GET, its own fields and button): hidden fields that keep
 * the search and the order; the cursor is dropped, so a new filter starts at the first page. */
void pager_keep_fields(Html *h, const Pager *p);

/* True when the list itself is empty: no row on the first page, without a search (a page
 * may then say so in its own words instead of showing the search box). */
bool pager_empty(const Pager *p);

/* A search form (GET, role="search") with one box labelled label (translated); the sort
 * is kept, the cursor dropped. With a search, a link clears it. */
void pager_search(Html *h, Req *r, const Pager *p, const char *label);

/* "Showing 51–100 of 5,000" (or the search's "No results for …", or empty — translated —
 * when the list itself is empty), and the bad-cursor notice when there was one. */
void pager_summary(Html *h, Req *r, const Pager *p, const char *empty);

/* A <th scope="col"> for cols[col]: a link that sorts by it (the other direction when it
 * is the current order), and aria-sort on the current one. */
void pager_th(Html *h, Req *r, const Pager *p, int col);

/* A column of a list's table: one of the sort columns (PAGER_SORTED(index): its heading is
 * a pager_th) or a plain heading (PAGER_PLAIN(N_("..."))), translated when written. */
typedef struct PagerHead {
    int sort; /* index in the Pager's cols, or -1 */
    const char *label;
} PagerHead;
#define PAGER_SORTED(I)                                                                            \
    {                                                                                              \
        .sort = (I)                                                                                \
    }
#define PAGER_PLAIN(S)                                                                             \
    {                                                                                              \
        .sort = -1, .label = (S)                                                                   \
    }

/* html_table_begin (label), the head row of the n columns heads, and <tbody>; the rows
 * follow, then html_table_close (html/table.h). */
void pager_table_open(Html *h, Req *r, const Pager *p, const char *label, const PagerHead *heads,
                      int n);

/* <nav aria-label="Pages"> with Previous and Next links when there are rows before or
 * after this page; nothing when the whole list is on it. */
void pager_nav(Html *h, Req *r, const Pager *p);

#endif
