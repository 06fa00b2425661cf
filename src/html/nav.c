/* html/nav.c — the links of an organisation's own space (see nav.h). */
#include "html/nav.h"

#include <string.h>

/* THE PARTNER'S SPACE, in the order shown in the header and on the partner's home. Another
 * feature of the partner's space (its offers, candidates, talent search...) adds one line:
 * {"partner-<what>", N_("<label>")}, a route under /orgs/{org}/ of role CASES_PARTNER. */
const NavLink partner_nav[] = {
    {"partner-cases", N_("Our cases")},
    {"partner-contributions", N_("Our contributions")},
    {"partner-offers", N_("Our internships and jobs")},
    {"talent", N_("Talent")},
    {0},
};

bool nav_partner_space(const Req *r)
{
    return r->org_id && (r->org_kind == ORG_PARTNER || (r->roles & ROLE_PARTNER));
}

void html_nav_items(Html *h, Req *r, const NavLink *links)
{
    const char *here = arena_printf(r->arena, "/orgs/%lld/", (long long)r->org_id);
    size_t n = strlen(here);
    for (const NavLink *l = links; l->path; l++) {
        size_t k = strlen(l->path);
        bool current = !strncmp(r->path, here, n) && !strncmp(r->path + n, l->path, k) &&
                       (r->path[n + k] == '\0' || r->path[n + k] == '/');
        html(h, "<li><a href=\"%s%s\"", here, l->path);
        if (current)
            html_lit(h, " aria-current=\"page\"");
        html(h, ">%s</a></li>\n", _(r, l->label));
    }
}
