/* funding.c — see funding.h. */
#include "views/impact/funding.h"

#include "core/rows.h"
#include "html/layout.h"
#include "model/training.h"
#include "q/impact/funded.h"
#include "q/training/programme.h"

/* Whether id is among the n ids. */
static bool listed(const Rows *ids, int64_t id)
{
    for (int i = 0; i < ids->n; i++)
        if (*ROW(ids, int64_t, i) == id)
            return true;
    return false;
}

bool html_grant_programmes(Html *h, Req *r, const GrantRow *g, bool funder)
{
    int64_t id;
    Rows linked = ROWS_FROM(r->arena, &id);
    if (q_grant_programmes(r->db, g->grantee_id, g->id, &id, rows_collect, &linked) < DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-funds\">\n<h2 id=\"h-funds\">%s</h2>\n",
         _(r, "Programmes this grant funds"));
    if (funder) {
        if (!linked.n)
            html(h, "<p>%s</p>\n",
                 _(r, "The grantee has not said yet which programmes it runs "
                      "with this grant."));
        html_lit(h, "<ul>\n");
        for (int i = 0; i < linked.n; i++) {
            Programme p;
            if (q_programme_get(r->db, g->grantee_id, *ROW(&linked, int64_t, i), r->arena, &p) ==
                DB_ONE)
                html(h, "<li>%s</li>\n", programme_title_in(r->lang, &p));
        }
        html(h, "</ul>\n<p><a href=\"/orgs/%lld/funded-impact\">%s</a></p>\n</section>\n",
             (long long)r->org_id, _(r, "The impact of what you fund"));
        return true;
    }
    Programme p;
    Rows all = ROWS_FROM(r->arena, &p);
    if (q_programme_list(r->db, r->org_id, r->arena, &p, rows_collect, &all) < DB_NONE)
        return false;
    if (!all.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "Add the programme this grant funds first."));
        return true;
    }
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/grants-received/%lld/programmes",
                                 (long long)r->org_id, (long long)g->id));
    html(h, "<fieldset>\n<legend>%s</legend>\n",
         _(r, "The funder reads their figures (counts only, small ones hidden)"));
    for (int i = 0; i < all.n; i++) {
        const Programme *x = ROW(&all, Programme, i);
        html(h,
             "<label><input type=\"checkbox\" name=\"programmes\" value=\"%lld\"%s> %s</label>\n",
             (long long)x->id, listed(&linked, x->id) ? " checked" : "",
             programme_title_in(r->lang, x));
    }
    html(h, "</fieldset>\n<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "Save the programmes"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}
