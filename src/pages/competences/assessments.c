/* assessments.c — a learner's competences for staff: the form a trainer records an
 * assessment with (level, date, evidence as text, link or file) and the history; the
 * evidence files, for staff and for the learner they belong to. */
#include <string.h>

#include "core/clock.h"
#include "domain/calendar.h"
#include "flows/competences/assessment.h"
#include "html/fmt.h"
#include "http/session.h"
#include "pages/competences/competences.h"
#include "q/competences/assessment.h"
#include "q/training/enrolment.h"
#include "views/competences/options.h"
#include "views/competences/progress.h"

static const char *person_path(Req *r, int64_t id)
{
    return arena_printf(r->arena, "/orgs/%lld/people/%lld", (long long)r->org_id, (long long)id);
}

/* The page; x holds what was typed when the form comes back with errors e. */
static enum MHD_Result person_page(Req *r, const Assessment *x, const char *competence,
                                   const char *level, const FormErrors *e, int status)
{
    Person p;
    DbStatus st = q_person_get(r->db, r->org_id, req_id(r, "id"), r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Assessment row;
    Rows rows = ROWS_FROM(r->arena, &row);
    const char *const *opts = competence_options(r);
    if (!opts ||
        q_assessment_history(r->db, r->org_id, p.id, r->arena, &row, rows_collect, &rows) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = arena_printf(r->arena, _(r, "Competences of %s"), p.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The assessment has been recorded."), false);
    html_error_summary(h, r, e);

    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Record an assessment"));
    html(h,
         "<form method=\"post\" action=\"%s/assessments\" enctype=\"multipart/form-data\" "
         "novalidate>\n<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         person_path(r, p.id), csrf_token(r));
    html_select(h, e, "competence_id", _(r, "Competence"), opts, competence);
    html_input(h, r, e, "number", "level", _(r, "Level reached"), level, "off");
    char today[11];
    bxl_date_text(clock_now(), today);
    html_input(h, r, e, "date", "assessed_on", _(r, "Date of the assessment"),
               x && x->assessed_on ? x->assessed_on : today, "off");
    html_textarea(h, e, "evidence_text", _(r, "Evidence (what the learner did)"),
                  x ? x->evidence_text : NULL, 3);
    html_input(h, r, e, "url", "evidence_url", _(r, "Link to the work (optional)"),
               x ? x->evidence_url : NULL, "off");
    html_file_input(h, e, "file", _(r, "A file (optional): PDF, PNG or JPEG, at most 5 MB"),
                    EVIDENCE_ACCEPT);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the assessment"));
    html_form_end(h);
    html_lit(h, "</section>\n");

    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Competences and history"));
    html_progress(h, r, &rows,
                  arena_printf(r->arena, "/orgs/%lld/assessments/", (long long)r->org_id), false,
                  _(r, "No assessments yet."));
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/people/{id}/competences */
enum MHD_Result page_person_competences(Req *r)
{
    return person_page(r, NULL, NULL, NULL, NULL, 200);
}

/* POST /orgs/{org}/people/{id}/assessments (multipart: the file) */
enum MHD_Result page_assessment_add(Req *r)
{
    Assessment x = {.person_id = req_id(r, "id")};
    FieldSpec spec[] = {
        FIELD("competence_id", F_ID, N_("Competence"), .required = true, .num = &x.competence_id),
        FIELD("level", F_INT, N_("Level reached"), .required = true, .min = 1, .max = 99,
              .num = &x.level),
        FIELD("assessed_on", F_DATE, N_("Date of the assessment"), .required = true,
              .text = &x.assessed_on),
        FIELD("evidence_text", F_TEXT, N_("Evidence (what the learner did)"), .max = 4000,
              .text = &x.evidence_text),
        FIELD("evidence_url", F_TEXT, N_("Link to the work (optional)"), .max = 1000,
              .text = &x.evidence_url),
        {0},
    };
    FormErrors e;
    const char *competence = form_get(r, "competence_id"), *level = form_get(r, "level");
    if (!form_read(r, spec, &e))
        return person_page(r, &x, competence, level, &e, 400);
    const FormField *file = form_file(r, "file");
    EvidenceFile ev = {0};
    if (file)
        ev = (EvidenceFile){.name = file->filename, .data = file->value, .len = file->len};
    Flow f = req_flow(r);
    Outcome o = flow_assessment_add(&f, &x, &ev);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return person_page(r, &x, competence, level, &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "%s/competences?saved=1", person_path(r, x.person_id)));
}

static enum MHD_Result send_evidence(Req *r, DbStatus st, const char *name, const char *type,
                                     const char *data, size_t size)
{
    if (st != DB_ONE)
        return reply_missing(r, st);
    return reply_download(r, type, download_name(r->arena, name), data, size);
}

/* GET /orgs/{org}/assessments/{id}/evidence */
enum MHD_Result page_evidence(Req *r)
{
    char *name = NULL, *type = NULL, *data = NULL;
    size_t size = 0;
    DbStatus st =
        q_evidence_get(r->db, r->org_id, req_id(r, "id"), r->arena, &name, &type, &data, &size);
    return send_evidence(r, st, name, type, data, size);
}

/* GET /learning/assessments/{id}/evidence: the learner's own */
enum MHD_Result page_my_evidence(Req *r)
{
    char *name = NULL, *type = NULL, *data = NULL;
    size_t size = 0;
    DbStatus st = q_evidence_mine(r->db, r->account->id, req_id(r, "id"), r->arena, &name, &type,
                                  &data, &size);
    return send_evidence(r, st, name, type, data, size);
}
