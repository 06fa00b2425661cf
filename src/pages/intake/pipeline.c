/* pipeline.c — the staff's list of applications: how many per programme and status, then
 * the applications themselves, 50 to a page, filtered by programme, status and a search,
 * sorted by when they were received or by status. Names (and a search by name or e-mail
 * address) are for admins only: other staff work with the application's code. Pages
 * follow the list's order from the last row shown (keyset), so that each costs the same
 * however many applications there are. Reading only: nothing changes here. */
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "html/fmt.h"
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

/* What the page shows: the filters and the place in the list, from the query. */
typedef struct View {
    int64_t programme;  /* 0: all */
    int status;         /* -1: any */
    const char *search; /* trimmed; "" none */
    AppOrder order;
    bool desc;
    bool has_key, backward; /* a key given: after it (forward) or before it (backward) */
    AppStatus k_status;
    int64_t k_created, k_id;
} View;

/* "S.C.I": a row's key, its status (sorted by status) or when it was received, and its id
 * (the other part empty). */
static const char *key_text(Req *r, AppOrder order, const AppListRow *x)
{
    if (order == APP_BY_STATUS)
        return arena_printf(r->arena, "%s..%lld", vocab_key(&app_status, x->status),
                            (long long)x->id);
    return arena_printf(r->arena, ".%lld.%lld", (long long)x->created_at, (long long)x->id);
}

static bool key_parse(Req *r, const char *s, View *v)
{
    const char *dot = strchr(s, '.');
    if (!dot)
        return false;
    char *status = arena_strndup(r->arena, s, (size_t)(dot - s));
    const char *rest = dot + 1, *dot2 = strchr(rest, '.');
    if (!dot2)
        return false;
    int st = APP_SUBMITTED;
    if (v->order == APP_BY_STATUS && !vocab_parse(&app_status, status, &st))
        return false;
    v->k_status = (AppStatus)st;
    const char *created = arena_strndup(r->arena, rest, (size_t)(dot2 - rest));
    return (v->order == APP_BY_STATUS || parse_int64(created, &v->k_created)) &&
           parse_int64(dot2 + 1, &v->k_id);
}

static bool view_read(Req *r, View *v)
{
    *v = (View){.status = -1, .search = "", .desc = true};
    const char *pq = query_get(r, "programme"), *status = query_get(r, "status");
    const char *sort = query_get(r, "sort"), *dir = query_get(r, "dir");
    const char *q = query_get(r, "q"), *after = query_get(r, "after"),
               *before = query_get(r, "before");
    if (pq && *pq && (!parse_int64(pq, &v->programme) || v->programme < 0))
        return false;
    if (status && *status && !vocab_parse(&app_status, status, &v->status))
        return false;
    if (sort && *sort && strcmp(sort, "received") && strcmp(sort, "status"))
        return false;
    v->order = sort && !strcmp(sort, "status") ? APP_BY_STATUS : APP_BY_RECEIVED;
    if (dir && *dir && strcmp(dir, "asc") && strcmp(dir, "desc"))
        return false;
    v->desc = !(dir && !strcmp(dir, "asc"));
    if (q)
        v->search = str_trim(arena_strdup(r->arena, q));
    const char *key = after && *after ? after : before && *before ? before : NULL;
    if (key) {
        v->has_key = true;
        v->backward = key == before;
        if (!key_parse(r, key, v))
            return false;
    }
    return true;
}

/* A part of a URL's query: everything but unreserved characters percent-encoded. */
static const char *url_part(Req *r, const char *s)
{
    Buf b;
    buf_init(&b, r->arena, strlen(s) * 3 + 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == '.' || *p == '~')
            buf_addc(&b, (char)*p);
        else
            buf_adds(&b, arena_printf(r->arena, "%%%02X", *p));
    }
    return b.len ? b.data : "";
}

/* The list's address with v's filters, the given order, and a place (NULL: the start). */
static const char *view_url(Req *r, const View *v, AppOrder order, bool desc, const char *place)
{
    Buf b;
    buf_init(&b, r->arena, 128);
    buf_adds(&b, arena_printf(r->arena, "/orgs/%lld/applications?", (long long)r->org_id));
    if (v->programme)
        buf_adds(&b, arena_printf(r->arena, "programme=%lld&", (long long)v->programme));
    if (v->status >= 0)
        buf_adds(&b, arena_printf(r->arena, "status=%s&", vocab_key(&app_status, v->status)));
    if (*v->search)
        buf_adds(&b, arena_printf(r->arena, "q=%s&", url_part(r, v->search)));
    buf_adds(&b,
             arena_printf(r->arena, "sort=%s&dir=%s",
                          order == APP_BY_STATUS ? "status" : "received", desc ? "desc" : "asc"));
    if (place)
        buf_adds(&b, place);
    return b.data;
}

/* An application's code ("A-12" or "12") as its id; false when s is not one. */
static bool code_parse(const char *s, int64_t *id)
{
    if ((s[0] == 'A' || s[0] == 'a') && s[1] == '-')
        s += 2;
    return parse_int64(s, id) && *id > 0;
}

/* The rows of the page: forward from the key (or the start), or backward from it. *more:
 * there are rows beyond the page in the direction read. */
