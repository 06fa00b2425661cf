/* applicant.c — the applicant's personal page, reached through the link mailed to them
 * (an unguessable token: only its hash is kept): where the application stands and why, a
 * place offered from the waiting list to take up, the contact details to update, and
 * withdrawing. The changes are workflows (flows/intake/apply.h, flows/intake/admission.h). */
#include "core/clock.h"
#include "flows/intake/admission.h"
#include "flows/intake/apply.h"
#include "flows/intake/placement.h"
#include "html/fmt.h"
#include "http/confirm.h"
#include "pages/intake/intake.h"
#include "q/intake/placement.h"
#include "views/intake/privacy.h"
#include "views/intake/review.h"
#include "views/training/feed.h"

static const char *status_text(Req *r, const Application *x)
{
    switch (x->status) {
    case APP_SUBMITTED:
        return _(r, "Received: reviewers will read it without your name.");
    case APP_ACCEPTED:
        return _(r, "Accepted: you have a place.");
    case APP_WAITLISTED:
        if (x->offer_expires_at)
            return _(r, "A place is offered to you.");
        return arena_printf(r->arena, _(r, "On the waiting list, number %lld."),
                            (long long)x->waitlist_rank);
    case APP_DECLINED:
        if (x->reason == REASON_DUPLICATE)
            return _(r, "Closed: you applied more than once, and your first application goes "
                        "on.");
        return _(r, "Not selected this time.");
    case APP_WITHDRAWN:
        break;
    }
    if (x->reason == REASON_NONE || x->reason == REASON_APPLICANT)
        return _(r, "You withdrew this application.");
    return _(r, "Withdrawn.");
}

/* What an accepted applicant needs to know to come, and their schedule for a calendar app;
 * false on a database error. */
static bool placement_section(Html *h, Req *r, const Application *x)
{
    Placement p;
    DbStatus st = x->cohort_id
                      ? q_placement(r->db, x->org_id, x->cohort_id, clock_now(), r->arena, &p)
                      : DB_NONE;
    if (st != DB_ONE)
        return st == DB_NONE;
    PlacementFact facts[PLACEMENT_FACTS];
    int n = placement_facts(r->arena, r->lang, &p, facts);
    html(h, "<h2>%s</h2>\n<dl class=\"facts\">\n", _(r, "Your place"));
    for (int i = 0; i < n; i++)
        html(h, "<dt>%s</dt><dd class=\"prose\">%s</dd>\n", facts[i].label, facts[i].value);
    html(h, "</dl>\n<p><a href=\"/applications/%s/calendar.ics\" download>%s</a></p>\n",
         req_param(r, "token"), _(r, "Add the sessions to your calendar"));
    return true;
}

static enum MHD_Result app_page(Req *r, const Application *x, const FormErrors *e,
                                const char *notice, int status)
{
    Html *h = page_begin(r, _(r, "Your application"));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", _(r, "Your application"), lang_pick(r->lang, x->title),
         x->org_name);
    html_notice(h, notice, false);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Status"), status_text(r, x));
    const char *why = app_reason_text(r, x);
    if (*why || *x->reason_note)
        html(h, "<dt>%s</dt><dd>%s %s</dd>\n", _(r, "Why"), why, x->reason_note);
    if (x->consent != CONSENT_NONE)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Consent"), app_consent_text(r, x));
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Sent on"), moment_text(r, x->created_at));
    if (x->status == APP_ACCEPTED && !placement_section(h, r, x))
        return reply_error(r, ERR_DB);
    if (x->status == APP_WITHDRAWN || x->status == APP_DECLINED) {
        html(h, "<p><a href=\"/programmes\">%s</a></p>\n", _(r, "See the programmes open now"));
        if (!html_privacy_notice(h, r, x->org_id, x->org_name))
            return reply_error(r, ERR_DB);
        return page_end_status(r, h, status);
    }
    const char *self = arena_printf(r->arena, "/applications/%s", req_param(r, "token"));
    if (x->status == APP_WAITLISTED && x->offer_expires_at) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "A place for you"),
             arena_printf(r->arena,
                          _(r, "Take it up before %s; after that it goes to the next person on the "
                               "waiting list."),
                          moment_text(r, x->offer_expires_at)));
        html_button_form(h, r, arena_printf(r->arena, "%s/accept", self), _(r, "Take up the place"),
                         NULL);
    }
    html(h, "<h2>%s</h2>\n", _(r, "Your contact details"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "%s/contact", self));
    html_input(h, r, e, "email", "email", _(r, "E-mail address"), x->email, "email");
    html_input(h, r, e, "tel", "phone", _(r, "Phone (optional)"), x->phone, "tel");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), x->municipality,
               "address-level2");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    bool placed = x->status == APP_ACCEPTED || x->offer_expires_at;
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", placed ? _(r, "Decline the place") : _(r, "Withdraw"),
         _(r, "If you no longer want to take part, you can withdraw; your place goes to someone "
              "else."));
    html_button_form(h, r, arena_printf(r->arena, "%s/withdraw", self),
                     placed ? _(r, "Decline the place") : _(r, "Withdraw my application"), NULL);
    if (!html_privacy_notice(h, r, x->org_id, x->org_name))
        return reply_error(r, ERR_DB);
    return page_end_status(r, h, status);
}

