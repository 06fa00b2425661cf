/* learner.c — a team's case in the learner's space (/learning/teams/{id}): the brief, the
 * team's milestones and hand-ins, the form a deliverable is handed in with (a link or a
 * file) and the buttons that mark a milestone done. Only the team's members reach it: the
 * statements take the account signed in. */
#include "core/rows.h"
#include "flows/cases/team.h"
#include "html/layout.h"
#include "html/options.h"
#include "http/session.h"
#include "pages/cases/cases.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "views/cases/case.h"

/* The page; url and e when the hand-in form comes back with errors. */
static enum MHD_Result team_page(Req *r, const char *url, const FormErrors *e, int status)
{
    Team t;
    CaseWork w;
    int64_t org = 0, person = 0, id = req_id(r, "id");
    DbStatus st = q_my_team(r->db, r->account->id, id, r->arena, &t, &org, &person);
    if (st == DB_ONE)
        st = q_case_get(r->db, org, false, t.case_id, r->arena, &w.c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (case_work_load(r, &w) < DB_NONE)
        return reply_error(r, ERR_DB);
    const Team *mine = NULL;
    for (int i = 0; i < w.teams.n && !mine; i++)
        if (ROW(&w.teams, Team, i)->id == id)
            mine = ROW(&w.teams, Team, i);
    if (!mine)
        return reply_error(r, ERR_NOT_FOUND);
    Html *h = case_page_begin(r, &w, e);
    html(h, "<h2>%s</h2>\n", _(r, "Our work"));
    const char *base = arena_printf(r->arena, "/learning/teams/%lld", (long long)id);
    html_team_work(h, r, &w, mine, "/learning/handins/",
                   arena_printf(r->arena, "%s/milestones/", base));

    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < w.items.n; i++)
        if (!ROW(&w.items, CaseItem, i)->milestone)
            options_id(&opts, ROW(&w.items, CaseItem, i)->id, ROW(&w.items, CaseItem, i)->title);
    html(h, "<section>\n<h2 id=\"hand-in\">%s</h2>\n", _(r, "Hand in a deliverable"));
    html(h,
         "<form method=\"post\" action=\"%s/handins\" enctype=\"multipart/form-data\" "
         "novalidate>\n<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         base, csrf_token(r));
    html_select(h, e, "item_id", _(r, "Deliverable"), options_end(&opts), form_get(r, "item_id"));
    /* a link refused is shown again as typed: no longer a valid value of a url input */
    html_input(h, r, e, form_error_for(e, "url") ? "text" : "url", "url", _(r, "Link to the work"),
               url, "off");
    html_file_input(h, e, "file", _(r, "Or a file: PDF, PNG or JPEG, at most 5 MB"),
                    EVIDENCE_ACCEPT);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Hand in"));
    html_form_end(h);
    html_lit(h, "</section>\n<p><a href=\"/learning\">");
    html(h, "%s</a></p>\n", _(r, "My learning"));
    return page_end_status(r, h, status);
}

/* GET /learning/teams/{id} */
enum MHD_Result page_my_team(Req *r)
{
    return team_page(r, NULL, NULL, 200);
}

/* The answer of a team member's action: back to the team's page, or the errors there (a
 * reader outside the team gets the message alone, status 403). */
static enum MHD_Result team_done(Req *r, const Outcome *o, const char *url)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (o->ok)
        return reply_redirect(
            r, arena_printf(r->arena, "/learning/teams/%lld?saved=1", (long long)req_id(r, "id")));
    const char *outside = form_error_for(&o->fields, "team");
    if (!outside)
        return team_page(r, url, &o->fields, o->status);
    Html *h = page_begin(r, _(r, "Not allowed"));
    html(h, "<h1>%s</h1>\n", _(r, "Not allowed"));
    html_notice(h, outside, true);
    html(h, "<p><a href=\"/learning\">%s</a></p>\n", _(r, "My learning"));
    return page_end_status(r, h, o->status);
}

/* POST /learning/teams/{id}/handins (multipart: the file) */
enum MHD_Result page_my_handin(Req *r)
{
    int64_t item = 0;
    char *url = NULL;
    FieldSpec spec[] = {
        FIELD("item_id", F_ID, N_("Deliverable"), .required = true, .num = &item),
        FIELD("url", F_TEXT, N_("Link to the work"), .max = 1000, .text = &url),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        Outcome o = outcome_ok();
        o.ok = false;
        o.status = 400;
        o.fields = e;
        return team_done(r, &o, url);
    }
    const FormField *file = form_file(r, "file");
    EvidenceFile ev = {0};
    if (file)
        ev = (EvidenceFile){.name = file->filename, .data = file->value, .len = file->len};
    Flow f = req_flow(r);
    Outcome o = flow_handin(&f, req_id(r, "id"), item, url, &ev);
    return team_done(r, &o, url);
}

/* POST /learning/teams/{id}/milestones/{item}/done */
enum MHD_Result page_my_milestone_done(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_milestone_done(&f, req_id(r, "id"), req_id(r, "item"));
    return team_done(r, &o, NULL);
}
