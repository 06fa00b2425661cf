/* partner.c — the jobs' section of a partner's page (see partner.h). */
#include "views/jobs/partner.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "html/table.h"
#include "q/jobs/offer.h"
#include "views/jobs/offer.h"
#include "views/partners/sections.h"

bool html_partner_jobs(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    JobOffer o;
    Rows rows = ROWS_FROM(r->arena, &o);
    if (q_job_offers_of_partner(r->db, org_id, partner_id, r->arena, &o, rows_collect, &rows) <
        DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-jobs\">\n<h2 id=\"h-jobs\">%s</h2>\n",
         _(r, "Interns taken and hires"));
    if (!rows.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No internship or job offered yet."));
        return true;
    }
    int64_t interns = 0, hires = 0;
    for (int i = 0; i < rows.n; i++) {
        const JobOffer *x = ROW(&rows, JobOffer, i);
        *(x->contract == CONTRACT_INTERNSHIP ? &interns : &hires) += x->hired;
    }
    html(h, "<p>%s · %s</p>\n",
         arena_printf(r->arena, _n(r, "%s intern taken", "%s interns taken", interns),
                      number_text(r, interns, 0, 0)),
         arena_printf(r->arena, _n(r, "%s hire", "%s hires", hires), number_text(r, hires, 0, 0)));
    HTML_TABLE(h, _(r, "The partner's internships and jobs, and what came of them"), _(r, "Offer"),
               _(r, "Contract"), _(r, "Places"), _(r, "Candidates who agreed"), _(r, "Hired"));
    for (int i = 0; i < rows.n; i++) {
        const JobOffer *x = ROW(&rows, JobOffer, i);
        html(h,
             "<tr><td><a href=\"/orgs/%lld/%s/%lld\">%s</a></td><td>%s</td><td>%s</td>"
             "<td>%s</td><td>%s</td></tr>\n",
             (long long)r->org_id, job_offer_list(partner_view_own(r, org_id)), (long long)x->id,
             x->title, _(r, vocab_label(&job_contracts, x->contract)),
             number_text(r, x->places, 0, 0), number_text(r, x->candidates, 0, 0),
             number_text(r, x->hired, 0, 0));
    }
    html_table_close(h);
    html_lit(h, "</section>\n");
    return true;
}
