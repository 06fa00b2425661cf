/* learner.c — the learner's profile for partners (/learning/talent): who sees it (no one,
 * every partner of the organisations where they learn, or some), the profile they write and
 * approve (a short text, availability, the competences and credentials to show), the
 * profile as partners see it, the requests to meet them with their answers, and which
 * partners opened it. r->account is the learner; no organisation is involved. */
#include "core/clock.h"
#include "core/rows.h"
#include "flows/talent/profile.h"
#include "flows/talent/request.h"
#include "html/fmt.h"
#include "html/options.h"
#include "http/confirm.h"
#include "http/session.h"
#include "pages/talent/talent.h"
#include "q/talent/profile.h"
#include "q/talent/request.h"
#include "q/talent/shown.h"
#include "views/competences/progress.h"
#include "views/talent/profile.h"

/* What the page shows: the profile (id 0 when none yet) and what it may show. */
typedef struct Mine {
    TalentProfile p;
    bool has;
    Rows competences, credentials, choices, seen_by, opened, requests;
} Mine;

static bool mine_load(Req *r, Mine *m)
{
    int64_t me = r->account->id, now = clock_now();
    DbStatus st = q_talent_mine(r->db, me, r->arena, &m->p);
    if (st < DB_NONE)
        return false;
    m->has = st == DB_ONE;
    TalentCompetence c;
    TalentCredential k;
    TalentChoice ch;
    TalentSeen s;
    TalentRequest q;
    m->competences = ROWS_FROM(r->arena, &c);
    m->credentials = ROWS_FROM(r->arena, &k);
    m->choices = ROWS_FROM(r->arena, &ch);
    m->seen_by = ROWS_FROM(r->arena, &s);
    m->opened = ROWS_FROM(r->arena, &s);
    m->requests = ROWS_FROM(r->arena, &q);
    int64_t id = m->has ? m->p.id : 0;
    return q_talent_competences(r->db, TALENT_LEARNER, me, id, r->arena, &c, rows_collect,
                                &m->competences) >= DB_NONE &&
           q_talent_credentials(r->db, TALENT_LEARNER, me, id, now, r->arena, &k, rows_collect,
                                &m->credentials) >= DB_NONE &&
           q_talent_choices(r->db, me, id, r->arena, &ch, rows_collect, &m->choices) >= DB_NONE &&
           q_talent_seen_by(r->db, me, r->arena, &s, rows_collect, &m->seen_by) >= DB_NONE &&
           q_talent_opened_by(r->db, me, r->arena, &s, rows_collect, &m->opened) >= DB_NONE &&
           q_request_mine_list(r->db, me, r->arena, &q, rows_collect, &m->requests) >= DB_NONE;
}

/* Who sees the profile now, and the form that changes it. */
static void visibility_part(Html *h, Req *r, const Mine *m, const FormErrors *e)
{
    html(h, "<section aria-labelledby=\"h-who\">\n<h2 id=\"h-who\">%s</h2>\n",
         _(r, "Who sees your profile"));
    html_error_summary(h, r, e);
    if (!m->seen_by.n)
        html(h, "<p>%s</p>\n", _(r, "No partner sees your profile."));
    else {
        html(h, "<p>%s</p>\n<ul>\n", _(r, "These partners see your profile now:"));
        for (int i = 0; i < m->seen_by.n; i++)
            html(h, "<li>%s</li>\n", ROW(&m->seen_by, TalentSeen, i)->name);
        html_lit(h, "</ul>\n");
    }
    html_form_begin(h, r, "/learning/talent/visibility");
    const char *chosen = form_get(r, "visibility");
    html_select(h, e, "visibility", _(r, "Show my profile to"),
                vocab_options(r, &talent_visibilities, NULL, NULL),
                chosen ? chosen : vocab_key(&talent_visibilities, m->p.visibility));
    if (m->choices.n) {
        Options o = OPTIONS(r->arena);
        int64_t mask = 0;
        for (int i = 0; i < m->choices.n && i < 63; i++) {
            const TalentChoice *c = ROW(&m->choices, TalentChoice, i);
            options_id(
                &o, c->partner_id,
                arena_printf(r->arena, _(r, "%s (a partner of %s)"), c->partner_name, c->org_name));
            if (c->chosen)
                mask |= (int64_t)1 << i;
        }
        html_checkboxes(h, e, "partners", _(r, "The partners I choose"), options_end(&o), mask);
    } else {
        html(h, "<p>%s</p>\n",
             _(r, "The organisations where you learn have no partner in traject yet."));
    }
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save who sees my profile"));
    html_form_end(h);
    if (m->seen_by.n)
        html(h,
             "<form method=\"post\" action=\"/learning/talent/visibility\">"
             "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">"
             "<input type=\"hidden\" name=\"visibility\" value=\"none\">"
             "<button type=\"submit\" class=\"secondary\">%s</button></form>\n",
             csrf_token(r), _(r, "Hide my profile from every partner now"));
    html_lit(h, "</section>\n");
}

