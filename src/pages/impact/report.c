/* report.c — the impact of a programme, or of every programme of an organisation, for its
 * staff: targets against what the records say (reached, trained, certified), broken down
 * by period, age band, municipality, province (and across programmes by kind and by
 * programme), as a chart with its data table and a sentence; small counts hidden
 * (flows/impact/report.h); the same as CSV, XLSX and PDF; and the people behind each figure
 * shown. The handlers serve both: a route without {id} is the organisation's. */
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "domain/suppress.h"
#include "flows/impact/export.h"
#include "flows/impact/publish.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "model/accounts.h"
#include "pages/impact/impact.h"
#include "q/accounts/org.h"
#include "q/calls/call.h"
#include "q/impact/public.h"
#include "q/training/programme.h"
#include "views/calls/call.h"
#include "views/impact/report.h"
#include "views/training/programme.h"

/* Whose figures: a programme's, an organisation's (every programme), or a funder's (the
 * programmes its grants fund, of one call or of every one). */
typedef enum Scope { SCOPE_PROGRAMME, SCOPE_ORG, SCOPE_FUNDED } Scope;

/* The report asked for, and its query (by, from, to). */
typedef struct Asked {
    Scope scope;
    bool whole;          /* across programmes (not one programme) */
    int64_t call_id;     /* SCOPE_FUNDED: the call, 0 for every one */
    Programme p;         /* the programme (not whole) */
    const char *subject; /* the programme's title or the organisation's name */
    const char *base;    /* the path of the impact page */
    const char *stem;    /* of the files' names: "programme-12-impact" */
    ImpactAsk ask;
    char *by;
    FormErrors e;
    ImpactReport report;
    Rows people; /* ImpactPerson, by row then id */
    Outcome o;
} Asked;

/* What the funder's report is of: every call, or the call of the route. */
static bool funded_read(Req *r, Asked *a, DbStatus *st)
{
    Org org;
    if ((*st = q_org_get(r->db, r->org_id, r->arena, &org)) != DB_ONE)
        return false;
    a->call_id = req_id(r, "id");
    a->subject = arena_printf(r->arena, _(r, "what %s funds"), org.name);
    a->base = arena_printf(r->arena, "/orgs/%lld/funded-impact", (long long)r->org_id);
    a->stem = arena_printf(r->arena, "funder-%lld-impact", (long long)r->org_id);
    if (*st == DB_ONE && a->call_id) {
        Call c;
        if ((*st = q_call_get(r->db, r->org_id, a->call_id, r->arena, &c)) != DB_ONE)
            return false;
        a->subject = call_title(r, &c);
        a->base = arena_printf(r->arena, "/orgs/%lld/calls/%lld/impact", (long long)r->org_id,
                               (long long)a->call_id);
        a->stem = arena_printf(r->arena, "call-%lld-impact", (long long)a->call_id);
    }
    return *st == DB_ONE;
}

/* The programme of the route, the organisation or the funder's; false when not found (*st
 * says why). */
static bool subject_read(Req *r, Asked *a, DbStatus *st)
{
    int64_t id = req_id(r, "id");
    a->whole = a->scope != SCOPE_PROGRAMME;
    if (a->scope == SCOPE_FUNDED)
        return funded_read(r, a, st);
    if (a->whole) {
        Org org;
        if ((*st = q_org_get(r->db, r->org_id, r->arena, &org)) != DB_ONE)
            return false;
        a->subject = org.name;
        a->base = arena_printf(r->arena, "/orgs/%lld/impact", (long long)r->org_id);
        a->stem = arena_printf(r->arena, "organisation-%lld-impact", (long long)r->org_id);
    } else {
        if ((*st = q_programme_get(r->db, r->org_id, id, r->arena, &a->p)) != DB_ONE)
            return false;
        a->subject = programme_title(r, &a->p);
        a->base = arena_printf(r->arena, "/orgs/%lld/programmes/%lld/impact", (long long)r->org_id,
                               (long long)id);
        a->stem = arena_printf(r->arena, "programme-%lld-impact", (long long)id);
    }
    return *st == DB_ONE;
}

/* The keys of the breakdowns the report offers (the kind and the programme only across
 * programmes), for the reader of the query. */
