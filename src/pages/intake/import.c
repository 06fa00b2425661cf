/* import.c — paper application forms typed into a spreadsheet: a CSV template with the
 * form's columns, a dry run listing every bad line with its number, and nothing imported
 * while any line is wrong (the one import helper, domain/import.h). Each line is read and
 * checked as the web form would be (views/intake/apply_form.h, flows/intake/apply.h); each
 * applicant gets their personal link in the language of their line. */
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/csv.h"
#include "domain/import.h"
#include "flows/intake/apply.h"
#include "html/import.h"
#include "pages/intake/intake.h"
#include "views/intake/apply_form.h"

#define IMPORT_MAX_ROWS 1000
#define IMPORT_SHOWN_PROBLEMS 200

/* The person's columns, named as the fields of the web form, with their names in a
 * header in our three languages. */
static const char *const a_name[] = {"naam", "nom", "full name", NULL};
static const char *const a_email[] = {"e-mail address", "e-mailadres", "courriel", NULL};
static const char *const a_phone[] = {"telefoon", "téléphone", "telephone", NULL};
static const char *const a_birth[] = {"date of birth", "geboortedatum", "date de naissance", NULL};
static const char *const a_municipality[] = {"gemeente", "commune", NULL};
static const char *const a_jobseeker[] = {"werkzoekende", "demandeur d'emploi", NULL};
static const char *const a_lang[] = {"language", "taal", "langue", NULL};
static const char *const a_gname[] = {"naam ouder", "nom du parent", NULL};
static const char *const a_gemail[] = {"e-mail ouder", "courriel du parent", NULL};
static const ImportCol person_cols[] = {
    {.name = "name", .aliases = a_name, .required = true},
    {.name = "email", .aliases = a_email, .required = true},
    {.name = "phone", .aliases = a_phone},
    {.name = "birth_date", .aliases = a_birth, .required = true},
    {.name = "municipality", .aliases = a_municipality, .required = true},
    {.name = "jobseeker", .aliases = a_jobseeker},
    {.name = "lang", .aliases = a_lang},
    {.name = "guardian_name", .aliases = a_gname},
    {.name = "guardian_email", .aliases = a_gemail},
};
#define PERSON_COLS ((int)(sizeof person_cols / sizeof person_cols[0]))

/* What a handler does with the application form of the programme in the path. */
typedef enum MHD_Result (*FormPage)(Req *r, ApplyForm *a);

/* Loads the form of the organisation's programme in the path, then answers with fn;
 * otherwise 404 (or 503). */
static enum MHD_Result with_form(Req *r, FormPage fn)
{
    ApplyForm a;
    DbStatus st = apply_form_load(r->db, r->arena, req_id(r, "id"), clock_now(), &a);
    if (st == DB_ONE && a.c.p.org_id != r->org_id) /* the public statement found another's */
        st = DB_NONE;
    return st == DB_ONE ? fn(r, &a) : reply_missing(r, st);
}

