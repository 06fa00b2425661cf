/* views/calls/decision.c — the selected projects of a decided call (see decision.h). */
#include "views/calls/decision.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/table.h"
#include "q/calls/review.h"

bool html_call_selected(Html *h, Req *r, const Call *c)
{
    if (c->status != CALL_DECIDED)
        return true;
    RankRow row;
    Rows sel = ROWS_FROM(r->arena, &row);
    if (q_call_selected(r->db, c->id, r->arena, &row, rows_collect, &sel) < DB_NONE)
        return false;
    int64_t total = 0;
    for (int i = 0; i < sel.n; i++)
        total += ROW(&sel, RankRow, i)->awarded;
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Selected projects"),
         arena_printf(r->arena,
                      _n(r, "%d project selected, %s awarded in total.",
                         "%d projects selected, %s awarded in total.", sel.n),
                      sel.n, money_text(r, total)));
    if (sel.n) {
        HTML_TABLE(h, _(r, "Selected projects"), _(r, "Project"), _(r, "Organisation"),
                   _(r, "Amount awarded"));
        for (int i = 0; i < sel.n; i++) {
            const RankRow *x = ROW(&sel, RankRow, i);
            html(h, "<tr><td>%s</td><td>%s</td><td class=\"num\">%s</td></tr>\n", x->title,
                 x->org_name, money_text(r, x->awarded));
        }
        html_table_close(h);
    }
    return true;
}
