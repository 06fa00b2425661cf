/* proposals.c — an organisation answers a call for projects: start a draft, edit it
 * (title, summary, requested amount within the call's limits, planned figures, target
 * groups, budget lines), and submit it before the deadline, which the database checks
 * to the second; submitting gives a receipt with the time, also sent by mail. The
 * funder sees proposals only once submitted (html_call_proposals). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "domain/money.h"
#include "flows/calls/proposal.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/proposal.h"
#include "q/system/app.h"
#include "q/system/outbox.h"
#include "views/calls/call.h"
#include "views/calls/files.h"
#include "views/calls/proposals.h"

static void open_call_row(Html *h, Req *r, const Call *c)
{
    html(h, "<article>\n<h3><a href=\"/calls/%lld\">%s</a></h3>\n<p>%s · %s</p>\n",
         (long long)c->id, call_title(r, c), c->funder,
         arena_printf(r->arena, _(r, "Closes %s"), moment_text(r, c->closes_at)));
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/proposals", (long long)r->org_id));
    html(h, "<input type=\"hidden\" name=\"call_id\" value=\"%lld\">\n", (long long)c->id);
    html(h,
         "<label for=\"f-title-%lld\">%s</label>"
         "<input type=\"text\" id=\"f-title-%lld\" name=\"title\" maxlength=\"200\" required>\n",
         (long long)c->id, _(r, "Title of your project"), (long long)c->id);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Start a proposal"));
    html_form_end(h);
    html_lit(h, "</article>\n");
}

static enum MHD_Result proposals_page(Req *r, const FormErrors *e, int status)
{
    Call c;
    Rows open = ROWS_FROM(r->arena, &c);
    if (q_calls_open(r->db, clock_now(), r->arena, &c, rows_collect, &open) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Proposals"));
    html(h, "<h1>%s</h1>\n", _(r, "Proposals"));
    html_error_summary(h, r, e);
    if (!html_own_proposals(h, r))
        return reply_error(r, ERR_DB);
    html(h, "<h2>%s</h2>\n", _(r, "Open calls for projects"));
    if (!open.n)
        html(h, "<p>%s</p>\n", _(r, "No call for projects is open at the moment."));
    for (int i = 0; i < open.n; i++)
        open_call_row(h, r, ROW(&open, Call, i));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/proposals */
enum MHD_Result page_proposals(Req *r)
{
    return proposals_page(r, NULL, 200);
}

/* POST /orgs/{org}/proposals */
enum MHD_Result page_proposal_create(Req *r)
{
    char *title = NULL;
    int64_t call_id = 0;
    FieldSpec spec[] = {
        FIELD("title", F_TEXT, N_("Title of your project"), .required = true, .max = 200,
              .text = &title),
        FIELD("call_id", F_ID, N_("Call for projects"), .required = true, .num = &call_id),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    Flow f = req_flow(r);
    Outcome o = flow_proposal_create(&f, call_id, title, &e);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return proposals_page(r, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/proposals/%lld",
                                          (long long)r->org_id, (long long)o.id));
}

/* --- one proposal ---------------------------------------------------------------- */

typedef struct Draft {
    Proposal p;
    Call c;
} Draft;

/* The organisation's proposal of the route's {id}, and its call. */
static DbStatus draft_load(Req *r, Draft *d)
{
    DbStatus st = q_proposal_get(r->db, r->org_id, req_id(r, "id"), r->arena, &d->p);
    if (st == DB_ONE)
        st = q_call_public(r->db, d->p.call_id, r->arena, &d->c);
    return st;
}

