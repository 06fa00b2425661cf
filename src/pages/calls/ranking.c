/* ranking.c — the ranking of a call's eligible proposals by the jury's weighted scores,
 * with disagreements flagged, a proposed selection that fills the budget in rank order
 * (skipping what does not fit, and saying why), and the funder's final decision, with
 * adjusted amounts, which can never exceed the budget (domain/selection.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "domain/money.h"
#include "domain/selection.h"
#include "flows/calls/decision.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/grant.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"
#include "q/system/app.h"
#include "views/calls/call.h"
#include "views/calls/reviews.h"

#define MAX_PROPOSALS 2000

typedef struct Board {
    Req *r;
    Call c;
    int weights[SEL_MAX_CRITERIA];
    int ncrit;
    CallItem item;
    RankRow row;
    RankRow *rows;
    int n;
    /* scores as read, grouped per proposal */
    int64_t s_prop, s_acc, s_score;
    int *scores;   /* [n][SEL_MAX_REVIEWS * ncrit] */
    int *nreviews; /* complete reviews per proposal */
    int64_t last_prop, last_acc;
    int filled; /* criteria read for the current review */
    int cursor; /* the proposal of the current score */
    bool too_many;
    SelProposal *props;
    SelOutcome *out;
    int *order;
    SelSummary sum;
    SelCall call;
} Board;

static bool item_row(void *ctx)
{
    Board *b = ctx;
    if (b->item.kind == ITEM_CRITERION && b->ncrit < SEL_MAX_CRITERIA)
        b->weights[b->ncrit++] = b->item.weight > 0 ? (int)b->item.weight : 1;
    return true;
}

static bool rank_row(void *ctx)
{
    Board *b = ctx;
    if (b->n >= MAX_PROPOSALS) {
        b->too_many = true;
        return false;
    }
    b->rows[b->n++] = b->row;
    return true;
}

static int index_of(const Board *b, int64_t id)
{
    for (int i = 0; i < b->n; i++)
        if (b->rows[i].id == id)
            return i;
    return -1;
}

static bool score_row(void *ctx)
{
    Board *b = ctx;
    /* scores and proposals both come ordered by proposal id: advance a cursor */
    while (b->cursor < b->n && b->rows[b->cursor].id < b->s_prop)
        b->cursor++;
    if (b->cursor == b->n || b->rows[b->cursor].id != b->s_prop)
        return true;
    int i = b->cursor;
    if (b->s_prop != b->last_prop || b->s_acc != b->last_acc) {
        b->last_prop = b->s_prop;
        b->last_acc = b->s_acc;
        b->filled = 0;
    }
    int k = b->nreviews[i];
    if (k >= SEL_MAX_REVIEWS || b->filled >= b->ncrit)
        return true;
    int *slot = b->scores + (size_t)i * SEL_MAX_REVIEWS * (size_t)b->ncrit;
    int64_t v = b->s_score;
    slot[k * b->ncrit + b->filled] = v < 0 ? 0 : v > b->c.scale_max ? (int)b->c.scale_max : (int)v;
    if (++b->filled == b->ncrit)
        b->nreviews[i]++; /* a complete review */
    return true;
}

