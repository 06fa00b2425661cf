/* ranking.c — the ranking of a call's eligible proposals by the jury's weighted scores,
 * with disagreements flagged, a proposed selection that fills the budget in rank order
 * (skipping what does not fit, and saying why), and the funder's final decision, with
 * adjusted amounts, which can never exceed the budget (domain/selection.c). */
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "domain/money.h"
#include "domain/selection.h"
#include "flows/calls/decision.h"
#include "flows/calls/letters.h"
#include "flows/calls/ranking.h"
#include "html/fmt.h"
#include "http/confirm.h"
#include "pages/calls/calls.h"
#include "q/calls/review.h"
#include "views/calls/call.h"
#include "views/calls/reviews.h"

/* Every value sent as sel (the boxes ticked), however many. */
static int sent_ids(Req *r, const char ***out)
{
    *out = arena_alloc(r->arena, sizeof **out * (size_t)(r->nfields + 1));
    return form_get_all(r, "sel", *out, r->nfields);
}

/* The board of the route's call. */
static DbStatus board_load(Req *r, CallBoard *b)
{
    return call_board_load(r->db, r->arena, r->org_id, req_id(r, "id"), b);
}

static const char *outcome_text(Req *r, const SelOutcome *o)
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
    return _(r, "Not eligible");
}

static bool decidable(const Call *c)
{
    return c->status == CALL_PUBLISHED && clock_now() >= c->closes_at;
}

