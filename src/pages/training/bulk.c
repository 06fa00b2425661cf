/* bulk.c — enrolling many learners at once, from a list typed or pasted into a text
 * field, or from a CSV file (with a template to download). This page reads the list (the
 * columns by their names in three languages, the fields, the dates as spreadsheets write
 * them); flows/training/bulk.c checks every line against the programme's rules, the people
 * known and the places left, and enrols all or none. Each problem is listed with its line
 * number. */
#include <stdio.h>
#include <string.h>

#include "domain/calendar.h"
#include "domain/csv.h"
#include "domain/import.h"
#include "flows/training/bulk.h"
#include "html/fmt.h"
#include "html/import.h"
#include "pages/training/training.h"
#include "q/training/enrolment.h"
#include "views/training/cohort.h"
#include "views/training/programme.h"

#define BULK_MAX_LINES 5000
#define BULK_MAX_BYTES (1024 * 1024)
#define BULK_SHOWN_PROBLEMS 100

/* The columns, with the names a first line may give them (in our languages, compared as
 * csv_key() reduces them); without such a line they come in this order. */
static const char *const name_alias[] = {
    "full name", "naam", "volledige naam", "nom", "nom complet", "prenom nom", NULL};
static const char *const email_alias[] = {"e-mail",   "email address",  "e-mailadres",  "mail",
                                          "courriel", "adresse e-mail", "adresse mail", NULL};
static const char *const birth_alias[] = {
    "birth date", "date of birth", "dob", "geboortedatum", "date de naissance", "naissance", NULL};
static const char *const phone_alias[] = {"telephone", "téléphone", "telefoon", "gsm",
                                          "mobile",    "tel",       NULL};
static const char *const place_alias[] = {"city",     "gemeente", "woonplaats", "commune",
                                          "localité", "localite", NULL};
static const char *const jobseeker_alias[] = {"job-seeker", "werkzoekende", "werkzoekend",
                                              "demandeur d'emploi", NULL};
static const char *const gender_alias[] = {"geslacht", "genre", "sexe", "gender identity", NULL};
static const ImportCol cols[] = {
    {.name = "name", .aliases = name_alias, .required = true},
    {.name = "email", .aliases = email_alias},
    {.name = "birth_date", .aliases = birth_alias},
    {.name = "phone", .aliases = phone_alias},
    {.name = "municipality", .aliases = place_alias},
    {.name = "jobseeker", .aliases = jobseeker_alias},
    {.name = "gender", .aliases = gender_alias},
};
#define NCOLS ((int)(sizeof cols / sizeof cols[0]))

/* "2005-02-01", or "01/02/2005" and "01-02-2005" as spreadsheets write them in Belgium;
 * the ISO form of a date that exists, or NULL. */
static char *date_iso(Arena *a, const char *s)
{
    Date d;
    if (date_parse(s, &d))
        return arena_printf(a, "%s", s);
    int day, month, year, end = 0;
    if ((sscanf(s, "%2d/%2d/%4d%n", &day, &month, &year, &end) == 3 ||
         sscanf(s, "%2d-%2d-%4d%n", &day, &month, &year, &end) == 3) &&
        (size_t)end == strlen(s) && year >= 1900) {
        char *iso = arena_printf(a, "%04d-%02d-%02d", year, month, day);
        if (date_parse(iso, &d))
            return iso;
    }
    return NULL;
}

/* yes/no in our languages; -1 when neither. */
static int yes_no(Arena *a, const char *s)
{
    static const char *const yes[] = {"1", "yes", "y", "ja", "j", "oui", "o", "true", "x", NULL};
    static const char *const no[] = {"", "0", "no", "n", "nee", "non", "false", NULL};
    const char *k = csv_key(a, s);
    for (int i = 0; yes[i]; i++)
        if (!strcmp(k, yes[i]))
            return 1;
    for (int i = 0; no[i]; i++)
        if (!strcmp(k, no[i]))
            return 0;
    return -1;
}

/* A gender as written in a spreadsheet, in our languages (a key of genders, or a word for
 * one); GENDER_NOT_GIVEN for an empty cell, -1 for anything else. */
static int gender_word(Arena *a, const char *s)
{
    static const struct {
        Gender g;
        const char *const words[8];
    } words[] = {
        {GENDER_WOMAN, {"woman", "female", "f", "vrouw", "v", "femme", NULL}},
        {GENDER_MAN, {"man", "male", "m", "homme", "h", NULL}},
        {GENDER_ANOTHER, {"another", "another gender", "x", "ander", "autre", NULL}},
        {GENDER_RATHER_NOT_SAY,
         {"rather_not_say", "rather not say", "zeg ik liever niet", "liever niet",
          "préfère ne pas dire", "prefere ne pas dire", NULL}},
    };
    const char *k = csv_key(a, s);
    if (!*k)
        return GENDER_NOT_GIVEN;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        for (int j = 0; words[i].words[j]; j++)
            if (!strcmp(k, words[i].words[j]))
                return words[i].g;
    return -1;
}

