/* report.c — a call's figures for its funder: proposals submitted, eligible, selected,
 * amounts requested and awarded, overall and by target group, on a page and as CSV
 * (UTF-8 with a byte-order mark for spreadsheets; cells that a spreadsheet would read as
 * a formula are quoted with a leading apostrophe). */
#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "domain/csv.h"
#include "domain/money.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/review.h"
#include "views/calls/call.h"

/* The figures of one line: everything, or one target group. */
typedef struct Line {
    int64_t group_id;
    char *name[3];
    int64_t submitted, eligible, ineligible, selected, requested, awarded;
} Line;

typedef struct Figures {
    Line total;
    Rows groups; /* Line, one per target group, in the statement's order */
} Figures;

static void add(Line *l, const FigureRow *x)
{
    l->submitted += x->count;
    l->requested += x->requested;
    if (x->status == PROPOSAL_ELIGIBLE || x->status == PROPOSAL_SELECTED ||
        x->status == PROPOSAL_NOT_SELECTED)
        l->eligible += x->count;
    if (x->status == PROPOSAL_INELIGIBLE)
        l->ineligible += x->count;
    if (x->status == PROPOSAL_SELECTED) {
        l->selected += x->count;
        l->awarded += x->awarded;
    }
}

/* The call of the route into *c and its figures into *f. */
static DbStatus figures_load(Req *r, Call *c, Figures *f)
{
    FigureRow x;
    Rows all = ROWS_FROM(r->arena, &x), by_group = ROWS_FROM(r->arena, &x);
    DbStatus st = q_call_get(r->db, r->org_id, req_id(r, "id"), r->arena, c);
    if (st == DB_ONE &&
        (q_call_figures(r->db, r->org_id, c->id, r->arena, &x, rows_collect, &all) < DB_NONE ||
         q_call_figures_by_group(r->db, r->org_id, c->id, r->arena, &x, rows_collect, &by_group) <
             DB_NONE))
        st = DB_ERROR;
    if (st != DB_ONE)
        return st;
    *f = (Figures){.groups = ROWS(r->arena, Line)};
    for (int i = 0; i < all.n; i++)
        add(&f->total, ROW(&all, FigureRow, i));
    for (int i = 0; i < by_group.n; i++) {
        const FigureRow *row = ROW(&by_group, FigureRow, i);
        Line *l = NULL;
        for (int k = 0; k < f->groups.n; k++)
            if (ROW(&f->groups, Line, k)->group_id == row->group_id)
                l = ROW(&f->groups, Line, k);
        if (!l) {
            l = rows_push(&f->groups);
            l->group_id = row->group_id;
            for (int k = 0; k < 3; k++)
                l->name[k] = row->group[k];
        }
        add(l, row);
    }
    return DB_ONE;
}

static void line_row(Html *h, Req *r, const char *label, const Line *l)
{
    html(h,
         "<tr><th scope=\"row\">%s</th><td class=\"num\">%lld</td><td class=\"num\">%lld</td>"
         "<td class=\"num\">%lld</td><td class=\"num\">%lld</td><td class=\"num\">%s</td>"
         "<td class=\"num\">%s</td></tr>\n",
         label, (long long)l->submitted, (long long)l->eligible, (long long)l->ineligible,
         (long long)l->selected, money_text(r, l->requested), money_text(r, l->awarded));
}

/* GET /orgs/{org}/calls/{id}/report */
enum MHD_Result page_call_report(Req *r)
{
    Call c;
    Figures f;
    DbStatus st = figures_load(r, &c, &f);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Html *h = page_begin(r, _(r, "Figures of the call"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/calls/%lld\">%s</a></p>\n",
         _(r, "Figures of the call"), (long long)r->org_id, (long long)c.id, call_title(r, &c));
    html_table_begin(h, _(r, "Figures of the call"));
    html(h,
         "<thead><tr><th scope=\"col\"><span class=\"sr\">%s</span></th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Target group"), _(r, "Submitted"), _(r, "Eligible"), _(r, "Not eligible"),
         _(r, "Selected"), _(r, "Requested"), _(r, "Awarded"));
    line_row(h, r, _(r, "All proposals"), &f.total);
    for (int i = 0; i < f.groups.n; i++) {
        const Line *l = ROW(&f.groups, Line, i);
        line_row(h, r, lang_pick(r->lang, l->name), l);
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "Budget: %s; awarded: %s; left: %s."), money_text(r, c.budget),
                      money_text(r, f.total.awarded), money_text(r, c.budget - f.total.awarded)));
    html(h, "<p><small>%s</small></p>\n",
         _(r, "A proposal counts in every target group it names, so the groups can add up to more "
              "than all proposals."));
    html(h,
         "<p><a href=\"/orgs/%lld/calls/%lld/report.csv\" download>%s</a> · "
         "<a href=\"/orgs/%lld/calls/%lld/impact\">%s</a></p>\n",
         (long long)r->org_id, (long long)c.id, _(r, "Download as CSV"), (long long)r->org_id,
         (long long)c.id, _(r, "The impact of the programmes this call funds"));
    return page_end(r, h);
}

static void csv_line(CsvWriter *w, const char *label, const Line *l)
{
    csv_text(w, label);
    csv_num(w, l->submitted);
    csv_num(w, l->eligible);
    csv_num(w, l->ineligible);
    csv_num(w, l->selected);
    csv_cents(w, l->requested);
    csv_cents(w, l->awarded);
    csv_end_line(w);
}

/* GET /orgs/{org}/calls/{id}/report.csv */
enum MHD_Result page_call_report_csv(Req *r)
{
    Call c;
    Figures f;
    DbStatus st = figures_load(r, &c, &f);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Buf b;
    buf_init(&b, r->arena, 2048);
    CsvWriter w;
    csv_begin(&w, &b, true);
    static const char *const head[] = {N_("Target group"),  N_("Submitted"), N_("Eligible"),
                                       N_("Not eligible"),  N_("Selected"),  N_("Requested (euro)"),
                                       N_("Awarded (euro)")};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
        csv_text(&w, _(r, head[i]));
    csv_end_line(&w);
    csv_line(&w, _(r, "All proposals"), &f.total);
    for (int i = 0; i < f.groups.n; i++) {
        const Line *l = ROW(&f.groups, Line, i);
        csv_line(&w, lang_pick(r->lang, l->name), l);
    }
    return reply_download(r, "text/csv; charset=utf-8",
                          arena_printf(r->arena, "call-%lld-figures.csv", (long long)c.id), b.data,
                          b.len);
}
