/* catalogue.c — the public catalogue: the open programmes of every organisation, with a
 * filter form (province, municipality, age, teaching language, kind) that works without
 * JavaScript, and the public page of one open or running programme with its cohorts
 * that have not ended.
 *
 * Owns: what a visitor may see of a programme. Only public fields are read
 * (src/q/catalogue.c): never learners, trainers, targets or the capacity beyond the
 * places left. Does not own: the staff pages (programmes.c, cohorts.c), whose labels and
 * helpers it shares. */
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/places.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "q/training/catalogue.h"
#include "views/training/programme.h"

/* q_catalogue returns at most this many; keep both in step. */
#define CATALOGUE_MAX 100
#define MAX_AGE 120

/* Today's date in Brussels, "YYYY-MM-DD", for "cohorts that have not ended". */
static const char *today_bxl(Req *r, int64_t now)
{
    char *out = arena_alloc(r->arena, 11);
    bxl_date_text(now, out);
    return out;
}

/* The language in which a per-language text is shown: the reader's, else the first one
 * given (the rule of programme_title). Titles and descriptions carry it as their lang
 * attribute, so that a text in another language than the page's is read out right. */
static Lang shown_lang(const Req *r, char *const texts[LANG_COUNT])
{
    if (texts[r->lang] && *texts[r->lang])
        return r->lang;
    for (int l = 0; l < LANG_COUNT; l++)
        if (texts[l] && *texts[l])
            return (Lang)l;
    return r->lang;
}

/* "18 to 25 years · Job-seekers only · Region: Brussels" */
static const char *who_text(Req *r, const Programme *p)
{
    Buf b;
    buf_init(&b, r->arena, 64);
    buf_adds(&b, programme_ages(r, p));
    if (p->jobseekers_only) {
        buf_adds(&b, " · ");
        buf_adds(&b, _(r, "Job-seekers only"));
    }
    if (p->region) {
        buf_adds(&b, " · ");
        buf_adds(&b,
                 arena_printf(r->arena, _(r, "Region: %s"), option_label(r, regions, p->region)));
    }
    return b.data;
}

/* --- GET /programmes ---------------------------------------------------------------- */

typedef struct Filters {
    char *province, *municipality, *age, *lang, *kind; /* as sent, trimmed; NULL: any */
    CatalogueFilter f;
} Filters;

static const char *query_lookup(void *ctx, const char *name)
{
    return query_get(ctx, name);
}

/* The values of a value/label list (NULL-terminated), for an F_CHOICE spec. */
static const char *const *values_of(Req *r, const char *const *options)
{
    int n = 0;
    while (options[2 * n])
        n++;
    const char **v = arena_alloc(r->arena, sizeof *v * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        v[i] = options[2 * i];
    v[n] = NULL;
    return v;
}

/* Reads the filters from the query string into fl; false (with e filled) when one is
 * not valid: then nothing is searched, and fl keeps what was sent for the form. */
static bool filters_read(Req *r, Filters *fl, FormErrors *e)
{
    const char *pc[16]; /* the eleven province codes */
    int n = 0;
    for (const Province *p = provinces; p->code && n < 15; p++)
        pc[n++] = p->code;
    pc[n] = NULL;
    int64_t age = -1;
    FieldSpec spec[] = {
        FIELD("province", F_CHOICE, N_("Province"), .choices = pc, .text = &fl->province),
        FIELD("municipality", F_TEXT, N_("Municipality"), .max = 100, .text = &fl->municipality),
        FIELD("age", F_INT, N_("Age"), .min = 0, .max = MAX_AGE, .num = &age, .text = &fl->age),
        FIELD("lang", F_CHOICE, N_("Teaching language"), .choices = values_of(r, lang_options),
              .text = &fl->lang),
        FIELD("kind", F_CHOICE, N_("Kind"), .choices = vocab_keys(r, &programme_kinds),
              .text = &fl->kind),
        {0},
    };
    bool ok = form_read_from(r->arena, r->lang, query_lookup, r, spec, e);
    fl->f = (CatalogueFilter){.age = -1, .kind = -1};
    if (!ok)
        return false;
    Lang l;
    fl->f.province = fl->province;
    fl->f.municipality = fl->municipality;
    fl->f.age = fl->age ? age : -1;
    fl->f.lang_mask = fl->lang && lang_parse(fl->lang, &l) ? (int64_t)1 << l : 0;
    int kind;
    fl->f.kind = vocab_parse(&programme_kinds, fl->kind, &kind) ? kind : -1;
    return true;
}

static bool filters_any(const Filters *fl)
{
    return fl->province || fl->municipality || fl->age || fl->lang || fl->kind;
}

static void filter_form(Html *h, Req *r, const Filters *fl, const FormErrors *e)
{
    int n = 0;
    for (const Province *p = provinces; p->code; p++)
        n++;
    const char **prov = arena_alloc(r->arena, sizeof *prov * (size_t)(2 * n + 3));
    int k = 0;
    prov[k++] = "";
    prov[k++] = _(r, "Any province");
    for (const Province *p = provinces; p->code; p++) {
        prov[k++] = p->code;
        prov[k++] = _(r, p->name);
    }
    prov[k] = NULL;

    /* <search>, not role="search" on the form: Pico CSS draws the latter as one
     * rounded input group, meant for a single search box. */
    html(h,
         "<search aria-label=\"%s\"><form method=\"get\" action=\"/programmes\" "
         "class=\"filters\" novalidate>\n<div class=\"fields\">\n",
         _(r, "Filter the programmes"));
    html_lit(h, "<div>\n");
    html_select(h, e, "province", _(r, "Province"), prov, fl->province ? fl->province : "");
    html_lit(h, "</div>\n<div>\n");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), fl->municipality,
               "address-level2");
    html_lit(h, "</div>\n<div>\n");
    html_input(h, r, e, "number", "age", _(r, "Age"), fl->age, "off");
    html_lit(h, "</div>\n<div>\n");
    html_select(h, e, "lang", _(r, "Teaching language"),
                options_translated(r, lang_options, "", _(r, "Any language")),
                fl->lang ? fl->lang : "");
    html_lit(h, "</div>\n<div>\n");
    html_select(h, e, "kind", _(r, "Kind"),
                vocab_options(r, &programme_kinds, "", _(r, "Any kind")), fl->kind ? fl->kind : "");
    html_lit(h, "</div>\n</div>\n");
    html(h, "<div class=\"actions\"><button type=\"submit\">%s</button>", _(r, "Show programmes"));
    if (filters_any(fl))
        html(h, " <a href=\"/programmes\">%s</a>", _(r, "Clear the filters"));
    html_lit(h, "</div>\n</form></search>\n");
}

