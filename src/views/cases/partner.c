/* partner.c — the cases' section of a partner's page (see partner.h). */
#include "views/cases/partner.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "html/table.h"
#include "q/cases/case.h"
#include "views/cases/form.h"
#include "views/partners/sections.h"

bool html_partner_cases(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    Case c;
    Rows rows = ROWS_FROM(r->arena, &c);
    if (q_case_of_partner(r->db, org_id, partner_id, r->arena, &c, rows_collect, &rows) < DB_NONE)
        return false;
    bool own = partner_view_own(r, org_id);
    html(h, "<section aria-labelledby=\"h-cases\">\n<h2 id=\"h-cases\">%s</h2>\n",
         _(r, "Cases worked"));
    if (!rows.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No cases submitted yet."));
        return true;
    }
    HTML_TABLE(h, _(r, "The partner's cases, and what came of them"), _(r, "Case"), _(r, "Status"),
               _(r, "Cohort"), _(r, "Teams"), _(r, "Hand-ins"), _(r, "Mean rating"));
    for (int i = 0; i < rows.n; i++) {
        const Case *x = ROW(&rows, Case, i);
        html(h,
             "<tr><td><a href=\"/orgs/%lld/%s/%lld\">%s</a></td><td>%s</td><td>%s</td>"
             "<td>%s</td><td>%s</td><td>%s</td></tr>\n",
             (long long)r->org_id, case_list(own), (long long)x->id, x->title,
             _(r, vocab_label(&case_statuses, x->status)), *x->cohort_name ? x->cohort_name : "–",
             number_text(r, x->teams, 0, 0), number_text(r, x->handins, 0, 0),
             x->rating_milli ? score_text(r, x->rating_milli, 1) : "–");
    }
    html_table_close(h);
    html_lit(h, "</section>\n");
    return true;
}