/* The form the learner writes and approves the profile with; in holds what was sent when
 * it comes back with errors. */
static void profile_form(Html *h, Req *r, const Mine *m, const TalentInput *in, const FormErrors *e)
{
    html(h, "<section aria-labelledby=\"h-profile\">\n<h2 id=\"h-profile\">%s</h2>\n",
         _(r, "Your profile"));
    html(h, "<p>%s</p>\n",
         _(r, "Say what you can do and what you look for. Do not write your name, age or "
              "diplomas here: partners judge what you can do."));
    html_error_summary(h, r, e);
    html_form_begin(h, r, "/learning/talent");
    html_textarea(h, e, "summary", _(r, "About you, in a few lines"),
                  in ? in->summary : m->p.summary, 5);
    html_input(h, r, e, "date", "available_from", _(r, "Available from (empty: now)"),
               in ? in->available_from : m->p.available_from, "off");
    const char *hours =
        in ? form_get(r, "hours")
           : (m->p.hours ? arena_printf(r->arena, "%lld", (long long)m->p.hours) : NULL);
    html_input(h, r, e, "number", "hours", _(r, "Hours a week you look for (empty: not said)"),
               hours, "off");
    html_select(h, e, "contract", _(r, "Contract you look for"),
                vocab_options(r, &talent_contracts, NULL, NULL),
                vocab_key(&talent_contracts, in ? in->contract : m->p.contract));
    if (m->competences.n) {
        Options o = OPTIONS(r->arena);
        int64_t mask = 0;
        for (int i = 0; i < m->competences.n && i < 63; i++) {
            const TalentCompetence *c = ROW(&m->competences, TalentCompetence, i);
            options_id(&o, c->competence_id, talent_competence_text(r, c));
            if (in ? false : c->shown)
                mask |= (int64_t)1 << i;
        }
        const char *const *opts = options_end(&o);
        if (in)
            mask = html_options_mask(opts, in->competences, in->ncompetences);
        html_checkboxes(h, e, "competences", _(r, "Competences to show (at their latest level)"),
                        opts, mask);
    } else {
        html(h, "<p>%s</p>\n", _(r, "No competence of yours was assessed yet."));
    }
    if (m->credentials.n) {
        Options o = OPTIONS(r->arena);
        int64_t mask = 0;
        for (int i = 0; i < m->credentials.n && i < 63; i++) {
            const TalentCredential *c = ROW(&m->credentials, TalentCredential, i);
            const char *name = lang_pick(r->lang, c->achievement_tr);
            options_id(
                &o, c->id,
                arena_printf(r->arena, "%s · %s", *name ? name : c->achievement, c->org_name));
            if (c->shown)
                mask |= (int64_t)1 << i;
        }
        const char *const *opts = options_end(&o);
        if (in)
            mask = html_options_mask(opts, in->credentials, in->ncredentials);
        html_checkboxes(h, e, "credentials", _(r, "Credentials to show"), opts, mask);
    }
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save and approve my profile"));
    html_form_end(h);
    html_lit(h, "</section>\n");
}

