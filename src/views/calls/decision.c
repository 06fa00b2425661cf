/* views/calls/decision.c — the selected projects of a decided call (see decision.h). */
#include "views/calls/decision.h"

#include "core/arena.h"
#include "html/fmt.h"
#include "q/calls/review.h"

/* The selected projects of a decided call, on its public page. */
typedef struct Pub {
    Req *r;
    Html *h;
    RankRow row;
    int n;
    int64_t total;
} Pub;

static bool pub_row(void *ctx)
{
    Pub *p = ctx;
    html(p->h, "<tr><td>%s</td><td>%s</td><td class=\"num\">%s</td></tr>\n", p->row.title,
         p->row.org_name, money_text(p->r, p->row.awarded));
    p->total += p->row.awarded;
    p->n++;
    return true;
}

bool html_call_selected(Html *h, Req *r, const Call *c)
{
    if (c->status != CALL_DECIDED)
        return true;
    Pub p = {.r = r, .h = html_new(r->arena)};
    if (q_call_selected(r->db, c->id, r->arena, &p.row, pub_row, &p) < DB_NONE)
        return false;
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Selected projects"),
         arena_printf(r->arena,
                      _n(r, "%d project selected, %s awarded in total.",
                         "%d projects selected, %s awarded in total.", p.n),
                      p.n, money_text(r, p.total)));
    if (p.n) {
        html_table_begin(h, _(r, "Selected projects"));
        html(
            h,
            "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "</tr></thead>\n<tbody>\n",
            _(r, "Project"), _(r, "Organisation"), _(r, "Amount awarded"));
        html_append(h, p.h);
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    return true;
}
