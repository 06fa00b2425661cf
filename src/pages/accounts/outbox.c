/* outbox.c — what the organisation mailed, for its administrators: each mail queued, sent
 * or failed (and why), a page at a time, searchable by address or subject. Read-only:
 * delivery and retries are the mail worker's (src/mail/). */
#include "q/system/outbox.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "model/system.h"
#include "pages/accounts/accounts.h"

static const PagerCol outbox_cols[OUTBOX_SORTS] = {
    [OUTBOX_BY_QUEUED] = {.key = "queued",
                          .label = N_("Queued on"),
                          .numeric = true,
                          .desc_first = true},
    [OUTBOX_BY_TO] = {.key = "to", .label = N_("Addressed to")},
};

static void outbox_key(const void *row, int sort, PagerKey *k)
{
    const OutboxRow *m = row;
    *k = sort == OUTBOX_BY_TO ? (PagerKey){.text = m->to_addr, .id = m->id}
                              : (PagerKey){.num = m->created_at, .id = m->id};
}

/* Where a mail stands, in words. */
static const char *mail_state(Req *r, const OutboxRow *m)
{
    if (m->sent_at)
        return arena_printf(r->arena, _(r, "Sent %s"), moment_text(r, m->sent_at));
    if (m->attempts >= OUTBOX_MAX_ATTEMPTS)
        return arena_printf(r->arena, _(r, "Not delivered, given up: %s"),
                            m->last_error ? m->last_error : "");
    if (m->last_error)
        return arena_printf(r->arena, _(r, "Failed, will be tried again: %s"), m->last_error);
    return _(r, "Waiting to be sent");
}

/* GET /orgs/{org}/outbox */
enum MHD_Result page_outbox(Req *r)
{
    Pager pg;
    OutboxRow m;
    pager_open(r, &pg, "outbox", outbox_cols, OUTBOX_SORTS, outbox_key, ROWS_FROM(r->arena, &m));
    if (!pager_done(&pg,
                    q_outbox_page(r->db, r->org_id, &pg.page, r->arena, &m, rows_collect, &pg.rows),
                    q_outbox_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);

    Html *h = page_begin(r, _(r, "Mail sent and failed"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Mail sent and failed"),
         _(r, "Every e-mail traject wrote for this organisation: invitations, confirmations, "
              "decisions. A mail that fails is tried again for a while."));
    pager_search(h, r, &pg, _(r, "Search by address or subject"));
    pager_summary(h, r, &pg, _(r, "No mail yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(OUTBOX_BY_QUEUED), PAGER_SORTED(OUTBOX_BY_TO),
            PAGER_PLAIN(N_("Subject of the mail")), PAGER_PLAIN(N_("Status"))};
        pager_table_open(h, r, &pg, _(r, "Mail sent and failed"), heads, 4);
        for (int i = 0; i < pg.n; i++) {
            const OutboxRow *o = ROW(&pg.rows, OutboxRow, i);
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 moment_text(r, o->created_at), o->to_addr, o->subject, mail_state(r, o));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}
