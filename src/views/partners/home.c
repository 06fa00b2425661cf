/* home.c — the partner's part of its home (see home.h). */
#include "views/partners/home.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "html/nav.h"
#include "q/partners/partner.h"

bool html_partner_home(Html *h, Req *r)
{
    Partner p;
    Rows rows = ROWS_FROM(r->arena, &p);
    if (q_partner_list(r->db, r->org_id, true, r->arena, &p, rows_collect, &rows) < DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-partner\">\n<h2 id=\"h-partner\">%s</h2>\n",
         _(r, "Your space as a partner"));
    if (rows.n) {
        html(h, "<h3>%s</h3>\n<ul>\n", _(r, "Training organisations you support"));
        for (int i = 0; i < rows.n; i++) {
            const Partner *x = ROW(&rows, Partner, i);
            html(h, "<li><a href=\"/orgs/%lld/partner-of/%lld\">%s</a>: %s, %s</li>\n",
                 (long long)r->org_id, (long long)x->id, x->org_name,
                 arena_printf(r->arena,
                              _n(r, "%s contribution", "%s contributions", x->contributions),
                              number_text(r, x->contributions, 0, 0)),
                 arena_printf(r->arena, _n(r, "%s case", "%s cases", x->cases),
                              number_text(r, x->cases, 0, 0)));
        }
        html_lit(h, "</ul>\n");
    }
    html(h, "<h3>%s</h3>\n<ul>\n", _(r, "Your records"));
    html_nav_items(h, r, partner_nav);
    html_lit(h, "</ul>\n</section>\n");
    return true;
}