static enum MHD_Result show(Req *r, Application *x)
{
    const char *notice =
        query_get(r, "sent")     ? _(r, "Your application is sent. We also e-mailed you this link.")
        : query_get(r, "saved")  ? _(r, "Saved.")
        : query_get(r, "placed") ? _(r, "The place is yours: welcome! We e-mailed you the details.")
                                 : NULL;
    return app_page(r, x, NULL, notice, 200);
}

/* GET /applications/{token} */
enum MHD_Result page_application(Req *r)
{
    return with_app_link(r, false, show);
}

static enum MHD_Result calendar(Req *r, Application *x)
{
    if (x->status != APP_ACCEPTED || !x->cohort_id)
        return reply_error(r, ERR_NOT_FOUND);
    const Buf *b = feed_ics(r, true, x->org_id, x->cohort_id, lang_pick(r->lang, x->title));
    if (!b)
        return reply_error(r, ERR_DB);
    if (r->gone)
        return MHD_NO;
    return reply_body(r, 200, "text/calendar; charset=utf-8", b->data, b->len);
}

/* GET /applications/{token}/calendar.ics: the sessions of an accepted applicant's cohort */
enum MHD_Result page_application_calendar(Req *r)
{
    return with_app_link(r, false, calendar);
}

static enum MHD_Result contact(Req *r, Application *x)
{
    char *email = NULL, *phone = NULL, *municipality = NULL;
    FieldSpec spec[] = {
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email),
        FIELD("phone", F_TEXT, N_("Phone (optional)"), .max = 30, .text = &phone),
        FIELD("municipality", F_TEXT, N_("Municipality"), .required = true, .max = 100,
              .text = &municipality),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        Application typed = *x; /* the contact form shows what was sent */
        typed.email = email ? email : "";
        typed.phone = phone ? phone : "";
        typed.municipality = municipality ? municipality : "";
        return app_page(r, &typed, &e, NULL, 400);
    }
    Flow f = req_flow(r);
    Outcome o = apply_contact_update(&f, x, app_link_hash(r), email, phone, municipality);
    if (!o.ok && o.err == ERR_CONFLICT)
        return app_page(r, x, NULL, NULL, 409);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/applications/%s?saved=1", req_param(r, "token")));
}

/* POST /applications/{token}/contact */
enum MHD_Result page_application_contact(Req *r)
{
    return with_app_link(r, false, contact);
}

/* The page that asks once more before the applicant withdraws or declines a place. */
static enum MHD_Result withdraw_confirm(Req *r, const Application *x)
{
    const char *programme = lang_pick(r->lang, x->title);
    const char *self = arena_printf(r->arena, "/applications/%s", req_param(r, "token"));
    bool placed = x->status == APP_ACCEPTED || x->offer_expires_at;
    if (placed)
        return confirm_page(
            r, arena_printf(r->arena, _(r, "Decline your place in %s?"), programme),
            arena_printf(r->arena,
                         _(r, "Your place in %s at %s goes to the next person on the waiting "
                              "list. This cannot be undone: to take part later, you would have to "
                              "apply again."),
                         programme, x->org_name),
            _(r, "Decline the place"), self);
    return confirm_page(
        r, arena_printf(r->arena, _(r, "Withdraw your application to %s?"), programme),
        arena_printf(r->arena,
                     _(r, "%s will no longer consider your application to %s. This cannot be "
                          "undone: to take part later, you would have to apply again."),
                     x->org_name, programme),
        _(r, "Withdraw my application"), self);
}

static enum MHD_Result withdraw(Req *r, Application *x)
{
    if (!confirm_ok(r))
        return withdraw_confirm(r, x);
    Flow f = req_flow(r);
    Outcome o = admission_applicant_withdraw(&f, x);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/applications/%s", req_param(r, "token")));
}

/* POST /applications/{token}/withdraw */
enum MHD_Result page_application_withdraw(Req *r)
{
    return with_app_link(r, false, withdraw);
}

static enum MHD_Result take_offer(Req *r, Application *x)
{
    Flow f = req_flow(r);
    Outcome o = admission_take_offer(&f, x);
    if (!o.ok && o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) { /* the page as it stands now */
        DbStatus st = app_by_link(r, false, x);
        if (st != DB_ONE)
            return reply_missing(r, st);
        return app_page(r, x, NULL, form_error_for(&o.fields, "offer"), 409);
    }
    return reply_redirect(
        r, arena_printf(r->arena, "/applications/%s?placed=1", req_param(r, "token")));
}

/* POST /applications/{token}/accept: takes up a place offered from the waiting list */
enum MHD_Result page_application_accept(Req *r)
{
    return with_app_link(r, false, take_offer);
}
