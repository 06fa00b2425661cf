/* import.c — exam results from a vendor's results file (CSV) or a pasted list: the columns
 * by their names in three languages, a dry run that lists every bad line with its number
 * and column, and nothing recorded while any line is wrong (the one import helper,
 * domain/import.h). Learners are found by e-mail address among the organisation's people,
 * certifications by exam code (flows/certifications/attempt.c checks them). */
#include <string.h>

#include "core/buf.h"
#include "domain/csv.h"
#include "domain/import.h"
#include "flows/certifications/attempt.h"
#include "html/fmt.h"
#include "html/import.h"
#include "http/form.h"
#include "model/certifications.h"
#include "pages/certifications/certifications.h"

#define RESULTS_MAX_LINES 5000
#define RESULTS_MAX_BYTES (1024 * 1024)
#define RESULTS_SHOWN_PROBLEMS 200

static const char *const a_email[] = {"e-mail",   "email address",  "e-mailadres",     "mail",
                                      "courriel", "adresse e-mail", "candidate email", NULL};
static const char *const a_code[] = {"exam",          "exam code",   "examencode",  "examen",
                                     "code d'examen", "code examen", "exam number", NULL};
static const char *const a_date[] = {"exam date",        "date",        "datum", "examendatum",
                                     "date de l'examen", "date examen", NULL};
static const char *const a_result[] = {"outcome", "status",   "resultaat",
                                       "uitslag", "résultat", NULL};
static const char *const a_score[] = {"score", "punten", "note", "points", NULL};
static const char *const a_place[] = {"where", "delivery", "plaats", "locatie",
                                      "lieu",  "modalité", NULL};
static const ImportCol cols[] = {
    {.name = "email", .aliases = a_email, .required = true},
    {.name = "exam_code", .aliases = a_code, .required = true},
    {.name = "taken_on", .aliases = a_date, .required = true},
    {.name = "result", .aliases = a_result, .required = true},
    {.name = "score", .aliases = a_score},
    {.name = "place", .aliases = a_place},
};
#define NCOLS ((int)(sizeof cols / sizeof cols[0]))

/* True when key (csv_key's form of a cell) is one of words (ending with NULL). */
static bool key_in(const char *key, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (!strcmp(key, words[i]))
            return true;
    return false;
}

/* A result as vendors and our three languages write it; -1 when none of them. */
static int result_of(Arena *a, const char *s)
{
    static const char *const pass[] = {"passed", "pass", "p", "geslaagd", "reussi", "admis", NULL};
    static const char *const fail[] = {"failed", "fail",   "f",       "nietgeslaagd",
                                       "gezakt", "echoue", "ajourne", NULL};
    const char *k = csv_key(a, s);
    return key_in(k, pass) ? EXAM_PASSED : key_in(k, fail) ? EXAM_FAILED : -1;
}

/* Where the exam was taken; empty means a test centre. -1 when unknown. */
static int place_of(Arena *a, const char *s)
{
    static const char *const centre[] = {"",       "testcentre",  "testcenter",    "centre",
                                         "center", "testcentrum", "centredexamen", "centredetest",
                                         NULL};
    static const char *const online[] = {"online", "onlineproctored", "enligne", "remote",
                                         "thuis",  "adistance",       NULL};
    const char *k = csv_key(a, s);
    return key_in(k, centre) ? EXAM_TEST_CENTRE : key_in(k, online) ? EXAM_ONLINE : -1;
}

/* Reads row i into l; what cannot be read goes into l->read. */
static void read_line(Req *r, Import *im, int i, AttemptLine *l)
{
    memset(l, 0, sizeof *l);
    l->line = import_line(im, i);
    l->at.score = -1;
    ImportRow src = {im, i};
    FieldSpec spec[] = {
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254,
              .text = &l->email),
        FIELD("exam_code", F_TEXT, N_("Exam code"), .required = true, .max = 40,
              .text = &l->exam_code),
        FIELD("taken_on", F_DATE, N_("Date of the exam"), .required = true,
              .text = &l->at.taken_on),
        FIELD("score", F_INT, N_("Score"), .min = 0, .max = EXAM_SCORE_MAX, .num = &l->at.score),
        {0},
    };
    form_read_from(r->arena, r->lang, import_lookup, &src, spec, &l->read);
    const char *res = import_lookup(&src, "result");
    int v = res ? result_of(r->arena, res) : -1;
    if (v < 0)
        form_error(&l->read, "result",
                   arena_printf(r->arena, _(r, "Result: write passed or failed, not \"%s\"."),
                                res ? res : ""));
    else
        l->at.result = (ExamResult)v;
    const char *pl = import_lookup(&src, "place");
    v = place_of(r->arena, pl ? pl : "");
    if (v < 0)
        form_error(
            &l->read, "place",
            arena_printf(r->arena, _(r, "Where: write test centre or online, not \"%s\"."), pl));
    else
        l->at.place = (ExamPlace)v;
}

