/* personal.c — the pages at a registration's personal links, without an account: the
 * registrant's own page (where they stand, the QR code to show at the door, cancelling,
 * which asks first) and the parent's or guardian's page (agree, refuse, later withdraw:
 * views/consent/guardian.h, as for an application). What each act does is the workflow's
 * (flows/events/registration.h). */
#include "flows/events/registration.h"
#include "html/fmt.h"
#include "html/qr.h"
#include "http/confirm.h"
#include "pages/events/events.h"
#include "q/events/event.h"
#include "q/events/hackathon.h"
#include "q/events/registration.h"
#include "views/consent/guardian.h"
#include "views/events/event.h"
#include "views/events/hackathon.h"
#include "views/intake/privacy.h"
#include "views/intake/review.h"

/* A page of a registration and its event. */
typedef enum MHD_Result (*RegPage)(Req *r, EventRegistration *x, Event *e);

/* Runs fn for the registration of the route's {token} (the registrant's, or with guardian
 * the guardian's) and its event; 404 when there is none. */
static enum MHD_Result with_reg_link(Req *r, bool guardian, RegPage fn)
{
    const char *hash = app_link_hash(r);
    if (!hash)
        return reply_missing(r, DB_NONE);
    r->private_link = true;
    EventRegistration x;
    Event e;
    DbStatus st = q_reg_by_link(r->db, hash, guardian, r->arena, &x);
    if (st == DB_ONE)
        st = q_event_get(r->db, x.org_id, x.event_id, r->arena, &e);
    return st == DB_ONE ? fn(r, &x, &e) : reply_missing(r, st);
}

/* The team x is in at a hackathon, what it submitted and the form to submit; err: that
 * form's errors. False on a database error. */
static bool my_team(Html *h, Req *r, const EventRegistration *x, const FormErrors *err)
{
    HackTeam t;
    DbStatus st = q_hack_team_of(r->db, x->id, r->arena, &t);
    if (st != DB_ONE)
        return st == DB_NONE;
    html(h, "<section aria-labelledby=\"team\">\n<h2 id=\"team\">%s</h2>\n<p>%s</p>\n",
         arena_printf(r->arena, _(r, "Your team: %s"), t.name),
         arena_printf(r->arena, _(r, "Challenge: %s"), t.challenge_title));
    if (!html_submissions(h, r, &t, NULL))
        return false;
    html_submit_form(h, r, err, arena_printf(r->arena, "%s/submissions", r->path));
    html_lit(h, "</section>\n");
    return true;
}

/* The registrant's page; error: a message at the top; err: the submission form's errors. */
static enum MHD_Result my_page(Req *r, const EventRegistration *x, const Event *e,
                               const char *error, const FormErrors *err, int status)
{
    Html *h = page_begin(r, e->title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", e->title, e->org_name);
    html_notice(h,
                query_notice(r, "new",
                             N_("Thank you: your registration is recorded, and we sent "
                                "you this page's link by e-mail."),
                             "cancelled", N_("Your registration is cancelled."), "submitted",
                             N_("The work is submitted."), NULL),
                false);
    if (error)
        html_notice(h, error, true);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Name"), x->name, _(r, "Your registration"), reg_state_text(r, x));
    html_event_facts(h, r, e);
    if (x->consent == CONSENT_PENDING && x->status != REG_CANCELLED)
        html(h, "<p>%s</p>\n",
             _(r, "A parent or guardian must still agree: we sent them an e-mail with their own "
                  "link."));
    if (x->status == REG_REGISTERED) {
        html(h, "<section aria-labelledby=\"qr\">\n<h2 id=\"qr\">%s</h2>\n<p>%s</p>\n",
             _(r, "Your check-in code"), _(r, "Show this code at the door."));
        const char *url = arena_printf(r->arena, "%s/orgs/%lld/event-registrations/%lld",
                                       base_url(r), (long long)x->org_id, (long long)x->id);
        if (!html_qr_svg(h, url, _(r, "Your check-in code")))
            return reply_error(r, ERR_INTERNAL);
        html(h, "<p>%s %lld</p>\n</section>\n", _(r, "Registration number"), (long long)x->id);
    }
    if (x->status == REG_REGISTERED && !my_team(h, r, x, err))
        return reply_error(r, ERR_DB);
    if (x->status != REG_CANCELLED) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Cancel"),
             x->status == REG_REGISTERED
                 ? _(r, "If you cannot come, cancel: your place goes to the first on the waiting "
                        "list.")
                 : _(r, "If you no longer wish to come, leave the waiting list."));
        html_form_begin(h, r, arena_printf(r->arena, "%s/cancel", r->path));
        html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             _(r, "Cancel my registration"));
        html_form_end(h);
    }
    if (!html_privacy_notice(h, r, e->org_id, e->org_name))
        return reply_error(r, ERR_DB);
    return page_end_status(r, h, status);
}

