/* bulk.c — enrolling many learners at once, from a list typed or pasted into a text
 * field, or from a CSV file (with a template to download). Every line is checked first
 * (fields, dates, the programme's rules, duplicates, places left); when any line is
 * wrong nothing is enrolled and each problem is listed with its line number. Otherwise
 * all are enrolled in one transaction, which takes each seat through the same
 * conditional count as a single enrolment. Someone already known by e-mail address is
 * enrolled as that person, not registered twice. */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/csv.h"
#include "http/session.h"
#include "pages/training/training.h"
#include "q/training/enrolment.h"

#define BULK_MAX_LINES 500
#define BULK_MAX_BYTES (256 * 1024)
#define BULK_SHOWN_PROBLEMS 100

enum { COL_NAME, COL_EMAIL, COL_BIRTH, COL_PHONE, COL_MUNICIPALITY, COL_JOBSEEKER, NCOLS };

/* Column names recognised in a first line, as csv_key() reduces them, in our languages. */
static const char *const col_keys[NCOLS][9] = {
    {"name", "fullname", "naam", "volledigenaam", "nom", "nomcomplet", "prenomnom", NULL},
    {"email", "emailaddress", "emailadres", "mail", "courriel", "adresseemail", "adressemail",
     NULL},
    {"birthdate", "dateofbirth", "dob", "geboortedatum", "datedenaissance", "naissance", NULL},
    {"phone", "telephone", "tlphone", "telefoon", "gsm", "mobile", "tel", NULL},
    {"municipality", "city", "gemeente", "woonplaats", "commune", "localit", "localite", NULL},
    {"jobseeker", "werkzoekende", "demandeurdemploi", "werkzoekend", NULL},
};

static const char *const template_cols[] = {"name",  "email",        "birth_date",
                                            "phone", "municipality", "jobseeker"};

typedef struct Line {
    int line;
    Person who;
    int64_t person_id; /* someone already known, or 0 */
} Line;

typedef struct Bulk {
    Req *r;
    const Cohort *c;
    Line *lines;
    int n;
    Html *problems; /* <tr> rows */
    int nproblems;
    bool full;
    int twice_line; /* set when a line turned out enrolled already (a race) */
} Bulk;

static void problem(Bulk *b, int line, const char *msg)
{
    if (b->nproblems++ < BULK_SHOWN_PROBLEMS)
        html(b->problems, "<tr><td>%d</td><td>%s</td></tr>\n", line, msg);
}

/* Maps the columns of the first record when it is a header; false when it is data. */
static bool header_map(Arena *a, const CsvRecord *rec, int map[NCOLS])
{
    for (int c = 0; c < NCOLS; c++)
        map[c] = -1;
    int known = 0;
    for (int i = 0; i < rec->n; i++) {
        const char *k = csv_key(a, rec->f[i]);
        for (int c = 0; c < NCOLS; c++)
            for (int j = 0; col_keys[c][j]; j++)
                if (!strcmp(k, col_keys[c][j]) && map[c] < 0) {
                    map[c] = i;
                    known++;
                }
    }
    return map[COL_NAME] >= 0 && known >= 1;
}

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

typedef struct RowSource {
    const CsvRecord *rec;
    const int *map;
} RowSource;

static const char *row_lookup(void *ctx, const char *name)
{
    RowSource *s = ctx;
    static const char *const names[NCOLS] = {"name", "email", "birth_date", "phone",
                                             "municipality", "jobseeker"};
    for (int c = 0; c < NCOLS; c++)
        if (!strcmp(name, names[c]))
            return s->map[c] >= 0 && s->map[c] < s->rec->n ? s->rec->f[s->map[c]] : NULL;
    return NULL;
}

