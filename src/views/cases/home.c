/* home.c — the cases' parts of the home page (see home.h). */
#include "views/cases/home.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "q/cases/case.h"
#include "q/partners/partner.h"

bool html_cases_waiting(Html *h, Req *r, int *n)
{
    int64_t waiting = 0;
    if (q_case_count_status(r->db, r->org_id, CASE_SUBMITTED, &waiting) < DB_NONE)
        return false;
    if (waiting) {
        html(h, "<li><a href=\"/orgs/%lld/cases\">%s</a></li>\n", (long long)r->org_id,
             arena_printf(r->arena,
                          _n(r, "%s case from a partner to accept",
                             "%s cases from partners to accept", waiting),
                          number_text(r, waiting, 0, 0)));
        (*n)++;
    }
    return true;
}

bool html_partnership_links(Html *h, Req *r, const char *path, PartnershipLabel label)
{
    Partner p;
    Rows rows = ROWS_FROM(r->arena, &p);
    if (q_partner_list(r->db, r->org_id, true, r->arena, &p, rows_collect, &rows) < DB_NONE)
        return false;
    if (!rows.n) {
        html(h, "<p>%s</p>\n", _(r, "No training organisation counts you as a partner yet."));
        return true;
    }
    html_lit(h, "<ul>\n");
    for (int i = 0; i < rows.n; i++) {
        const Partner *x = ROW(&rows, Partner, i);
        html(h, "<li><a href=\"/orgs/%lld/%s/new?partner=%lld\">%s</a></li>\n",
             (long long)r->org_id, path, (long long)x->id, label(r, x->org_name));
    }
    html_lit(h, "</ul>\n");
    return true;
}

static const char *submit_label(Req *r, const char *org_name)
{
    return arena_printf(r->arena, _(r, "Submit a case to %s"), org_name);
}

bool html_partnerships(Html *h, Req *r, int level)
{
    html(h, "<h%d>%s</h%d>\n", level, _(r, "Submit a case"), level);
    return html_partnership_links(h, r, "partner-cases", submit_label);
}

bool html_partner_cases_home(Html *h, Req *r)
{
    html(h, "<section aria-labelledby=\"h-cases\">\n<h2 id=\"h-cases\">%s</h2>\n",
         _(r, "Real cases for learners"));
    if (!html_partnerships(h, r, 3))
        return false;
    html(h, "<p><a href=\"/orgs/%lld/partner-cases\">%s</a></p>\n</section>\n",
         (long long)r->org_id, _(r, "Our cases and the teams working on them"));
    return true;
}
