/* requirements.c — the certifications a programme requires (chosen on the programme page,
 * saved through flows/certifications/catalogue), and the learners of a programme with
 * whether each is certified today: the list behind the dashboard's "Certified" figure
 * (certified=1 shows only them), a page at a time. */
#include <stdint.h>

#include "core/rows.h"
#include "flows/certifications/catalogue.h"
#include "html/pager.h"
#include "http/form.h"
#include "model/certifications.h"
#include "pages/certifications/certifications.h"
#include "q/certifications/attempt.h"
#include "views/certifications/certified.h"
#include "views/training/programme.h"

/* POST /orgs/{org}/programmes/{id}/certifications */
enum MHD_Result page_programme_certs_save(Req *r)
{
    Programme p;
    enum MHD_Result reply;
    if (!programme_load(r, req_id(r, "id"), &p, &reply))
        return reply;
    int64_t *ids = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("certs", F_MULTI, N_("Required certifications"), .ids = &ids, .nids = &n),
        {0},
    };
    FormErrors e;
    Outcome o;
    if (!form_read(r, spec, &e)) {
        o = outcome_ok();
        o.ok = false;
        o.status = 400;
        o.fields = e;
    } else {
        Flow f = req_flow(r);
        o = flow_programme_certs(&f, p.id, ids, n);
    }
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        Html *h = page_begin(r, programme_title(r, &p));
        html(h, "<h1>%s</h1>\n", programme_title(r, &p));
        if (!html_programme_certs(h, r, &p, &o.fields))
            return reply_error(r, ERR_DB);
        html(h, "<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", (long long)r->org_id,
             (long long)p.id, _(r, "Back to the programme"));
        return page_end_status(r, h, o.status);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld?saved=1",
                                          (long long)r->org_id, (long long)p.id));
}

static const PagerCol learner_cols[1] = {{.key = "name", .label = N_("Name")}};

static void learner_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const CertLearner *l = row;
    *k = (PagerKey){.text = l->name, .id = l->person_id};
}

/* The rows of one page when only the certified are shown: the list's statement read
 * without its limit, keeping the certified ones until the page is full. */
typedef struct Only {
    const CertBoard *b;
    CertLearner row;
    Rows *rows;
    int64_t want;
} Only;

static bool only_row(void *ctx)
{
    Only *o = ctx;
    if (!cert_board_certified(o->b, o->row.person_id))
        return true;
    rows_collect(o->rows);
    return o->rows->n < o->want;
}

static bool count_row(void *ctx)
{
    Only *o = ctx;
    o->want += cert_board_certified(o->b, o->row.person_id);
    return true;
}

/* GET /orgs/{org}/programmes/{id}/learners */
enum MHD_Result page_programme_learners(Req *r)
{
    Programme p;
    enum MHD_Result reply;
    if (!programme_load(r, req_id(r, "id"), &p, &reply))
        return reply;
    const char *flag = query_get(r, "certified");
    bool only = flag && flag[0] == '1';
    CertBoard b;
    if (!cert_board_load(r, p.id, &b))
        return reply_error(r, ERR_DB);
    Pager pg;
    Only o = {.b = &b};
    pager_open(r, &pg, only ? "certified-learners" : "programme-learners", learner_cols, 1,
               learner_key, ROWS_FROM(r->arena, &o.row));
    if (only)
        pager_keep(r, &pg, "certified", "1");
    o.rows = &pg.rows;
    DbStatus st, count;
    if (only) {
        DbPage all = pg.page;
        all.limit = INT64_MAX;
        o.want = pg.page.limit;
        st = q_programme_learner_page(r->db, r->org_id, p.id, &all, r->arena, &o.row, only_row, &o);
        Only c = {.b = &b};
        DbPage every = {.from_start = true, .like = pg.page.like, .limit = INT64_MAX};
        count = q_programme_learner_page(r->db, r->org_id, p.id, &every, r->arena, &c.row,
                                         count_row, &c);
        pg.total = c.want;
    } else {
        st = q_programme_learner_page(r->db, r->org_id, p.id, &pg.page, r->arena, &o.row,
                                      rows_collect, &pg.rows);
        count = q_programme_learner_count(r->db, r->org_id, p.id, pg.page.like, &pg.total);
    }
    if (!pager_done(&pg, st, count))
        return reply_error(r, ERR_DB);

    const char *title = only ? _(r, "Certified learners") : _(r, "Learners and certifications");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/programmes/%lld\">%s</a></p>\n", title,
         (long long)r->org_id, (long long)p.id, programme_title(r, &p));
    if (b.nreq == 0)
        html(h, "<p>%s</p>\n",
             _(r, "This programme requires no certification: nobody counts as certified."));
    html(h, "<p><a href=\"/orgs/%lld/programmes/%lld/learners%s\">%s</a></p>\n",
         (long long)r->org_id, (long long)p.id, only ? "" : "?certified=1",
         only ? _(r, "Show every learner") : _(r, "Show only the certified learners"));
    pager_search(h, r, &pg, _(r, "Search by name or e-mail address"));
    pager_summary(h, r, &pg,
                  only ? _(r, "Nobody is certified yet.") : _(r, "No learners enrolled yet."));
    if (pg.n) {
        html_table_begin(h, title);
        html_lit(h, "<thead><tr>");
        pager_th(h, r, &pg, 0);
        html(h, "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
             _(r, "E-mail address"), _(r, "Certified"));
        for (int i = 0; i < pg.n; i++) {
            const CertLearner *l = ROW(&pg.rows, CertLearner, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/people/%lld/certifications\">%s</a></td>"
                 "<td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)l->person_id, l->name, l->email,
                 cert_board_certified(&b, l->person_id) ? _(r, "Yes") : _(r, "No"));
        }
        html_lit(h, "</tbody>\n");
        html_table_end(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}
