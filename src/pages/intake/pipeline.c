/* pipeline.c — the staff's list of applications: how many per programme and status, then
 * the applications themselves, 50 to a page (html/pager.h), filtered by programme and
 * status, searched, sorted by when they were received or by status. Names (and a search
 * by name or e-mail address) are for admins only: other staff work with the application's
 * code. Each page walks an index from the row before it, so that it costs the same
 * however many applications there are. Reading only: nothing changes here. */
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "pages/intake/intake.h"
#include "q/intake/intake.h"

#define PAGE_ROWS 50

/* One programme's line of the counts. */
typedef struct Counted {
    int64_t programme_id;
    const char *title;
    int64_t n[APP_STATUS_COUNT];
} Counted;

typedef struct Counts {
    Req *r;
    PipelineRow row;
    Rows lines; /* of Counted */
} Counts;

static bool count_row(void *ctx)
{
    Counts *c = ctx;
    Counted *last = c->lines.n ? ROW(&c->lines, Counted, c->lines.n - 1) : NULL;
    if (!last || last->programme_id != c->row.programme_id) {
        last = rows_push(&c->lines);
        last->programme_id = c->row.programme_id;
        last->title = lang_pick(c->r->lang, c->row.title);
    }
    last->n[c->row.status] += c->row.count;
    return true;
}

/* The filters of the list, from the query (the pager reads the rest). */
typedef struct Filters {
    int64_t programme; /* 0: all */
    int status;        /* -1: any */
} Filters;

static bool filters_read(Req *r, Filters *v)
{
    *v = (Filters){.status = -1};
    char *status = NULL;
    FieldSpec spec[] = {
        FIELD("programme", F_INT, N_("Programme"), .min = 0, .max = INT64_MAX,
              .num = &v->programme),
        FIELD("status", F_CHOICE, N_("Status"), .choices = vocab_keys(r, &app_status),
              .text = &status),
        {0},
    };
    FormErrors e;
    if (!query_read(r, spec, &e))
        return false;
    if (status)
        vocab_parse(&app_status, status, &v->status);
    return true;
}

static const PagerCol cols[] = {
    {.key = "received", .label = N_("Received"), .numeric = true, .desc_first = true},
    {.key = "status", .label = N_("Status")},
};

static void app_key(const void *row, int sort, PagerKey *k)
{
    const AppListRow *x = row;
    *k = sort == 1 ? (PagerKey){.text = vocab_key(&app_status, x->status), .id = x->id}
                   : (PagerKey){.num = x->created_at, .id = x->id};
}

/* How many applications the filters hold (known without a search). */
static int64_t matching(const Filters *v, const Counts *c)
{
    int64_t n = 0;
    for (int k = 0; k < c->lines.n; k++) {
        const Counted *x = ROW(&c->lines, Counted, k);
        if (v->programme && x->programme_id != v->programme)
            continue;
        for (int i = 0; i < APP_STATUS_COUNT; i++)
            if (v->status < 0 || v->status == i)
                n += x->n[i];
    }
    return n;
}

/* An application's code ("A-12" or "12") as its id; false when s is not one. */
static bool code_parse(const char *s, int64_t *id)
{
    if ((s[0] == 'A' || s[0] == 'a') && s[1] == '-')
        s += 2;
    return parse_int64(s, id) && *id > 0;
}

/* The rows of the page and the total they are part of. A code finds that application;
 * others than admins search by code only. */
static bool page_rows(Req *r, const Filters *v, Pager *pg, const Counts *c, Rows *rows)
{
    AppListRow row;
    *rows = ROWS_FROM(r->arena, &row);
    int64_t id, total = 0;
    if (pg->q && (code_parse(pg->q, &id) || !(r->roles & ROLE_ADMIN))) {
        DbStatus st = code_parse(pg->q, &id)
                          ? q_application_row(r->db, r->org_id, id, r->arena, &row)
                          : DB_NONE;
        if (st < DB_NONE)
            return false;
        if (st == DB_ONE && pg->page.from_start &&
            (!v->programme || row.programme_id == v->programme) &&
            (v->status < 0 || (int)row.status == v->status))
            rows_collect(rows);
        pager_got(pg, rows, app_key, rows->n);
        return true;
    }
    if (pg->q) {
        pg->page.like = q_app_search_like(r->arena, pg->q);
        if (q_applications_count(r->db, r->org_id, v->programme, v->status, pg->page.like, &total) <
            DB_NONE)
            return false;
    } else {
        total = matching(v, c);
    }
    if (q_applications(r->db, r->org_id, v->programme, v->status, &pg->page, r->arena, &row,
                       rows_collect, rows) < DB_NONE)
        return false;
    pager_got(pg, rows, app_key, total);
    return true;
}