static const char *const *breakdown_keys(Req *r, bool whole)
{
    const char **keys = arena_alloc(r->arena, sizeof *keys * (size_t)(impact_breakdowns.n + 1));
    int n = 0;
    for (int i = 0; i < impact_breakdowns.n; i++)
        if (whole || IMPACT_BY_IN_PROGRAMME(impact_breakdowns.entries[i].value))
            keys[n++] = impact_breakdowns.entries[i].key;
    keys[n] = NULL;
    return keys;
}

/* Reads the query and computes the report; false when the programme or organisation is
 * not found or the database fails (the reply is then reply_missing(r, *st)). A bad query is
 * not a failure: a->o holds its errors, beside the fields of the form, and the report is
 * the one of every start. */
static bool asked_read(Req *r, Scope scope, Asked *a, DbStatus *st)
{
    memset(a, 0, sizeof *a);
    a->scope = scope;
    if (!subject_read(r, a, st))
        return false;
    char *from = NULL, *to = NULL;
    FieldSpec spec[] = {
        FIELD("by", F_CHOICE, N_("Break down by"), .choices = breakdown_keys(r, a->whole),
              .text = &a->by),
        FIELD("from", F_DATE, N_("Started from"), .text = &from),
        FIELD("to", F_DATE, N_("Started until"), .text = &to),
        {0},
    };
    int by = IMPACT_BY_QUARTER;
    bool read = query_read(r, spec, &a->e);
    if (read && a->by)
        vocab_parse(&impact_breakdowns, a->by, &by);
    a->ask = (ImpactAsk){.funded = scope == SCOPE_FUNDED,
                         .call_id = a->call_id,
                         .programme_id = a->whole ? 0 : a->p.id,
                         .by = (ImpactBy)by,
                         .from = read ? from : NULL,
                         .to = read ? to : NULL,
                         .k = (int)r->app->set.impact_k};
    if (a->ask.k < SUPPRESS_K_MIN)
        a->ask.k = SUPPRESS_K_DEFAULT;
    Flow f = req_read_flow(r);
    a->o = impact_report(&f, r->org_id, &a->ask, &a->report, &a->people);
    if (!read)
        outcome_fields(&a->o, &a->e);
    if (!a->o.ok && a->o.err == ERR_COUNT) { /* bad input: every start, beside the errors */
        a->ask.from = a->ask.to = NULL;
        Outcome again = impact_report(&f, r->org_id, &a->ask, &a->report, &a->people);
        if (!again.ok)
            a->o.err = again.err;
    }
    if (a->o.err != ERR_COUNT) {
        *st = DB_ERROR;
        return false;
    }
    return true;
}

/* The query of the report asked, for links: "by=quarter&from=...&to=...". */
static const char *asked_query(Req *r, const Asked *a)
{
    return arena_printf(r->arena, "by=%s&from=%s&to=%s", vocab_key(&impact_breakdowns, a->ask.by),
                        a->ask.from ? a->ask.from : "", a->ask.to ? a->ask.to : "");
}

static void ask_form(Html *h, Req *r, const Asked *a)
{
    html_error_summary(h, r, &a->o.fields);
    html(h, "<form method=\"get\" action=\"%s\" class=\"filters\">\n", r->path);
    Options by = OPTIONS(r->arena);
    for (const char *const *k = breakdown_keys(r, a->whole); *k; k++) {
        int v = 0;
        vocab_parse(&impact_breakdowns, *k, &v);
        options_add(&by, *k, _(r, vocab_label(&impact_breakdowns, v)));
    }
    html_select(h, &a->o.fields, "by", _(r, "Break down by"), options_end(&by),
                vocab_key(&impact_breakdowns, a->ask.by));
    html_input(h, r, &a->o.fields, "date", "from", _(r, "Started from"), a->ask.from, NULL);
    html_input(h, r, &a->o.fields, "date", "to", _(r, "Started until"), a->ask.to, NULL);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
}

/* Whether the organisation publishes its figures at /impact, and for its administrators
 * the button that changes it. */