static bool board_load(Req *r, Board *b, enum MHD_Result *reply)
{
    b->r = r;
    DbStatus st = q_call_get(r->db, r->org_id, req_id(r, "id"), r->arena, &b->c);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    b->rows = arena_alloc(r->arena, sizeof *b->rows * MAX_PROPOSALS);
    if (q_call_items(r->db, r->org_id, b->c.id, r->arena, &b->item, item_row, b) < DB_NONE ||
        q_ranking_proposals(r->db, r->org_id, b->c.id, r->arena, &b->row, rank_row, b) < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    if (b->ncrit == 0)
        b->weights[b->ncrit++] = 1; /* a call published without criteria cannot be; be safe */
    size_t per = (size_t)SEL_MAX_REVIEWS * (size_t)b->ncrit;
    b->scores = arena_alloc(r->arena, sizeof *b->scores * per * (size_t)(b->n ? b->n : 1));
    b->nreviews = arena_alloc(r->arena, sizeof *b->nreviews * (size_t)(b->n ? b->n : 1));
    memset(b->nreviews, 0, sizeof *b->nreviews * (size_t)(b->n ? b->n : 1));
    b->last_prop = b->last_acc = -1;
    if (q_ranking_scores(r->db, r->org_id, b->c.id, &b->s_prop, &b->s_acc, &b->s_score, score_row,
                         b) < DB_NONE) {
        *reply = reply_error(r, ERR_DB);
        return false;
    }
    b->props = arena_alloc(r->arena, sizeof *b->props * (size_t)(b->n ? b->n : 1));
    b->out = arena_alloc(r->arena, sizeof *b->out * (size_t)(b->n ? b->n : 1));
    b->order = arena_alloc(r->arena, sizeof *b->order * (size_t)(b->n ? b->n : 1));
    for (int i = 0; i < b->n; i++) {
        RankRow *x = &b->rows[i];
        b->props[i] = (SelProposal){
            .id = x->id,
            .requested_cents = x->requested > 0 ? x->requested : 1,
            .submitted_at = x->submitted_at,
            .eligible = x->status == PROPOSAL_ELIGIBLE || x->status == PROPOSAL_SELECTED ||
                        x->status == PROPOSAL_NOT_SELECTED,
            .nreviews = b->nreviews[i],
            .scores = b->nreviews[i] ? b->scores + (size_t)i * per : NULL,
        };
    }
    b->call = (SelCall){
        .ncriteria = b->ncrit,
        .weights = b->weights,
        .scale_max = (int)(b->c.scale_max > SEL_MAX_SCALE ? SEL_MAX_SCALE : b->c.scale_max),
        .min_reviews = 1,
        /* reviews further apart than 30 % of the scale are flagged */
        .scale_min = (int)b->c.scale_min,
        .disagree_pct = (int)b->c.disagree_pct,
        .budget_cents = b->c.budget,
        .min_grant_cents = b->c.min_grant,
        .max_grant_cents = b->c.max_grant,
    };
    if (sel_select(&b->call, b->props, b->n, b->out, b->order, &b->sum) != SEL_OK) {
        *reply = reply_error(r, ERR_INTERNAL);
        return false;
    }
    return true;
}

static const char *outcome_text(Req *r, const Board *b, const SelOutcome *o)
{
    switch (o->reason) {
    case SEL_SELECTED:
        return _(r, "Proposed");
    case SEL_DOES_NOT_FIT:
        return arena_printf(r->arena, _(r, "Does not fit: %s missing"),
                            money_text(r, o->missing_cents));
    case SEL_BELOW_THRESHOLD:
        return _(r, "Below the minimum score");
    case SEL_TOO_FEW_REVIEWS:
        return _(r, "No review yet");
    case SEL_NOT_ELIGIBLE:
        break;
    }
    (void)b;
    return _(r, "Not eligible");
}

static bool decidable(const Call *c)
{
    return c->status == CALL_PUBLISHED && clock_now() >= c->closes_at;
}

static enum MHD_Result board_page(Req *r, Board *b, const FormErrors *e, const char *problem,
                                  int status)
{
    Call *c = &b->c;
    bool open = decidable(c);
    Html *h = page_begin(r, _(r, "Ranking and decision"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/calls/%lld\">%s</a></p>\n",
         _(r, "Ranking and decision"), (long long)r->org_id, (long long)c->id, call_title(r, c));
    int mine = 0; /* a funder on the jury sees no score before their reviews are in */
    if (!html_my_pending_call_reviews(h, r, c, 0, &mine))
        return reply_error(r, ERR_DB);
    if (mine)
        return page_end_status(r, h, status);
    if (c->status == CALL_DECIDED) {
        int64_t at = 0, nsel = 0, total = 0;
        char *by = NULL;
        if (q_call_decision(r->db, r->org_id, c->id, r->arena, &at, &by) < DB_NONE)
            return reply_error(r, ERR_DB);
        for (int i = 0; i < b->n; i++)
            if (b->rows[i].status == PROPOSAL_SELECTED) {
                nsel++;
                total += b->rows[i].awarded;
            }
        html_notice(
            h,
            arena_printf(
                r->arena,
                _n(r, "Decided on %s by %s: %lld proposal selected, %s awarded of a budget of %s.",
                   "Decided on %s by %s: %lld proposals selected, %s awarded of a budget of %s.",
                   nsel),
                moment_text(r, at), by, (long long)nsel, money_text(r, total),
                money_text(r, c->budget)),
            false);
    } else if (!open) {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "The decision can be recorded once the call has closed (%s)."),
                          moment_text(r, c->closes_at)));
    }
    html(h, "<p><small>%s</small></p>\n",
         arena_printf(
             r->arena,
             _(r,
               "Order: the mean of the reviews' weighted scores, highest first; on a tie, the "
               "higher "
               "mean on the heaviest criterion, then on the next ones; then the smaller amount "
               "requested; then the earlier submission. Reviews further apart than %lld %% of the "
               "scale are flagged."),
             (long long)c->disagree_pct));
    if (problem)
        html_notice(h, problem, true);
    html_error_summary(h, r, e);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _n(r, "Proposed selection: %d proposal for %s of a budget of %s (%s left).",
                         "Proposed selection: %d proposals for %s of a budget of %s (%s left).",
                         b->sum.nselected),
                      b->sum.nselected, money_text(r, b->sum.selected_cents),
                      money_text(r, c->budget), money_text(r, b->sum.left_cents)));
    if (open)
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/calls/%lld/decision",
                                     (long long)r->org_id, (long long)c->id));
    html_table_begin(h, _(r, "Ranking"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>",
         _(r, "Rank"), _(r, "Proposal"), _(r, "Score"), _(r, "Reviews"), _(r, "Requested"),
         _(r, "Proposal of the ranking"));
    if (open)
        html(h, "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>", _(r, "Select"),
             _(r, "Amount awarded"));
    else
        html(h, "<th scope=\"col\">%s</th>", _(r, "Awarded"));
    html_lit(h, "</tr></thead>\n<tbody>\n");
    for (int k = 0; k < b->n; k++) {
        int i = b->order[k];
        RankRow *x = &b->rows[i];
        SelOutcome *o = &b->out[i];
        if (o->reason == SEL_NOT_ELIGIBLE)
            continue;
        html(h,
             "<tr><td>%s</td><td><a "
             "href=\"/orgs/%lld/submissions/%lld\">%s</a><br><small>%s</small></td>"
             "<td>%s",
             o->rank ? arena_printf(r->arena, "%d", o->rank) : "–", (long long)r->org_id,
             (long long)x->id, x->title, x->org_name,
             o->rank ? score_text(r, o->score_milli, 3) : "–");
        if (o->disagreement)
            html(h, " <strong class=\"warn\">%s</strong>",
                 arena_printf(r->arena, _(r, "Disagreement (%s apart)"),
                              score_text(r, o->spread_milli, 3)));
        html(h, "</td><td>%d / %lld</td><td class=\"num\">%s</td><td>%s</td>", b->nreviews[i],
             (long long)c->reviews_needed, money_text(r, x->requested), outcome_text(r, b, o));
        if (open) {
            const char *aname = arena_printf(r->arena, "a-%lld", (long long)x->id);
            const char *sent = form_get(r, aname);
            char plain[32];
            money_plain(o->reason == SEL_SELECTED ? o->amount_cents : x->requested, plain,
                        sizeof plain);
            bool checked = e ? false : o->reason == SEL_SELECTED;
            if (e) {
                const char *picked[MAX_PROPOSALS];
                int np = form_get_all(r, "sel", picked, MAX_PROPOSALS);
                for (int q = 0; q < np; q++)
                    if (atoll(picked[q]) == x->id)
                        checked = true;
            }
            const char *err = form_error_for(e, aname);
            html(h,
                 "<td><input type=\"checkbox\" id=\"f-sel-%lld\" name=\"sel\" value=\"%lld\"%s>"
                 "<label for=\"f-sel-%lld\"><span class=\"sr\">%s</span></label></td>"
                 "<td><label for=\"f-%s\" class=\"sr\">%s</label>"
                 "<input type=\"text\" id=\"f-%s\" name=\"%s\" value=\"%s\" "
                 "inputmode=\"decimal\"%s>",
                 (long long)x->id, (long long)x->id, checked ? " checked" : "", (long long)x->id,
                 arena_printf(r->arena, _(r, "Select %s"), x->title), aname,
                 arena_printf(r->arena, _(r, "Amount awarded to %s"), x->title), aname, aname,
                 sent ? sent : plain, err ? " aria-invalid=\"true\"" : "");
            if (err)
                html(h, "<small class=\"field-error\">%s</small>", err);
            html_lit(h, "</td>");
        } else {
            html(h, "<td class=\"num\">%s</td>",
                 x->status == PROPOSAL_SELECTED ? money_text(r, x->awarded) : "–");
        }
        html_lit(h, "</tr>\n");
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    if (open) {
        html(h, "<p>%s</p>\n",
             _(r, "Recording the decision closes the call: the selected "
                  "proposals and their amounts appear on its public page."));
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Record the decision"));
        html_form_end(h);
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/calls/{id}/ranking */
enum MHD_Result page_ranking(Req *r)
{
    Board b = {0};
    enum MHD_Result reply;
    if (!board_load(r, &b, &reply))
        return reply;
    return board_page(r, &b, NULL, NULL, 200);
}

/* POST /orgs/{org}/calls/{id}/decision */
enum MHD_Result page_decision(Req *r)
{
    Board b = {0};
    enum MHD_Result reply;
    if (!board_load(r, &b, &reply))
        return reply;
    if (!decidable(&b.c))
        return board_page(
            r, &b, NULL, _(r, "The decision can be recorded only once, after the call has closed."),
            409);
    const char *picked[MAX_PROPOSALS];
    int np = form_get_all(r, "sel", picked, MAX_PROPOSALS);
    SelGrant *grants = arena_alloc(r->arena, sizeof *grants * (size_t)(np ? np : 1));
    FormErrors e = {0};
    int ng = 0;
    for (int q = 0; q < np; q++) {
        int64_t id;
        if (!parse_int64(picked[q], &id) || index_of(&b, id) < 0)
            return reply_error(r, ERR_BAD_REQUEST);
        const char *aname = arena_printf(r->arena, "a-%lld", (long long)id);
        int64_t cents;
        if (!money_parse(form_get(r, aname), &cents)) {
            form_error(&e, aname, _(r, "Enter an amount in euro, e.g. 25000 or 25.000,50."));
            continue;
        }
        grants[ng++] = (SelGrant){.id = id, .amount_cents = cents};
    }
    unsigned *errors = arena_alloc(r->arena, sizeof *errors * (size_t)(ng ? ng : 1));
    SelDecisionSummary sum;
    bool ok = !e.n && sel_check_decision(&b.call, b.props, b.n, grants, ng, errors, &sum);
    if (!e.n && sum.nbad < 0)
        return reply_error(r, ERR_BAD_REQUEST);
    for (int g = 0; !e.n && g < ng; g++) {
        if (!errors[g])
            continue;
        const char *aname = arena_printf(r->arena, "a-%lld", (long long)grants[g].id);
        RankRow *x = &b.rows[index_of(&b, grants[g].id)];
        const char *msg;
        if (errors[g] & SEL_GRANT_NOT_ELIGIBLE)
            msg = _(r, "Only an eligible proposal can be selected.");
        else if (errors[g] & SEL_GRANT_ABOVE_REQUESTED)
            msg = arena_printf(r->arena, _(r, "%s: more than the %s requested."), x->title,
                               money_text(r, x->requested));
        else
            msg = arena_printf(r->arena, _(r, "%s: a grant is from %s to %s."), x->title,
                               money_text(r, b.c.min_grant), money_text(r, b.c.max_grant));
        form_error(&e, aname, msg);
    }
    if (!e.n && !ok && sum.over_budget_cents > 0)
        return board_page(
            r, &b, NULL,
            arena_printf(
                r->arena,
                _(r, "The selection totals %s, %s over the budget of %s: nothing was recorded."),
                money_text(r, sum.total_cents), money_text(r, sum.over_budget_cents),
                money_text(r, b.c.budget)),
            409);
    if (e.n)
        return board_page(r, &b, &e, NULL, 400);
    Flow f = req_flow(r);
    Outcome o = flow_call_decide(&f, &b.c, b.rows, b.n, grants, ng);
    if (o.err != ERR_COUNT && o.err != ERR_CONFLICT)
        return reply_error(r, o.err);
    if (!o.ok)
        return board_page(
            r, &b, NULL, _(r, "The decision can be recorded only once, after the call has closed."),
            409);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/ranking",
                                          (long long)r->org_id, (long long)b.c.id));
}
