/* requests.c — a partner's requests to meet learners (GET /orgs/{org}/talent-requests), a
 * page at a time, newest first: to which profile, when, by whom, the answer, and the
 * learner's name and e-mail address once they accepted. Only requests to learners the
 * partner still sees (q/talent/request.h): a learner who hides the profile leaves the list. */
#include "core/rows.h"
#include "domain/talent.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/talent/talent.h"
#include "q/talent/request.h"

static const PagerCol request_cols[] = {
    {.key = "asked", .label = N_("Asked on"), .numeric = true, .desc_first = true},
};

static void request_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const TalentRequest *q = row;
    *k = (PagerKey){.num = q->created_at, .id = q->id};
}

/* GET /orgs/{org}/talent-requests */
enum MHD_Result page_talent_requests(Req *r)
{
    Pager pg;
    TalentRequest row;
    pager_open(r, &pg, "talent-requests", request_cols, 1, request_key, ROWS_FROM(r->arena, &row));
    if (!pager_done(
            &pg, q_request_page(r->db, r->org_id, &pg.page, r->arena, &row, rows_collect, &pg.rows),
            q_request_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Our requests to meet"));
    html(h, "<h1>%s</h1>\n", _(r, "Our requests to meet"));
    pager_search(h, r, &pg, _(r, "Search by profile"));
    pager_summary(h, r, &pg, _(r, "You have not asked to meet anyone yet."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_SORTED(0), PAGER_PLAIN(N_("Profile")),
                                          PAGER_PLAIN(N_("Asked by")), PAGER_PLAIN(N_("Answer")),
                                          PAGER_PLAIN(N_("Contact"))};
        pager_table_open(h, r, &pg, _(r, "Our requests to meet"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const TalentRequest *q = ROW(&pg.rows, TalentRequest, i);
            html(h,
                 "<tr><td>%s</td><td><a href=\"/orgs/%lld/talent/%lld\">%s</a></td><td>%s</td>"
                 "<td>%s</td><td>",
                 day_words_text(r, q->created_at), (long long)r->org_id, (long long)q->profile_id,
                 q->handle, q->asked_by, _(r, vocab_label(&talent_request_statuses, q->status)));
            if (talent_reveals_identity(q->status))
                html(h, "%s<br><a href=\"mailto:%s\">%s</a>", q->name, q->email, q->email);
            else
                html_lit(h, "–");
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    html(h, "<p><a href=\"/orgs/%lld/talent\">%s</a></p>\n", (long long)r->org_id, _(r, "Talent"));
    return page_end(r, h);
}
