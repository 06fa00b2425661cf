/* teams.c — the teams of a cohort for staff: who is in each and the case it works on, and
 * the form a team is formed with from the cohort's enrolled learners. */
#include "core/rows.h"
#include "flows/cases/team.h"
#include "html/layout.h"
#include "html/options.h"
#include "pages/cases/cases.h"
#include "q/cases/team.h"
#include "q/training/cohort.h"

typedef struct MemberRow {
    int64_t team_id;
    PersonName p;
} MemberRow;

/* The page; name and ids hold what was chosen when the form comes back with errors e. */
static enum MHD_Result teams_page(Req *r, const char *name, const int64_t *ids, int n,
                                  const FormErrors *e, int status)
{
    Cohort co;
    DbStatus st = q_cohort_get(r->db, r->org_id, req_id(r, "id"), r->arena, &co);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Team t;
    MemberRow m;
    PersonName p;
    Rows teams = ROWS_FROM(r->arena, &t), members = ROWS_FROM(r->arena, &m),
         learners = ROWS_FROM(r->arena, &p);
    if (q_team_list(r->db, r->org_id, co.id, 0, r->arena, &t, rows_collect, &teams) < DB_NONE ||
        q_team_members(r->db, r->org_id, co.id, 0, r->arena, &m.team_id, &m.p, rows_collect,
                       &members) < DB_NONE ||
        q_cohort_learners(r->db, r->org_id, co.id, r->arena, &p, rows_collect, &learners) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = arena_printf(r->arena, _(r, "Teams of %s"), co.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The team has been formed."), false);
    if (!teams.n)
        html(h, "<p>%s</p>\n", _(r, "No teams yet."));
    for (int i = 0; i < teams.n; i++) {
        const Team *x = ROW(&teams, Team, i);
        html(h, "<article>\n<h2>%s</h2>\n<ul>\n", x->name);
        for (int j = 0; j < members.n; j++)
            if (ROW(&members, MemberRow, j)->team_id == x->id)
                html(h, "<li>%s</li>\n", ROW(&members, MemberRow, j)->p.name);
        html_lit(h, "</ul>\n<p>");
        if (x->case_id)
            html(h, "%s <a href=\"/orgs/%lld/cases/%lld\">%s</a>", _(r, "Works on:"),
                 (long long)r->org_id, (long long)x->case_id, x->case_title);
        else
            html(h, "%s", _(r, "No case yet."));
        html_lit(h, "</p>\n</article>\n");
    }
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Form a team"));
    if (!learners.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No learners enrolled yet."));
        return page_end_status(r, h, status);
    }
    Options o = OPTIONS(r->arena);
    for (int i = 0; i < learners.n; i++)
        options_id(&o, ROW(&learners, PersonName, i)->id, ROW(&learners, PersonName, i)->name);
    const char *const *opts = options_end(&o);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/teams", (long long)r->org_id,
                                 (long long)co.id));
    html_input(h, r, e, "text", "name", _(r, "Name of the team"), name, "off");
    html_checkboxes(h, e, "people", _(r, "Learners in the team"), opts,
                    html_options_mask(opts, ids, n));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Form the team"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/cohorts/{id}/teams */
enum MHD_Result page_teams(Req *r)
{
    return teams_page(r, NULL, NULL, 0, NULL, 200);
}

/* POST /orgs/{org}/cohorts/{id}/teams */
enum MHD_Result page_team_add(Req *r)
{
    char *name = NULL;
    int64_t *ids = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name of the team"), .required = true, .max = 100, .text = &name),
        FIELD("people", F_MULTI, N_("Learners in the team"), .required = true, .max = 60,
              .ids = &ids, .nids = &n),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return teams_page(r, name, ids, n, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_team_add(&f, req_id(r, "id"), name, ids, n);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return teams_page(r, name, ids, n, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/teams?saved=1",
                                          (long long)r->org_id, (long long)req_id(r, "id")));
}