static enum MHD_Result my_show(Req *r, EventRegistration *x, Event *e)
{
    return my_page(r, x, e, NULL, NULL, 200);
}

/* GET /events/registrations/{token} */
enum MHD_Result page_my_registration(Req *r)
{
    return with_reg_link(r, false, my_show);
}

static enum MHD_Result my_cancel(Req *r, EventRegistration *xp, Event *ep)
{
    const EventRegistration x = *xp;
    const Event e = *ep;
    const char *page = arena_printf(r->arena, "/events/registrations/%s", req_param(r, "token"));
    if (x.status != REG_CANCELLED && !confirm_ok(r))
        return confirm_page(
            r, _(r, "Cancel your registration?"),
            arena_printf(r->arena,
                         _(r, "Your registration for \"%s\" will be cancelled; it cannot be "
                              "undone."),
                         e.title),
            _(r, "Cancel my registration"), page);
    Flow f = req_flow(r);
    Outcome o = event_cancel(&f, &e, &x);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return my_page(r, &x, &e, form_error_for(&o.fields, "cancel"), NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?cancelled=1", page));
}

/* POST /events/registrations/{token}/cancel: asks first */
enum MHD_Result page_my_registration_cancel(Req *r)
{
    return with_reg_link(r, false, my_cancel);
}

static enum MHD_Result my_submit(Req *r, EventRegistration *x, Event *e)
{
    HackTeam t;
    DbStatus st =
        x->status == REG_REGISTERED ? q_hack_team_of(r->db, x->id, r->arena, &t) : DB_NONE;
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *url;
    EvidenceFile file;
    submit_form_read(r, &url, &file);
    Flow f = req_flow(r);
    Outcome o = hack_submit(&f, &t, url, &file);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return my_page(r, x, e, NULL, &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "/events/registrations/%s?submitted=1", req_param(r, "token")));
}

/* POST /events/registrations/{token}/submissions: a hackathon team member's work */
enum MHD_Result page_my_submission(Req *r)
{
    return with_reg_link(r, false, my_submit);
}

/* The privacy notice inside the guardian's form. */
static bool privacy_in_form(Html *h, Req *r, void *ctx)
{
    const Event *e = ctx;
    return html_privacy_notice(h, r, e->org_id, e->org_name);
}

static enum MHD_Result consent_page(Req *r, const EventRegistration *x, const Event *e,
                                    const char *typed, const FormErrors *err, const char *notice,
                                    int status)
{
    Html *h = page_begin(r, _(r, "Consent of a parent or guardian"));
    html(h, "<h1>%s</h1>\n", _(r, "Consent of a parent or guardian"));
    html_notice(h, notice, false);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "%s registered for \"%s\" at %s. Because they are young, they can take "
                           "part only if a parent or guardian agrees."),
                      x->name, e->title, e->org_name));
    html_event_facts(h, r, e);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Consent"),
         _(r, vocab_label(&consent_vocab, x->consent)));
    bool ok;
    bool in_form = html_guardian_form(
        h, r, err, r->path,
        x->status == REG_CANCELLED && x->consent == CONSENT_PENDING ? CONSENT_NONE : x->consent,
        typed ? typed : x->guardian_name,
        _(r, "By agreeing, you allow the organisation to keep these details and the young person "
             "to take part in the event."),
        _(r, "You can withdraw your consent at any time; the young person's registration is then "
             "cancelled."),
        privacy_in_form, (void *)e, &ok);
    if (!ok || (!in_form && !html_privacy_notice(h, r, e->org_id, e->org_name)))
        return reply_error(r, ERR_DB);
    return page_end_status(r, h, status);
}

static enum MHD_Result consent_show(Req *r, EventRegistration *x, Event *e)
{
    return consent_page(r, x, e, NULL, NULL,
                        query_get(r, "saved") ? _(r, "Thank you: your answer is recorded.") : NULL,
                        200);
}

/* GET /events/consent/{token} */
enum MHD_Result page_event_consent(Req *r)
{
    return with_reg_link(r, true, consent_show);
}

static enum MHD_Result consent_post(Req *r, EventRegistration *xp, Event *ep)
{
    const EventRegistration x = *xp;
    const Event e = *ep;
    FormErrors err;
    const char *by_name;
    ConsentAct act = guardian_read(r, &by_name, &err);
    if (err.n)
        return consent_page(r, &x, &e, by_name ? by_name : "", &err, NULL, 400);
    Flow f = req_flow(r);
    Outcome o = event_consent(&f, &e, &x, act);
    if (o.status == 409)
        return consent_page(r, &x, &e, NULL, NULL, _(r, "This answer was recorded already."), 409);
    if (!o.ok)
        return reply_error(r, o.err != ERR_COUNT ? o.err : ERR_BAD_REQUEST);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", r->path));
}

/* POST /events/consent/{token} */
enum MHD_Result page_event_consent_post(Req *r)
{
    return with_reg_link(r, true, consent_post);
}
