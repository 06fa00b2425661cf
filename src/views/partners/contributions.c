/* contributions.c — what a partner gave (see contributions.h). */
#include "views/partners/contributions.h"

#include <string.h>

#include "core/rows.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/pager.h"
#include "html/table.h"
#include "q/partners/contribution.h"
#include "views/partners/sections.h"

/* the latest contributions a partner's page shows; the others are a link away */
#define LATEST 5

const char *contribution_days(Req *r, const Contribution *c)
{
    if (!c->ends_on || !*c->ends_on || !strcmp(c->ends_on, c->starts_on))
        return date_words_text(r, c->starts_on);
    return arena_printf(r->arena, "%s – %s", date_words_text(r, c->starts_on),
                        date_words_text(r, c->ends_on));
}

/* A value in the reader's language, or a dash when none was put on it. */
static const char *value_text(Req *r, int64_t cents)
{
    return cents ? money_text(r, cents) : "–";
}

/* One contribution's row: kind, description (and how many), value, days, status; the
 * training organisation when own lists a partner's own contributions; a link to change it
 * for staff (edit). */
static void contribution_row(Html *h, Req *r, const Contribution *c, bool own, bool edit)
{
    html(h, "<tr><td>%s</td><td>%s", _(r, vocab_label(&contribution_kinds, c->kind)),
         c->description);
    if (c->quantity)
        html(h, " (%s)", number_text(r, c->quantity, 0, 0));
    html_lit(h, "</td>");
    if (own)
        html(h, "<td>%s</td>", c->org_name);
    html(h, "<td>%s</td><td>%s</td><td>%s</td>", value_text(r, c->value_cents),
         contribution_days(r, c), _(r, vocab_label(&contribution_statuses, c->status)));
    if (edit)
        html(h,
             "<td><a href=\"/orgs/%lld/contributions/%lld/edit\">%s<span class=\"sr\"> "
             "%s</span></a></td>",
             (long long)r->org_id, (long long)c->id, _(r, "Change"), c->description);
    html_lit(h, "</tr>\n");
}

/* One figure of the totals: the value given (or a dash), how many contributions and, when
 * counted, how many things. */
static void figure(Html *h, Req *r, const char *label, int64_t value_cents, int64_t count,
                   int64_t quantity)
{
    html(h, "<div><dt>%s</dt><dd>%s<small>%s", label, value_text(r, value_cents),
         arena_printf(r->arena, _n(r, "%s contribution", "%s contributions", count),
                      number_text(r, count, 0, 0)));
    if (quantity)
        html(h, " · %s",
             arena_printf(r->arena, _(r, "How many: %s"), number_text(r, quantity, 0, 0)));
    html_lit(h, "</small></dd></div>\n");
}

/* The totals, then by kind in the vocabulary's order: false on a database error. */
static bool totals(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    ContributionTotal t;
    Rows rows = ROWS_FROM(r->arena, &t);
    if (q_contribution_totals(r->db, org_id, partner_id, &t, rows_collect, &rows) < DB_NONE)
        return false;
    if (!rows.n)
        return true;
    int64_t value = 0, count = 0;
    for (int i = 0; i < rows.n; i++) {
        value += ROW(&rows, ContributionTotal, i)->value_cents;
        count += ROW(&rows, ContributionTotal, i)->count;
    }
    html(h, "<p>%s</p>\n<dl class=\"figures amounts\">\n",
         _(r, "Given or promised, leaving out what was cancelled:"));
    figure(h, r, _(r, "Total"), value, count, 0);
    for (int k = 0; k < CONTRIB_KINDS; k++)
        for (int i = 0; i < rows.n; i++) {
            const ContributionTotal *x = ROW(&rows, ContributionTotal, i);
            if ((int)x->kind == k)
                figure(h, r, _(r, vocab_label(&contribution_kinds, x->kind)), x->value_cents,
                       x->count, x->quantity);
        }
    html_lit(h, "</dl>\n");
    return true;
}

