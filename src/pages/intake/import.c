/* import.c — paper application forms typed into a spreadsheet: a CSV template with the
 * form's columns, a dry run listing every bad line with its number, and nothing imported
 * while any line is wrong. Each line is read and checked as the web form would be
 * (views/intake/apply_form.h, flows/intake/apply.h); each applicant gets their personal link
 * in the language of their line. */
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/csv.h"
#include "flows/intake/apply.h"
#include "http/session.h"
#include "pages/intake/intake.h"
#include "views/intake/apply_form.h"

#define IMPORT_MAX_ROWS 1000

/* The columns of a line, by the names of the fields in the web form. */
enum {
    C_NAME,
    C_EMAIL,
    C_PHONE,
    C_BIRTH,
    C_MUNICIPALITY,
    C_JOBSEEKER,
    C_LANG,
    C_GNAME,
    C_GEMAIL,
    C_COUNT
};
static const char *const import_fields[C_COUNT] = {"name",       "email",         "phone",
                                                   "birth_date", "municipality",  "jobseeker",
                                                   "lang",       "guardian_name", "guardian_email"};
/* Their names in a header, in our three languages (reduced by csv_key). */
static const char *const import_keys[C_COUNT][5] = {
    {"name", "naam", "nom", "fullname", NULL},
    {"email", "emailaddress", "emailadres", "courriel", NULL},
    {"phone", "telefoon", "tlphone", "telephone", NULL},
    {"birthdate", "dateofbirth", "geboortedatum", "datedenaissance", NULL},
    {"municipality", "gemeente", "commune", NULL, NULL},
    {"jobseeker", "werkzoekende", "demandeurdemploi", NULL, NULL},
    {"lang", "language", "taal", "langue", NULL},
    {"guardianname", "naamouder", "nomduparent", NULL, NULL},
    {"guardianemail", "emailouder", "courrielduparent", NULL, NULL},
};

typedef struct Line {
    const CsvRecord *rec;
    int cols[C_COUNT];
    int *qcols; /* per question */
    const ApplyForm *a;
    Arena *arena;
} Line;

static const char *cell(const Line *w, int col)
{
    return col >= 0 && col < w->rec->n ? w->rec->f[col] : NULL;
}

static const char *line_get(void *ctx, const char *name)
{
    Line *w = ctx;
    for (int i = 0; i < C_COUNT; i++)
        if (!strcmp(name, import_fields[i]))
            return cell(w, w->cols[i]);
    for (int i = 0; i < w->a->nqs; i++)
        if (!strcmp(name, apply_field(w->arena, &w->a->qs[i])))
            return cell(w, w->qcols[i]);
    return NULL;
}

/* A cell a spreadsheet would run as a formula: =..., @..., +x or -x not followed by a
 * digit (a phone number such as +32 470 may start with +). */
static bool formula_like(const char *s)
{
    return s[0] == '=' || s[0] == '@' ||
           ((s[0] == '+' || s[0] == '-') && s[1] && !(s[1] >= '0' && s[1] <= '9') && s[1] != ' ');
}

/* The form of the organisation's programme in the path. */
static bool import_load(Req *r, ApplyForm *a, enum MHD_Result *reply)
{
    DbStatus st = apply_form_load(r->db, r->arena, req_id(r, "id"), clock_now(), a);
    if (st == DB_ONE && a->c.p.org_id != r->org_id) /* the public statement found another's */
        st = DB_NONE;
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    return true;
}