/* Checks one record into l; problems are listed. */
static void check_line(Bulk *b, const Programme *p, const CsvRecord *rec, const int *map, Line *l)
{
    Req *r = b->r;
    memset(l, 0, sizeof *l);
    l->line = rec->line;
    l->who.org_id = r->org_id;
    RowSource src = {rec, map};
    FieldSpec spec[] = {
        {.name = "name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Full name"),
         .text = &l->who.name},
        {.name = "email", .type = F_EMAIL, .max = 254, .label = N_("E-mail address"),
         .text = &l->who.email},
        {.name = "birth_date", .type = F_TEXT, .max = 10, .label = N_("Date of birth"),
         .text = &l->who.birth_date},
        {.name = "phone", .type = F_TEXT, .max = 30, .label = N_("Phone"), .text = &l->who.phone},
        {.name = "municipality", .type = F_TEXT, .max = 100, .label = N_("Municipality"),
         .text = &l->who.municipality},
        {0},
    };
    FormErrors e;
    form_read_from(r->arena, r->lang, row_lookup, &src, spec, &e);
    if (l->who.birth_date && !form_error_for(&e, "birth_date")) {
        char *iso = date_iso(r->arena, l->who.birth_date);
        if (iso)
            l->who.birth_date = iso;
        else
            form_error(&e, "birth_date",
                       arena_printf(r->arena, _(r, "Date of birth: \"%s\" is not a date that exists "
                                                   "(write it as YYYY-MM-DD or DD/MM/YYYY)."),
                                    l->who.birth_date));
    }
    const char *js = row_lookup(&src, "jobseeker");
    int yn = js ? yes_no(r->arena, js) : 0;
    if (yn < 0)
        form_error(&e, "jobseeker",
                   arena_printf(r->arena, _(r, "Job-seeker: write yes or no, not \"%s\"."), js));
    l->who.jobseeker = yn > 0;
    if (e.n == 0 && l->who.email) {
        int64_t in_cohort = 0;
        DbStatus st = q_person_by_email(r->db, r->org_id, l->who.email, b->c->id, &l->person_id,
                                        &in_cohort);
        if (st < DB_NONE)
            form_error(&e, "email", _(r, "The database could not be reached. Please try again in a moment."));
        else if (st == DB_ONE && in_cohort)
            form_error(&e, "email",
                       arena_printf(r->arena, _(r, "%s is already enrolled in this cohort."),
                                    l->who.email));
        else if (st == DB_ONE) {
            /* the rules apply to the person as recorded, completed by what the list says */
            Person known;
            if (q_person_get(r->db, r->org_id, l->person_id, r->arena, &known) == DB_ONE) {
                if (!l->who.birth_date)
                    l->who.birth_date = known.birth_date;
                l->who.jobseeker = l->who.jobseeker || known.jobseeker;
            }
        }
    }
    if (e.n == 0)
        enrol_check_rules(r, b->c, p, &l->who, &e);
    for (int i = 0; i < e.n; i++)
        problem(b, l->line, e.msg[i]);
}

static DbStatus bulk_tx(Db *db, void *ctx)
{
    Bulk *b = ctx;
    int64_t now = clock_now();
    for (int i = 0; i < b->n; i++) {
        Line *l = &b->lines[i];
        DbStatus st = q_cohort_take_seat(db, b->c->org_id, b->c->id);
        if (st == DB_NONE) {
            b->full = true;
            return DB_CONFLICT;
        }
        if (st < DB_NONE)
            return st;
        int64_t id = l->person_id;
        if (!id && (st = q_person_add(db, &l->who, now, &id)) < DB_NONE)
            return st;
        st = q_enrolment_add(db, b->c->org_id, b->c->id, id, now);
        if (st == DB_CONFLICT) {
            b->twice_line = l->line;
            return st;
        }
        if (st < DB_NONE)
            return st;
    }
    return DB_ONE;
}

