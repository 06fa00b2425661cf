/* grants.c — the grants of decided calls. The funder follows each grant: tranches and
 * their payment, spending against the budget per line; the grantee organisation sees the
 * same and records its expenses on the grant's budget lines. */
#include <string.h>

#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/money.h"
#include "flows/calls/grant.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/confirm.h"
#include "pages/calls/calls.h"
#include "q/calls/grant.h"
#include "views/impact/funding.h"

static const char *percent(Req *r, int64_t part, int64_t whole)
{
    return whole > 0 ? percent_text(r, part * 100 / whole) : "–";
}

static const PagerCol grant_cols[GRANT_SORTS] = {
    [GRANT_BY_TITLE] = {.key = "title", .label = N_("Project")},
    [GRANT_BY_ORG] = {.key = "org", .label = N_("Organisation")},
    [GRANT_BY_AMOUNT] = {.key = "amount",
                         .label = N_("Amount awarded"),
                         .numeric = true,
                         .desc_first = true},
};

/* The key of grant g in a list where org is the other organisation's name. */
static PagerKey grant_key(const GrantRow *g, const char *org, int sort)
{
    return sort == GRANT_BY_AMOUNT ? (PagerKey){.num = g->amount, .id = g->id}
           : sort == GRANT_BY_ORG  ? (PagerKey){.text = org, .id = g->id}
                                   : (PagerKey){.text = g->title, .id = g->id};
}

static void awarded_key(const void *row, int sort, PagerKey *k)
{
    *k = grant_key(row, ((const GrantRow *)row)->grantee, sort);
}

static void received_key(const void *row, int sort, PagerKey *k)
{
    *k = grant_key(row, ((const GrantRow *)row)->funder, sort);
}