/* One request to meet the learner, with its answer buttons while it waits. */
static void request_item(Html *h, Req *r, const TalentRequest *q)
{
    html(h, "<li>\n<p><strong>%s</strong> · %s · %s</p>\n<blockquote>%s</blockquote>\n",
         q->partner_name, day_words_text(r, q->created_at),
         _(r, vocab_label(&talent_request_statuses, q->status)), q->message);
    if (q->status == TREQ_PENDING) {
        html_lit(h, "<div class=\"actions\">");
        html_button_form(
            h, r, arena_printf(r->arena, "/learning/talent/requests/%lld/accept", (long long)q->id),
            _(r, "Accept to meet"), q->partner_name);
        html_lit(h, " ");
        html_button_form(
            h, r,
            arena_printf(r->arena, "/learning/talent/requests/%lld/decline", (long long)q->id),
            _(r, "Decline"), q->partner_name);
        html_lit(h, "</div>\n");
    }
    html_lit(h, "</li>\n");
}

/* The forms of the page, to say which one errors come back to. */
enum { FORM_PROFILE, FORM_VISIBILITY, FORM_ANSWER };

/* The page; e holds the errors of the form which (in: what was sent when it is the
 * profile's). */
static enum MHD_Result mine_page(Req *r, const TalentInput *in, int which, const FormErrors *e,
                                 int status)
{
    const FormErrors *pe = which == FORM_PROFILE ? e : NULL,
                     *ve = which == FORM_VISIBILITY ? e : NULL;
    Mine m;
    if (!mine_load(r, &m))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "My profile for partners"));
    html(h, "<h1>%s</h1>\n", _(r, "My profile for partners"));
    html_notice(h,
                query_notice(r, "saved", N_("Your profile has been saved."), "shown",
                             N_("Saved: who sees your profile has changed."), "accepted",
                             N_("You accepted: the partner now sees your name and e-mail "
                                "address."),
                             "declined", N_("You declined the request."), NULL),
                false);
    html(h, "<p>%s</p>\n",
         _(r, "Partners of the organisations where you learn look for people to meet for "
              "internships and jobs. If you choose to be seen, they find the profile below "
              "under a pseudonym; they never see your name or e-mail address unless you accept "
              "to meet them. You can hide it again at any time."));
    if (m.has)
        html(h, "<p>%s</p>\n", arena_printf(r->arena, _(r, "Your pseudonym: %s"), m.p.handle));
    visibility_part(h, r, &m, ve);
    profile_form(h, r, &m, in, pe);
    if (m.has && m.p.approved_at) {
        html(h, "<section aria-labelledby=\"h-preview\">\n<h2 id=\"h-preview\">%s</h2>\n",
             _(r, "What partners see"));
        Rows shown_c = ROWS(r->arena, TalentCompetence), shown_k = ROWS(r->arena, TalentCredential);
        for (int i = 0; i < m.competences.n; i++)
            if (ROW(&m.competences, TalentCompetence, i)->shown)
                *(TalentCompetence *)rows_push(&shown_c) =
                    *ROW(&m.competences, TalentCompetence, i);
        for (int i = 0; i < m.credentials.n; i++)
            if (ROW(&m.credentials, TalentCredential, i)->shown)
                *(TalentCredential *)rows_push(&shown_k) =
                    *ROW(&m.credentials, TalentCredential, i);
        html_talent_profile(h, r, &m.p, &shown_c, &shown_k, 3);
        html_lit(h, "</section>\n");
    }
    html(
        h,
        "<section id=\"f-answer\" aria-labelledby=\"h-requests\">\n<h2 id=\"h-requests\">%s</h2>\n",
        _(r, "Requests to meet you"));
    if (which == FORM_ANSWER)
        html_error_summary(h, r, e);
    if (!m.requests.n)
        html(h, "<p>%s</p>\n", _(r, "No partner asked to meet you yet."));
    else {
        html_lit(h, "<ul class=\"requests\">\n");
        for (int i = 0; i < m.requests.n; i++)
            request_item(h, r, ROW(&m.requests, TalentRequest, i));
        html_lit(h, "</ul>\n");
    }
    html(h, "</section>\n<section aria-labelledby=\"h-opened\">\n<h2 id=\"h-opened\">%s</h2>\n",
         _(r, "Partners who opened your profile"));
    if (!m.opened.n)
        html(h, "<p>%s</p>\n", _(r, "No partner opened your profile yet."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < m.opened.n; i++) {
            const TalentSeen *s = ROW(&m.opened, TalentSeen, i);
            html(
                h, "<li>%s · %s</li>\n", s->name,
                arena_printf(r->arena,
                             _n(r, "%s time, the last on %s", "%s times, the last on %s", s->times),
                             number_text(r, s->times, 0, 0), day_words_text(r, s->last_at)));
        }
        html_lit(h, "</ul>\n");
    }
    html(h, "</section>\n<p><a href=\"/learning\">%s</a></p>\n", _(r, "My learning"));
    return page_end_status(r, h, status);
}

