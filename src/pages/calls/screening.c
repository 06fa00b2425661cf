/* screening.c — the funder reads a submitted proposal and screens its eligibility, item
 * by item of the call's checklist, with a reason for each item not met. The proposal is
 * eligible when every item is met; the applicant is told the outcome, and the reasons,
 * by mail in the language of the person who submitted it. */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "flows/calls/screening.h"
#include "html/fmt.h"
#include "html/table.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/system/app.h"
#include "q/system/outbox.h"
#include "views/calls/call.h"
#include "views/calls/files.h"
#include "views/calls/jury.h"
#include "views/calls/proposals.h"
#include "views/calls/reviews.h"

/* A submitted proposal with what its pages show. */
typedef struct Sub {
    Proposal p;
    Call c;
    Rows items;  /* ScreeningRow: the checklist with the answers so far */
    Rows lines;  /* BudgetLine */
    Rows groups; /* TargetGroup */
} Sub;

static DbStatus sub_load(Req *r, Sub *s)
{
    ScreeningRow item;
    BudgetLine line;
    TargetGroup group;
    s->items = ROWS_FROM(r->arena, &item);
    s->lines = ROWS_FROM(r->arena, &line);
    s->groups = ROWS_FROM(r->arena, &group);
    DbStatus st = q_funder_proposal(r->db, r->org_id, req_id(r, "id"), r->arena, &s->p);
    if (st == DB_ONE)
        st = q_call_get(r->db, r->org_id, s->p.call_id, r->arena, &s->c);
    if (st == DB_ONE && (q_screening(r->db, r->org_id, s->p.id, r->arena, &item, rows_collect,
                                     &s->items) < DB_NONE ||
                         q_funder_budget_lines(r->db, r->org_id, s->p.id, r->arena, &line,
                                               rows_collect, &s->lines) < DB_NONE ||
                         q_funder_proposal_groups(r->db, r->org_id, s->p.id, r->arena, &group,
                                                  rows_collect, &s->groups) < DB_NONE))
        st = DB_ERROR;
    return st;
}

static const char *status_line(Req *r, const Proposal *p)
{
    if (p->status == PROPOSAL_ELIGIBLE)
        return _(r, "Eligible: it goes to the jury.");
    if (p->status == PROPOSAL_INELIGIBLE)
        return _(r, "Not eligible.");
    if (p->status == PROPOSAL_SUBMITTED)
        return _(r, "Submitted, not screened yet.");
    return "";
}

/* The proposal of the route (loaded here: 404 when it is not one of ours) for the funder
 * (jury false: with the screening) or for a jury member. */