static enum MHD_Result bulk_page(Req *r, const Cohort *c, const Programme *p, Bulk *b,
                                 const char *summary, int status)
{
    Html *h = page_begin(r, _(r, "Enrol many learners"));
    html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a></p>\n",
         _(r, "Enrol many learners"), programme_title(r, p), (long long)r->org_id,
         (long long)c->id, c->name);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _n(r, "%lld of %lld place taken.", "%lld of %lld places taken.", c->capacity),
                      (long long)c->enrolled, (long long)c->capacity));
    if (summary) {
        html(h, "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\">\n"
                "<h2>%s</h2>\n<p>%s</p>\n",
             _(r, "Nothing was enrolled"), summary);
        if (b && b->nproblems) {
            html_table_begin(h, _(r, "Problems"));
            html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n"
                    "<tbody>\n",
                 _(r, "Line"), _(r, "Problem"));
            html_append(h, b->problems);
            html_lit(h, "</tbody>\n");
            html_table_end(h);
            if (b->nproblems > BULK_SHOWN_PROBLEMS)
                html(h, "<p>%s</p>\n",
                     arena_printf(r->arena, _n(r, "And %d more problem.", "And %d more problems.", b->nproblems - BULK_SHOWN_PROBLEMS),
                                  b->nproblems - BULK_SHOWN_PROBLEMS));
        }
        html_lit(h, "</div>\n");
    }
    html(h, "<p>%s</p>\n<p>%s</p>\n",
         _(r, "One learner per line: name; e-mail; date of birth; phone; municipality; "
              "job-seeker (yes or no). Only the name is required; separate the fields with "
              "semicolons, commas or tabs, as a spreadsheet does when you copy cells."),
         _(r, "A first line with column names (name, email, birth_date, phone, municipality, "
              "jobseeker, in English, Dutch or French) sets the order of the columns."));
    html(h, "<p><a href=\"/orgs/%lld/enrol-template.csv\" download>%s</a></p>\n",
         (long long)r->org_id, _(r, "Download a CSV template"));
    html(h, "<form method=\"post\" action=\"/orgs/%lld/cohorts/%lld/enrol-many\" "
            "enctype=\"multipart/form-data\" novalidate>\n"
            "<input type=\"hidden\" name=\"csrf_token\" value=\"%s\">\n",
         (long long)r->org_id, (long long)c->id, csrf_token(r));
    const FormField *file = form_file(r, "file");
    html_textarea(h, NULL, "list", _(r, "Learners, one per line"),
                  file && file->filename && file->filename[0] ? NULL : form_get(r, "list"), 10);
    html(h, "<label for=\"f-file\">%s</label>\n"
            "<input type=\"file\" id=\"f-file\" name=\"file\" accept=\".csv,text/csv,text/plain\">\n",
         _(r, "Or a CSV file (UTF-8)"));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Check and enrol"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/cohorts/{id}/enrol-many */
enum MHD_Result page_enrol_many(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    return bulk_page(r, &c, &p, NULL, NULL, 200);
}