/* Reads row i of the import into l; what cannot be read is a problem of its line. */
static void read_line(Req *r, Import *im, int i, BulkLine *l)
{
    memset(l, 0, sizeof *l);
    l->line = import_line(im, i);
    ImportRow src = {im, i};
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Full name"), .required = true, .max = 120, .text = &l->who.name),
        FIELD("email", F_EMAIL, N_("E-mail address"), .max = 254, .text = &l->who.email),
        FIELD("birth_date", F_TEXT, N_("Date of birth"), .max = 10, .text = &l->who.birth_date),
        FIELD("phone", F_TEXT, N_("Phone"), .max = 30, .text = &l->who.phone),
        FIELD("municipality", F_TEXT, N_("Municipality"), .max = 100, .text = &l->who.municipality),
        {0},
    };
    FormErrors e;
    form_read_from(r->arena, r->lang, import_lookup, &src, spec, &e);
    if (l->who.birth_date && !form_error_for(&e, "birth_date")) {
        char *iso = date_iso(r->arena, l->who.birth_date);
        if (iso)
            l->who.birth_date = iso;
        else
            form_error(&e, "birth_date",
                       arena_printf(r->arena,
                                    _(r, "Date of birth: \"%s\" is not a date that exists "
                                         "(write it as YYYY-MM-DD or DD/MM/YYYY)."),
                                    l->who.birth_date));
    }
    const char *js = import_lookup(&src, "jobseeker");
    int yn = js ? yes_no(r->arena, js) : 0;
    if (yn < 0)
        form_error(&e, "jobseeker",
                   arena_printf(r->arena, _(r, "Job-seeker: write yes or no, not \"%s\"."), js));
    l->who.jobseeker = yn > 0;
    const char *gw = import_lookup(&src, "gender");
    int g = gw ? gender_word(r->arena, gw) : GENDER_NOT_GIVEN;
    if (g < 0)
        form_error(&e, "gender",
                   arena_printf(r->arena,
                                _(r, "Gender: write woman, man, another or rather not say (or "
                                     "leave it empty), not \"%s\"."),
                                gw));
    l->who.gender = g < 0 ? GENDER_NOT_GIVEN : (Gender)g;
    l->unread = e.n > 0;
    import_form_errors(im, i, &e);
}

static enum MHD_Result bulk_page(Req *r, const Cohort *c, const Programme *p, const Import *im,
                                 const char *summary, int status)
{
    Html *h = page_begin(r, _(r, "Enrol many learners"));
    html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a></p>\n",
         _(r, "Enrol many learners"), programme_title(r, p), (long long)r->org_id, (long long)c->id,
         c->name);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _n(r, "%s of %s place taken.", "%s of %s places taken.", c->capacity),
                      number_text(r, c->enrolled, 0, 0), number_text(r, c->capacity, 0, 0)));
    if (summary)
        html_import_failed(h, r, _(r, "Nothing was enrolled"), summary, im, BULK_SHOWN_PROBLEMS,
                           false);
    html(h, "<p>%s</p>\n<p>%s</p>\n",
         _(r, "One learner per line: name; e-mail; date of birth; phone; municipality; "
              "job-seeker (yes or no); gender (woman, man, another or rather not say, "
              "optional). Only the name is required; separate the fields with semicolons, "
              "commas or tabs, as a spreadsheet does when you copy cells."),
         _(r, "A first line with column names (name, email, birth_date, phone, municipality, "
              "jobseeker, gender, in English, Dutch or French) sets the order of the columns."));
    html(h, "<p><a href=\"/orgs/%lld/enrol-template.csv\" download>%s</a></p>\n",
         (long long)r->org_id, _(r, "Download a CSV template"));
    html_import_form_begin(h, r,
                           arena_printf(r->arena, "/orgs/%lld/cohorts/%lld/enrol-many",
                                        (long long)r->org_id, (long long)c->id),
                           _(r, "Learners, one per line"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Check and enrol"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

static enum MHD_Result enrol_many_form(Req *r, Cohort *c, Programme *p)
{
    return bulk_page(r, c, p, NULL, NULL, 200);
}

/* GET /orgs/{org}/cohorts/{id}/enrol-many */
enum MHD_Result page_enrol_many(Req *r)
{
    return with_cohort(r, enrol_many_form);
}

static enum MHD_Result enrol_many(Req *r, Cohort *c, Programme *p)
{
    size_t len;
    const char *text = import_text(r, &len);
    if (!text || len == 0)
        return bulk_page(r, c, p, NULL,
                         _(r, "The list is empty: type the learners or choose a file."), 400);
    if (len > BULK_MAX_BYTES)
        return bulk_page(r, c, p, NULL,
                         arena_printf(r->arena,
                                      _(r, "The list is too long: at most %d learners at once."),
                                      BULK_MAX_LINES),
                         413);
    Import im;
    if (import_open(&im, r->arena, r->lang, text, len, cols, NCOLS, IMPORT_HEADER_OPTIONAL,
                    BULK_MAX_LINES) != IMPORT_OK)
        return bulk_page(r, c, p, NULL, import_error_text(&im),
                         im.status == IMPORT_TOO_MANY ? 413 : 400);
    BulkLine *lines = arena_alloc(r->arena, sizeof *lines * (size_t)im.nrows);
    for (int i = 0; i < im.nrows; i++)
        read_line(r, &im, i, &lines[i]);
    Flow f = req_flow(r);
    BulkResult res = flow_enrol_many(&f, c, p, lines, im.nrows, &im);
    if (res.o.err != ERR_COUNT)
        return reply_error(r, res.o.err);
    if (!res.o.ok) {
        if (res.o.status == 409)
            q_cohort_seats(r->db, r->org_id, c->id, &c->enrolled);
        return bulk_page(r, c, p, &im, res.summary, res.o.status);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?bulk=%lld",
                                          (long long)r->org_id, (long long)c->id,
                                          (long long)res.o.id));
}

/* POST /orgs/{org}/cohorts/{id}/enrol-many */
enum MHD_Result page_enrol_many_post(Req *r)
{
    return with_cohort(r, enrol_many);
}

/* GET /orgs/{org}/enrol-template.csv */
enum MHD_Result page_enrol_template(Req *r)
{
    return reply_import_template(r, cols, NCOLS, "learners.csv");
}
