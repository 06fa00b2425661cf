/* case.c — a case's brief and its teams' work (see case.h). */
#include "views/cases/case.h"

#include <string.h>

#include "html/fmt.h"
#include "html/layout.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "q/cases/work.h"
#include "views/competences/progress.h"

typedef struct MemberRow {
    int64_t team_id;
    PersonName p;
} MemberRow;

DbStatus case_work_load(Req *r, CaseWork *w)
{
    Arena *a = r->arena;
    int64_t org = w->c.org_id, id = w->c.id;
    Competence c;
    CaseItem it;
    Team t;
    MilestoneDone d;
    Handin x;
    MemberRow m;
    w->competences = ROWS_FROM(a, &c);
    w->items = ROWS_FROM(a, &it);
    w->teams = ROWS_FROM(a, &t);
    w->done = ROWS_FROM(a, &d);
    w->handins = ROWS_FROM(a, &x);
    Rows members = ROWS_FROM(a, &m);
    if (q_case_competences(r->db, org, id, a, &c, rows_collect, &w->competences) < DB_NONE ||
        q_case_items(r->db, org, id, a, &it, rows_collect, &w->items) < DB_NONE ||
        q_team_list(r->db, org, 0, id, a, &t, rows_collect, &w->teams) < DB_NONE ||
        q_team_members(r->db, org, 0, id, a, &m.team_id, &m.p, rows_collect, &members) < DB_NONE ||
        q_milestones_done(r->db, org, id, a, &d, rows_collect, &w->done) < DB_NONE ||
        q_handins(r->db, org, id, a, &x, rows_collect, &w->handins) < DB_NONE)
        return DB_ERROR;
    for (int i = 0; i < w->teams.n; i++) {
        Team *tm = ROW(&w->teams, Team, i);
        tm->members = "";
        for (int j = 0; j < members.n; j++) {
            const MemberRow *mr = ROW(&members, MemberRow, j);
            if (mr->team_id == tm->id)
                tm->members =
                    *tm->members ? arena_printf(a, "%s, %s", tm->members, mr->p.name) : mr->p.name;
        }
    }
    return DB_ONE;
}

static const CaseItem *item_of(const CaseWork *w, int64_t id)
{
    for (int i = 0; i < w->items.n; i++)
        if (ROW(&w->items, CaseItem, i)->id == id)
            return ROW(&w->items, CaseItem, i);
    return NULL;
}

Html *case_page_begin(Req *r, const CaseWork *w, const FormErrors *e)
{
    const Case *c = &w->c;
    Html *h = page_begin(r, c->title);
    html(h, "<h1>%s</h1>\n", c->title);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html_error_summary(h, r, e);
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n",
         _(r, "Partner"), c->partner_name, _(r, "Training organisation"), c->org_name);
    html(h, "<dt>%s</dt><dd>%s &lt;<a href=\"mailto:%s\">%s</a>&gt;</dd>\n", _(r, "Contact"),
         c->contact_name, c->contact_email, c->contact_email);
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Status"),
         _(r, vocab_label(&case_statuses, c->status)));
    if (c->cohort_id)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Cohort"), c->cohort_name);
    html_lit(h, "</dl>\n");
    html(h, "<h2>%s</h2>\n<p class=\"brief\">%s</p>\n", _(r, "The brief"), c->brief);
    html(h, "<h2>%s</h2>\n", _(r, "Competences asked for"));
    if (!w->competences.n)
        html(h, "<p>%s</p>\n", _(r, "None named."));
    else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < w->competences.n; i++) {
            const Competence *x = ROW(&w->competences, Competence, i);
            html(h, "<li>%s</li>\n", competence_label(r, x->code, (char *const *)x->title));
        }
        html_lit(h, "</ul>\n");
    }
    for (int m = 0; m < 2; m++) {
        html(h, "<h2>%s</h2>\n<ol>\n", m ? _(r, "Milestones") : _(r, "Deliverables expected"));
        for (int i = 0; i < w->items.n; i++) {
            const CaseItem *x = ROW(&w->items, CaseItem, i);
            if (x->milestone != m)
                continue;
            if (m)
                html(h, "<li>%s · %s</li>\n", x->title, date_words_text(r, x->due_on));
            else
                html(h, "<li>%s</li>\n", x->title);
        }
        html_lit(h, "</ol>\n");
    }
    return h;
}