/* POST /orgs/{org}/cohorts/{id}/enrol-many */
enum MHD_Result page_enrol_many_post(Req *r)
{
    Cohort c;
    Programme p;
    enum MHD_Result reply;
    if (!cohort_load(r, &c, &p, &reply))
        return reply;
    const FormField *file = form_file(r, "file");
    const char *text;
    size_t len;
    if (file && file->filename && file->filename[0]) {
        text = file->value;
        len = file->len;
    } else {
        text = form_get(r, "list");
        len = text ? strlen(text) : 0;
    }
    if (!text || len == 0)
        return bulk_page(r, &c, &p, NULL, _(r, "The list is empty: type the learners or choose a file."), 400);
    if (len > BULK_MAX_BYTES)
        return bulk_page(r, &c, &p, NULL,
                         arena_printf(r->arena, _(r, "The list is too long: at most %d learners at once."),
                                      BULK_MAX_LINES),
                         413);
    CsvTable t;
    int at;
    switch (csv_parse(r->arena, text, len, 0, BULK_MAX_LINES + 1, 16, &t, &at)) {
    case CSV_OK:
        break;
    case CSV_UNTERMINATED:
        return bulk_page(r, &c, &p, NULL,
                         arena_printf(r->arena, _(r, "Line %d: a quotation mark is opened and never closed."), at),
                         400);
    case CSV_TOO_MANY_FIELDS:
        return bulk_page(r, &c, &p, NULL,
                         arena_printf(r->arena, _(r, "Line %d has too many columns."), at), 400);
    case CSV_NOT_UTF8:
        return bulk_page(r, &c, &p, NULL,
                         _(r, "The file is not in UTF-8: save it from your spreadsheet as \"CSV UTF-8\"."),
                         400);
    case CSV_TOO_MANY_RECORDS:
        return bulk_page(r, &c, &p, NULL,
                         arena_printf(r->arena, _(r, "The list is too long: at most %d learners at once."),
                                      BULK_MAX_LINES),
                         413);
    }
    int map[NCOLS] = {0, 1, 2, 3, 4, 5}, first = 0;
    if (t.n && header_map(r->arena, &t.rec[0], map))
        first = 1;
    else
        for (int i = 0; i < NCOLS; i++)
            map[i] = i;
    if (t.n - first > BULK_MAX_LINES)
        return bulk_page(r, &c, &p, NULL,
                         arena_printf(r->arena, _(r, "The list is too long: at most %d learners at once."),
                                      BULK_MAX_LINES),
                         413);
    if (t.n - first <= 0)
        return bulk_page(r, &c, &p, NULL, _(r, "The list is empty: type the learners or choose a file."), 400);

    Bulk b = {.r = r, .c = &c, .problems = html_new(r->arena)};
    b.lines = arena_alloc(r->arena, sizeof *b.lines * (size_t)(t.n - first));
    for (int i = first; i < t.n; i++) {
        Line *l = &b.lines[b.n++];
        check_line(&b, &p, &t.rec[i], map, l);
        /* the same e-mail address twice in the list */
        for (int j = 0; l->who.email && j < b.n - 1; j++)
            if (b.lines[j].who.email && !strcmp(b.lines[j].who.email, l->who.email))
                problem(&b, l->line,
                        arena_printf(r->arena, _(r, "%s is also on line %d."), l->who.email,
                                     b.lines[j].line));
    }
    int64_t left = c.capacity - c.enrolled;
    if (b.nproblems == 0 && b.n > left)
        return bulk_page(r, &c, &p, &b,
                         arena_printf(r->arena, _(r, "The list has %d learners but only %lld places are left."),
                                      b.n, (long long)(left > 0 ? left : 0)),
                         409);
    if (b.nproblems)
        return bulk_page(r, &c, &p, &b,
                         _(r, "Correct these lines and send the list again."), 400);
    DbStatus st = db_tx(r->db, bulk_tx, &b);
    if (b.full || b.twice_line) {
        q_cohort_seats(r->db, r->org_id, c.id, &c.enrolled);
        const char *why =
            b.full ? _(r, "The cohort filled up while the list was being enrolled.")
                   : arena_printf(r->arena, _(r, "Line %d: this person was enrolled in the meantime."),
                                  b.twice_line);
        return bulk_page(r, &c, &p, NULL, why, 409);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?bulk=%d",
                                          (long long)r->org_id, (long long)c.id, b.n));
}

/* GET /orgs/{org}/enrol-template.csv */
enum MHD_Result page_enrol_template(Req *r)
{
    Buf b;
    buf_init(&b, r->arena, 128);
    CsvWriter w;
    csv_begin(&w, &b, false);
    for (size_t i = 0; i < sizeof template_cols / sizeof template_cols[0]; i++)
        csv_cell(&w, template_cols[i]);
    csv_end_line(&w);
    return reply_download(r, "text/csv; charset=utf-8", "learners.csv", b.data, b.len);
}
