/* home.c — the talent pool's part of a partner's home page (see home.h). */
#include "views/talent/home.h"

#include "core/clock.h"
#include "html/fmt.h"
#include "q/talent/pool.h"

bool html_talent_partner_home(Html *h, Req *r)
{
    int64_t n = 0;
    TalentSearch any = {.level = 1, .available_by = "", .contract = CONTRACT_ANY};
    if (q_pool_count(r->db, r->org_id, clock_now(), &any, "", &n) < DB_NONE)
        return false;
    long long org = (long long)r->org_id;
    html(h, "<section aria-labelledby=\"h-talent\">\n<h2 id=\"h-talent\">%s</h2>\n<ul>\n",
         _(r, "Talent"));
    html(h, "<li><a href=\"/orgs/%lld/talent\">%s</a></li>\n", org,
         arena_printf(
             r->arena,
             _n(r, "%s learner shows you their profile", "%s learners show you their profile", n),
             number_text(r, n, 0, 0)));
    html(h, "<li><a href=\"/orgs/%lld/talent-requests\">%s</a></li>\n</ul>\n</section>\n", org,
         _(r, "Our requests to meet"));
    return true;
}