static enum MHD_Result board_page(Req *r, CallBoard *b, const FormErrors *e, const char *problem,
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
        for (int i = 0; i < b->rows.n; i++)
            if (call_board_row(b, i)->status == PROPOSAL_SELECTED) {
                nsel++;
                total += call_board_row(b, i)->awarded;
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
             _(r, "Order: the mean of the reviews' weighted scores, highest first; on a tie, the "
                  "higher "
                  "mean on the heaviest criterion, then on the next ones; then the smaller amount "
                  "requested; then the earlier submission. Reviews further apart than %s of the "
                  "scale are flagged."),
             percent_text(r, c->disagree_pct)));
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
    /* after a refused decision, the boxes as they were sent */
    const char **picked = NULL;
    int np = e ? sent_ids(r, &picked) : 0;
    for (int k = 0; k < b->rows.n; k++) {
        int i = b->order[k];
        RankRow *x = call_board_row(b, i);
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
        bool few = b->nreviews[i] < c->reviews_needed;
        html(h, "</td><td>%d / %lld", b->nreviews[i], (long long)c->reviews_needed);
        if (few)
            html(h, " <strong class=\"warn\">%s</strong>", _(r, "Fewer reviews than asked"));
        html(h, "</td><td class=\"num\">%s</td><td>%s</td>", money_text(r, x->requested),
             outcome_text(r, o));
        if (open) {
            const char *aname = arena_printf(r->arena, "a-%lld", (long long)x->id);
            const char *sent = form_get(r, aname);
            char plain[32];
            money_plain(o->reason == SEL_SELECTED ? o->amount_cents : x->requested, plain,
                        sizeof plain);
            bool checked = e ? false : o->reason == SEL_SELECTED;
            for (int q = 0; q < np; q++)
                if (atoll(picked[q]) == x->id)
                    checked = true;
            const char *err = form_error_for(e, aname);
            html(h,
                 "<td><input type=\"checkbox\" id=\"f-sel-%lld\" name=\"sel\" value=\"%lld\"%s>"
                 "<label for=\"f-sel-%lld\"><span class=\"sr\">%s</span></label></td>"
                 "<td><label for=\"f-%s\" class=\"sr\">%s</label>"
                 "<input type=\"text\" id=\"f-%s\" name=\"%s\" value=\"%s\" "
                 "inputmode=\"decimal\"%s>", /* %s: " aria-invalid=true" on an error (no quotes:
                                                 the writer escapes them) */
                 (long long)x->id, (long long)x->id, checked ? " checked" : "", (long long)x->id,
                 arena_printf(r->arena, _(r, "Select %s"), x->title), aname,
                 arena_printf(r->arena, _(r, "Amount awarded to %s"), x->title), aname, aname,
                 sent ? sent : plain, err ? " aria-invalid=true" : "");
            if (err)
                html(h, "<small class=\"field-error\">%s</small>", err);
            if (few)
                html(h,
                     "<br><input type=\"checkbox\" id=\"f-ok-%lld\" name=\"ok-%lld\" "
                     "value=\"1\"%s><label for=\"f-ok-%lld\">%s<span class=\"sr\"> "
                     "(%s)</span></label>",
                     (long long)x->id, (long long)x->id,
                     form_get(r, arena_printf(r->arena, "ok-%lld", (long long)x->id)) ? " checked"
                                                                                      : "",
                     (long long)x->id, _(r, "Select it with fewer reviews"), x->title);
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
        html(h, "<h2>%s</h2>\n<p><small>%s</small></p>\n", _(r, "Reasons"),
             _(r, "Each applicant organisation gets a letter with its rank, score, the decision "
                  "and this reason (at most 2,000 characters)."));
        for (int k = 0; k < b->rows.n; k++) {
            int i = b->order[k];
            const RankRow *x = call_board_row(b, i);
            if (b->out[i].reason == SEL_NOT_ELIGIBLE)
                continue;
            const char *name = arena_printf(r->arena, "r-%lld", (long long)x->id);
            const char *sent = form_get(r, name);
            html_textarea(h, e, name, arena_printf(r->arena, _(r, "Reason for %s"), x->title),
                          sent ? sent
                               : decision_default_reason(r->arena, r->lang, b, i,
                                                         b->out[i].reason == SEL_SELECTED),
                          2);
        }
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
    CallBoard b;
    DbStatus st = board_load(r, &b);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return board_page(r, &b, NULL, NULL, 200);
}

/* What recording the decision does, for its confirmation: the call closes; the proposals
 * selected, each with its amount; the others not selected. */
static const char *decision_what(Req *r, const CallBoard *b, const SelGrant *grants, int n)
{
    int64_t total = 0;
    int eligible = 0;
    const char *list = "";
    for (int i = 0; i < b->rows.n; i++)
        eligible += call_board_row(b, i)->status == PROPOSAL_ELIGIBLE;
    for (int g = 0; g < n; g++) {
        const RankRow *x = call_board_row(b, call_board_index(b, grants[g].id));
        total += grants[g].amount_cents;
        list = arena_printf(r->arena, "%s%s%s (%s): %s", list, g ? "; " : " ", x->title,
                            x->org_name, money_text(r, grants[g].amount_cents));
    }
    const char *sel = arena_printf(
        r->arena,
        _n(r, "The call closes for good: %d proposal selected, for %s of a budget of %s.",
           "The call closes for good: %d proposals selected, for %s of a budget of %s.", n),
        n, money_text(r, total), money_text(r, b->c.budget));
    const char *rest = arena_printf(r->arena,
                                    _n(r, "%d eligible proposal is not selected.",
                                       "%d eligible proposals are not selected.", eligible - n),
                                    eligible - n);
    int orgs = 0;
    for (int i = 0; i < b->rows.n; i++) {
        bool seen = false;
        for (int k = 0; k < i && !seen; k++)
            seen = !strcmp(call_board_row(b, k)->org_name, call_board_row(b, i)->org_name);
        orgs += !seen;
    }
    const char *letters = arena_printf(
        r->arena,
        _n(r,
           "%d applicant organisation gets a letter by mail with its rank, score, the decision, "
           "the amount awarded and the reason.",
           "Each of the %d applicant organisations gets a letter by mail with its rank, score, "
           "the decision, the amount awarded and the reason.",
           orgs),
        orgs);
    return arena_printf(r->arena, "%s%s %s %s %s", sel, list, rest, letters,
                        _(r, "The selected proposals and their amounts appear on the call's "
                             "public page."));
}

/* POST /orgs/{org}/calls/{id}/decision: the boxes ticked (sel, the proposals' ids) and the
 * amount of each (a-<id>). */
enum MHD_Result page_decision(Req *r)
{
    CallBoard b;
    DbStatus st = board_load(r, &b);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char **picked = NULL;
    int np = sent_ids(r, &picked);
    SelGrant *grants = arena_alloc(r->arena, sizeof *grants * (size_t)(np + 1));
    FieldSpec *spec = arena_alloc(r->arena, sizeof *spec * (size_t)(np + 1));
    for (int q = 0; q < np; q++) {
        if (!parse_int64(picked[q], &grants[q].id))
            return reply_error(r, ERR_BAD_REQUEST);
        spec[q] = (FieldSpec){
            .name = arena_printf(r->arena, "a-%lld", (long long)grants[q].id),
            .type = F_MONEY,
            .required = true,
            .label = N_("Amount awarded"), /* beside the field, on the proposal's row */
            .num = &grants[q].amount_cents,
        };
    }
    spec[np] = (FieldSpec){0};
    FormErrors read;
    form_read(r, spec, &read);
    /* the reason of each eligible proposal, and the confirmations of those with fewer
     * reviews than asked */
    DecisionNote *notes = arena_alloc(r->arena, sizeof *notes * (size_t)(b.rows.n + 1));
    int nn = 0;
    for (int i = 0; i < b.rows.n; i++) {
        const RankRow *x = call_board_row(&b, i);
        if (x->status != PROPOSAL_ELIGIBLE)
            continue;
        const char *why = form_get(r, arena_printf(r->arena, "r-%lld", (long long)x->id));
        notes[nn++] = (DecisionNote){
            .id = x->id,
            .reason = why ? why : "",
            .few_ok = form_get(r, arena_printf(r->arena, "ok-%lld", (long long)x->id)) != NULL,
        };
    }
    Flow f = req_flow(r);
    Outcome o = flow_call_decision_check(&f, &b, grants, np, notes, nn, &read);
    if (o.ok && !confirm_ok(r))
        return confirm_page(
            r, arena_printf(r->arena, _(r, "Record the decision on %s?"), call_title(r, &b.c)),
            decision_what(r, &b, grants, np), _(r, "Record the decision"),
            arena_printf(r->arena, "/orgs/%lld/calls/%lld/ranking", (long long)r->org_id,
                         (long long)b.c.id));
    if (o.ok)
        o = flow_call_decide(&f, b.c.id, grants, np, notes, nn, &read);
    if (o.err != ERR_COUNT && o.err != ERR_CONFLICT)
        return reply_error(r, o.err);
    if (o.err == ERR_CONFLICT)
        return board_page(
            r, &b, NULL, _(r, "The decision can be recorded only once, after the call has closed."),
            409);
    if (!o.ok && o.status == 409) /* the call's state or the budget: a notice above it all */
        return board_page(r, &b, NULL, form_error_for(&o.fields, "sel"), 409);
    if (!o.ok)
        return board_page(r, &b, &o.fields, NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/ranking",
                                          (long long)r->org_id, (long long)b.c.id));
}
