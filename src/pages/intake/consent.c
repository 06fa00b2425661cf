/* consent.c — a guardian's consent: their own page reached by the link mailed to them, to
 * agree, refuse or later withdraw, and the paper form staff record for them. What each act
 * does (enrolment, withdrawal, the place passed on, the applicant's mail) is the workflow's
 * (flows/intake/admission). */

#include "flows/intake/admission.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "views/consent/guardian.h"
#include "views/intake/privacy.h"
#include "views/intake/review.h"

/* The privacy notice inside the guardian's form (views/consent/guardian.h). */
static bool privacy_in_form(Html *h, Req *r, void *ctx)
{
    const Application *x = ctx;
    return html_privacy_notice(h, r, x->org_id, x->org_name);
}

/* The guardian's page; typed: the name sent back with errors e (NULL: the guardian's). */
static enum MHD_Result consent_page(Req *r, const Application *x, const char *typed,
                                    const FormErrors *e, const char *notice, int status)
{
    const char *by_name = typed ? typed : x->guardian_name;
    Html *h = page_begin(r, _(r, "Consent of a parent or guardian"));
    html(h, "<h1>%s</h1>\n", _(r, "Consent of a parent or guardian"));
    html_notice(h, notice, false);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "%s applied to \"%s\" at %s. Because they are young, they can take part "
                           "only if a parent or guardian agrees."),
                      x->name, lang_pick(r->lang, x->title), x->org_name));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Consent"),
         app_consent_text(r, x));
    if (!html_consent_events(h, r, x))
        return reply_error(r, ERR_DB);
    const char *self = arena_printf(r->arena, "/consent/%s", req_param(r, "token"));
    ConsentState c = x->consent;
    bool ok;
    bool in_form = html_guardian_form(
        h, r, e, self, x->status == APP_WITHDRAWN && c == CONSENT_PENDING ? CONSENT_NONE : c,
        by_name,
        _(r, "By agreeing, you allow the organisation to keep the details of the application "
             "and, if it is accepted, to enrol them in the programme."),
        _(r, "You can withdraw your consent at any time; the young person then leaves the "
             "programme."),
        privacy_in_form, (void *)x, &ok);
    if (!ok)
        return reply_error(r, ERR_DB);
    if (!in_form) /* else in the form, above */
        if (!html_privacy_notice(h, r, x->org_id, x->org_name))
            return reply_error(r, ERR_DB);
    return page_end_status(r, h, status);
}

static enum MHD_Result consent_show(Req *r, Application *x)
{
    return consent_page(r, x, NULL, NULL,
                        query_get(r, "saved") ? _(r, "Thank you: your answer is recorded.") : NULL,
                        200);
}

/* GET /consent/{token} */
enum MHD_Result page_consent(Req *r)
{
    return with_app_link(r, true, consent_show);
}

static enum MHD_Result consent_post(Req *r, Application *x)
{
    FormErrors e;
    const char *by_name;
    ConsentAct act = guardian_read(r, &by_name, &e);
    if (e.n)
        return consent_page(r, x, by_name ? by_name : "", &e, NULL, 400);
    Flow f = req_flow(r);
    Outcome o = admission_consent(&f, x, act, by_name, VIA_LINK);
    if (o.status == 409)
        return consent_page(r, x, NULL, NULL, _(r, "This answer was recorded already."), 409);
    if (!o.ok)
        return reply_error(r, o.err != ERR_COUNT ? o.err : ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/consent/%s?saved=1", req_param(r, "token")));
}

/* POST /consent/{token} */
enum MHD_Result page_consent_post(Req *r)
{
    return with_app_link(r, true, consent_post);
}

/* POST /orgs/{org}/applications/{id}/consent: a consent form signed on paper */
enum MHD_Result page_app_consent_paper(Req *r)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_missing(r, st);
    FormErrors e;
    const char *by_name;
    ConsentAct act = guardian_read(r, &by_name, &e);
    if (!e.n) {
        Flow f = req_flow(r);
        Outcome o = admission_consent(&f, &x, act, by_name, VIA_PAPER);
        if (!o.ok && o.err != ERR_COUNT)
            return reply_error(r, o.err);
        e = o.fields;
    }
    if (e.n)
        return form_errors_back(r, _(r, "Consent of a parent or guardian"), &e);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/applications/%lld?saved=1#consent",
                                          (long long)r->org_id, (long long)x.id));
}
