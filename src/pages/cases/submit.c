/* submit.c — the form a case is submitted with: by the training organisation's staff on a
 * partner's behalf (/orgs/{org}/cases/new, a choice of its partners), or by a member of the
 * partner's own organisation (/orgs/{org}/partner-cases/new?partner={id}, the partner record
 * of the training organisation it submits to). Both go through flow_case_submit. */
#include "core/rows.h"
#include "flows/cases/case.h"
#include "html/layout.h"
#include "html/options.h"
#include "pages/cases/cases.h"
#include "q/partners/partner.h"
#include "views/cases/form.h"
#include "views/cases/home.h"
#include "views/competences/options.h"

/* The form (own_org: for the partner's own organisation); x holds what was typed, e the
 * errors. A partner record that is not the reader's own is forgotten: the partner's
 * members then choose among theirs. */
static enum MHD_Result new_page(Req *r, bool own_org, CaseInput *x, const FormErrors *e, int status)
{
    PartnerChoice c;
    if (!partner_choice(r, own_org, &x->partner_id, &c))
        return reply_error(r, ERR_DB);
    const char *title = !own_org ? _(r, "Submit a case for a partner")
                        : x->partner_id
                            ? arena_printf(r->arena, _(r, "Submit a case to %s"), c.org_name)
                            : _(r, "Submit a case");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (own_org && !x->partner_id && !html_partnerships(h, r, 2))
        return reply_error(r, ERR_DB);
    if (!own_org && !c.npartners)
        html(h, "<p>%s <a href=\"/orgs/%lld/partners\">%s</a></p>\n",
             _(r, "A case comes from a partner, and you have none yet."), (long long)r->org_id,
             _(r, "Record a partner"));
    html_case_form(
        h, r, arena_printf(r->arena, "/orgs/%lld/%s", (long long)r->org_id, case_list(own_org)),
        c.partners, c.competences, x, e);
    return page_end_status(r, h, status);
}

/* Reads and submits the form; on success, to the case's page. */
static enum MHD_Result submit(Req *r, bool own_org)
{
    CaseInput x = {0};
    FormErrors e;
    if (!case_form_read(r, &x, &e))
        return new_page(r, own_org, &x, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_case_submit(&f, &x, own_org);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return new_page(r, own_org, &x, &o.fields, o.status);
    return reply_redirect(r,
                          arena_printf(r->arena, "/orgs/%lld/%s/%lld?saved=1", (long long)r->org_id,
                                       case_list(own_org), (long long)o.id));
}

/* GET /orgs/{org}/cases/new */
enum MHD_Result page_case_new(Req *r)
{
    return new_page(r, false, &(CaseInput){0}, NULL, 200);
}

/* POST /orgs/{org}/cases */
enum MHD_Result page_case_create(Req *r)
{
    return submit(r, false);
}

/* GET /orgs/{org}/partner-cases/new?partner={id} */
enum MHD_Result page_partner_case_new(Req *r)
{
    CaseInput x = {0};
    FieldSpec spec[] = {FIELD("partner", F_ID, N_("Partner"), .num = &x.partner_id), {0}};
    FormErrors e;
    if (!query_read(r, spec, &e))
        x.partner_id = 0;
    return new_page(r, true, &x, NULL, 200);
}

/* POST /orgs/{org}/partner-cases */
enum MHD_Result page_partner_case_create(Req *r)
{
    return submit(r, true);
}