/* GET /learning/talent */
enum MHD_Result page_my_talent(Req *r)
{
    return mine_page(r, NULL, FORM_PROFILE, NULL, 200);
}

/* POST /learning/talent */
enum MHD_Result page_my_talent_save(Req *r)
{
    TalentInput in = {0};
    char *contract = NULL;
    FieldSpec spec[] = {
        FIELD("summary", F_TEXT, N_("About you, in a few lines"), .required = true,
              .max = TALENT_SUMMARY_MAX, .text = &in.summary),
        FIELD("available_from", F_DATE, N_("Available from"), .text = &in.available_from),
        FIELD("hours", F_INT, N_("Hours a week"), .min = 0, .max = TALENT_HOURS_MAX,
              .num = &in.hours),
        FIELD("contract", F_CHOICE, N_("Contract you look for"), .required = true,
              .choices = vocab_keys(r, &talent_contracts), .text = &contract),
        FIELD("competences", F_MULTI, N_("Competences to show"), .ids = &in.competences,
              .nids = &in.ncompetences),
        FIELD("credentials", F_MULTI, N_("Credentials to show"), .ids = &in.credentials,
              .nids = &in.ncredentials),
        {0},
    };
    FormErrors e;
    bool ok = form_read(r, spec, &e);
    int c = CONTRACT_ANY;
    if (contract)
        vocab_parse(&talent_contracts, contract, &c);
    in.contract = (TalentContract)c;
    if (!ok)
        return mine_page(r, &in, FORM_PROFILE, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_talent_save(&f, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return mine_page(r, &in, FORM_PROFILE, &o.fields, o.status);
    return reply_redirect(r, "/learning/talent?saved=1");
}

/* POST /learning/talent/visibility */
enum MHD_Result page_my_talent_visibility(Req *r)
{
    char *key = NULL;
    int64_t *partners = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("visibility", F_CHOICE, N_("Show my profile to"), .required = true,
              .choices = vocab_keys(r, &talent_visibilities), .text = &key),
        FIELD("partners", F_MULTI, N_("The partners I choose"), .ids = &partners, .nids = &n),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return mine_page(r, NULL, FORM_VISIBILITY, &e, 400);
    int v = TALENT_NONE;
    vocab_parse(&talent_visibilities, key, &v);
    Flow f = req_flow(r);
    Outcome o = flow_talent_visibility(&f, (TalentVisibility)v, partners, n);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return mine_page(r, NULL, FORM_VISIBILITY, &o.fields, o.status);
    return reply_redirect(r, "/learning/talent?shown=1");
}

/* The answer to a request: accepting asks for a confirmation first (the partner then sees
 * the learner's name and e-mail address, which cannot be taken back). */
static enum MHD_Result answer(Req *r, bool accept)
{
    TalentRequest q;
    DbStatus st = q_request_mine(r->db, r->account->id, req_id(r, "id"), r->arena, &q);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (accept && q.status == TREQ_PENDING && !confirm_ok(r))
        return confirm_page(
            r, _(r, "Accept to meet this partner?"),
            arena_printf(r->arena,
                         _(r, "%s will see your name (%s) and your e-mail address (%s), and may "
                              "contact you. This cannot be taken back."),
                         q.partner_name, r->account->name, r->account->email),
            _(r, "Accept and show my name"), "/learning/talent");
    Flow f = req_flow(r);
    Outcome o = flow_talent_answer(&f, q.id, accept);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return mine_page(r, NULL, FORM_ANSWER, &o.fields, o.status);
    return reply_redirect(r,
                          accept ? "/learning/talent?accepted=1" : "/learning/talent?declined=1");
}

/* POST /learning/talent/requests/{id}/accept */
enum MHD_Result page_my_talent_accept(Req *r)
{
    return answer(r, true);
}

/* POST /learning/talent/requests/{id}/decline */
enum MHD_Result page_my_talent_decline(Req *r)
{
    return answer(r, false);
}
