/* appdetail.c — one application for staff: its status and why, a waiting-list offer, who
 * applied (administrators only), the answers as reviewers saw them, the submitted reviews
 * with their reviewers' names, and a guardian's consent with the form to record one signed on
 * paper. Reading it changes nothing. */
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "flows/intake/duplicate.h"
#include "html/fmt.h"
#include "http/confirm.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "q/intake/duplicate.h"
#include "views/intake/review.h"

/* A received application that resembles one sent before it: the link to that one, and the
 * buttons that close this one as a duplicate. False on a database error. */
static bool duplicate_section(Html *h, Req *r, const Application *x)
{
    int64_t first = 0;
    DbStatus st =
        x->status == APP_SUBMITTED ? q_app_first_like(r->db, r->org_id, x->id, &first) : DB_NONE;
    if (st != DB_ONE)
        return st >= DB_NONE;
    html(h,
         "<h2 id=\"duplicate\">%s</h2>\n<p>%s <a "
         "href=\"/orgs/%lld/applications/%lld\">A-%lld</a></p>\n",
         _(r, "Likely duplicate"),
         _(r, "It resembles an application sent before it (the same e-mail address, or the same "
              "phone and date of birth):"),
         (long long)r->org_id, (long long)first, (long long)first);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/applications/%lld/duplicate",
                                 (long long)r->org_id, (long long)x->id));
    html(h,
         "<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"%s\" "
         "class=\"secondary\">%s</button>\n<button type=\"submit\" name=\"action\" "
         "value=\"%s\" class=\"secondary\">%s</button></div>\n",
         vocab_key(&duplicate_act_vocab, DUPLICATE_DECLINE),
         _(r, vocab_label(&duplicate_act_vocab, DUPLICATE_DECLINE)),
         vocab_key(&duplicate_act_vocab, DUPLICATE_MERGE),
         arena_printf(r->arena, _(r, "Merge into A-%lld"), (long long)first));
    html_form_end(h);
    return true;
}

/* The staff's notes on the application. False on a database error. */
static bool notes_section(Html *h, Req *r, const Application *x)
{
    AppNote n;
    Rows rows = ROWS_FROM(r->arena, &n);
    if (q_app_notes(r->db, r->org_id, x->id, r->arena, &n, rows_collect, &rows) < DB_NONE)
        return false;
    if (!rows.n)
        return true;
    html(h, "<h2 id=\"notes\">%s</h2>\n", _(r, "Notes"));
    for (int i = 0; i < rows.n; i++) {
        const AppNote *o = ROW(&rows, AppNote, i);
        html(h, "<p class=\"prose\" dir=\"auto\">%s</p>\n<p><small>%s</small></p>\n", o->body,
             *o->author
                 ? arena_printf(r->arena, _(r, "%s, %s"), o->author, moment_text(r, o->created_at))
                 : moment_text(r, o->created_at));
    }
    return true;
}

/* GET /orgs/{org}/applications/{id} */
enum MHD_Result page_app_detail(Req *r)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_missing(r, st);
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
    if (!duplicate_section(h, r, &x) || !notes_section(h, r, &x))
        return reply_error(r, ERR_DB);
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

/* POST /orgs/{org}/applications/{id}/duplicate: declines it as a duplicate, or merges it into
 * the first application it resembles, once confirmed */
enum MHD_Result page_app_duplicate(Req *r)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_missing(r, st);
    int act = 0;
    char *action = NULL;
    const char *const *keys = vocab_keys(r, &duplicate_act_vocab);
    FieldSpec spec[] = {
        FIELD("action", F_CHOICE, N_("Likely duplicate"), .required = true, .choices = keys,
              .text = &action),
        {0},
    };
    FormErrors e;
    const char *title = _(r, "Likely duplicate");
    if (!form_read(r, spec, &e) || !vocab_parse(&duplicate_act_vocab, action, &act))
        return form_errors_back(r, title, &e);
    Flow f = req_flow(r);
    int64_t first = 0;
    Outcome o = duplicate_check(&f, &x, &first);
    if (o.ok && !confirm_ok(r)) {
        const char *self = arena_printf(r->arena, "/orgs/%lld/applications/%lld#duplicate",
                                        (long long)r->org_id, (long long)x.id);
        if (act == DUPLICATE_MERGE)
            return confirm_page(
                r,
                arena_printf(r->arena, _(r, "Merge A-%lld into A-%lld?"), (long long)x.id,
                             (long long)first),
                arena_printf(r->arena,
                             _(r, "The answers of A-%lld are kept as a note on A-%lld, which goes "
                                  "on as it is. A-%lld is closed as a duplicate, and its applicant "
                                  "gets an e-mail saying so. This cannot be undone."),
                             (long long)x.id, (long long)first, (long long)x.id),
                _(r, "Merge and close"), self);
        return confirm_page(
            r,
            arena_printf(r->arena, _(r, "Decline A-%lld as a duplicate of A-%lld?"),
                         (long long)x.id, (long long)first),
            arena_printf(r->arena,
                         _(r, "A-%lld is closed as a duplicate and its applicant gets an e-mail "
                              "saying that their first application, A-%lld, goes on as it is. "
                              "This cannot be undone."),
                         (long long)x.id, (long long)first),
            _(r, "Decline as a duplicate"), self);
    }
    if (o.ok)
        o = duplicate_close(&f, &x, (DuplicateAct)act);
    if (!o.ok && o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return form_errors_back(r, title, &o.fields);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/applications/%lld?saved=1",
                                          (long long)r->org_id, (long long)x.id));
}
