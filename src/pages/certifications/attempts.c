/* attempts.c — a learner's exam attempts (the latest first), the certifications still
 * missing for each programme they were enrolled in, and a form to record one more attempt
 * (checked and saved by flows/certifications/attempt). */
#include "core/clock.h"
#include "core/rows.h"
#include "domain/certified.h"
#include "flows/certifications/attempt.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/table.h"
#include "http/form.h"
#include "model/certifications.h"
#include "pages/certifications/certifications.h"
#include "q/certifications/attempt.h"
#include "q/certifications/certification.h"
#include "q/training/enrolment.h"
#include "views/training/programme.h"

static const char *requirement_title(Req *r, const CertRequirement *q)
{
    Programme p = {.id = q->programme_id};
    for (int l = 0; l < 3; l++)
        p.title[l] = q->title[l];
    return programme_title(r, &p);
}

/* For each programme of the learner that requires certifications: certified, or which
 * are missing. */
static void html_missing(Html *h, Req *r, const Rows *reqs, const Rows *attempts)
{
    Date today;
    int minutes;
    bxl_from_utc(clock_now(), &today, &minutes);
    CertAttempt *att = arena_alloc(r->arena, sizeof *att * (size_t)(attempts->n + 1));
    int natt = 0;
    for (int i = 0; i < attempts->n; i++) {
        const ExamAttempt *a = ROW(attempts, ExamAttempt, i);
        att[natt] =
            (CertAttempt){.cert_id = a->certification_id, .passed = a->result == EXAM_PASSED};
        if (date_parse(a->taken_on, &att[natt].taken_on))
            natt++;
    }
    html(h, "<h2>%s</h2>\n", _(r, "Required certifications"));
    if (reqs->n == 0) {
        html(h, "<p>%s</p>\n", _(r, "None of this learner's programmes requires a certification."));
        return;
    }
    for (int i = 0; i < reqs->n;) {
        const CertRequirement *first = ROW(reqs, CertRequirement, i);
        int end = i;
        while (end < reqs->n &&
               ROW(reqs, CertRequirement, end)->programme_id == first->programme_id)
            end++;
        int n = end - i;
        CertRequired *req = arena_alloc(r->arena, sizeof *req * (size_t)n);
        bool *missing = arena_alloc(r->arena, sizeof *missing * (size_t)n);
        for (int k = 0; k < n; k++) {
            const Certification *c = &ROW(reqs, CertRequirement, i + k)->cert;
            req[k] = (CertRequired){.cert_id = c->id, .validity_months = (int)c->validity_months};
        }
        int nmissing = cert_missing(req, n, att, natt, today, missing);
        html(h, "<h3>%s</h3>\n", requirement_title(r, first));
        if (nmissing == 0)
            html(h, "<p>%s</p>\n",
                 _(r, "Certified: every required certification passed and valid."));
        else {
            html(h, "<p>%s</p>\n<ul>\n",
                 arena_printf(
                     r->arena,
                     _n(r, "Missing %d certification:", "Missing %d certifications:", nmissing),
                     nmissing));
            for (int k = 0; k < n; k++)
                if (missing[k]) {
                    const Certification *c = &ROW(reqs, CertRequirement, i + k)->cert;
                    html(h, "<li>%s (%s)</li>\n", c->name, c->exam_code);
                }
            html_lit(h, "</ul>\n");
        }
        i = end;
    }
}

/* The catalogue's certifications still offered, as value/label pairs for a select. */
static const char *const *cert_options(Req *r, const Rows *certs)
{
    Options opts = OPTIONS(r->arena);
    for (int i = 0; i < certs->n; i++) {
        const Certification *c = ROW(certs, Certification, i);
        if (!c->archived)
            options_id(&opts, c->id, arena_printf(r->arena, "%s (%s)", c->name, c->exam_code));
    }
    return options_end(&opts);
}

/* The page of the route's person {id}; in holds what was typed when the form comes back
 * with errors e. */
