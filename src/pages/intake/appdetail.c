/* appdetail.c — one application for staff: its status and why, a waiting-list offer, who
 * applied (administrators only), the answers as reviewers saw them, the submitted reviews
 * with their reviewers' names, and a guardian's consent with the form to record one signed on
 * paper. Reading it changes nothing. */
#include <string.h>

#include "core/clock.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "views/intake/review.h"

/* GET /orgs/{org}/applications/{id} */
enum MHD_Result page_app_detail(Req *r)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    const char *code = arena_printf(r->arena, _(r, "Application A-%lld"), (long long)x.id);
    Html *h = page_begin(r, code);
    html(h, "<h1>%s</h1>\n", code);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/selection\">%s</a></p>\n",
         (long long)r->org_id, (long long)x.programme_id, _(r, "Reviews and selection"));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Status"),
         _(r, vocab_label(&app_status, x.status)));
    if (x.reason != REASON_NONE || *x.reason_note)
        html(h, "<dt>%s</dt><dd>%s %s</dd>\n", _(r, "Reason"), app_reason_text(r, &x),
             x.reason_note);
    if (x.waitlist_rank && x.status == APP_WAITLISTED)
        html(h, "<dt>%s</dt><dd>%lld</dd>\n", _(r, "Place on the waiting list"),
             (long long)x.waitlist_rank);
    if (app_offer_state(&x, clock_now()) != OFFER_NONE)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Place offered until"),
             moment_text(r, x.offer_expires_at));
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Received on"), moment_text(r, x.created_at));
    /* who applied: admins only */
    if (r->roles & ROLE_ADMIN) {
        html(h,
             "<h2>%s</h2>\n<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
             "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n",
             _(r, "Who applied"), _(r, "Name"), x.name, _(r, "E-mail address"), x.email,
             _(r, "Phone"), *x.phone ? x.phone : "–", _(r, "Date of birth"), x.birth_date,
             _(r, "Municipality"), x.municipality);
        if (*x.guardian_name)
            html(h, "<dt>%s</dt><dd>%s, %s</dd>\n", _(r, "Parent or guardian"), x.guardian_name,
                 x.guardian_email);
        html_lit(h, "</dl>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "Only administrators see who applied."));
    }
    if (!html_app_blind(h, r, &x))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Submitted reviews"));
    int n = 0;
    bool mine = false; /* the reader reviews it too: nothing of the others before theirs */
    if (!app_review_pending(r, &x, &mine))
        return reply_error(r, ERR_DB);
    if (mine)
        html(h, "<p>%s <a href=\"/orgs/%lld/reviews/%lld\">%s</a></p>\n",
             _(r, "You review this application: the other reviews show once you have submitted "
                  "yours."),
             (long long)r->org_id, (long long)x.id, _(r, "Write your review"));
    else if (!html_review_lines(h, r, &x, true, &n))
        return reply_error(r, ERR_DB);
    if (!n && !mine)
        html(h, "<p>%s</p>\n", _(r, "None yet."));
    ConsentState consent = x.consent;
    if (consent != CONSENT_NONE) {
        html(h, "<h2 id=\"consent\">%s</h2>\n<p>%s</p>\n", _(r, "Consent of a parent or guardian"),
             app_consent_text(r, &x));
        if (!html_consent_events(h, r, &x))
            return reply_error(r, ERR_DB);
        bool pending = consent == CONSENT_PENDING, given = consent == CONSENT_GIVEN;
        if ((pending || given) && x.status != APP_WITHDRAWN) {
            html(h, "<details><summary>%s</summary>\n",
                 _(r, "Record a consent form signed on paper"));
            html_form_begin(h, r,
                            arena_printf(r->arena, "/orgs/%lld/applications/%lld/consent",
                                         (long long)r->org_id, (long long)x.id));
            html_input(h, r, NULL, "text", "by_name", _(r, "Name of the parent or guardian"), NULL,
                       "off");
            if (pending)
                html(h,
                     "<div class=\"actions\"><button type=\"submit\" name=\"action\" "
                     "value=\"give\" class=\"secondary\">%s</button>\n"
                     "<button type=\"submit\" name=\"action\" value=\"refuse\" "
                     "class=\"secondary\">%s</button></div>\n",
                     _(r, "They agreed"), _(r, "They did not agree"));
            else
                html(h,
                     "<button type=\"submit\" name=\"action\" value=\"withdraw\" "
                     "class=\"secondary\">%s</button>\n",
                     _(r, "They withdrew their consent"));
            html_form_end(h);
            html_lit(h, "</details>\n");
        }
    }
    return page_end(r, h);
}
