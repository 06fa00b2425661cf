/* item.c — an item's page for staff, the page its QR label opens: what it is and where, and
 * one form with one big button, to lend it (to a learner, a team or a location chosen from
 * a short list that a search narrows; today and a due day filled in) or to record its
 * return (today and its condition filled in); then its loans, the latest first. */
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/equipment/loan.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/equipment/equipment.h"
#include "q/equipment/item.h"
#include "q/equipment/loan.h"
#include "views/equipment/item.h"

/* borrowers shown in the lending form's list before a search is needed */
#define BORROWERS_SHOWN 40
/* days a loan is due after, unless changed */
#define LOAN_DAYS 14

/* What the lending or return form holds: as typed when it comes back with errors. */
typedef struct LoanForm {
    char *borrower, *lent_on, *due_on, *returned_on, *condition;
} LoanForm;

static const char *day_after(Req *r, int64_t days)
{
    Date d;
    int min;
    bxl_from_utc(clock_now(), &d, &min);
    char *s = arena_alloc(r->arena, 11);
    date_format(date_from_days(date_days(d) + days), s);
    return s;
}

static void lend_form(Html *h, Req *r, const Item *x, const LoanForm *v, const FormErrors *e,
                      const Rows *borrowers, bool more)
{
    const char *who = query_get(r, "who");
    html(h, "<h2>%s</h2>\n", _(r, "Lend it"));
    html(h,
         "<form method=\"get\" action=\"/orgs/%lld/equipment/%lld\" role=\"search\" "
         "class=\"search\">\n"
         "<label for=\"who\">%s</label>\n<input type=\"search\" id=\"who\" name=\"who\" "
         "value=\"%s\">\n<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n",
         (long long)r->org_id, (long long)x->id, _(r, "Find a borrower by name"), who ? who : "",
         _(r, "Find"));
    if (!borrowers->n) {
        html(h, "<p>%s</p>\n",
             who ? _(r, "No learner, team or location has that name.")
                 : _(r, "No learners enrolled, teams or locations yet."));
        return;
    }
    Options o = OPTIONS(r->arena);
    options_add(&o, "", _(r, "Choose…"));
    for (int i = 0; i < borrowers->n; i++) {
        const Borrower *b = ROW(borrowers, Borrower, i);
        options_add(&o,
                    arena_printf(r->arena, "%s-%lld", vocab_key(&borrower_kinds, b->kind),
                                 (long long)b->id),
                    borrower_text(r, b));
    }
    if (more)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "The first %d names are in the list: find a borrower by name to "
                               "see the others."),
                          BORROWERS_SHOWN));
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/equipment/%lld/lend", (long long)r->org_id,
                                 (long long)x->id));
    html_select(h, e, "borrower", _(r, "Lent to"), options_end(&o), v ? v->borrower : NULL);
    html_input(h, r, e, "date", "lent_on", _(r, "Lent on"), v ? v->lent_on : day_after(r, 0),
               "off");
    html_input(h, r, e, "date", "due_on", _(r, "Due back on"),
               v ? v->due_on : day_after(r, LOAN_DAYS), "off");
    html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "Lend it"));
    html_form_end(h);
}

static void return_form(Html *h, Req *r, const Item *x, const LoanForm *v, const FormErrors *e)
{
    html(h, "<h2>%s</h2>\n", _(r, "Record its return"));
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/equipment/%lld/return", (long long)r->org_id,
                                 (long long)x->id));
    html_select(h, e, "condition", _(r, "Condition on return"),
                vocab_options(r, &item_conditions, NULL, NULL),
                v ? v->condition : vocab_key(&item_conditions, x->condition));
    html_input(h, r, e, "date", "returned_on", _(r, "Returned on"),
               v ? v->returned_on : day_after(r, 0), "off");
    html(h, "<button type=\"submit\" class=\"big\">%s</button>\n", _(r, "It is back"));
    html_form_end(h);
}

static const PagerCol history_cols[LOAN_HISTORY_SORTS] = {
    [LOAN_BY_LENT] = {.key = "lent", .label = N_("Lent on"), .desc_first = true},
};

static void history_key(const void *row, int sort, PagerKey *k)
{
    (void)sort;
    const Loan *n = row;
    *k = (PagerKey){.text = n->lent_on, .id = n->id};
}