static bool page_rows(Req *r, const View *v, Rows *rows, bool *more)
{
    AppListRow row;
    *rows = ROWS_FROM(r->arena, &row);
    *more = false;
    bool admin = r->roles & ROLE_ADMIN;
    int64_t id;
    if (*v->search && (code_parse(v->search, &id) || !admin)) {
        /* a code: that application alone; others than admins search by code only */
        if (!code_parse(v->search, &id))
            return true;
        DbStatus st = q_application_row(r->db, r->org_id, id, r->arena, &row);
        if (st < DB_NONE)
            return false;
        if (st == DB_ONE && (!v->programme || row.programme_id == v->programme) &&
            (v->status < 0 || (int)row.status == v->status))
            rows_collect(rows);
        return true;
    }
    AppPageQuery q = {.programme_id = v->programme,
                      .status = v->status,
                      .search = v->search,
                      .order = v->order,
                      .desc = v->backward ? !v->desc : v->desc,
                      .has_key = v->has_key,
                      .k_status = v->k_status,
                      .k_created = v->k_created,
                      .k_id = v->k_id,
                      .limit = PAGE_ROWS + 1};
    if (q_applications(r->db, r->org_id, &q, r->arena, &row, rows_collect, rows) < DB_NONE)
        return false;
    if (rows->n > PAGE_ROWS) {
        *more = true;
        rows_pop(rows);
    }
    if (v->backward) /* read backward: shown in the list's order */
        for (int i = 0, j = rows->n - 1; i < j; i++, j--) {
            AppListRow t = *ROW(rows, AppListRow, i);
            *ROW(rows, AppListRow, i) = *ROW(rows, AppListRow, j);
            *ROW(rows, AppListRow, j) = t;
        }
    return true;
}

/* A column heading that sorts the list by order: the same again turns the direction. */
static void sort_heading(Html *h, Req *r, const View *v, AppOrder order, const char *label)
{
    bool current = v->order == order;
    bool desc = current ? !v->desc : true;
    if (current)
        html(h, "<th scope=\"col\" aria-sort=\"%s\">", v->desc ? "descending" : "ascending");
    else
        html_lit(h, "<th scope=\"col\">");
    html(h, "<a href=\"%s\">%s</a></th>", view_url(r, v, order, desc, NULL), label);
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

static void filters_form(Html *h, Req *r, const View *v, const Counts *c)
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
    html_input(h, r, NULL, "search", "q",
               (r->roles & ROLE_ADMIN) ? _(r, "Name, e-mail address or code")
                                       : _(r, "Code (A-123)"),
               v->search, "off");
    html(h,
         "<input type=\"hidden\" name=\"sort\" value=\"%s\">"
         "<input type=\"hidden\" name=\"dir\" value=\"%s\">\n",
         v->order == APP_BY_STATUS ? "status" : "received", v->desc ? "desc" : "asc");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
}

/* How many applications the filters hold (known without a search). */
static int64_t matching(const View *v, const Counts *c)
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

/* GET /orgs/{org}/applications */
enum MHD_Result page_pipeline(Req *r)
{
    View v;
    if (!view_read(r, &v))
        return reply_error(r, ERR_BAD_REQUEST);
    Counts c = {.r = r, .lines = ROWS(r->arena, Counted)};
    Rows rows;
    bool more;
    if (q_pipeline_counts(r->db, r->org_id, r->arena, &c.row, count_row, &c) < DB_NONE ||
        !page_rows(r, &v, &rows, &more))
        return reply_error(r, ERR_DB);
    if (v.backward && !more) { /* back at the start: the first page, full */
        v.has_key = v.backward = false;
        if (!page_rows(r, &v, &rows, &more))
            return reply_error(r, ERR_DB);
    }
    Html *h = page_begin(r, _(r, "Applications"));
    html(h, "<h1>%s</h1>\n", _(r, "Applications"));
    const char *imported = query_get(r, "imported");
    int64_t ni;
    if (imported && parse_int64(imported, &ni))
        html_notice(h, arena_printf(r->arena, _n(r, "%lld application imported.", "%lld applications imported.", ni),
                                    (long long)ni),
                    false);
    if (!c.lines.n) {
        html(h, "<p>%s</p>\n", _(r, "No application yet."));
        return page_end(r, h);
    }
    counts_table(h, r, &c);
    filters_form(h, r, &v, &c);
    if (!*v.search)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Applications matching these filters: %lld."),
                          (long long)matching(&v, &c)));
    html_table_begin(h, _(r, "Applications"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
         _(r, "Code"), _(r, "Name"), _(r, "Programme"));
    sort_heading(h, r, &v, APP_BY_STATUS, _(r, "Status"));
    sort_heading(h, r, &v, APP_BY_RECEIVED, _(r, "Received"));
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
            html(h, "<strong class=\"warn\">%s</strong>", _(r, "Possible duplicate"));
        html_lit(h, "</td></tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    if (!rows.n)
        html(h, "<p>%s</p>\n", _(r, "No application matches these filters."));
    /* the neighbours: backward, the rows read were before the key; forward, after it */
    bool has_prev = v.backward ? more : v.has_key;
    bool has_next = v.backward ? v.has_key : more;
    if (rows.n && (has_prev || has_next)) {
        const AppListRow *first = ROW(&rows, AppListRow, 0),
                         *last = ROW(&rows, AppListRow, rows.n - 1);
        html(h, "<nav aria-label=\"%s\" class=\"pages\"><ul>\n", _(r, "Pages"));
        if (has_prev) {
            html(h, "<li><a href=\"%s\">%s</a></li>\n", view_url(r, &v, v.order, v.desc, NULL),
                 _(r, "First page"));
            html(h, "<li><a href=\"%s\" rel=\"prev\">%s</a></li>\n",
                 view_url(r, &v, v.order, v.desc,
                          arena_printf(r->arena, "&before=%s", key_text(r, v.order, first))),
                 _(r, "Previous page"));
        }
        if (has_next)
            html(h, "<li><a href=\"%s\" rel=\"next\">%s</a></li>\n",
                 view_url(r, &v, v.order, v.desc,
                          arena_printf(r->arena, "&after=%s", key_text(r, v.order, last))),
                 _(r, "Next page"));
        html_lit(h, "</ul></nav>\n");
    }
    return page_end(r, h);
}
