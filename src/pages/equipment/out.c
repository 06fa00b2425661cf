/* out.c — what is out, with whom and until when, at a glance: the loans still open, the
 * soonest due first, so that the overdue come first, a page at a time (search by item or
 * borrower). */
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/equipment/equipment.h"
#include "q/equipment/loan.h"
#include "views/equipment/item.h"

static const PagerCol out_cols[OUT_SORTS] = {
    [OUT_BY_DUE] = {.key = "due", .label = N_("Due back on")},
};

static void out_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Loan *n = row;
    *k = (PagerKey){.text = n->due_on, .id = n->id};
}

static void out_row(Html *h, Req *r, const Loan *n)
{
    html(h, "<tr><td><a href=\"/orgs/%lld/equipment/%lld\">%s</a></td><td>%s</td><td>%s",
         (long long)r->org_id, (long long)n->item_id, n->item_label, borrower_text(r, &n->to),
         date_words_text(r, n->due_on));
    if (item_overdue(n->due_on))
        html(h, " <strong>%s</strong>", _(r, "overdue"));
    html(h, "</td><td>%s</td><td>%s</td></tr>\n", date_words_text(r, n->lent_on), n->lent_by);
}

/* GET /orgs/{org}/equipment/out */
enum MHD_Result page_equipment_out(Req *r)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    int64_t out = 0, overdue = 0;
    Pager pg;
    Loan n;
    pager_open(r, &pg, "loans-out", out_cols, OUT_SORTS, out_key, ROWS_FROM(r->arena, &n));
    if (!pager_done(&pg,
                    q_loans_out(r->db, r->org_id, &pg.page, r->arena, &n, rows_collect, &pg.rows),
                    q_loans_out_count(r->db, r->org_id, pg.page.like, &pg.total)) ||
        q_loans_out_summary(r->db, r->org_id, today, &out, &overdue) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "What is out"));
    html(h, "<h1>%s</h1>\n", _(r, "What is out"));
    html(h,
         "<dl class=\"figures\">\n<div><dt>%s</dt><dd>%s</dd></div>\n"
         "<div><dt>%s</dt><dd>%s</dd></div>\n</dl>\n",
         _(r, "Out"), number_text(r, out, 0, 0), _(r, "Overdue"), number_text(r, overdue, 0, 0));
    pager_search(h, r, &pg, _(r, "Search by item or borrower"));
    pager_summary(h, r, &pg, _(r, "Nothing is out: every item is in."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_PLAIN(N_("Item")),    PAGER_PLAIN(N_("Lent to")), PAGER_SORTED(OUT_BY_DUE),
            PAGER_PLAIN(N_("Lent on")), PAGER_PLAIN(N_("Lent by")),
        };
        pager_table_open(h, r, &pg, _(r, "What is out"), heads, 5);
        for (int i = 0; i < pg.n; i++)
            out_row(h, r, ROW(&pg.rows, Loan, i));
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    html(h, "<p><a href=\"/orgs/%lld/equipment\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the equipment"));
    return page_end(r, h);
}
