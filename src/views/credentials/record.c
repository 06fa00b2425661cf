/* record.c — a learner's record (see record.h). */
#include "views/credentials/record.h"

#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/certified.h"
#include "html/fmt.h"
#include "q/competences/assessment.h"
#include "q/credentials/record.h"
#include "views/cases/case.h"
#include "views/competences/progress.h"
#include "views/credentials/credential.h"

/* the current level of each competence: the first row of each (organisation, competence) */
static DbStatus record_competences(Html *h, Req *r, int64_t account_id, bool shared)
{
    Assessment row;
    Rows rows = ROWS_FROM(r->arena, &row);
    DbStatus st = q_assessment_mine(r->db, account_id, r->arena, &row, rows_collect, &rows);
    if (st < DB_NONE)
        return st;
    html(
        h,
        "<section aria-labelledby=\"record-competences\">\n<h2 id=\"record-competences\">%s</h2>\n",
        _(r, "Competences"));
    if (!rows.n)
        html(h, "<p>%s</p>\n", _(r, "No competences assessed yet."));
    else
        html_lit(h, "<ul class=\"record\">\n");
    for (int i = 0; i < rows.n; i++) {
        const Assessment *x = ROW(&rows, Assessment, i);
        if (i && ROW(&rows, Assessment, i - 1)->competence_id == x->competence_id &&
            ROW(&rows, Assessment, i - 1)->org_id == x->org_id)
            continue; /* an earlier assessment, superseded */
        html(h, "<li><strong>%s</strong><br>%s · %s · %s", competence_label(r, x->code, x->title),
             level_label(r, x->level, x->level_title), date_words_text(r, x->assessed_on),
             x->org_name);
        if (!shared && x->assessor && *x->assessor)
            html(h, " · %s", arena_printf(r->arena, _(r, "assessed by %s"), x->assessor));
        html_lit(h, "</li>\n");
    }
    if (rows.n)
        html_lit(h, "</ul>\n");
    html_lit(h, "</section>\n");
    return DB_ONE;
}

/* each pass, still valid on today (Brussels) or expired */
static DbStatus record_certifications(Html *h, Req *r, int64_t account_id)
{
    RecordPass row;
    Rows rows = ROWS_FROM(r->arena, &row);
    DbStatus st = q_record_passes(r->db, account_id, r->arena, &row, rows_collect, &rows);
    if (st < DB_NONE)
        return st;
    html(h,
         "<section aria-labelledby=\"record-certifications\">\n"
         "<h2 id=\"record-certifications\">%s</h2>\n",
         _(r, "Certifications"));
    if (!rows.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No certification passed yet."));
        return DB_ONE;
    }
    Date today;
    int minutes;
    bxl_from_utc(clock_now(), &today, &minutes);
    html_lit(h, "<ul class=\"record\">\n");
    for (int i = 0; i < rows.n; i++) {
        const RecordPass *x = ROW(&rows, RecordPass, i);
        html(h, "<li><strong>%s</strong> (%s, %s)<br>%s · %s · ", x->name, x->vendor, x->exam_code,
             arena_printf(r->arena, _(r, "Passed on %s"), date_words_text(r, x->taken_on)),
             x->org_name);
        Date taken;
        if (!x->validity_months || !date_parse(x->taken_on, &taken)) {
            html(h, "%s</li>\n", _(r, "Does not expire"));
            continue;
        }
        Date end = cert_expires_on(taken, (int)x->validity_months);
        char ymd[11];
        bool valid = date_days(today) < date_days(end);
        if (valid)
            end = date_from_days(date_days(end) - 1); /* the last valid day */
        date_format(end, ymd);
        if (valid)
            html(h, "%s</li>\n",
                 arena_printf(r->arena, _(r, "Valid until %s"), date_words_text(r, ymd)));
        else
            html(h, "<strong>%s</strong></li>\n",
                 arena_printf(r->arena, _(r, "Expired on %s"), date_words_text(r, ymd)));
    }
    html_lit(h, "</ul>\n</section>\n");
    return DB_ONE;
}

DbStatus view_record(Html *h, Req *r, int64_t account_id, bool shared)
{
    DbStatus st = record_competences(h, r, account_id, shared);
    if (st >= DB_NONE)
        st = record_certifications(h, r, account_id);
    if (st >= DB_NONE)
        st = view_record_cases(h, r, account_id, shared);
    if (st < DB_NONE)
        return st;
    html(
        h,
        "<section aria-labelledby=\"record-credentials\">\n<h2 id=\"record-credentials\">%s</h2>\n",
        _(r, "Credentials"));
    int n = 0;
    Html *items = html_new(r->arena);
    if ((st = view_account_credentials(items, r, account_id, shared, &n)) < DB_NONE)
        return st;
    if (n) {
        html(h, "<p>%s</p>\n<ul class=\"credentials\">\n",
             _(r, "Each credential is an Open Badge signed by the organisation that issued it: "
                  "its verify page says whether it holds."));
        html_append(h, items);
        html_lit(h, "</ul>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "No credentials yet."));
    }
    html_lit(h, "</section>\n");
    return DB_ONE;
}