static bool publish_part(Html *h, Req *r)
{
    int64_t since = 0;
    if (q_impact_published(r->db, r->org_id, &since) != DB_ONE)
        return false;
    const char *saved = query_notice(r, "published", N_("The figures are now public."), "withdrawn",
                                     N_("The figures are no longer public."), NULL);
    if (saved)
        html_notice(h, saved, false);
    if (since)
        html(h, "<p>%s <a href=\"/impact/%lld\">%s</a></p>\n",
             arena_printf(r->arena,
                          _(r, "These figures are public since %s, with small counts "
                               "hidden as here."),
                          day_words_text(r, since)),
             (long long)r->org_id, _(r, "See them as the public does"));
    else
        html(h, "<p>%s</p>\n", _(r, "These figures are not public."));
    if (!(r->roles & ROLE_ADMIN))
        return true;
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/impact/publish", (long long)r->org_id));
    html(h, "<input type=\"hidden\" name=\"on\" value=\"%s\">\n", since ? "0" : "1");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
         since ? _(r, "Stop publishing these figures") : _(r, "Publish these figures at /impact"));
    html_form_end(h);
    return true;
}

/* POST /orgs/{org}/impact/publish: on=1 publishes, on=0 withdraws. */
enum MHD_Result page_impact_publish(Req *r)
{
    bool on = false;
    FieldSpec spec[] = {FIELD("on", F_BOOL, N_("Publish"), .flag = &on), {0}};
    FormErrors e;
    if (!form_read(r, spec, &e))
        return reply_error(r, ERR_BAD_REQUEST);
    Flow f = req_flow(r);
    Outcome o = impact_publish(&f, on);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/impact?%s", (long long)r->org_id,
                                          on ? "published=1" : "withdrawn=1"));
}

/* GET /orgs/{org}/programmes/{id}/impact, /orgs/{org}/impact, /orgs/{org}/funded-impact */
static enum MHD_Result impact_page(Req *r, Scope scope)
{
    Asked a;
    DbStatus st;
    if (!asked_read(r, scope, &a, &st))
        return reply_missing(r, st);
    const char *title = arena_printf(r->arena, _(r, "Impact: %s"), a.subject);
    Html *h = page_begin(r, title);
    if (a.scope == SCOPE_FUNDED && a.call_id)
        html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/calls/%lld\">%s</a></p>\n", title,
             (long long)r->org_id, (long long)a.call_id, _(r, "Back to the call"));
    else if (a.scope == SCOPE_FUNDED)
        html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/grants\">%s</a></p>\n", title,
             (long long)r->org_id, _(r, "Grants awarded"));
    else if (a.whole)
        html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld\">%s</a></p>\n", title, (long long)r->org_id,
             _(r, "Back to the organisation"));
    else
        html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", title,
             (long long)r->org_id, (long long)a.p.id, _(r, "Back to the programme"));
    ask_form(h, r, &a);
    if (a.scope == SCOPE_ORG && !publish_part(h, r))
        return reply_error(r, ERR_DB);
    html_impact_targets(h, r, &a.report);
    const char *query = asked_query(r, &a);
    /* the people behind a figure: for the organisation's own staff, never for a funder */
    html_impact_breakdown(
        h, r, &a.report,
        a.scope == SCOPE_FUNDED ? NULL : arena_printf(r->arena, "%s/people", a.base), query);
    html(h,
         "<p><a href=\"%s.csv?%s\" download>%s</a> · <a href=\"%s.xlsx?%s\" download>%s</a> · "
         "<a href=\"%s.pdf?%s\" download>%s</a></p>\n",
         a.base, query, _(r, "Download as CSV"), a.base, query,
         _(r, "Every breakdown as a spreadsheet (XLSX)"), a.base, query,
         _(r, "Report for a funder (PDF)"));
    return page_end_status(r, h, a.o.ok ? 200 : 400);
}

/* The file name of an export: programme-12-impact-age.csv */
static const char *file_name(Req *r, const Asked *a, const char *what, const char *ext)
{
    return arena_printf(r->arena, "%s%s%s.%s", a->stem, *what ? "-" : "", what, ext);
}

/* GET /orgs/{org}/programmes/{id}/impact.csv: the table of the page, hidden counts as on
 * the page. */