static enum MHD_Result proposal_page(Req *r, Draft *d, const FormErrors *e, const char *notice,
                                     int status)
{
    Proposal *p = &d->p;
    bool draft = p->status == PROPOSAL_DRAFT;
    BudgetLine line;
    Rows lines = ROWS_FROM(r->arena, &line);
    TargetGroup g;
    Rows groups = ROWS_FROM(r->arena, &g), chosen = ROWS_FROM(r->arena, &g);
    if (q_budget_lines(r->db, r->org_id, p->id, r->arena, &line, rows_collect, &lines) < DB_NONE ||
        q_proposal_group_choices(r->db, r->org_id, p->id, r->arena, &g, rows_collect, &groups) <
            DB_NONE ||
        q_proposal_groups(r->db, r->org_id, p->id, r->arena, &g, rows_collect, &chosen) < DB_NONE)
        return reply_error(r, ERR_DB);
    /* after a form with errors, the title may be what was sent: even nothing */
    const char *heading = p->title && *p->title ? p->title : _(r, "Proposal");
    Html *h = page_begin(r, heading);
    html(h, "<h1>%s</h1>\n<p>%s: <a href=\"/calls/%lld\">%s</a> (%s)<br>%s</p>\n", heading,
         _(r, "Call for projects"), (long long)d->c.id, call_title(r, &d->c), d->c.funder,
         proposal_status_text(r, p->status));
    html_notice(h, notice, false);
    if (!draft) {
        html_proposal_facts(h, r, p);
        html_group_list(h, r, &chosen);
    } else {
        html(h, "<p>%s</p>\n",
             arena_printf(
                 r->arena,
                 _(r,
                   "A draft: only your organisation sees it. Submit it before %s (Brussels time)."),
                 moment_text(r, d->c.closes_at)));
        html_error_summary(h, r, e);
        char requested[32];
        money_plain(p->requested, requested, sizeof requested);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/proposals/%lld", (long long)r->org_id,
                                     (long long)p->id));
        html_input(h, r, e, "text", "title", _(r, "Title of your project"), p->title, "off");
        html_textarea(h, e, "summary", _(r, "Summary"), p->summary, 6);
        html_input(h, r, e, "text", "requested",
                   arena_printf(r->arena, _(r, "Amount requested (euro, from %s to %s)"),
                                money_text(r, d->c.min_grant), money_text(r, d->c.max_grant)),
                   form_get(r, "requested") ? form_get(r, "requested") : requested, "off");
        html_input(h, r, e, "number", "planned_trained", _(r, "People to train"),
                   arena_printf(r->arena, "%lld", (long long)p->planned_trained), "off");
        html_input(h, r, e, "number", "planned_reached", _(r, "People to reach"),
                   arena_printf(r->arena, "%lld", (long long)p->planned_reached), "off");
        if (groups.n) {
            const char *const *opts = group_options(r, &groups);
            html_checkboxes(h, e, "groups", _(r, "Target groups you work with"), opts,
                            group_mask(r, opts, &chosen));
        }
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the draft"));
        html_form_end(h);
    }
    html(h, "<h2>%s</h2>\n", _(r, "Budget"));
    if (lines.n)
        html_budget_table(h, r, &lines, true, draft);
    else
        html(h, "<p>%s</p>\n", _(r, "No budget lines yet."));
    if (!html_proposal_files(h, r, r->org_id, p->id,
                             arena_printf(r->arena, "/orgs/%lld/proposals/%lld/files",
                                          (long long)r->org_id, (long long)p->id),
                             draft, NULL))
        return reply_error(r, ERR_DB);
    if (draft) {
        html(h, "<h2>%s</h2>\n", _(r, "Add a budget line"));
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/proposals/%lld/budget-lines",
                                     (long long)r->org_id, (long long)p->id));
        html_input(h, r, e, "text", "label", _(r, "Budget line"), NULL, "off");
        html_input(h, r, e, "text", "amount", _(r, "Amount (euro)"), NULL, "off");
        html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Add the line"));
        html_form_end(h);
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Submit"),
             _(r, "Once submitted, the proposal can no longer be changed and the funder sees it. "
                  "The budget lines must add up to the amount requested."));
        html_button_form(h, r,
                         arena_printf(r->arena, "/orgs/%lld/proposals/%lld/submit",
                                      (long long)r->org_id, (long long)p->id),
                         _(r, "Submit the proposal"), NULL);
    }
    html(h, "<p><a href=\"/orgs/%lld/proposals\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All proposals"));
    return page_end_status(r, h, status);
}

/* After a change to the draft d: its page again with the workflow's errors, or on to it with
 * query ("saved=1", "submitted=1"). */