static void counts_table(Html *h, Req *r, const Counts *c)
{
    html_table_begin(h, _(r, "Applications by programme"));
    html(h, "<caption>%s</caption>\n<thead><tr><th scope=\"col\">%s</th>",
         _(r, "Applications by programme"), _(r, "Programme"));
    for (int i = 0; i < APP_STATUS_COUNT; i++)
        html(h, "<th scope=\"col\">%s</th>", _(r, vocab_label(&app_status, i)));
    html_lit(h, "</tr></thead>\n<tbody>\n");
    for (int k = 0; k < c->lines.n; k++) {
        const Counted *x = ROW(&c->lines, Counted, k);
        html(h, "<tr><th scope=\"row\"><a href=\"?programme=%lld\">%s</a></th>",
             (long long)x->programme_id, x->title);
        for (int i = 0; i < APP_STATUS_COUNT; i++)
            html(h, "<td class=\"num\">%lld</td>", (long long)x->n[i]);
        html_lit(h, "</tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
}

/* Programme and status; the search and the order are kept. */
static void filters_form(Html *h, Req *r, const Filters *v, const Pager *pg, const Counts *c)
{
    html(h, "<form method=\"get\" action=\"/orgs/%lld/applications\" class=\"filters\">\n",
         (long long)r->org_id);
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * c->lines.n + 3));
    int o = 0;
    opts[o++] = "";
    opts[o++] = _(r, "All programmes");
    for (int k = 0; k < c->lines.n; k++) {
        const Counted *x = ROW(&c->lines, Counted, k);
        opts[o++] = arena_printf(r->arena, "%lld", (long long)x->programme_id);
        opts[o++] = x->title;
    }
    opts[o] = NULL;
    html_select(h, NULL, "programme", _(r, "Programme"), opts,
                v->programme ? arena_printf(r->arena, "%lld", (long long)v->programme) : "");
    const char *sopts[2 * APP_STATUS_COUNT + 3];
    int so = 0;
    sopts[so++] = "";
    sopts[so++] = _(r, "All statuses");
    for (int i = 0; i < APP_STATUS_COUNT; i++) {
        sopts[so++] = vocab_key(&app_status, i);
        sopts[so++] = _(r, vocab_label(&app_status, i));
    }
    sopts[so] = NULL;
    html_select(h, NULL, "status", _(r, "Status"), sopts,
                v->status >= 0 ? vocab_key(&app_status, v->status) : "");
    if (pg->q)
        html(h, "<input type=\"hidden\" name=\"q\" value=\"%s\">\n", pg->q);
    html(h,
         "<input type=\"hidden\" name=\"sort\" value=\"%s\">"
         "<input type=\"hidden\" name=\"dir\" value=\"%s\">\n",
         pg->cols[pg->sort].key, pg->desc ? "desc" : "asc");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
}

/* GET /orgs/{org}/applications */
enum MHD_Result page_pipeline(Req *r)
{
    Filters v;
    if (!filters_read(r, &v))
        return reply_error(r, ERR_BAD_REQUEST);
    /* the filters are part of the list: a cursor of one is no cursor of another */
    Pager pg;
    pager_read(r, &pg,
               arena_printf(r->arena, "applications-%lld-%d", (long long)v.programme, v.status),
               cols, 2);
    const char **keep = arena_alloc(r->arena, sizeof *keep * 5);
    int nk = 0;
    if (v.programme) {
        keep[nk++] = "programme";
        keep[nk++] = arena_printf(r->arena, "%lld", (long long)v.programme);
    }
    if (v.status >= 0) {
        keep[nk++] = "status";
        keep[nk++] = vocab_key(&app_status, v.status);
    }
    keep[nk] = NULL;
    pg.keep = keep;
    Counts c = {.r = r, .lines = ROWS(r->arena, Counted)};
    Rows rows;
    if (q_pipeline_counts(r->db, r->org_id, r->arena, &c.row, count_row, &c) < DB_NONE ||
        !page_rows(r, &v, &pg, &c, &rows))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Applications"));
    html(h, "<h1>%s</h1>\n", _(r, "Applications"));
    if (r->roles & ROLE_ADMIN)
        html(h, "<p><a href=\"/orgs/%lld/privacy\">%s</a></p>\n", (long long)r->org_id,
             _(r, "The privacy notice of the application forms"));
    int64_t ni = 0; /* after an import: how many */
    FieldSpec done[] = {{.name = "imported", .type = F_INT, .min = 1, .max = INT64_MAX, .num = &ni},
                        {0}};
    FormErrors de;
    if (query_read(r, done, &de) && ni)
        html_notice(
            h,
            arena_printf(r->arena,
                         _n(r, "%lld application imported.", "%lld applications imported.", ni),
                         (long long)ni),
            false);
    if (!c.lines.n) {
        html(h, "<p>%s</p>\n", _(r, "No application yet."));
        return page_end(r, h);
    }
    counts_table(h, r, &c);
    filters_form(h, r, &v, &pg, &c);
    pager_search(h, r, &pg,
                 (r->roles & ROLE_ADMIN) ? _(r, "Name, e-mail address or code")
                                         : _(r, "Code (A-123)"));
    pager_summary(h, r, &pg, _(r, "No application matches these filters."));
    html_table_begin(h, _(r, "Applications"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
         _(r, "Code"), _(r, "Name"), _(r, "Programme"));
    pager_th(h, r, &pg, 1);
    pager_th(h, r, &pg, 0);
    html(h, "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n", _(r, "Warnings"));
    bool admin = r->roles & ROLE_ADMIN;
    for (int i = 0; i < rows.n; i++) {
        const AppListRow *x = ROW(&rows, AppListRow, i);
        /* names stay hidden but to admins: reviewers and staff work with the code */
        html(h,
             "<tr><td><a href=\"/orgs/%lld/applications/%lld\">A-%lld</a></td><td>%s</td>"
             "<td>%s</td><td>%s</td><td>%s</td><td>",
             (long long)r->org_id, (long long)x->id, (long long)x->id, admin ? x->name : "–",
             lang_pick(r->lang, x->title), _(r, vocab_label(&app_status, x->status)),
             moment_text(r, x->created_at));
        if (x->duplicate)
            html(h,
                 "<strong class=\"warn\">%s</strong> <a "
                 "href=\"/orgs/%lld/applications/%lld\">A-%lld</a>",
                 _(r, "Possible duplicate of"), (long long)r->org_id, (long long)x->duplicate,
                 (long long)x->duplicate);
        html_lit(h, "</td></tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    pager_nav(h, r, &pg);
    return page_end(r, h);
}
