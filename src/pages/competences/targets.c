/* targets.c — a programme's target competences: which competences (of DigComp 2.2 or of the
 * organisation's own frameworks) it teaches and the level it aims at on each. */
#include "flows/competences/framework.h"
#include "html/table.h"
#include "pages/competences/competences.h"
#include "q/competences/assessment.h"
#include "views/competences/options.h"
#include "views/competences/progress.h"
#include "views/training/programme.h"

static const char *targets_path(Req *r, int64_t programme_id)
{
    return arena_printf(r->arena, "/orgs/%lld/programmes/%lld/competences", (long long)r->org_id,
                        (long long)programme_id);
}

static enum MHD_Result targets_page(Req *r, const char *competence, const char *level,
                                    const FormErrors *e, int status)
{
    Programme p;
    enum MHD_Result reply;
    if (!programme_load(r, req_id(r, "id"), &p, &reply))
        return reply;
    Target t;
    Rows rows = ROWS_FROM(r->arena, &t);
    const char *const *opts = competence_options(r);
    if (!opts || q_target_list(r->db, r->org_id, p.id, r->arena, &t, rows_collect, &rows) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *ptitle = programme_title(r, &p);
    const char *title = arena_printf(r->arena, _(r, "Competences of %s"), ptitle);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", (long long)r->org_id,
         (long long)p.id, _(r, "Back to the programme"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    html_error_summary(h, r, e);
    if (!rows.n) {
        html(h, "<p>%s</p>\n", _(r, "No target competences yet."));
    } else {
        HTML_TABLE(h, _(r, "Target competences"), _(r, "Competence"), _(r, "Level aimed at"),
                   _(r, "Actions"));
        for (int i = 0; i < rows.n; i++) {
            const Target *x = ROW(&rows, Target, i);
            const char *label = competence_label(r, x->code, x->title);
            html(h, "<tr><td>%s</td><td>%s</td><td>", label,
                 level_label(r, x->level, x->level_title));
            html_button_form(h, r,
                             arena_printf(r->arena, "%s/%lld/remove", targets_path(r, p.id),
                                          (long long)x->competence_id),
                             _(r, "Remove"), label);
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    html(h, "<h2>%s</h2>\n", _(r, "Add or change a target"));
    html_form_begin(h, r, targets_path(r, p.id));
    html_select(h, e, "competence_id", _(r, "Competence"), opts, competence);
    html_input(h, r, e, "number", "level", _(r, "Level aimed at"), level, "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the target"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/competences\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Competence frameworks"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/programmes/{id}/competences */
enum MHD_Result page_targets(Req *r)
{
    return targets_page(r, NULL, NULL, NULL, 200);
}

/* POST /orgs/{org}/programmes/{id}/competences */
enum MHD_Result page_target_set(Req *r)
{
    int64_t competence = 0, level = 0;
    FieldSpec spec[] = {
        FIELD("competence_id", F_ID, N_("Competence"), .required = true, .num = &competence),
        FIELD("level", F_INT, N_("Level aimed at"), .required = true, .min = 1, .max = 99,
              .num = &level),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return targets_page(r, form_get(r, "competence_id"), form_get(r, "level"), &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_target_set(&f, req_id(r, "id"), competence, level);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return targets_page(r, form_get(r, "competence_id"), form_get(r, "level"), &o.fields,
                            o.status);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", targets_path(r, o.id)));
}

/* POST /orgs/{org}/programmes/{id}/competences/{competence}/remove */
enum MHD_Result page_target_remove(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_target_remove(&f, req_id(r, "id"), req_id(r, "competence"));
    if (!o.ok)
        return reply_error(r, o.err != ERR_COUNT ? o.err : ERR_BAD_REQUEST);
    return reply_redirect(r, arena_printf(r->arena, "%s?saved=1", targets_path(r, o.id)));
}