static enum MHD_Result impact_csv_page(Req *r, Scope scope)
{
    Asked a;
    DbStatus st;
    if (!asked_read(r, scope, &a, &st))
        return reply_missing(r, st);
    if (!a.o.ok)
        return reply_error(r, ERR_BAD_REQUEST);
    Buf b;
    buf_init(&b, r->arena, 2048);
    impact_csv(&b, r->lang, &a.report);
    return reply_download(r, "text/csv; charset=utf-8",
                          file_name(r, &a, vocab_key(&impact_breakdowns, a.report.by), "csv"),
                          b.data, b.len);
}

/* Every breakdown of the report asked, for the XLSX and the PDF; false with the reply to
 * make in *reply. */
static bool every_read(Req *r, Scope scope, Asked *a, ImpactReport **reps, int *n,
                       enum MHD_Result *reply)
{
    DbStatus st;
    if (!asked_read(r, scope, a, &st)) {
        *reply = reply_missing(r, st);
        return false;
    }
    if (!a->o.ok) {
        *reply = reply_error(r, ERR_BAD_REQUEST);
        return false;
    }
    *reps = arena_alloc(r->arena, sizeof **reps * (size_t)impact_breakdowns.n);
    Flow f = req_read_flow(r);
    Outcome o = impact_every(&f, r->org_id, &a->ask, *reps, n);
    if (!o.ok) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    return true;
}

/* GET .../impact.xlsx (a sheet per breakdown) and .../impact.pdf (the report for a funder):
 * every breakdown of the report asked. */
static enum MHD_Result impact_file_page(Req *r, Scope scope, bool pdf)
{
    Asked a;
    ImpactReport *reps;
    int n;
    enum MHD_Result reply;
    if (!every_read(r, scope, &a, &reps, &n, &reply))
        return reply;
    char *out;
    size_t len;
    if (!pdf) {
        if (!impact_xlsx(r->arena, r->lang, reps, n, &out, &len))
            return reply_error(r, ERR_INTERNAL);
        return reply_download(r,
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              file_name(r, &a, "", "xlsx"), out, len);
    }
    Org org;
    if (q_org_get(r->db, r->org_id, r->arena, &org) != DB_ONE)
        return reply_error(r, ERR_DB);
    ImpactDoc doc = {.font_path = r->app->set.pdf_font,
                     .org = org.name,
                     .subject = a.subject,
                     .ask = &a.ask,
                     .made_at = clock_now()};
    PdfStatus ps = impact_pdf(r->arena, r->lang, &doc, reps, n, &out, &len);
    if (ps != PDF_OK)
        return reply_error(r, ERR_INTERNAL);
    return reply_download(r, "application/pdf", file_name(r, &a, "", "pdf"), out, len);
}

static const PagerCol people_cols[] = {{.key = "name", .label = N_("Name")}};

static void person_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const ImpactPerson *x = row;
    *k = (PagerKey){.text = x->name, .id = x->person_id};
}

static int person_by_name(const void *a, const void *b)
{
    const ImpactPerson *x = a, *y = b;
    int c = i18n_collate(x->name, (int)strlen(x->name), y->name, (int)strlen(y->name));
    return c ? c : (x->person_id > y->person_id) - (x->person_id < y->person_id);
}

/* GET /orgs/{org}/programmes/{id}/impact/people?by&from&to&key&measure: the people behind
 * one figure of the report (key "*": the totals), for those who may see the records; a
 * hidden figure opens no list. */