static enum MHD_Result sub_page(Req *r, const FormErrors *e, const char *notice, int status,
                                bool jury)
{
    Sub sub, *s = &sub;
    DbStatus st = sub_load(r, s);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Proposal *p = &s->p;
    Html *h = page_begin(r, p->title);
    if (jury)
        html(h, "<h1>%s</h1>\n<p>%s · %s<br><a href=\"/orgs/%lld/jury\">%s</a></p>\n", p->title,
             p->org_name, call_title(r, &s->c), (long long)r->org_id, _(r, "Jury"));
    else
        html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/calls/%lld\">%s</a><br>%s</p>\n",
             p->title, p->org_name, (long long)r->org_id, (long long)s->c.id, call_title(r, &s->c),
             status_line(r, p));
    html_notice(h, notice, false);
    html_proposal_facts(h, r, p);
    html_group_list(h, r, &s->groups);
    if (s->lines.n) {
        html(h, "<h2>%s</h2>\n", _(r, "Budget"));
        html_budget_table(h, r, &s->lines, false, false);
    }
    const char *files = jury ? arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/files",
                                            (long long)r->org_id, (long long)p->id)
                             : arena_printf(r->arena, "/orgs/%lld/submissions/%lld/files",
                                            (long long)r->org_id, (long long)p->id);
    if (!html_proposal_files(h, r, r->org_id, p->id, files, false, NULL))
        return reply_error(r, ERR_DB);
    if (jury) {
        if (!html_review_section(h, r, &s->c, p->id, NULL))
            return reply_error(r, ERR_DB);
        return page_end_status(r, h, status);
    }
    if (p->status == PROPOSAL_ELIGIBLE && !html_funder_reviews(h, r, &s->c, p->id))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Eligibility"));
    bool open = p->status == PROPOSAL_SUBMITTED || p->status == PROPOSAL_ELIGIBLE ||
                p->status == PROPOSAL_INELIGIBLE;
    if (!s->items.n) {
        html(h, "<p>%s</p>\n", _(r, "The call has no eligibility checklist."));
    } else if (open) {
        html(h, "<p>%s</p>\n",
             _(r, "Answer every item. The proposal is eligible when all are "
                  "met; the applicant receives the outcome and your reasons."));
        html_error_summary(h, r, e);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/submissions/%lld/screening",
                                     (long long)r->org_id, (long long)p->id));
        for (int i = 0; i < s->items.n; i++) {
            ScreeningRow *x = ROW(&s->items, ScreeningRow, i);
            const char *m = arena_printf(r->arena, "m-%lld", (long long)x->item_id);
            const char *rs = arena_printf(r->arena, "r-%lld", (long long)x->item_id);
            const char *sent = form_get(r, m);
            int met = (int)x->met;
            if (sent && !vocab_parse(&screening_vocab, sent, &met))
                met = SCREEN_UNANSWERED;
            const char *err = form_error_for(e, m);
            html(h, "<fieldset class=\"screen\" id=\"f-%s\">\n<legend>%s</legend>\n", m,
                 lang_pick(r->lang, x->text));
            if (err)
                html(h, "<small class=\"field-error\">%s</small>\n", err);
            html(h,
                 "<label><input type=\"radio\" name=\"%s\" value=\"1\"%s> %s</label>\n"
                 "<label><input type=\"radio\" name=\"%s\" value=\"0\"%s> %s</label>\n",
                 m, met == SCREEN_MET ? " checked" : "", _(r, "Met"), m,
                 met == SCREEN_NOT_MET ? " checked" : "", _(r, "Not met"));
            const char *reason = form_get(r, rs);
            html_input(h, r, e, "text", rs, _(r, "Reason (needed when not met)"),
                       reason ? reason : x->reason, "off");
            html_lit(h, "</fieldset>\n");
        }
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the screening"));
        html_form_end(h);
    } else {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < s->items.n; i++) {
            const ScreeningRow *x = ROW(&s->items, ScreeningRow, i);
            html(h, "<li>%s: %s%s%s</li>\n", lang_pick(r->lang, x->text),
                 x->met == SCREEN_MET ? _(r, "Met") : _(r, "Not met"), *x->reason ? " — " : "",
                 x->reason);
        }
        html_lit(h, "</ul>\n");
    }
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/submissions/{id} */
enum MHD_Result page_submission(Req *r)
{
    return sub_page(
        r, NULL,
        query_get(r, "saved") ? _(r, "The screening is saved and the applicant informed.") : NULL,
        200, false);
}

/* A submitted proposal of r's funder organisation, read-only, for a jury member who may
 * read it (the caller checked). */
static enum MHD_Result proposal_reading(Req *r)
{
    const char *notice = query_notice(r, "submitted", N_("Your review is submitted."), "saved",
                                      N_("Your draft review is saved."), NULL);
    return sub_page(r, NULL, notice, 200, true);
}

/* GET /orgs/{org}/jury/proposals/{id}: only for an assigned member without a conflict. */
enum MHD_Result page_jury_proposal(Req *r)
{
    int64_t id = req_id(r, "id");
    DbStatus st = juror_reads(r, id);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return proposal_reading(r);
}

static ScreeningAnswer sent_answer(void *ctx, int64_t item_id)
{
    Req *r = ctx;
    const char *v = form_get(r, arena_printf(r->arena, "m-%lld", (long long)item_id));
    int a;
    if (!vocab_parse(&screening_vocab, v, &a) || a == SCREEN_UNANSWERED)
        return SCREEN_UNANSWERED;
    return (ScreeningAnswer)a;
}

static const char *sent_reason(void *ctx, int64_t item_id)
{
    Req *r = ctx;
    return form_get(r, arena_printf(r->arena, "r-%lld", (long long)item_id));
}

/* POST /orgs/{org}/submissions/{id}/screening */
enum MHD_Result page_screening_save(Req *r)
{
    ScreeningInput in = {.answer_of = sent_answer, .reason_of = sent_reason, .ctx = r};
    Flow f = req_flow(r);
    Outcome o = flow_screening_save(&f, req_id(r, "id"), &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return sub_page(r, &o.fields, NULL, o.status, false);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/submissions/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}
