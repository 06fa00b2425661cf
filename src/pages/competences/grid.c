/* grid.c — a cohort's progress: its learners against the competences its programme aims
 * at, the current level of each (the latest assessment) beside the level aimed at. One card
 * per learner on a small screen, a table on a wide one (app.css shows one of the two), so
 * that the page never scrolls sideways on a phone. Learners are paged by name. */
#include "html/fmt.h"
#include "html/pager.h"
#include "pages/competences/competences.h"
#include "q/competences/assessment.h"
#include "views/competences/progress.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

static const PagerCol grid_cols[GRID_SORTS] = {
    [GRID_BY_NAME] = {.key = "name", .label = N_("Learner")},
};

static void grid_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const PersonName *p = row;
    *k = (PagerKey){.text = p->name, .id = p->id};
}

/* The current level of person on competence, 0 when not assessed. */
static int64_t current(const Rows *levels, int64_t person, int64_t competence)
{
    for (int i = 0; i < levels->n; i++) {
        const CurrentLevel *c = ROW(levels, CurrentLevel, i);
        if (c->person_id == person && c->competence_id == competence)
            return c->level;
    }
    return 0;
}

/* "3 / 5" and whether the aim is reached, in words. */
static void cell(Html *h, Req *r, int64_t level, int64_t aim)
{
    if (!level) {
        html(h, "<span class=\"none\">%s</span>", _(r, "Not assessed"));
        return;
    }
    html(h, "%s / %s <span class=\"%s\">%s</span>", number_text(r, level, 0, 0),
         number_text(r, aim, 0, 0), level >= aim ? "ok" : "warn",
         level >= aim ? _(r, "Aim reached") : _(r, "Below the aim"));
}

/* GET /orgs/{org}/cohorts/{id}/competences */
enum MHD_Result page_cohort_grid(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    Pager pg;
    pager_read(r, &pg, "grid", grid_cols, GRID_SORTS);
    PersonName pn;
    Target t;
    CurrentLevel cl;
    Rows people = ROWS_FROM(r->arena, &pn), targets = ROWS_FROM(r->arena, &t),
         levels = ROWS_FROM(r->arena, &cl);
    int64_t total = 0;
    if (q_grid_page(r->db, r->org_id, c.id, &pg.page, r->arena, &pn, rows_collect, &people) <
            DB_NONE ||
        q_grid_count(r->db, r->org_id, c.id, pg.page.like, &total) < DB_NONE ||
        q_target_list(r->db, r->org_id, p.id, r->arena, &t, rows_collect, &targets) < DB_NONE ||
        q_grid_current(r->db, r->org_id, c.id, &cl, rows_collect, &levels) < DB_NONE)
        return reply_error(r, ERR_DB);
    pager_got(&pg, &people, grid_key, total);

    const char *title = arena_printf(r->arena, _(r, "Progress of %s"), c.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/cohorts/%lld\">%s</a> · %s</p>\n", title,
         (long long)r->org_id, (long long)c.id, _(r, "Back to the cohort"), programme_title(r, &p));
    if (!targets.n) {
        html(h, "<p>%s <a href=\"/orgs/%lld/programmes/%lld/competences\">%s</a></p>\n",
             _(r, "The programme has no target competences yet."), (long long)r->org_id,
             (long long)p.id, _(r, "Choose the competences it aims at"));
        return page_end(r, h);
    }
    pager_search(h, r, &pg, _(r, "Search by name"));
    pager_summary(h, r, &pg, _(r, "No learners enrolled yet."));
    if (people.n) {
        /* small screens: one card per learner */
        html_lit(h, "<ul class=\"grid-cards\">\n");
        for (int i = 0; i < people.n; i++) {
            const PersonName *x = ROW(&people, PersonName, i);
            html(h, "<li>\n<h2><a href=\"/orgs/%lld/people/%lld/competences\">%s</a></h2>\n<dl>\n",
                 (long long)r->org_id, (long long)x->id, x->name);
            for (int j = 0; j < targets.n; j++) {
                const Target *y = ROW(&targets, Target, j);
                html(h, "<dt>%s</dt><dd>", competence_label(r, y->code, y->title));
                cell(h, r, current(&levels, x->id, y->competence_id), y->level);
                html_lit(h, "</dd>\n");
            }
            html_lit(h, "</dl>\n</li>\n");
        }
        html_lit(h, "</ul>\n");
        /* wide screens: a table */
        html_lit(h, "<div class=\"grid-table\">\n");
        html_table_begin(h, title);
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, GRID_BY_NAME);
        for (int j = 0; j < targets.n; j++) {
            const Target *y = ROW(&targets, Target, j);
            html(h, "<th scope=\"col\">%s</th>", competence_label(r, y->code, y->title));
        }
        html_lit(h, "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < people.n; i++) {
            const PersonName *x = ROW(&people, PersonName, i);
            html(h,
                 "<tr><th scope=\"row\"><a href=\"/orgs/%lld/people/%lld/competences\">%s</a></th>",
                 (long long)r->org_id, (long long)x->id, x->name);
            for (int j = 0; j < targets.n; j++) {
                const Target *y = ROW(&targets, Target, j);
                html_lit(h, "<td>");
                cell(h, r, current(&levels, x->id, y->competence_id), y->level);
                html_lit(h, "</td>");
            }
            html_lit(h, "</tr>\n");
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
        html_lit(h, "</div>\n");
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}