static enum MHD_Result import_page(Req *r, const ApplyForm *a, const Import *im,
                                   const char *summary, int status)
{
    const char *title = lang_pick(r->lang, a->c.p.title);
    Html *h = page_begin(r, _(r, "Import paper applications"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n",
         _(r, "Import paper applications"), (long long)r->org_id, (long long)a->c.p.id, title);
    if (summary) {
        if (im && im->problems.n)
            html_import_failed(h, r, _(r, "Nothing was imported"), summary, im,
                               IMPORT_SHOWN_PROBLEMS, false);
        else
            html_notice(h, summary, false);
    }
    html(h,
         "<p>%s</p>\n<p><a href=\"/orgs/%lld/programmes/%lld/import-template.csv\" "
         "download>%s</a></p>\n",
         _(r, "Use the template: one line per application, a first line with the column names, "
              "UTF-8. Check the file first: nothing is imported while any line is wrong."),
         (long long)r->org_id, (long long)a->c.p.id, _(r, "Download a CSV template"));
    html_import_form_begin(h, r,
                           arena_printf(r->arena, "/orgs/%lld/programmes/%lld/import",
                                        (long long)r->org_id, (long long)a->c.p.id),
                           NULL);
    html(h,
         "<button type=\"submit\" name=\"action\" value=\"check\" class=\"secondary\">%s</button>\n"
         "<button type=\"submit\" name=\"action\" value=\"import\">%s</button>\n",
         _(r, "Check the file"), _(r, "Import"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

static enum MHD_Result import_form(Req *r, ApplyForm *a)
{
    return import_page(r, a, NULL, NULL, 200);
}

/* GET /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import(Req *r)
{
    return with_form(r, import_form);
}

static enum MHD_Result import_template(Req *r, ApplyForm *a)
{
    Buf b;
    buf_init(&b, r->arena, 256);
    CsvWriter w;
    csv_begin(&w, &b, true);
    for (int i = 0; i < PERSON_COLS; i++)
        csv_cell(&w, person_cols[i].name);
    for (int i = 0; i < a->nqs; i++) /* the questions' labels: typed by staff, neutralised */
        csv_text(&w, lang_pick(LANG_EN, a->qs[i].label));
    csv_end_line(&w);
    return reply_download(r, "text/csv; charset=utf-8", "applications.csv", b.data, b.len);
}

/* GET /orgs/{org}/programmes/{id}/import-template.csv */
enum MHD_Result page_import_template(Req *r)
{
    return with_form(r, import_template);
}

/* The columns: the person's, then one per question, found by its label in any language. */
static const ImportCol *import_cols(Req *r, const ApplyForm *a, int *n)
{
    ImportCol *cols = arena_alloc(r->arena, sizeof *cols * (size_t)(PERSON_COLS + a->nqs));
    memcpy(cols, person_cols, sizeof person_cols);
    for (int i = 0; i < a->nqs; i++) {
        const AppQuestion *q = &a->qs[i];
        const char **aliases = arena_alloc(r->arena, sizeof *aliases * (LANG_COUNT + 1));
        int k = 0;
        for (int l = 0; l < LANG_COUNT; l++)
            if (q->label[l] && *q->label[l])
                aliases[k++] = q->label[l];
        aliases[k] = NULL;
        cols[PERSON_COLS + i] = (ImportCol){
            .name = apply_field(r->arena, q), .aliases = aliases, .required = q->required};
    }
    *n = PERSON_COLS + a->nqs;
    return cols;
}

static enum MHD_Result import_post(Req *r, ApplyForm *a)
{
    const FormField *file = form_file(r, "file");
    static const char *const actions[] = {"check", "import", NULL};
    char *action = NULL;
    FieldSpec spec[] = {
        FIELD("action", F_CHOICE, N_("Import"), .choices = actions, .text = &action),
        {0},
    };
    FormErrors fe;
    form_read(r, spec, &fe);
    bool doit = !fe.n && action && !strcmp(action, "import");
    if (!file || !file->filename || !*file->filename || file->len == 0)
        return import_page(r, a, NULL, _(r, "Choose a CSV file to check or import."), 400);
    int ncols;
    const ImportCol *cols = import_cols(r, a, &ncols);
    Import im;
    if (import_open(&im, r->arena, r->lang, file->value, file->len, cols, ncols,
                    IMPORT_HEADER_REQUIRED, IMPORT_MAX_ROWS) != IMPORT_OK)
        return import_page(r, a, NULL, import_error_text(&im), 400);
    Flow f = req_flow(r);
    ApplyInput *in = arena_alloc(r->arena, sizeof *in * (size_t)im.nrows);
    /* a missing column is a problem of line 1: the lines are not read then */
    bool columns_ok = !im.problems.n;
    for (int i = 0; columns_ok && i < im.nrows; i++) {
        import_refuse_formulas(&im, i);
        in[i] = (ApplyInput){.lang = r->lang, .line = import_line(&im, i)};
        const char *lc = import_get(&im, i, "lang");
        if (lc && *lc && !lang_parse(lc, &in[i].lang))
            import_problem(&im, in[i].line, "lang", _(r, "The language is en, nl or fr."));
        ImportRow row = {&im, i};
        FormErrors e;
        apply_form_read(r->arena, r->lang, import_lookup, &row, a, &in[i], &e);
        Outcome o = apply_check(&f, a, &in[i], NULL);
        apply_errors_merge(&e, &o);
        import_form_errors(&im, i, &e);
    }
    const char *again = _(r, "Correct these lines and send the file again.");
    if (im.problems.n)
        return import_page(r, a, &im, again, 400);
    if (!doit)
        return import_page(
            r, a, NULL,
            arena_printf(r->arena, _(r, "All %d lines are valid: press Import to record them."),
                         im.nrows),
            200);
    Outcome o = apply_import(&f, a, in, im.nrows);
    if (!o.ok && o.fields.n) { /* changed since the check: the form or the day */
        for (int i = 0; i < o.fields.n; i++)
            import_problem(&im, (int)o.id, o.fields.field[i], o.fields.msg[i]);
        return import_page(r, a, &im, again, 400);
    }
    if (!o.ok)
        return reply_error(r, o.err == ERR_CONFLICT ? ERR_NOT_FOUND : o.err);
    return reply_redirect(r, arena_printf(r->arena,
                                          "/orgs/%lld/applications?programme=%lld&imported=%d",
                                          (long long)r->org_id, (long long)a->c.p.id, im.nrows));
}

/* POST /orgs/{org}/programmes/{id}/import */
enum MHD_Result page_import_post(Req *r)
{
    return with_form(r, import_post);
}