static enum MHD_Result learner_page(Req *r, const ExamAttempt *in, const FormErrors *e, int status)
{
    Person p;
    DbStatus st = q_person_get(r->db, r->org_id, req_id(r, "id"), r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st);
    ExamAttempt a;
    Rows attempts = ROWS_FROM(r->arena, &a);
    CertRequirement q;
    Rows reqs = ROWS_FROM(r->arena, &q);
    Certification c;
    Rows certs = ROWS_FROM(r->arena, &c);
    if (q_attempt_list_person(r->db, r->org_id, p.id, r->arena, &a, rows_collect, &attempts) <
            DB_NONE ||
        q_person_requirements(r->db, r->org_id, p.id, r->arena, &q, rows_collect, &reqs) <
            DB_NONE ||
        q_cert_list(r->db, r->org_id, r->arena, &c, rows_collect, &certs) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = arena_printf(r->arena, _(r, "Certifications of %s"), p.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (p.email)
        html(h, "<p>%s</p>\n", p.email);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The attempt has been recorded."), false);
    html_missing(h, r, &reqs, &attempts);

    html(h, "<h2>%s</h2>\n", _(r, "Exam attempts"));
    if (attempts.n == 0)
        html(h, "<p>%s</p>\n", _(r, "No exam attempt recorded yet."));
    else {
        HTML_TABLE(h, _(r, "Exam attempts"), _(r, "Date"), _(r, "Certification"), _(r, "Result"),
                   _(r, "Score"), _(r, "Place of the exam"));
        for (int i = 0; i < attempts.n; i++) {
            const ExamAttempt *x = ROW(&attempts, ExamAttempt, i);
            html(h, "<tr><td>%s</td><td>%s (%s)</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 date_words_text(r, x->taken_on), x->cert_name, x->exam_code,
                 _(r, vocab_label(&exam_results, x->result)),
                 x->score < 0
                     ? ""
                     : arena_printf(r->arena, "%lld / %d", (long long)x->score, EXAM_SCORE_MAX),
                 _(r, vocab_label(&exam_places, x->place)));
        }
        html_table_close(h);
    }

    if (training_can_edit(r)) {
        html(h, "<h2>%s</h2>\n", _(r, "Record an attempt"));
        const char *const *opts = cert_options(r, &certs);
        if (!opts[0])
            html(h, "<p><a href=\"/orgs/%lld/certifications/new\">%s</a></p>\n",
                 (long long)r->org_id, _(r, "Add certifications to the catalogue first"));
        else {
            html_error_summary(h, r, e);
            html_form_begin(h, r,
                            arena_printf(r->arena, "/orgs/%lld/people/%lld/attempts",
                                         (long long)r->org_id, (long long)p.id));
            html_select(h, e, "certification_id", _(r, "Certification"), opts,
                        in && in->certification_id
                            ? arena_printf(r->arena, "%lld", (long long)in->certification_id)
                            : NULL);
            html_input(h, r, e, "date", "taken_on", _(r, "Date of the exam"),
                       in ? in->taken_on : NULL, "off");
            html_select(h, e, "result", _(r, "Result"), vocab_options(r, &exam_results, NULL, NULL),
                        in ? vocab_key(&exam_results, in->result) : NULL);
            html_input(
                h, r, e, "text", "score",
                arena_printf(r->arena, _(r, "Score, from 0 to %d (optional)"), EXAM_SCORE_MAX),
                in && in->score >= 0 ? arena_printf(r->arena, "%lld", (long long)in->score)
                                     : form_get(r, "score"),
                "off");
            html_select(h, e, "place", _(r, "Place of the exam"),
                        vocab_options(r, &exam_places, NULL, NULL),
                        in ? vocab_key(&exam_places, in->place) : NULL);
            html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the attempt"));
            html_form_end(h);
        }
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/people/{id}/certifications */
enum MHD_Result page_learner_certs(Req *r)
{
    return learner_page(r, NULL, NULL, 200);
}

/* POST /orgs/{org}/people/{id}/attempts */
enum MHD_Result page_attempt_add(Req *r)
{
    ExamAttempt at = {.person_id = req_id(r, "id"), .score = -1};
    char *result = NULL, *place = NULL;
    FieldSpec spec[] = {
        FIELD("certification_id", F_ID, N_("Certification"), .required = true,
              .num = &at.certification_id),
        FIELD("taken_on", F_DATE, N_("Date of the exam"), .required = true, .text = &at.taken_on),
        FIELD("result", F_CHOICE, N_("Result"), .required = true,
              .choices = vocab_keys(r, &exam_results), .text = &result),
        FIELD("score", F_INT, N_("Score"), .min = 0, .max = EXAM_SCORE_MAX, .num = &at.score),
        FIELD("place", F_CHOICE, N_("Place of the exam"), .required = true,
              .choices = vocab_keys(r, &exam_places), .text = &place),
        {0},
    };
    FormErrors e;
    bool read = form_read(r, spec, &e);
    int v;
    if (result && vocab_parse(&exam_results, result, &v))
        at.result = (ExamResult)v;
    if (place && vocab_parse(&exam_places, place, &v))
        at.place = (ExamPlace)v;
    if (!read)
        return learner_page(r, &at, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_attempt_add(&f, &at);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return learner_page(r, &at, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/people/%lld/certifications?saved=1",
                                          (long long)r->org_id, (long long)at.person_id));
}