/* The item's loans, the latest first; false on a database error. */
static bool history(Html *h, Req *r, const Item *x)
{
    Pager pg;
    Loan n;
    pager_open(r, &pg, arena_printf(r->arena, "item-loans-%lld", (long long)x->id), history_cols,
               LOAN_HISTORY_SORTS, history_key, ROWS_FROM(r->arena, &n));
    if (!pager_done(
            &pg,
            q_loan_history(r->db, r->org_id, x->id, &pg.page, r->arena, &n, rows_collect, &pg.rows),
            q_loan_history_count(r->db, r->org_id, x->id, pg.page.like, &pg.total)))
        return false;
    html(h, "<h2>%s</h2>\n", _(r, "Its loans"));
    pager_summary(h, r, &pg, _(r, "Never lent yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_PLAIN(N_("Lent to")),
            PAGER_SORTED(LOAN_BY_LENT),
            PAGER_PLAIN(N_("Due back on")),
            PAGER_PLAIN(N_("Returned on")),
            PAGER_PLAIN(N_("Condition on return")),
            PAGER_PLAIN(N_("Lent by")),
        };
        pager_table_open(h, r, &pg, _(r, "Its loans"), heads, 6);
        for (int i = 0; i < pg.n; i++) {
            const Loan *l = ROW(&pg.rows, Loan, i);
            html(h, "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                 borrower_text(r, &l->to), date_words_text(r, l->lent_on),
                 date_words_text(r, l->due_on),
                 l->returned_on ? date_words_text(r, l->returned_on) : _(r, "Still out"),
                 l->returned_on ? _(r, vocab_label(&item_conditions, l->condition_in)) : "",
                 l->lent_by);
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return true;
}

/* The page of item {id}; v and e hold the form that came back with errors. */
static enum MHD_Result item_page(Req *r, const LoanForm *v, const FormErrors *e, int status)
{
    Item x;
    DbStatus st = q_item_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Borrower b;
    Rows borrowers = ROWS_FROM(r->arena, &b);
    if (!x.loan_id &&
        q_borrowers(r->db, r->org_id, db_like_pattern(r->arena, query_get(r, "who")),
                    BORROWERS_SHOWN + 1, r->arena, &b, rows_collect, &borrowers) < DB_NONE)
        return reply_error(r, ERR_DB);
    bool more = borrowers.n > BORROWERS_SHOWN;
    if (more)
        rows_pop(&borrowers);
    Html *h = page_begin(r, x.label);
    html(h, "<h1>%s</h1>\n", x.label);
    html_notice(h,
                query_notice(r, "saved", N_("The item has been recorded."), "lent",
                             N_("The loan has been recorded."), "back",
                             N_("The return has been recorded."), NULL),
                false);
    html(h,
         "<dl>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>",
         _(r, "Kind"), _(r, vocab_label(&equip_kinds, x.kind)), _(r, "Serial number"),
         *x.serial ? x.serial : _(r, "None"), _(r, "Condition"),
         _(r, vocab_label(&item_conditions, x.condition)), _(r, "Owner"),
         *x.partner_name ? arena_printf(r->arena, _(r, "Lent to us by %s"), x.partner_name)
                         : _(r, "Our own"),
         _(r, "Where it is"));
    html_item_where(h, r, &x);
    html_lit(h, "</dd>\n</dl>\n");
    if (x.loan_id)
        return_form(h, r, &x, v, e);
    else
        lend_form(h, r, &x, v, e, &borrowers, more);
    if (!history(h, r, &x))
        return reply_error(r, ERR_DB);
    html(h,
         "<ul>\n<li><a href=\"/orgs/%lld/equipment/%lld/edit\">%s</a></li>\n"
         "<li><a href=\"/orgs/%lld/equipment/labels?item=%lld\">%s</a></li>\n"
         "<li><a href=\"/orgs/%lld/equipment\">%s</a></li>\n</ul>\n",
         (long long)r->org_id, (long long)x.id, _(r, "Change the item's record"),
         (long long)r->org_id, (long long)x.id, _(r, "Print its QR label (PDF)"),
         (long long)r->org_id, _(r, "Back to the equipment"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/equipment/{id} */
enum MHD_Result page_item(Req *r)
{
    return item_page(r, NULL, NULL, 200);
}

/* After a lend or a return: the item's page with a notice, or the form again. */
static enum MHD_Result loan_outcome(Req *r, const Outcome *o, const LoanForm *v, const char *notice)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return item_page(r, v, &o->fields, o->status);
    return reply_redirect(r,
                          arena_printf(r->arena, "/orgs/%lld/equipment/%lld?%s=1",
                                       (long long)r->org_id, (long long)req_id(r, "id"), notice));
}

/* The borrower of the lending form's choice "person-12": id 0 when it is none. */
static Borrower borrower_of(const char *s)
{
    Borrower b = {0};
    const char *dash = s ? strchr(s, '-') : NULL;
    if (!dash || dash == s || dash - s > 15)
        return b;
    char kind[16];
    memcpy(kind, s, (size_t)(dash - s));
    kind[dash - s] = 0;
    char *end;
    long long id = strtoll(dash + 1, &end, 10);
    if (*end || id <= 0 || !vocab_parse(&borrower_kinds, kind, (int *)&b.kind))
        return b;
    b.id = id;
    return b;
}

/* POST /orgs/{org}/equipment/{id}/lend */
enum MHD_Result page_item_lend(Req *r)
{
    LoanForm v = {0};
    FieldSpec spec[] = {
        FIELD("borrower", F_TEXT, N_("Lent to"), .required = true, .max = 40, .text = &v.borrower),
        FIELD("lent_on", F_DATE, N_("Lent on"), .required = true, .text = &v.lent_on),
        FIELD("due_on", F_DATE, N_("Due back on"), .required = true, .text = &v.due_on),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return item_page(r, &v, &e, 400);
    Borrower b = borrower_of(v.borrower);
    Flow f = req_flow(r);
    Outcome o = flow_lend(&f, req_id(r, "id"), &b, v.lent_on, v.due_on);
    return loan_outcome(r, &o, &v, "lent");
}

/* POST /orgs/{org}/equipment/{id}/return */
enum MHD_Result page_item_return(Req *r)
{
    LoanForm v = {0};
    FieldSpec spec[] = {
        FIELD("condition", F_CHOICE, N_("Condition on return"), .required = true,
              .choices = vocab_keys(r, &item_conditions), .text = &v.condition),
        FIELD("returned_on", F_DATE, N_("Returned on"), .required = true, .text = &v.returned_on),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return item_page(r, &v, &e, 400);
    int c = COND_GOOD;
    vocab_parse(&item_conditions, v.condition, &c);
    Flow f = req_flow(r);
    Outcome o = flow_return(&f, req_id(r, "id"), v.returned_on, (ItemCondition)c);
    return loan_outcome(r, &o, &v, "back");
}
