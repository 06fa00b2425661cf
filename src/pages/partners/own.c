/* own.c — the partner's own organisation's view of what it gave: a partner's page for each
 * training organisation that counts it as a partner (the same sections as the staff's,
 * views/partners/sections.h), and every contribution it made, a page at a time. r->org_id
 * is the partner's organisation here: every record is reached through a partner record
 * that names it (partners.partner_org_id), never another partner's. */
#include "html/layout.h"
#include "pages/partners/partners.h"
#include "q/partners/partner.h"
#include "views/partners/contributions.h"
#include "views/partners/sections.h"

/* GET /orgs/{org}/partner-of/{id}: {id} is the partner record (of the training
 * organisation) that names r's organisation */
enum MHD_Result page_partner_of(Req *r)
{
    Partner p;
    DbStatus st = q_partner_get(r->db, r->org_id, true, req_id(r, "id"), r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *title = arena_printf(r->arena, _(r, "Partner of %s"), p.org_name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", title,
         arena_printf(r->arena, _(r, "What %s gave %s, and what came of it."), p.name, p.org_name));
    if (!html_partner_sections(h, r, &p))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld\">%s</a></p>\n", (long long)r->org_id, _(r, "Home"));
    return page_end(r, h);
}

/* GET /orgs/{org}/partner-contributions */
enum MHD_Result page_own_contributions(Req *r)
{
    Html *h = page_begin(r, _(r, "Our contributions"));
    html(h, "<h1>%s</h1>\n", _(r, "Our contributions"));
    if (!html_contribution_list(h, r, 0))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}
