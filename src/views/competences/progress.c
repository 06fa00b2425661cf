/* progress.c — a person's competences and their history (see progress.h). */
#include "views/competences/progress.h"

#include <string.h>

#include "html/fmt.h"
#include "q/competences/assessment.h"

const char *competence_label(Req *r, const char *code, char *const title[LANG_COUNT])
{
    const char *t = comp_title(r->lang, title);
    return code && *code ? arena_printf(r->arena, "%s %s", code, t) : t;
}

const char *level_label(Req *r, int64_t level, char *const title[LANG_COUNT])
{
    const char *t = comp_title(r->lang, title);
    return *t ? t : arena_printf(r->arena, _(r, "Level %lld"), (long long)level);
}

/* what one assessment says: level, date, assessor, evidence */
static void assessment_facts(Html *h, Req *r, const Assessment *x, const char *prefix)
{
    html(h, "<strong>%s</strong> · %s", level_label(r, x->level, x->level_title),
         date_words_text(r, x->assessed_on));
    if (x->assessor && *x->assessor)
        html(h, " · %s", arena_printf(r->arena, _(r, "assessed by %s"), x->assessor));
    if (x->evidence_text && *x->evidence_text)
        html(h, "<br><span class=\"evidence\">%s</span>", x->evidence_text);
    if (x->evidence_url && *x->evidence_url)
        html(h, "<br><a href=\"%s\" rel=\"noopener noreferrer\">%s</a>", x->evidence_url,
             x->evidence_url);
    if (x->file_name)
        html(h, "<br><a href=\"%s%lld/evidence\">%s</a> (%s KB)", prefix, (long long)x->id,
             x->file_name, number_text(r, (x->file_size + 1023) / 1024, 0, 0));
}

void html_progress(Html *h, Req *r, const Rows *rows, const char *evidence_prefix, bool with_org,
                   const char *empty)
{
    if (!rows->n) {
        html(h, "<p>%s</p>\n", empty);
        return;
    }
    html_lit(h, "<ul class=\"progress\">\n");
    for (int i = 0; i < rows->n;) {
        const Assessment *cur = ROW(rows, Assessment, i);
        int j = i + 1;
        while (j < rows->n && ROW(rows, Assessment, j)->competence_id == cur->competence_id &&
               ROW(rows, Assessment, j)->org_id == cur->org_id)
            j++;
        html(h, "<li>\n<h3>%s</h3>\n", competence_label(r, cur->code, cur->title));
        if (with_org)
            html(h, "<p>%s</p>\n", cur->org_name);
        html(h, "<p>%s ", _(r, "Current level:"));
        assessment_facts(h, r, cur, evidence_prefix);
        html_lit(h, "</p>\n");
        if (j > i + 1) {
            html(h, "<details><summary>%s</summary>\n<ol>\n",
                 arena_printf(r->arena,
                              _n(r, "%d earlier assessment", "%d earlier assessments", j - i - 1),
                              j - i - 1));
            for (int k = i + 1; k < j; k++) {
                html_lit(h, "<li>");
                assessment_facts(h, r, ROW(rows, Assessment, k), evidence_prefix);
                html_lit(h, "</li>\n");
            }
            html_lit(h, "</ol></details>\n");
        }
        html_lit(h, "</li>\n");
        i = j;
    }
    html_lit(h, "</ul>\n");
}

bool html_learner_competences(Html *h, Req *r)
{
    Assessment row;
    Rows rows = ROWS_FROM(r->arena, &row);
    if (q_assessment_mine(r->db, r->account->id, r->arena, &row, rows_collect, &rows) < DB_NONE)
        return false;
    html(h, "<section>\n<h2 id=\"my-competences\">%s</h2>\n", _(r, "My competences"));
    html_progress(h, r, &rows, "/learning/assessments/", true,
                  _(r, "No competences assessed yet."));
    html_lit(h, "</section>\n");
    return true;
}
