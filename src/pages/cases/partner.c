/* partner.c — the cases of a partner's own organisation, for its members: the training
 * organisations that count it as a partner, the cases it submitted (a page at a time), the
 * form a case is submitted with, a case with the teams working on it, and the form its
 * hand-ins are commented on and rated with. r->org_id is the partner's organisation here:
 * every statement reaches the training organisation's records only through a partner
 * record that names it, and shows of the learners only the team members' names. */
#include "q/partners/partner.h"
#include "core/rows.h"
#include "flows/cases/case.h"
#include "flows/cases/team.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "pages/cases/cases.h"
#include "q/cases/case.h"
#include "views/cases/case.h"
#include "views/cases/form.h"
#include "views/cases/home.h"
#include "views/competences/options.h"

/* GET /orgs/{org}/partner-cases */
enum MHD_Result page_partner_cases(Req *r)
{
    Html *h = page_begin(r, _(r, "Our cases"));
    html(h, "<h1>%s</h1>\n", _(r, "Our cases"));
    if (!html_partnerships(h, r, 2))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Cases submitted"));
    if (!html_case_list(h, r, true))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}

/* The form a hand-in is commented on and rated with. */
static void review_form(Html *h, Req *r, const CaseWork *w, const FormErrors *e)
{
    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < w->handins.n; i++)
        options_id(&opts, ROW(&w->handins, Handin, i)->id,
                   handin_label(r, w, ROW(&w->handins, Handin, i)));
    static const char *const ratings[] = {"",  "–", "1", "1", "2", "2", "3",
                                          "3", "4", "4", "5", "5", NULL};
    html(h, "<section>\n<h2 id=\"review\">%s</h2>\n", _(r, "Comment on and rate a deliverable"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/partner-cases/%lld/review",
                                 (long long)r->org_id, (long long)w->c.id));
    html_select(h, e, "handin_id", _(r, "What was handed in"), options_end(&opts),
                form_get(r, "handin_id"));
    html_select(h, e, "rating", _(r, "Rating, from 1 (poor) to 5 (excellent)"), ratings,
                form_get(r, "rating"));
    html_textarea(h, e, "comment", _(r, "Comment for the team"), form_get(r, "comment"), 4);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the rating"));
    html_form_end(h);
    html_lit(h, "</section>\n");
}

/* The case page; e holds the errors of the review form. */
static enum MHD_Result case_page(Req *r, const FormErrors *e, int status)
{
    CaseWork w;
    DbStatus st = q_case_get(r->db, r->org_id, true, req_id(r, "id"), r->arena, &w.c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (case_work_load(r, &w) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = case_page_begin(r, &w, e);
    html(h, "<h2>%s</h2>\n", _(r, "Teams working on it"));
    if (!w.teams.n)
        html(h, "<p>%s</p>\n", _(r, "No team works on it yet."));
    const char *files = arena_printf(r->arena, "/orgs/%lld/partner-handins/", (long long)r->org_id);
    for (int i = 0; i < w.teams.n; i++)
        html_team_work(h, r, &w, ROW(&w.teams, Team, i), files, NULL);
    if (w.handins.n)
        review_form(h, r, &w, e);
    html(h, "<p><a href=\"/orgs/%lld/partner-cases\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Our cases"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/partner-cases/{id} */
enum MHD_Result page_partner_case(Req *r)
{
    return case_page(r, NULL, 200);
}

/* POST /orgs/{org}/partner-cases/{id}/review */
enum MHD_Result page_partner_review(Req *r)
{
    int64_t handin = 0, rating = 0;
    char *comment = NULL;
    FieldSpec spec[] = {
        FIELD("handin_id", F_ID, N_("What was handed in"), .required = true, .num = &handin),
        FIELD("rating", F_INT, N_("Rating"), .required = true, .num = &rating),
        FIELD("comment", F_TEXT, N_("Comment for the team"), .max = 4000, .text = &comment),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return case_page(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_handin_review(&f, req_id(r, "id"), handin, comment, rating);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return case_page(r, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/partner-cases/%lld?saved=1",
                                          (long long)r->org_id, (long long)req_id(r, "id")));
}