enum MHD_Result page_programme_impact_people(Req *r)
{
    Asked a;
    DbStatus st;
    if (!asked_read(r, req_id(r, "id") ? SCOPE_PROGRAMME : SCOPE_ORG, &a, &st))
        return reply_missing(r, st);
    /* without a key, the totals; without a measure, everyone reached */
    const char *key = query_get(r, "key"), *measure = query_get(r, "measure");
    if (!key || !*key)
        key = "*";
    if (!measure || !*measure)
        measure = vocab_key(&impact_measures, IMPACT_REACHED);
    int m;
    if (!a.o.ok || !vocab_parse(&impact_measures, measure, &m))
        return reply_error(r, ERR_BAD_REQUEST);
    const ImpactRow *row = NULL;
    for (int i = 0; i <= a.report.nrows && !row; i++)
        if (i == a.report.nrows ? !strcmp(key, "*")
                                : a.report.row[i].key && !strcmp(a.report.row[i].key, key))
            row = &a.report.row[i];
    if (!row)
        return reply_error(r, ERR_NOT_FOUND);
    if (row->hidden[m]) {
        Html *h = page_begin(r, _(r, "Not allowed"));
        html(h, "<h1>%s</h1>\n", _(r, "Not allowed"));
        html_notice(h,
                    _(r, "This figure is hidden to protect the people it counts, and so is the "
                         "list behind it."),
                    true);
        return page_end_status(r, h, 403);
    }
    ImpactPerson x, *in = arena_alloc(r->arena, sizeof x * (size_t)(a.people.n + 1));
    int n = 0;
    for (int i = 0; i < a.people.n; i++) {
        const ImpactPerson *p = ROW(&a.people, ImpactPerson, i);
        if (p->in[m] && (row == &a.report.row[a.report.nrows] || !strcmp(p->key, key)))
            in[n++] = *p;
    }
    qsort(in, (size_t)n, sizeof *in, person_by_name);
    const char *query =
        arena_printf(r->arena, "%s&key=%s&measure=%s", asked_query(r, &a), key, measure);
    Pager pg;
    pager_open(r, &pg, arena_printf(r->arena, "%s-%s", a.stem, query), people_cols, 1, person_key,
               ROWS_FROM(r->arena, &x));
    const char **keep = arena_alloc(r->arena, sizeof *keep * 11);
    const char *names[] = {"by", "from", "to", "key", "measure"};
    const char *values[] = {vocab_key(&impact_breakdowns, a.ask.by), a.ask.from ? a.ask.from : "",
                            a.ask.to ? a.ask.to : "", key, measure};
    for (int i = 0; i < 5; i++) {
        keep[2 * i] = names[i];
        keep[2 * i + 1] = values[i];
    }
    keep[10] = NULL;
    pg.keep = keep;
    pager_slice(&pg, in, n);
    const char *title =
        arena_printf(r->arena, "%s: %s (%s)", _(r, vocab_label(&impact_measures, m)), row->label,
                     _(r, vocab_label(&impact_breakdowns, a.ask.by)));
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"%s?%s\">%s</a></p>\n", title, a.base, asked_query(r, &a),
         _(r, "Back to the impact"));
    pager_summary(h, r, &pg, _(r, "Nobody."));
    static const PagerHead heads[] = {PAGER_SORTED(0), PAGER_PLAIN(N_("First cohort"))};
    pager_table_open(h, r, &pg, title, heads, 2);
    for (int i = 0; i < pg.n; i++) {
        const ImpactPerson *p = ROW(&pg.rows, ImpactPerson, i);
        html(h, "<tr><td>%s</td><td>%s</td></tr>\n", p->name, p->cohort);
    }
    html_table_close(h);
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The handlers of the routes: a programme's or, without {id}, the organisation's; and the
 * funder's, of every call or, with {id}, of one. */
enum MHD_Result page_programme_impact(Req *r)
{
    return impact_page(r, req_id(r, "id") ? SCOPE_PROGRAMME : SCOPE_ORG);
}
enum MHD_Result page_programme_impact_csv(Req *r)
{
    return impact_csv_page(r, req_id(r, "id") ? SCOPE_PROGRAMME : SCOPE_ORG);
}
enum MHD_Result page_programme_impact_xlsx(Req *r)
{
    return impact_file_page(r, req_id(r, "id") ? SCOPE_PROGRAMME : SCOPE_ORG, false);
}
enum MHD_Result page_programme_impact_pdf(Req *r)
{
    return impact_file_page(r, req_id(r, "id") ? SCOPE_PROGRAMME : SCOPE_ORG, true);
}
enum MHD_Result page_funded_impact(Req *r)
{
    return impact_page(r, SCOPE_FUNDED);
}
enum MHD_Result page_funded_impact_csv(Req *r)
{
    return impact_csv_page(r, SCOPE_FUNDED);
}
enum MHD_Result page_funded_impact_xlsx(Req *r)
{
    return impact_file_page(r, SCOPE_FUNDED, false);
}
enum MHD_Result page_funded_impact_pdf(Req *r)
{
    return impact_file_page(r, SCOPE_FUNDED, true);
}