bool html_partner_contributions(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    bool own = partner_view_own(r, org_id);
    Contribution c;
    Rows rows = ROWS_FROM(r->arena, &c);
    if (q_contribution_latest(r->db, org_id, partner_id, LATEST + 1, r->arena, &c, rows_collect,
                              &rows) < DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-contributions\">\n<h2 id=\"h-contributions\">%s</h2>\n",
         _(r, "What it gave"));
    if (!rows.n) {
        html(h, "<p>%s</p>\n</section>\n", _(r, "No contributions recorded yet."));
        return true;
    }
    if (!totals(h, r, org_id, partner_id))
        return false;
    html(h, "<h3>%s</h3>\n", _(r, "Latest contributions"));
    if (own)
        HTML_TABLE(h, _(r, "Latest contributions"), _(r, "Kind"), _(r, "Description"),
                   _(r, "Value"), _(r, "When"), _(r, "Status"));
    else
        HTML_TABLE(h, _(r, "Latest contributions"), _(r, "Kind"), _(r, "Description"),
                   _(r, "Value"), _(r, "When"), _(r, "Status"), _(r, "Actions"));
    for (int i = 0; i < rows.n && i < LATEST; i++)
        contribution_row(h, r, ROW(&rows, Contribution, i), false, !own);
    html_table_close(h);
    html(h, "<p><a href=\"%s\">%s</a></p>\n</section>\n",
         own ? arena_printf(r->arena, "/orgs/%lld/partner-contributions", (long long)r->org_id)
             : arena_printf(r->arena, "/orgs/%lld/partners/%lld/contributions", (long long)org_id,
                            (long long)partner_id),
         own ? _(r, "All our contributions") : _(r, "All its contributions"));
    return true;
}

static const PagerCol contribution_cols[CONTRIB_SORTS] = {
    [CONTRIB_BY_START] = {.key = "start", .label = N_("When"), .desc_first = true},
    [CONTRIB_BY_VALUE] = {.key = "value",
                          .label = N_("Value"),
                          .numeric = true,
                          .desc_first = true},
};

static void contribution_key(const void *row, int sort, PagerKey *k)
{
    const Contribution *c = row;
    *k = sort == CONTRIB_BY_VALUE ? (PagerKey){.num = c->value_cents, .id = c->id}
                                  : (PagerKey){.text = c->starts_on, .id = c->id};
}

bool html_contribution_list(Html *h, Req *r, int64_t partner_id)
{
    bool own = !partner_id;
    Pager pg;
    Contribution c;
    pager_open(r, &pg,
               own ? "own-contributions"
                   : arena_printf(r->arena, "contributions-%lld", (long long)partner_id),
               contribution_cols, CONTRIB_SORTS, contribution_key, ROWS_FROM(r->arena, &c));
    DbStatus page = own ? q_contribution_own_page(r->db, r->org_id, &pg.page, r->arena, &c,
                                                  rows_collect, &pg.rows)
                        : q_contribution_page(r->db, r->org_id, partner_id, &pg.page, r->arena, &c,
                                              rows_collect, &pg.rows);
    DbStatus count =
        own ? q_contribution_own_count(r->db, r->org_id, pg.page.like, &pg.total)
            : q_contribution_count(r->db, r->org_id, partner_id, pg.page.like, &pg.total);
    if (!pager_done(&pg, page, count))
        return false;
    pager_search(h, r, &pg,
                 own ? _(r, "Search by description or training organisation")
                     : _(r, "Search by description"));
    pager_summary(h, r, &pg, _(r, "No contributions recorded yet."));
    if (pg.n) {
        static const PagerHead staff_heads[] = {
            PAGER_PLAIN(N_("Kind")),        PAGER_PLAIN(N_("Description")),
            PAGER_SORTED(CONTRIB_BY_VALUE), PAGER_SORTED(CONTRIB_BY_START),
            PAGER_PLAIN(N_("Status")),      PAGER_PLAIN(N_("Actions")),
        };
        static const PagerHead own_heads[] = {
            PAGER_PLAIN(N_("Kind")),
            PAGER_PLAIN(N_("Description")),
            PAGER_PLAIN(N_("Training organisation")),
            PAGER_SORTED(CONTRIB_BY_VALUE),
            PAGER_SORTED(CONTRIB_BY_START),
            PAGER_PLAIN(N_("Status")),
        };
        pager_table_open(h, r, &pg, _(r, "Contributions"), own ? own_heads : staff_heads, 6);
        for (int i = 0; i < pg.n; i++)
            contribution_row(h, r, ROW(&pg.rows, Contribution, i), own, !own);
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return true;
}