static enum MHD_Result list_page(Req *r, bool funder)
{
    Pager pg;
    GrantRow g;
    pager_open(r, &pg, funder ? "grants" : "grants-received", grant_cols, GRANT_SORTS,
               funder ? awarded_key : received_key, ROWS_FROM(r->arena, &g));
    if (!pager_done(
            &pg,
            q_grant_page(r->db, r->org_id, funder, &pg.page, r->arena, &g, rows_collect, &pg.rows),
            q_grant_count(r->db, r->org_id, funder, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    const char *title = funder ? _(r, "Grants awarded") : _(r, "Grants received");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (pager_empty(&pg)) {
        html(h, "<p>%s</p>\n", _(r, "No grant yet."));
        return page_end(r, h);
    }
    pager_search(h, r, &pg, _(r, "Search by project or organisation"));
    pager_summary(h, r, &pg, _(r, "No grant yet."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_SORTED(GRANT_BY_TITLE), PAGER_SORTED(GRANT_BY_ORG),
                                          PAGER_SORTED(GRANT_BY_AMOUNT), PAGER_PLAIN(N_("Paid")),
                                          PAGER_PLAIN(N_("Spent"))};
        pager_table_open(h, r, &pg, title, heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const GrantRow *x = ROW(&pg.rows, GrantRow, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/%s/%lld\">%s</a></td><td>%s</td>"
                 "<td class=\"num\">%s</td><td class=\"num\">%s</td>"
                 "<td class=\"num\">%s (%s)</td></tr>\n",
                 (long long)r->org_id, funder ? "grants" : "grants-received", (long long)x->id,
                 x->title, funder ? x->grantee : x->funder, money_text(r, x->amount),
                 money_text(r, x->paid), money_text(r, x->spent), percent(r, x->spent, x->amount));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* GET /orgs/{org}/grants */
enum MHD_Result page_grants(Req *r)
{
    return list_page(r, true);
}

/* GET /orgs/{org}/grants-received */
enum MHD_Result page_grants_received(Req *r)
{
    return list_page(r, false);
}

/* A tranche: paid on a day, or planned; the funder marks it paid. */
static void tranche_row(Html *h, Req *r, const TrancheRow *t, bool funder)
{
    html(h, "<tr><td>%s</td><td class=\"num\">%s</td><td>", _(r, t->label),
         money_text(r, t->amount));
    if (*t->paid_on) {
        html(h, "%s", arena_printf(r->arena, _(r, "Paid on %s"), t->paid_on));
    } else if (funder) {
        char today[11];
        Date day;
        int m;
        bxl_from_utc(clock_now(), &day, &m);
        date_format(day, today);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/tranches/%lld/pay", (long long)r->org_id,
                                     (long long)t->id));
        html(h,
             "<label for=\"f-on-%lld\">%s</label><input type=\"date\" id=\"f-on-%lld\" "
             "name=\"paid_on\" value=\"%s\">"
             "<button type=\"submit\" class=\"secondary\">%s<span class=\"sr\"> %s</span></button>",
             (long long)t->id, _(r, "Paid on"), (long long)t->id, today, _(r, "Mark as paid"),
             _(r, t->label));
        html_form_end(h);
    } else {
        html(h, "%s", _(r, "Planned"));
    }
    html_lit(h, "</td></tr>\n");
}

/* A budget line of the grant and what was spent on it. */
static void gline_row(Html *h, Req *r, const GrantLine *l)
{
    html(h,
         "<tr><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td "
         "class=\"num\">%s</td>",
         l->label, money_text(r, l->amount), money_text(r, l->spent),
         percent(r, l->spent, l->amount));
    if (l->spent > l->amount)
        html(h, "<td><strong class=\"warn\">%s</strong></td>", _(r, "Over budget"));
    else
        html_lit(h, "<td></td>");
    html_lit(h, "</tr>\n");
}

static enum MHD_Result detail_page(Req *r, bool funder, const FormErrors *err, int status)
{
    GrantRow grant, *g = &grant;
    int64_t id = req_id(r, "id");
    DbStatus st = q_grant_get(r->db, r->org_id, id, r->arena, g);
    if (st == DB_ONE && (funder ? g->funder_id : g->grantee_id) != r->org_id)
        st = DB_NONE;
    if (st != DB_ONE)
        return reply_missing(r, st);
    TrancheRow t;
    GrantLine l;
    ExpenseRow e;
    Rows tranches = ROWS_FROM(r->arena, &t), lines = ROWS_FROM(r->arena, &l),
         expenses = ROWS_FROM(r->arena, &e);
    if (q_tranches(r->db, r->org_id, id, r->arena, &t, rows_collect, &tranches) < DB_NONE ||
        q_grant_lines(r->db, r->org_id, id, r->arena, &l, rows_collect, &lines) < DB_NONE ||
        q_expenses(r->db, r->org_id, id, r->arena, &e, rows_collect, &expenses) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, g->title);
    html(h, "<h1>%s</h1>\n<p>%s → %s</p>\n", g->title, g->funder, g->grantee);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(
        h,
        "<dl "
        "class=\"figures\">\n<div><dt>%s</dt><dd>%s</dd></div>\n<div><dt>%s</dt><dd>%s</dd></div>\n"
        "<div><dt>%s</dt><dd>%s</dd></div>\n</dl>\n",
        _(r, "Amount awarded"), money_text(r, g->amount), _(r, "Paid"), money_text(r, g->paid),
        _(r, "Spent"),
        arena_printf(r->arena, "%s (%s)", money_text(r, g->spent),
                     percent(r, g->spent, g->amount)));
    html(h, "<h2>%s</h2>\n", _(r, "Tranches"));
    HTML_TABLE(h, _(r, "Tranches"), _(r, "Tranche"), _(r, "Amount"), _(r, "Status"));
    for (int i = 0; i < tranches.n; i++)
        tranche_row(h, r, ROW(&tranches, TrancheRow, i), funder);
    html_table_close(h);
    html(h, "<h2>%s</h2>\n", _(r, "Budget and spending"));
    html_table_begin(h, _(r, "Budget and spending"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\"><span "
         "class=\"sr\">%s</span></th></tr></thead>\n<tbody>\n",
         _(r, "Budget line"), _(r, "Budget"), _(r, "Spent"), _(r, "Used"), _(r, "Warnings"));
    for (int i = 0; i < lines.n; i++)
        gline_row(h, r, ROW(&lines, GrantLine, i));
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<h2>%s</h2>\n", _(r, "Expenses"));
    if (expenses.n) {
        HTML_TABLE(h, _(r, "Expenses"), _(r, "Date"), _(r, "Budget line"), _(r, "Description"),
                   _(r, "Amount"));
        for (int i = 0; i < expenses.n; i++) {
            const ExpenseRow *x = ROW(&expenses, ExpenseRow, i);
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td class=\"num\">%s</td></tr>\n",
                 x->spent_on, x->line, x->description, money_text(r, x->amount));
        }
        html_table_close(h);
    } else {
        html(h, "<p>%s</p>\n", _(r, "No expense recorded yet."));
    }
    if (!funder && lines.n) {
        html(h, "<h3>%s</h3>\n", _(r, "Record an expense"));
        html_error_summary(h, r, err);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/grants-received/%lld/expenses",
                                     (long long)r->org_id, (long long)id));
        html(h, "<label for=\"f-line_id\">%s</label>\n<select id=\"f-line_id\" name=\"line_id\">",
             _(r, "Budget line"));
        for (int i = 0; i < lines.n; i++) {
            const GrantLine *x = ROW(&lines, GrantLine, i);
            html(h, "<option value=\"%lld\">%s</option>", (long long)x->id, x->label);
        }
        html_lit(h, "</select>\n");
        html_input(h, r, err, "date", "spent_on", _(r, "Date"), form_get(r, "spent_on"), "off");
        html_input(h, r, err, "text", "amount", _(r, "Amount (euro)"), form_get(r, "amount"),
                   "off");
        html_input(h, r, err, "text", "description", _(r, "Description"),
                   form_get(r, "description"), "off");
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the expense"));
        html_form_end(h);
    }
    if (!html_grant_programmes(h, r, g, funder))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/%s\">%s</a></p>\n", (long long)r->org_id,
         funder ? "grants" : "grants-received",
         funder ? _(r, "Grants awarded") : _(r, "Grants received"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/grants/{id} */
enum MHD_Result page_grant(Req *r)
{
    return detail_page(r, true, NULL, 200);
}

/* GET /orgs/{org}/grants-received/{id} */
enum MHD_Result page_grant_received(Req *r)
{
    return detail_page(r, false, NULL, 200);
}

/* POST /orgs/{org}/tranches/{id}/pay */
enum MHD_Result page_tranche_pay(Req *r)
{
    char *on = NULL;
    FieldSpec spec[] = {
        FIELD("paid_on", F_DATE, N_("Paid on"), .required = true, .text = &on),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return reply_error(r, ERR_BAD_REQUEST);
    TrancheRow t;
    GrantRow g;
    int64_t gid = 0;
    DbStatus st = q_tranche_due(r->db, r->org_id, req_id(r, "id"), r->arena, &t, &gid);
    if (st == DB_ONE)
        st = q_grant_get(r->db, r->org_id, gid, r->arena, &g);
    if (st != DB_ONE)
        return reply_missing(r, st);
    if (!confirm_ok(r))
        return confirm_page(
            r,
            arena_printf(r->arena, _(r, "Mark %s of %s as paid?"), money_text(r, t.amount),
                         g.title),
            arena_printf(r->arena,
                         _(r, "The tranche “%s” of %s to %s is recorded as paid on %s; it "
                              "cannot be paid again."),
                         _(r, t.label), money_text(r, t.amount), g.grantee, on),
            _(r, "Mark as paid"),
            arena_printf(r->arena, "/orgs/%lld/grants/%lld", (long long)r->org_id, (long long)gid));
    Flow f = req_flow(r);
    Outcome o = flow_tranche_pay(&f, req_id(r, "id"), on);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/grants/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/grants-received/{id}/expenses */
enum MHD_Result page_expense_add(Req *r)
{
    char *description = NULL, *on = NULL;
    int64_t line = 0, amount = 0;
    FieldSpec spec[] = {
        FIELD("line_id", F_ID, N_("Budget line"), .required = true, .num = &line),
        FIELD("spent_on", F_DATE, N_("Date"), .required = true, .text = &on),
        FIELD("amount", F_MONEY, N_("Amount (euro)"), .required = true, .min = 1, .num = &amount),
        FIELD("description", F_TEXT, N_("Description"), .required = true, .max = 500,
              .text = &description),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    Flow f = req_flow(r);
    Outcome o = flow_expense_add(&f, req_id(r, "id"), line, on, amount, description, &e);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return detail_page(r, false, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/grants-received/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}