/* One programme of the catalogue as a card. */
static void card(Html *h, Req *r, const CatalogueRow *row)
{
    const Programme *p = &row->p;
    html(h,
         "<li><article class=\"programme\">\n<p class=\"kind\">%s</p>\n"
         "<h3 lang=\"%s\"><a href=\"/programmes/%lld\">%s</a></h3>\n"
         "<p class=\"org\">%s</p>\n",
         programme_kind_label(r, p->kind), lang_code(shown_lang(r, p->title)), (long long)p->id,
         programme_title(r, p), row->org_name);
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n</dl>\n</article></li>\n",
         _(r, "Who can take part"), who_text(r, p), _(r, "Teaching languages"),
         programme_langs(r, p->teaching_langs), _(r, "Next session"),
         row->no_next ? _(r, "Not planned yet") : session_day(r, row->next_at));
}

/* GET /programmes: anyone, signed in or not. */
enum MHD_Result page_catalogue(Req *r)
{
    Filters fl = {0};
    FormErrors e;
    bool ok = filters_read(r, &fl, &e);
    CatalogueRow row;
    Rows found = ROWS_FROM(r->arena, &row);
    int64_t now = clock_now();
    if (ok && q_catalogue(r->db, &fl.f, now, today_bxl(r, now), r->arena, &row, rows_collect,
                          &found) < DB_NONE)
        return reply_error(r, ERR_DB);
    const char *title = _(r, "Find a training");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p class=\"lead\">%s</p>\n", title,
         _(r, "Open programmes of every organisation on traject: bootcamps, certification "
              "tracks, workshops, camps and online courses. No account needed to look."));
    html_error_summary(h, r, &e);
    filter_form(h, r, &fl, &e);
    if (!ok) {
        /* 400: the filters were not valid; the messages are beside the fields. */
        html(h, "<p>%s</p>\n", _(r, "Correct the filters to see the programmes."));
        return page_end_status(r, h, 400);
    }
    html(h, "<section aria-labelledby=\"results\">\n<h2 id=\"results\">%s</h2>\n",
         found.n == 1
             ? _(r, "One programme found")
             : arena_printf(r->arena, _n(r, "%d programme found", "%d programmes found", found.n),
                            found.n));
    if (found.n == 0) {
        if (filters_any(&fl))
            html(h, "<p>%s</p>\n<p><a href=\"/programmes\">%s</a></p>\n",
                 _(r, "No open programme matches these filters yet. Try fewer filters, or a "
                      "neighbouring municipality."),
                 _(r, "See all open programmes"));
        else
            html(h, "<p>%s</p>\n",
                 _(r, "No programme is open for enrolment at the moment. "
                      "Please come back soon."));
    } else {
        html_lit(h, "<ul class=\"cards\">\n");
        for (int i = 0; i < found.n; i++)
            card(h, r, ROW(&found, CatalogueRow, i));
        html_lit(h, "</ul>\n");
        if (found.n >= CATALOGUE_MAX)
            html(h, "<p>%s</p>\n",
                 _(r, "Only the first 100 programmes are shown: narrow the filters."));
    }
    html_lit(h, "</section>\n");
    return page_end(r, h);
}

/* --- GET /programmes/{id} ----------------------------------------------------------- */

