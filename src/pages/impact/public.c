/* public.c — the impact figures organisations publish, for anyone: /impact lists them (paged,
 * searched by name), /impact/{id} shows one organisation's figures across its programmes,
 * broken down by year, kind of programme, province or age band, with small counts hidden as
 * on its own pages; never a list of people, never a period to subtract from another. */
#include <string.h>

#include "core/buf.h"
#include "domain/suppress.h"
#include "flows/impact/export.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "model/accounts.h"
#include "pages/impact/impact.h"
#include "q/accounts/org.h"
#include "q/impact/public.h"
#include "views/impact/report.h"

static const PagerCol public_cols[] = {{.key = "name", .label = N_("Organisation")}};

static void publisher_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const ImpactPublisher *x = row;
    *k = (PagerKey){.text = x->name, .id = x->org_id};
}

/* GET /impact */
enum MHD_Result page_impact_public(Req *r)
{
    Pager pg;
    ImpactPublisher x;
    pager_open(r, &pg, "impact-public", public_cols, 1, publisher_key, ROWS_FROM(r->arena, &x));
    if (!pager_done(&pg,
                    q_impact_public_page(r->db, &pg.page, r->arena, &x, rows_collect, &pg.rows),
                    q_impact_public_count(r->db, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Impact"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Impact"),
         _(r, "The figures of the organisations that publish them, computed from their records: "
              "the people they reached, trained, saw certified and saw find work. Small counts are "
              "hidden."));
    if (pager_empty(&pg)) {
        html(h, "<p>%s</p>\n", _(r, "No organisation publishes its figures yet."));
        return page_end(r, h);
    }
    pager_search(h, r, &pg, _(r, "Search by name"));
    pager_summary(h, r, &pg, _(r, "No organisation publishes its figures yet."));
    static const PagerHead heads[] = {PAGER_SORTED(0), PAGER_PLAIN(N_("Published since"))};
    pager_table_open(h, r, &pg, _(r, "Organisations that publish their figures"), heads, 2);
    for (int i = 0; i < pg.n; i++) {
        const ImpactPublisher *p = ROW(&pg.rows, ImpactPublisher, i);
        html(h, "<tr><td><a href=\"/impact/%lld\">%s</a></td><td>%s</td></tr>\n",
             (long long)p->org_id, p->name, day_words_text(r, p->published_at));
    }
    html_table_close(h);
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The breakdowns the public sees: no municipality (too fine for the public), no month or
 * quarter. */
static const ImpactBy public_by[] = {IMPACT_BY_YEAR, IMPACT_BY_KIND, IMPACT_BY_AUDIENCE,
                                     IMPACT_BY_PROVINCE, IMPACT_BY_AGE};
#define PUBLIC_BY ((int)(sizeof public_by / sizeof public_by[0]))

/* The report of a publishing organisation; false with the reply made. */
static bool public_read(Req *r, Org *org, ImpactReport *rep, enum MHD_Result *reply)
{
    int64_t id = req_id(r, "id"), since = 0;
    DbStatus st = q_impact_published(r->db, id, &since);
    if (st == DB_ONE && !since)
        st = DB_NONE;
    if (st == DB_ONE)
        st = q_org_get(r->db, id, r->arena, org);
    if (st != DB_ONE) {
        *reply = reply_missing(r, st);
        return false;
    }
    const char *by = query_get(r, "by");
    int value = IMPACT_BY_YEAR;
    bool known = !by || !*by;
    for (int i = 0; i < PUBLIC_BY && !known; i++)
        if (!strcmp(by, vocab_key(&impact_breakdowns, public_by[i])))
            known = true, value = public_by[i];
    if (!known) {
        *reply = reply_error(r, ERR_BAD_REQUEST);
        return false;
    }
    ImpactAsk ask = {.by = (ImpactBy)value, .k = (int)r->app->set.impact_k};
    if (ask.k < SUPPRESS_K_MIN)
        ask.k = SUPPRESS_K_DEFAULT;
    Flow f = req_read_flow(r);
    if (!impact_programme(&f, id, &ask, rep, NULL).ok) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    return true;
}

/* GET /impact/{id} */
enum MHD_Result page_impact_public_org(Req *r)
{
    Org org;
    ImpactReport rep;
    enum MHD_Result reply;
    if (!public_read(r, &org, &rep, &reply))
        return reply;
    const char *title = arena_printf(r->arena, _(r, "Impact: %s"), org.name);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"/impact\">%s</a></p>\n", title,
         _(r, "Every organisation that publishes its figures"));
    html(h, "<form method=\"get\" action=\"/impact/%lld\" class=\"filters\">\n", (long long)org.id);
    Options by = OPTIONS(r->arena);
    for (int i = 0; i < PUBLIC_BY; i++)
        options_add(&by, vocab_key(&impact_breakdowns, public_by[i]),
                    _(r, vocab_label(&impact_breakdowns, public_by[i])));
    html_select(h, NULL, "by", _(r, "Break down by"), options_end(&by),
                vocab_key(&impact_breakdowns, rep.by));
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
    html_impact_targets(h, r, &rep);
    html_impact_breakdown(h, r, &rep, NULL, NULL);
    html(h, "<p><a href=\"/impact/%lld/figures.csv?by=%s\" download>%s</a></p>\n",
         (long long)org.id, vocab_key(&impact_breakdowns, rep.by), _(r, "Download as CSV"));
    return page_end(r, h);
}

/* GET /impact/{id}/figures.csv */
enum MHD_Result page_impact_public_csv(Req *r)
{
    Org org;
    ImpactReport rep;
    enum MHD_Result reply;
    if (!public_read(r, &org, &rep, &reply))
        return reply;
    Buf b;
    buf_init(&b, r->arena, 2048);
    impact_csv(&b, r->lang, &rep);
    return reply_download(r, "text/csv; charset=utf-8",
                          arena_printf(r->arena, "impact-%lld-%s.csv", (long long)org.id,
                                       vocab_key(&impact_breakdowns, rep.by)),
                          b.data, b.len);
}