static enum MHD_Result import_page(Req *r, const ApplyForm *a, Html *problems, int nproblems,
                                   const char *summary, int status)
{
    const char *title = lang_pick(r->lang, a->c.p.title);
    Html *h = page_begin(r, _(r, "Import paper applications"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n",
         _(r, "Import paper applications"), (long long)r->org_id, (long long)a->c.p.id, title);
    if (summary) {
        if (nproblems) {
            html(h,
                 "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n"
                 "<h2>%s</h2>\n<p>%s</p>\n",
                 _(r, "Nothing was imported"), summary);
            html_table_begin(h, _(r, "Problems"));
            html(h,
                 "<thead><tr><th scope=\"col\">%s</th><th "
                 "scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                 _(r, "Line"), _(r, "Problem"));
            html_append(h, problems);
            html_lit(h, "</tbody>\n");
            html_table_end(h);
            html_lit(h, "</div>\n");
        } else {
            html_notice(h, summary, false);
        }
    }
    html(h,
         "<p>%s</p>\n<p><a href=\"/orgs/%lld/programmes/%lld/import-template.csv\" "
         "download>%s</a></p>\n",
         _(r, "Use the template: one line per application, a first line with the column names, "
              "UTF-8. Check the file first: nothing is imported while any line is wrong."),
         (long long)r->org_id, (long long)a->c.p.id, _(r, "Download a CSV template"));
    html(h,
         "<form method=\"post\" action=\"/orgs/%lld/programmes/%lld/import\" "
         "enctype=\"multipart/form-data\" novalidate>\n"
         "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         (long long)r->org_id, (long long)a->c.p.id, csrf_token(r));
    html(h,
         "<label for=\"f-file\">%s</label>\n"
         "<input type=\"file\" id=\"f-file\" name=\"file\" accept=\".csv,text/csv\">\n",
         _(r, "CSV file (UTF-8)"));
    html(h,
         "<button type=\"submit\" name=\"action\" value=\"check\" class=\"secondary\">%s</button>\n"
         "<button type=\"submit\" name=\"action\" value=\"import\">%s</button>\n",
         _(r, "Check the file"), _(r, "Import"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import(Req *r)
{
    ApplyForm a;
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    return import_page(r, &a, NULL, 0, NULL, 200);
}

/* GET /orgs/{org}/programmes/{id}/import-template.csv */
enum MHD_Result page_import_template(Req *r)
{
    ApplyForm a;
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    Buf b;
    buf_init(&b, r->arena, 256);
    CsvWriter w;
    csv_begin(&w, &b, true);
    for (int i = 0; i < C_COUNT; i++)
        csv_cell(&w, import_fields[i]);
    for (int i = 0; i < a.nqs; i++) /* the questions' labels: typed by staff, neutralised */
        csv_text(&w, lang_pick(LANG_EN, a.qs[i].label));
    csv_end_line(&w);
    return reply_download(r, "text/csv; charset=utf-8", "applications.csv", b.data, b.len);
}

/* One problem of a line, as a row of the problems' table. */
static void problem(Html *problems, int *n, int line, const char *msg)
{
    html(problems, "<tr><td>%d</td><td>%s</td></tr>\n", line, msg);
    (*n)++;
}

/* POST /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import_post(Req *r)
{
    ApplyForm a;
    enum MHD_Result reply;
    if (!import_load(r, &a, &reply))
        return reply;
    const FormField *file = form_file(r, "file");
    const char *action = form_get(r, "action");
    bool doit = action && !strcmp(action, "import");
    if (!file || !file->filename || !*file->filename || file->len == 0)
        return import_page(r, &a, NULL, 0, _(r, "Choose a CSV file to check or import."), 400);
    CsvTable t;
    int at;
    CsvError ce = csv_parse(r->arena, file->value, file->len, 0, IMPORT_MAX_ROWS + 1, 64, &t, &at);
    Html *problems = html_new(r->arena);
    int np = 0;
    if (ce == CSV_NOT_UTF8)
        return import_page(
            r, &a, NULL, 0,
            _(r, "The file is not in UTF-8: save it from your spreadsheet as \"CSV UTF-8\"."), 400);
    if (ce != CSV_OK || t.n < 2 || t.n > IMPORT_MAX_ROWS + 1)
        return import_page(
            r, &a, NULL, 0,
            ce == CSV_UNTERMINATED
                ? arena_printf(r->arena,
                               _(r, "Line %d: a quotation mark is opened and never closed."), at)
                : _(r, "The file needs a first line with the column names and at most 1,000 "
                       "applications."),
            400);
    /* the columns, by their names in the first line */
    Line w = {.a = &a, .arena = r->arena};
    w.qcols = arena_alloc(r->arena, sizeof *w.qcols * (size_t)(a.nqs ? a.nqs : 1));
    for (int i = 0; i < C_COUNT; i++)
        w.cols[i] = -1;
    for (int i = 0; i < a.nqs; i++)
        w.qcols[i] = -1;
    for (int c = 0; c < t.rec[0].n; c++) {
        const char *k = csv_key(r->arena, t.rec[0].f[c]);
        for (int i = 0; i < C_COUNT; i++)
            for (int j = 0; import_keys[i][j]; j++)
                if (!strcmp(k, import_keys[i][j]) && w.cols[i] < 0)
                    w.cols[i] = c;
        for (int i = 0; i < a.nqs; i++)
            for (int l = 0; l < LANG_COUNT; l++)
                if (a.qs[i].label[l] && !strcmp(k, csv_key(r->arena, a.qs[i].label[l])) &&
                    w.qcols[i] < 0)
                    w.qcols[i] = c;
    }
    for (int i = 0; i < C_JOBSEEKER; i++)
        if (w.cols[i] < 0 && i != C_PHONE)
            problem(
                problems, &np, 1,
                arena_printf(r->arena, _(r, "The column \"%s\" is missing."), import_fields[i]));
    for (int i = 0; i < a.nqs; i++)
        if (w.qcols[i] < 0 && a.qs[i].required)
            problem(problems, &np, 1,
                    arena_printf(r->arena, _(r, "The column \"%s\" is missing."),
                                 lang_pick(r->lang, a.qs[i].label)));
    Actor who = req_actor(r);
    Flow f = req_flow(r, &who);
    int n = t.n - 1;
    ApplyInput *in = arena_alloc(r->arena, sizeof *in * (size_t)n);
    bool header_ok = np == 0;
    for (int k = 0; header_ok && k < n; k++) {
        const CsvRecord *rec = &t.rec[k + 1];
        w.rec = rec;
        for (int c = 0; c < rec->n; c++)
            if (formula_like(rec->f[c]))
                problem(problems, &np, rec->line,
                        arena_printf(r->arena,
                                     _(r, "\"%s\" looks like a spreadsheet formula: write it "
                                          "without = + - @ in front."),
                                     rec->f[c]));
        in[k] = (ApplyInput){.lang = r->lang, .line = rec->line};
        const char *lc = cell(&w, w.cols[C_LANG]);
        if (lc && *lc && !lang_parse(lc, &in[k].lang))
            problem(problems, &np, rec->line, _(r, "The language is en, nl or fr."));
        FormErrors e;
        apply_form_read(r->arena, r->lang, line_get, &w, &a, &in[k], &e);
        Outcome o = apply_check(&f, &a, &in[k], NULL);
        apply_errors_merge(&e, &o);
        for (int i = 0; i < e.n; i++)
            problem(problems, &np, rec->line, e.msg[i]);
    }
    if (np)
        return import_page(r, &a, problems, np,
                           _(r, "Correct these lines and send the file again."), 400);
    if (!doit)
        return import_page(
            r, &a, NULL, 0,
            arena_printf(r->arena, _(r, "All %d lines are valid: press Import to record them."), n),
            200);
    Outcome o = apply_import(&f, &a, in, n);
    if (!o.ok && o.fields.n) { /* changed since the check: the form or the date */
        for (int i = 0; i < o.fields.n; i++)
            problem(problems, &np, (int)o.id, o.fields.msg[i]);
        return import_page(r, &a, problems, np,
                           _(r, "Correct these lines and send the file again."), 400);
    }
    if (!o.ok)
        return reply_error(r, o.err == ERR_CONFLICT ? ERR_NOT_FOUND : o.err);
    return reply_redirect(r, arena_printf(r->arena,
                                          "/orgs/%lld/applications?programme=%lld&imported=%d",
                                          (long long)r->org_id, (long long)a.c.p.id, n));
}