/* The description as paragraphs: blank lines separate them; single line breaks stay
 * (class prose keeps them), in the language lang. Escaped like all text. */
static void description(Html *h, Req *r, const char *text, Lang lang)
{
    Buf b;
    buf_init(&b, r->arena, strlen(text) + 1);
    for (const char *s = text; *s; s++)
        if (*s != '\r')
            buf_addc(&b, *s);
    const char *s = b.data, *para = NULL, *para_end = NULL;
    while (*s) {
        const char *eol = strchr(s, '\n');
        size_t len = eol ? (size_t)(eol - s) : strlen(s);
        bool blank = strspn(s, " \t") >= len;
        if (!blank) {
            if (!para)
                para = s;
            para_end = s + len;
        } else if (para) {
            html(h, "<p class=\"prose\" lang=\"%s\">%.*s</p>\n", lang_code(lang),
                 (int)(para_end - para), para);
            para = NULL;
        }
        s += len + (eol ? 1 : 0);
    }
    if (para)
        html(h, "<p class=\"prose\" lang=\"%s\">%.*s</p>\n", lang_code(lang),
             (int)(para_end - para), para);
}

/* One group (cohort) of a programme's public page as a card. */
static void group_card(Html *h, Req *r, const PublicCohort *c)
{
    html(h,
         "<li><article class=\"group\">\n<h3>%s</h3>\n<dl class=\"facts\">\n"
         "<dt>%s</dt><dd>%s – %s</dd>\n<dt>%s</dt><dd>",
         c->name, _(r, "Dates"), c->starts_on, c->ends_on, _(r, "Location"));
    if (*c->location) {
        const Province *p = province_find(c->province);
        html(h, "%s, %s", c->location, c->municipality);
        if (p)
            html(h, " (%s)", _(r, p->name));
    } else {
        html(h, "%s", _(r, "No fixed location"));
    }
    html(h, "</dd>\n<dt>%s</dt><dd>", _(r, "Places left"));
    if (c->places_left > 0)
        html(h, "%lld", (long long)c->places_left);
    else
        html(h, "<strong class=\"full\">%s</strong>", _(r, "Full"));
    html(h, "</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n</article></li>\n", _(r, "Next session"),
         c->no_next || c->no_next_end ? _(r, "Not planned yet")
                                      : session_when(r, c->next_at, c->next_end));
}

/* GET /programmes/{id}: an open or running programme, for anyone; otherwise 404. */
enum MHD_Result page_catalogue_programme(Req *r)
{
    int64_t id = req_id(r, "id");
    if (!id)
        return reply_error(r, ERR_NOT_FOUND);
    int64_t now = clock_now();
    CatalogueRow row;
    DbStatus st = q_catalogue_get(r->db, id, now, r->arena, &row);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const Programme *p = &row.p;
    PublicCohort c;
    Rows groups = ROWS_FROM(r->arena, &c);
    if (q_catalogue_cohorts(r->db, p->org_id, p->id, now, today_bxl(r, now), r->arena, &c,
                            rows_collect, &groups) < DB_NONE)
        return reply_error(r, ERR_DB);

    const char *title = programme_title(r, p);
    Html *h = page_begin(r, title);
    html(h, "<p class=\"kind\">%s</p>\n<h1 lang=\"%s\">%s</h1>\n<p class=\"org\">%s</p>\n",
         programme_kind_label(r, p->kind), lang_code(shown_lang(r, p->title)), title, row.org_name);
    Lang dl = shown_lang(r, p->description);
    if (p->description[dl] && *p->description[dl])
        description(h, r, p->description[dl], dl);
    html(h, "<p><a href=\"/programmes/%lld/apply\" role=\"button\">%s</a></p>\n", (long long)p->id,
         _(r, "Apply"));
    html(h,
         "<h2>%s</h2>\n<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "About this programme"), _(r, "Organisation"), row.org_name, _(r, "Kind"),
         programme_kind_label(r, p->kind), _(r, "Ages"), programme_ages(r, p),
         _(r, "Only for job-seekers"), p->jobseekers_only ? _(r, "Yes") : _(r, "No"),
         _(r, "Region where participants live"),
         p->region ? option_label(r, regions, p->region) : _(r, "Any region"),
         _(r, "Teaching languages"), programme_langs(r, p->teaching_langs));
    html(h, "<h2>%s</h2>\n", _(r, "Groups and dates"));
    if (groups.n == 0) {
        html(h, "<p>%s</p>\n", _(r, "No group is planned yet. Please come back soon."));
    } else {
        html_lit(h, "<ul class=\"cards\">\n");
        for (int i = 0; i < groups.n; i++)
            group_card(h, r, ROW(&groups, PublicCohort, i));
        html_lit(h, "</ul>\n");
        html(h, "<p><small>%s</small></p>\n", _(r, "Times are Brussels time."));
    }
    html(h, "<p><a href=\"/programmes\">%s</a></p>\n", _(r, "All open programmes"));
    return page_end(r, h);
}
