/* cases.c — cases from partners for the training organisation's staff: the list a page at
 * a time, a case submitted on a partner's behalf, a case with its brief and its teams'
 * work, accepting it into a cohort, giving it to teams of that cohort; the hand-ins' files for
 * staff, for the partner's own organisation and for the team's members. */
#include "pages/cases/cases.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/cases/case.h"
#include "flows/cases/team.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "http/confirm.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "q/cases/work.h"
#include "q/partners/partner.h"
#include "views/cases/case.h"
#include "views/cases/form.h"
#include "views/competences/options.h"

/* GET /orgs/{org}/cases */
enum MHD_Result page_cases(Req *r)
{
    Html *h = page_begin(r, _(r, "Cases from partners"));
    long long org = (long long)r->org_id;
    html(h, "<h1>%s</h1>\n", _(r, "Cases from partners"));
    html(h,
         "<p><a href=\"/orgs/%lld/cases/new\" role=\"button\">%s</a> "
         "<a href=\"/orgs/%lld/partners\">%s</a></p>\n",
         org, _(r, "Submit a case for a partner"), org, _(r, "Partners"));
    if (!html_case_list(h, r, false))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}

/* The accept form: the cohorts that have not ended */
static bool accept_form(Html *h, Req *r, const Case *c, const FormErrors *e)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    Cohort co;
    Rows rows = ROWS_FROM(r->arena, &co);
    if (q_case_cohorts(r->db, r->org_id, today, r->arena, &co, rows_collect, &rows) < DB_NONE)
        return false;
    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < rows.n; i++) {
        const Cohort *x = ROW(&rows, Cohort, i);
        options_id(&opts, x->id,
                   arena_printf(r->arena, "%s · %s – %s", x->name, x->starts_on, x->ends_on));
    }
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Accept the case"));
    if (!rows.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No cohort is running or planned."));
        return true;
    }
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/cases/%lld/accept", (long long)r->org_id,
                                 (long long)c->id));
    html_select(h, e, "cohort_id", _(r, "Cohort that works on it"), options_end(&opts),
                form_get(r, "cohort_id"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Accept the case"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return true;
}

/* The form that gives the case to a team of its cohort that has none yet */
static bool assign_form(Html *h, Req *r, const Case *c, const FormErrors *e)
{
    Team t;
    Rows rows = ROWS_FROM(r->arena, &t);
    if (q_team_list(r->db, r->org_id, c->cohort_id, 0, r->arena, &t, rows_collect, &rows) < DB_NONE)
        return false;
    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < rows.n; i++)
        if (!ROW(&rows, Team, i)->case_id)
            options_id(&opts, ROW(&rows, Team, i)->id, ROW(&rows, Team, i)->name);
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Give the case to a team"));
    if (opts.n) {
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/cases/%lld/teams", (long long)r->org_id,
                                     (long long)c->id));
        html_select(h, e, "team_id", _(r, "Team"), options_end(&opts), NULL);
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Give the case to this team"));
        html_form_end(h);
    } else {
        html(h, "<p>%s</p>\n", _(r, "Every team of the cohort has a case."));
    }
    html(h, "<p><a href=\"/orgs/%lld/cohorts/%lld/teams\">%s</a></p>\n</section>\n",
         (long long)r->org_id, (long long)c->cohort_id, _(r, "Form teams in the cohort"));
    return true;
}

/* The case page; e holds the errors of the accept or assign form. */
static enum MHD_Result case_page(Req *r, const FormErrors *e, int status)
{
    CaseWork w;
    DbStatus st = q_case_get(r->db, r->org_id, false, req_id(r, "id"), r->arena, &w.c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (case_work_load(r, &w) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = case_page_begin(r, &w, e);
    if (w.c.status == CASE_SUBMITTED ? !accept_form(h, r, &w.c, e) : !assign_form(h, r, &w.c, e))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Teams working on it"));
    if (!w.teams.n)
        html(h, "<p>%s</p>\n", _(r, "No team works on it yet."));
    const char *files = arena_printf(r->arena, "/orgs/%lld/handins/", (long long)r->org_id);
    for (int i = 0; i < w.teams.n; i++)
        html_team_work(h, r, &w, ROW(&w.teams, Team, i), files, NULL);
    html(h, "<p><a href=\"/orgs/%lld/cases\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All cases"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/cases/{id} */
enum MHD_Result page_case(Req *r)
{
    return case_page(r, NULL, 200);
}

/* The accept form (accept) or the assign form: reads its one id field (a cohort, a team),
 * asks for a confirmation (neither can be undone), then gives it to the workflow. */
static enum MHD_Result case_act(Req *r, bool accept)
{
    int64_t id = 0;
    FieldSpec spec[] = {
        FIELD(accept ? "cohort_id" : "team_id", F_ID,
              accept ? N_("Cohort that works on it") : N_("Team"), .required = true, .num = &id),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return case_page(r, &e, 400);
    Case c;
    DbStatus st = q_case_get(r->db, r->org_id, false, req_id(r, "id"), r->arena, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *back =
        arena_printf(r->arena, "/orgs/%lld/cases/%lld", (long long)r->org_id, (long long)c.id);
    if (!confirm_ok(r))
        return accept
                   ? confirm_page(r, _(r, "Accept this case?"),
                                  arena_printf(r->arena,
                                               _(r, "%s will be worked on in the cohort you chose, "
                                                    "once its milestones are found within the "
                                                    "cohort's dates. This cannot be undone."),
                                               c.title),
                                  _(r, "Accept the case"), back)
                   : confirm_page(r, _(r, "Give this case to the team?"),
                                  arena_printf(r->arena,
                                               _(r, "The team you chose will work on %s: its "
                                                    "members see the case and hand in its work. "
                                                    "This cannot be undone."),
                                               c.title),
                                  _(r, "Give the case to this team"), back);
    Flow f = req_flow(r);
    Outcome o = accept ? flow_case_accept(&f, c.id, id) : flow_team_assign(&f, c.id, id);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return case_page(r, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", back));
}

/* POST /orgs/{org}/cases/{id}/accept */
enum MHD_Result page_case_accept(Req *r)
{
    return case_act(r, true);
}

/* POST /orgs/{org}/cases/{id}/teams */
enum MHD_Result page_case_assign(Req *r)
{
    return case_act(r, false);
}

/* A hand-in's file for reader who (org_id: the organisation, or the account of a team
 * member). */
static enum MHD_Result handin_file(Req *r, HandinReader who, int64_t org_id)
{
    char *name = NULL, *type = NULL, *data = NULL;
    size_t size = 0;
    DbStatus st =
        q_handin_file(r->db, who, org_id, req_id(r, "id"), r->arena, &name, &type, &data, &size);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_download(r, type, download_name(r->arena, name), data, size);
}

/* GET /orgs/{org}/handins/{id}/file */
enum MHD_Result page_handin_file(Req *r)
{
    return handin_file(r, READ_STAFF, r->org_id);
}

/* GET /orgs/{org}/partner-handins/{id}/file: for the partner's own organisation */
enum MHD_Result page_partner_handin_file(Req *r)
{
    return handin_file(r, READ_PARTNER, r->org_id);
}

/* GET /learning/handins/{id}/file: for a member of the team */
enum MHD_Result page_my_handin_file(Req *r)
{
    return handin_file(r, READ_TEAM, r->account->id);
}