static enum MHD_Result import_page(Req *r, const Import *im, const char *summary, bool failed,
                                   int status)
{
    Html *h = page_begin(r, _(r, "Import exam results"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/certifications\">%s</a></p>\n",
         _(r, "Import exam results"), (long long)r->org_id, _(r, "Certifications"));
    if (summary && failed)
        html_import_failed(h, r, _(r, "Nothing was recorded"), summary, im, RESULTS_SHOWN_PROBLEMS,
                           true);
    else if (summary)
        html_notice(h, summary, false);
    html(h, "<p>%s</p>\n<p>%s</p>\n",
         _(r, "One exam attempt per line, with a first line naming the columns: email, "
              "exam_code, taken_on (YYYY-MM-DD), result (passed or failed), score (0 to 1000, "
              "optional), place (test centre or online; empty: test centre), in English, "
              "Dutch or French."),
         _(r, "Learners are found by their e-mail address among your organisation's people, "
              "certifications by their exam code. Check the file first: nothing is recorded "
              "while a line is wrong."));
    html(h, "<p><a href=\"/orgs/%lld/certifications/results-template.csv\" download>%s</a></p>\n",
         (long long)r->org_id, _(r, "Download a CSV template"));
    html_import_form_begin(
        h, r, arena_printf(r->arena, "/orgs/%lld/certifications/import", (long long)r->org_id),
        _(r, "Results, one per line"));
    html(h,
         "<button type=\"submit\" name=\"dry_run\" value=\"1\">%s</button>\n"
         "<button type=\"submit\" name=\"dry_run\" value=\"0\" class=\"secondary\">%s</button>\n",
         _(r, "Check only"), _(r, "Check and import"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/certifications/import */
enum MHD_Result page_attempts_import(Req *r)
{
    return import_page(r, NULL, NULL, false, 200);
}

/* POST /orgs/{org}/certifications/import */
enum MHD_Result page_attempts_import_post(Req *r)
{
    size_t len;
    const char *text = import_text(r, &len);
    const char *dry_flag = form_get(r, "dry_run");
    bool dry = !dry_flag || strcmp(dry_flag, "0") != 0;
    if (!text || len == 0)
        return import_page(r, NULL, _(r, "The list is empty: type the results or choose a file."),
                           true, 400);
    if (len > RESULTS_MAX_BYTES)
        return import_page(r, NULL,
                           arena_printf(r->arena,
                                        _(r, "The list is too long: at most %d lines at once."),
                                        RESULTS_MAX_LINES),
                           true, 413);
    Import im;
    if (import_open(&im, r->arena, r->lang, text, len, cols, NCOLS, IMPORT_HEADER_REQUIRED,
                    RESULTS_MAX_LINES) != IMPORT_OK)
        return import_page(r, NULL, import_error_text(&im), true,
                           im.status == IMPORT_TOO_MANY ? 413 : 400);
    AttemptLine *lines = arena_alloc(r->arena, sizeof *lines * (size_t)(im.nrows + 1));
    for (int i = 0; i < im.nrows; i++)
        read_line(r, &im, i, &lines[i]);
    Flow f = req_flow(r);
    Outcome o = flow_attempts_import(&f, lines, im.nrows, &im, dry);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return import_page(
            r, &im,
            arena_printf(r->arena,
                         _n(r, "%d problem found: correct the file and try again.",
                            "%d problems found: correct the file and try again.", im.problems.n),
                         im.problems.n),
            true, o.status);
    if (dry)
        return import_page(
            r, &im,
            arena_printf(r->arena,
                         _n(r, "%d line checked and right: nothing has been recorded yet.",
                            "%d lines checked and right: nothing has been recorded yet.", o.id),
                         (int)o.id),
            false, 200);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/certifications?imported=%lld",
                                          (long long)r->org_id, (long long)o.id));
}

/* GET /orgs/{org}/certifications/results-template.csv */
enum MHD_Result page_attempts_template(Req *r)
{
    return reply_import_template(r, cols, NCOLS, "exam-results.csv");
}