const char *handin_label(Req *r, const CaseWork *w, const Handin *x)
{
    const char *team = "";
    for (int i = 0; i < w->teams.n; i++)
        if (ROW(&w->teams, Team, i)->id == x->team_id)
            team = ROW(&w->teams, Team, i)->name;
    const CaseItem *it = item_of(w, x->item_id);
    return arena_printf(r->arena, "%s · %s · %s", team, it ? it->title : "",
                        moment_text(r, x->created_at));
}

static void handin_row(Html *h, Req *r, const Handin *x, const char *file_prefix)
{
    html(h, "<li>%s · %s<br>", moment_text(r, x->created_at), x->handed_in_by);
    if (x->file_name)
        html(h, "<a href=\"%s%lld/file\">%s</a>", file_prefix, (long long)x->id, x->file_name);
    else
        html(h, "<a href=\"%s\" rel=\"noopener noreferrer\">%s</a>", x->url, x->url);
    if (x->rating)
        html(h, "<br>%s",
             arena_printf(r->arena, _(r, "Rated %lld out of %d by the partner."),
                          (long long)x->rating, RATING_MAX));
    if (x->comment && *x->comment)
        html(h, "<br><q>%s</q>", x->comment);
    html_lit(h, "</li>\n");
}

void html_team_work(Html *h, Req *r, const CaseWork *w, const Team *t, const char *file_prefix,
                    const char *done_prefix)
{
    html(h, "<section class=\"team\">\n<h3>%s</h3>\n<p>%s</p>\n<h4>%s</h4>\n<ul>\n", t->name,
         *t->members ? t->members : _(r, "No members."), _(r, "Milestones"));
    for (int i = 0; i < w->items.n; i++) {
        const CaseItem *x = ROW(&w->items, CaseItem, i);
        if (!x->milestone)
            continue;
        const MilestoneDone *d = NULL;
        for (int j = 0; j < w->done.n && !d; j++) {
            const MilestoneDone *y = ROW(&w->done, MilestoneDone, j);
            if (y->team_id == t->id && y->item_id == x->id)
                d = y;
        }
        html(h, "<li>%s · %s · ", x->title, date_words_text(r, x->due_on));
        if (d)
            html(h, "<strong>%s</strong>",
                 arena_printf(r->arena, _(r, "Done on %s by %s"), moment_text(r, d->done_at),
                              d->done_by));
        else
            html(h, "%s", _(r, "Not done yet"));
        if (!d && done_prefix)
            html_button_form(h, r,
                             arena_printf(r->arena, "%s%lld/done", done_prefix, (long long)x->id),
                             _(r, "Mark as done"), x->title);
        html_lit(h, "</li>\n");
    }
    html(h, "</ul>\n<h4>%s</h4>\n<ul>\n", _(r, "Deliverables"));
    for (int i = 0; i < w->items.n; i++) {
        const CaseItem *x = ROW(&w->items, CaseItem, i);
        if (x->milestone)
            continue;
        html(h, "<li>%s\n<ul>\n", x->title);
        int n = 0;
        for (int j = 0; j < w->handins.n; j++) {
            const Handin *y = ROW(&w->handins, Handin, j);
            if (y->team_id == t->id && y->item_id == x->id && ++n)
                handin_row(h, r, y, file_prefix);
        }
        if (!n)
            html(h, "<li>%s</li>\n", _(r, "Nothing handed in yet."));
        html_lit(h, "</ul>\n</li>\n");
    }
    html_lit(h, "</ul>\n</section>\n");
}

typedef struct MyCase {
    Team t;
    int64_t org_id;
} MyCase;

DbStatus view_record_cases(Html *h, Req *r, int64_t account_id, bool shared)
{
    MyCase m;
    Rows rows = ROWS_FROM(r->arena, &m);
    DbStatus st = q_my_teams(r->db, account_id, r->arena, &m.t, &m.org_id, rows_collect, &rows);
    if (st < DB_NONE || !rows.n)
        return st;
    html(h, "<section aria-labelledby=\"record-cases\">\n<h2 id=\"record-cases\">%s</h2>\n<ul>\n",
         _(r, "Real cases"));
    for (int i = 0; i < rows.n; i++) {
        const Team *t = &ROW(&rows, MyCase, i)->t;
        if (shared)
            html(h, "<li><strong>%s</strong>", t->case_title);
        else
            html(h, "<li><a href=\"/learning/teams/%lld\">%s</a>", (long long)t->id, t->case_title);
        html(h, "<br>%s</li>\n",
             arena_printf(r->arena, _(r, "A case from %s, worked on at %s in the team %s"),
                          t->partner_name, t->org_name, t->name));
    }
    html_lit(h, "</ul>\n</section>\n");
    return DB_ONE;
}
