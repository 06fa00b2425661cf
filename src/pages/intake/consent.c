/* consent.c — a guardian's consent: their own page reached by the link mailed to them, to
 * agree, refuse or later withdraw, and the paper form staff record for them. What each act
 * does (enrolment, withdrawal, the place passed on, the applicant's mail) is the workflow's
 * (flows/intake/admission). */

#include "flows/intake/admission.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "views/intake/privacy.h"
#include "views/intake/review.h"

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
    if (c == CONSENT_PENDING && x->status != APP_WITHDRAWN) {
        html_error_summary(h, r, e);
        html_form_begin(h, r, self);
        html(h, "<p>%s</p>\n",
             _(r, "By agreeing, you allow the organisation to keep the details of the application "
                  "and, if it is accepted, to enrol them in the programme."));
        html_input(h, r, e, "text", "by_name", _(r, "Your name"), by_name, "name");
        if (!html_privacy_notice(h, r, x->org_id, x->org_name))
            return reply_error(r, ERR_DB);
        html(h,
             "<div class=\"actions\"><button type=\"submit\" name=\"action\" "
             "value=\"give\">%s</button>\n"
             "<button type=\"submit\" name=\"action\" value=\"refuse\" "
             "class=\"secondary\">%s</button></div>\n",
             _(r, "I agree"), _(r, "I do not agree"));
        html_form_end(h);
    } else if (c == CONSENT_GIVEN) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Withdraw your consent"),
             _(r, "You can withdraw your consent at any time; the young person then leaves the "
                  "programme."));
        html_error_summary(h, r, e);
        html_form_begin(h, r, self);
        html_input(h, r, e, "text", "by_name", _(r, "Your name"), by_name, "name");
        html(h,
             "<button type=\"submit\" name=\"action\" value=\"withdraw\" "
             "class=\"secondary\">%s</button>\n",
             _(r, "Withdraw my consent"));
        html_form_end(h);
    }
    if (c != CONSENT_PENDING || x->status == APP_WITHDRAWN) /* else in the form, above */
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

/* Reads the act and the name of who acts; errors to e. */
static ConsentAct consent_read(Req *r, const char **by_name, FormErrors *e)
{
    static const char *const acts[] = {"give", "refuse", "withdraw", NULL}; /* consent_act_vocab */
    char *name = NULL, *action = NULL;
    FieldSpec spec[] = {
        FIELD("by_name", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &name),
        FIELD("action", F_CHOICE, N_("Consent"), .required = true, .choices = acts,
              .text = &action),
        {0},
    };
    FormErrors got;
    form_read(r, spec, &got);
    *e = (FormErrors){0};
    const char *name_error = form_error_for(&got, "by_name");
    if (name_error)
        form_error(e, "by_name", name_error);
    int act = CONSENT_GIVE;
    if (form_error_for(&got, "action") || !vocab_parse(&consent_act_vocab, action, &act))
        form_error(e, "by_name", _(r, "Choose whether you agree."));
    *by_name = name;
    return (ConsentAct)act;
}

static enum MHD_Result consent_post(Req *r, Application *x)
{
    FormErrors e;
    const char *by_name;
    ConsentAct act = consent_read(r, &by_name, &e);
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
    ConsentAct act = consent_read(r, &by_name, &e);
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