static enum MHD_Result draft_outcome(Req *r, Draft *d, const Outcome *o, const char *query)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return proposal_page(r, d, &o->fields, NULL, o->status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/proposals/%lld?%s",
                                          (long long)r->org_id, (long long)d->p.id, query));
}

/* POST /orgs/{org}/proposals/{id}/files */
enum MHD_Result page_file_upload(Req *r)
{
    Draft d;
    DbStatus st = draft_load(r, &d);
    if (st != DB_ONE)
        return reply_missing(r, st);
    int64_t item = 0;
    FieldSpec spec[] = {FIELD("item_id", F_ID, NULL, .required = true, .num = &item), {0}};
    FormErrors e;
    if (!form_read(r, spec, &e)) /* the form names the item: not a person's typing */
        return reply_error(r, ERR_BAD_REQUEST);
    const FormField *file = form_file(r, "file");
    Upload up = {0};
    if (file)
        up = (Upload){.filename = file->filename, .data = file->value, .len = file->len};
    Flow f = req_flow(r);
    Outcome o = flow_proposal_file_put(&f, d.p.id, item, &up);
    return draft_outcome(r, &d, &o, "saved=1#attachments");
}

/* GET /orgs/{org}/proposals/{id} */
enum MHD_Result page_proposal(Req *r)
{
    Draft d;
    DbStatus st = draft_load(r, &d);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *notice =
        query_notice(r, "saved", N_("The changes have been saved."), "submitted",
                     N_("The proposal is submitted. A receipt was sent by e-mail."), NULL);
    return proposal_page(r, &d, NULL, notice, 200);
}

/* POST /orgs/{org}/proposals/{id} */
enum MHD_Result page_proposal_update(Req *r)
{
    Draft d;
    DbStatus st = draft_load(r, &d);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Proposal *p = &d.p;
    char *requested = NULL;
    int64_t *ids = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("title", F_TEXT, N_("Title of your project"), .required = true, .max = 200,
              .text = &p->title),
        FIELD("summary", F_TEXT, N_("Summary"), .max = 10000, .text = &p->summary),
        FIELD("planned_trained", F_INT, N_("People to train"), .min = 0, .max = 1000000,
              .num = &p->planned_trained),
        FIELD("planned_reached", F_INT, N_("People to reach"), .min = 0, .max = 1000000,
              .num = &p->planned_reached),
        /* a submitted proposal keeps its texts and figures: it is read from here on */
        FIELD("requested", F_MONEY, N_("Amount requested"), .text = &requested,
              .num = &p->requested),
        FIELD("groups", F_MULTI, N_("Target groups you work with"), .ids = &ids, .nids = &n),
        {0},
    };
    FormErrors e;
    form_read(r, p->status == PROPOSAL_DRAFT ? spec : spec + 4, &e);
    bool given = requested != NULL;
    Flow f = req_flow(r);
    Outcome o = flow_proposal_save(&f, p, given, ids, n, &e);
    return draft_outcome(r, &d, &o, "saved=1");
}

/* POST /orgs/{org}/proposals/{id}/budget-lines */
enum MHD_Result page_budget_line_add(Req *r)
{
    Draft d;
    DbStatus st = draft_load(r, &d);
    if (st != DB_ONE)
        return reply_missing(r, st);
    char *label = NULL;
    int64_t amount = 0;
    FieldSpec spec[] = {
        FIELD("label", F_TEXT, N_("Budget line"), .required = true, .max = 200, .text = &label),
        FIELD("amount", F_MONEY, N_("Amount (euro)"), .required = true, .num = &amount),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    Flow f = req_flow(r);
    Outcome o = flow_budget_line_add(&f, d.p.id, label, amount, &e);
    return draft_outcome(r, &d, &o, "saved=1");
}

/* POST /orgs/{org}/budget-lines/{id}/delete */
enum MHD_Result page_budget_line_delete(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_budget_line_remove(&f, req_id(r, "id"));
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/proposals/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/proposals/{id}/submit */
enum MHD_Result page_proposal_submit(Req *r)
{
    Draft d;
    DbStatus st = draft_load(r, &d);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Flow f = req_flow(r);
    Outcome o = flow_proposal_submit(&f, d.p.id);
    return draft_outcome(r, &d, &o, "submitted=1");
}
