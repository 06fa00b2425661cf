/* jury.c — a call's independent jury. The funder appoints members (accounts holding the
 * jury role at the funder, who need belong to no other organisation), lets them declare
 * conflicts of interest, and assigns the reviews: each eligible proposal gets the call's
 * number of reviewers, loads balanced, never a conflicted member (domain/jury.c); the
 * funder can adjust pairs by hand, and those are kept when assigning again. A member sees
 * the eligible proposals of the calls they sit on, declares conflicts, and opens only the
 * proposals assigned to them that they are not conflicted with. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "domain/jury.h"
#include "flows/calls/jury.h"
#include "http/confirm.h"
#include "model/accounts.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/home.h"
#include "q/calls/jury.h"
#include "views/calls/call.h"
#include "views/calls/home.h"
#include "views/calls/jury.h"

/* --- the funder's side ------------------------------------------------------------- */

static enum MHD_Result back_to_jury(Req *r, int64_t call_id, const char *flag)
{
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?%s#jury",
                                          (long long)r->org_id, (long long)call_id, flag));
}

/* POST /orgs/{org}/calls/{id}/jury */
enum MHD_Result page_jury_appoint(Req *r)
{
    int64_t account = 0; /* 0 when not sent or not an id: refused by the workflow */
    FieldSpec spec[] = {
        FIELD("account_id", F_ID, N_("Member"), .num = &account),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        account = 0;
    Flow f = req_flow(r);
    Outcome o = flow_jury_appoint(&f, req_id(r, "id"), account);
    if (!o.ok)
        return reply_error(r, o.err);
    return back_to_jury(r, o.id, "jury=1");
}

/* POST /orgs/{org}/calls/{id}/jury/{member}/remove, after a confirmation */
enum MHD_Result page_jury_remove(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Juror j;
    Rows jury = ROWS_FROM(r->arena, &j);
    if (q_jury_list(r->db, r->org_id, c.id, r->arena, &j, rows_collect, &jury) < DB_NONE)
        return reply_error(r, ERR_DB);
    const Juror *found = NULL;
    for (int i = 0; i < jury.n; i++)
        if (ROW(&jury, Juror, i)->account_id == req_id(r, "member"))
            found = ROW(&jury, Juror, i);
    if (!found)
        return reply_error(r, ERR_NOT_FOUND);
    if (!confirm_ok(r))
        return confirm_page(
            r,
            arena_printf(r->arena, _(r, "Remove %s from the jury of %s?"), found->name,
                         call_title(r, &c)),
            arena_printf(r->arena,
                         _n(r,
                            "%s no longer sees the call's proposals and loses the %lld proposal "
                            "assigned to them (%lld reviews submitted). To give access back, "
                            "appoint them again.",
                            "%s no longer sees the call's proposals and loses the %lld proposals "
                            "assigned to them (%lld reviews submitted). To give access back, "
                            "appoint them again.",
                            found->assigned),
                         found->name, (long long)found->assigned, (long long)found->submitted),
            _(r, "Remove"),
            arena_printf(r->arena, "/orgs/%lld/calls/%lld#jury", (long long)r->org_id,
                         (long long)c.id));
    Flow f = req_flow(r);
    Outcome o = flow_jury_remove(&f, req_id(r, "id"), req_id(r, "member"));
    if (!o.ok)
        return reply_error(r, o.err);
    return back_to_jury(r, o.id, "jury=1");
}

/* POST /orgs/{org}/calls/{id}/assign */
enum MHD_Result page_jury_assign(Req *r)
{
    Flow f = req_flow(r);
    int assigned = 0, shorts = 0;
    Outcome o = flow_jury_assign(&f, req_id(r, "id"), &assigned, &shorts);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena,
                                          "/orgs/%lld/calls/%lld/assignments?assigned=%d&short=%d",
                                          (long long)r->org_id, (long long)o.id, assigned, shorts));
}

/* GET /orgs/{org}/calls/{id}/assignments */
enum MHD_Result page_jury_assignments(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Juror j;
    JuryCell cell;
    Rows jury = ROWS_FROM(r->arena, &j), cells = ROWS_FROM(r->arena, &cell);
    if (q_jury_list(r->db, r->org_id, c.id, r->arena, &j, rows_collect, &jury) < DB_NONE ||
        q_jury_matrix(r->db, r->org_id, c.id, r->arena, &cell, rows_collect, &cells) < DB_NONE)
        return reply_error(r, ERR_DB);
    /* every member is a column */
    const Juror *members = jury.data;
    const JuryCell *grid = cells.data;
    int nm = jury.n, ncells = cells.n;
    Html *h = page_begin(r, _(r, "Who reviews what"));
    html(h, "<h1>%s</h1>\n<p><a href=\"/orgs/%lld/calls/%lld\">%s</a></p>\n",
         _(r, "Who reviews what"), (long long)r->org_id, (long long)c.id, call_title(r, &c));
    const char *n = query_get(r, "assigned"), *sh = query_get(r, "short");
    int64_t assigned, shorts;
    if (n && sh && parse_int64(n, &assigned) && parse_int64(sh, &shorts)) {
        html_notice(h,
                    arena_printf(r->arena,
                                 _n(r, "%lld review assigned.", "%lld reviews assigned.", assigned),
                                 (long long)assigned),
                    false);
        if (shorts > 0)
            html_notice(h,
                        arena_printf(r->arena,
                                     _(r, "%lld proposals cannot get %lld reviewers "
                                          "without a conflict of interest: appoint more "
                                          "members to the jury."),
                                     (long long)shorts, (long long)c.reviews_needed),
                        true);
    }
    if (!nm || !ncells) {
        html(h, "<p>%s</p>\n", _(r, "No eligible proposal or no jury member yet."));
        return page_end(r, h);
    }
    html_table_begin(h, _(r, "Who reviews what"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>", _(r, "Proposal"),
         _(r, "Reviewers"));
    for (int i = 0; i < nm; i++)
        html(h, "<th scope=\"col\">%s</th>", members[i].name);
    html_lit(h, "</tr></thead>\n<tbody>\n");
    /* cells come ordered by proposal, then member */
    for (int i = 0; i < ncells;) {
        int64_t pid = grid[i].proposal_id;
        int count = 0;
        for (int k = i; k < ncells && grid[k].proposal_id == pid; k++)
            count += grid[k].assigned > 0;
        const char *title = grid[i].title;
        html(h,
             "<tr><th scope=\"row\"><a "
             "href=\"/orgs/%lld/submissions/%lld\">%s</a><br><small>%s</small></th>",
             (long long)r->org_id, (long long)pid, title, grid[i].applicant);
        if (count < c.reviews_needed)
            html_lit(h, "<td class=\"warn\">");
        else
            html_lit(h, "<td>");
        html(h, "%d / %lld</td>", count, (long long)c.reviews_needed);
        for (int m = 0; m < nm; m++) {
            const JuryCell *x = NULL;
            for (int k = i; k < ncells && grid[k].proposal_id == pid; k++)
                if (grid[k].account_id == members[m].account_id)
                    x = &grid[k];
            html_lit(h, "<td>");
            if (!x) {
                html_lit(h, "–");
            } else if (x->conflict) {
                html(h, "<span class=\"warn\">%s</span>", _(r, "Conflict"));
            } else {
                const char *sr = arena_printf(r->arena, "%s, %s", title, members[m].name);
                html_form_begin(h, r,
                                arena_printf(r->arena, "/orgs/%lld/calls/%lld/assignments",
                                             (long long)r->org_id, (long long)c.id));
                html(
                    h,
                    "<input type=\"hidden\" name=\"proposal_id\" value=\"%lld\">"
                    "<input type=\"hidden\" name=\"account_id\" value=\"%lld\">"
                    "<input type=\"hidden\" name=\"action\" value=\"%s\">"
                    "<button type=\"submit\" class=\"%s\">%s<span class=\"sr\"> %s</span></button>",
                    (long long)pid, (long long)members[m].account_id,
                    x->assigned ? "remove" : "add", x->assigned ? "" : "secondary outline",
                    x->assigned ? (x->assigned == 2 ? _(r, "Assigned by hand") : _(r, "Assigned"))
                                : _(r, "Assign"),
                    sr);
                html_form_end(h);
            }
            html_lit(h, "</td>");
        }
        html_lit(h, "</tr>\n");
        while (i < ncells && grid[i].proposal_id == pid)
            i++;
    }
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    html(h, "<p><small>%s</small></p>\n",
         _(r, "Press a cell to assign or unassign that member. Pairs set by hand are kept when "
              "the reviews are assigned again; a conflicted member can never be assigned."));
    return page_end(r, h);
}

/* POST /orgs/{org}/calls/{id}/assignments */
enum MHD_Result page_jury_adjust(Req *r)
{
    static const char *const actions[] = {"add", "remove", NULL};
    int64_t pid = 0, account = 0;
    char *action = NULL;
    FieldSpec spec[] = {
        FIELD("action", F_CHOICE, NULL, .required = true, .choices = actions, .text = &action),
        FIELD("proposal_id", F_ID, NULL, .required = true, .num = &pid),
        FIELD("account_id", F_ID, NULL, .required = true, .num = &account),
        {0},
    };
    FormErrors e;
    JuryAdjust what = !form_read(r, spec, &e)  ? JURY_ADJUST_BAD
                      : !strcmp(action, "add") ? JURY_ADJUST_ADD
                                               : JURY_ADJUST_REMOVE;
    Flow f = req_flow(r);
    Outcome o = flow_jury_adjust(&f, req_id(r, "id"), pid, account, what);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/assignments",
                                          (long long)r->org_id, (long long)o.id));
}

/* --- a jury member's side ---------------------------------------------------------- */

/* A proposal the jury member may review; under a heading for its call when it is the first
 * of its call (prev is the one before, NULL for the first). */
static void mine_row(Html *h, Req *r, const JurorProposal *x, const JurorProposal *prev)
{
    if (!prev || x->call_id != prev->call_id) {
        Call tmp = {.title = {x->call_title[0], x->call_title[1], x->call_title[2]}};
        html(h, "%s<h2>%s</h2>\n<ul class=\"sessions\">\n", prev ? "</ul>\n" : "",
             call_title(r, &tmp));
    }
    html(h, "<li><strong>%s</strong><span>%s</span>", x->title, x->applicant);
    if (x->conflict == 2) {
        html(h, "<span class=\"warn\">%s</span>",
             _(r, "Conflict of interest: you belong to the applicant organisation."));
    } else if (x->conflict == 1) {
        html(h, "<span class=\"warn\">%s</span>", _(r, "Conflict of interest declared."));
    } else {
        if (x->assigned)
            html(h, "<span><a href=\"/orgs/%lld/jury/proposals/%lld\">%s</a> · %s</span>",
                 (long long)r->org_id, (long long)x->proposal_id, _(r, "Assigned to you: read it"),
                 x->assigned == 2 ? _(r, "Review done") : _(r, "Review to do"));
        html(h, "<details><summary>%s<span class=\"sr\"> %s</span></summary>\n",
             _(r, "Declare a conflict of interest"), x->title);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/conflict",
                                     (long long)r->org_id, (long long)x->proposal_id));
        html(h,
             "<label for=\"f-reason-%lld\">%s</label><input type=\"text\" "
             "id=\"f-reason-%lld\" name=\"reason\" maxlength=\"500\">\n"
             "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             (long long)x->proposal_id, _(r, "Why (optional, seen by the funder)"),
             (long long)x->proposal_id, _(r, "Declare the conflict"));
        html_form_end(h);
        html_lit(h, "</details>");
    }
    html_lit(h, "</li>\n");
}

/* GET /orgs/{org}/jury */
enum MHD_Result page_jury_home(Req *r)
{
    JurorProposal jp;
    Rows mine = ROWS_FROM(r->arena, &jp);
    if (q_juror_proposals(r->db, r->org_id, r->account->id, r->arena, &jp, rows_collect, &mine) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    JurorCall jc;
    Rows calls = ROWS_FROM(r->arena, &jc);
    if (q_juror_calls(r->db, r->org_id, r->account->id, r->arena, &jc, rows_collect, &calls) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Jury"));
    html(h, "<h1>%s</h1>\n", _(r, "Jury"));
    if (calls.n) {
        html_lit(h, "<ul>\n");
        for (int i = 0; i < calls.n; i++) {
            const JurorCall *x = ROW(&calls, JurorCall, i);
            html(h, "<li>%s: %s</li>\n", lang_pick(r->lang, x->title), juror_progress_text(r, x));
        }
        html_lit(h, "</ul>\n");
    }
    if (query_get(r, "declared"))
        html_notice(h,
                    _(r, "Your conflict of interest is recorded: that proposal will not be "
                         "assigned to you."),
                    false);
    if (!mine.n) {
        html(h, "<p>%s</p>\n", _(r, "No proposal to review yet."));
        return page_end(r, h);
    }
    html(h, "<p>%s</p>\n",
         _(r, "Before you read anything, declare a conflict of interest for any "
              "proposal you are connected with: you will not be assigned to it."));
    for (int i = 0; i < mine.n; i++)
        mine_row(h, r, ROW(&mine, JurorProposal, i), i ? ROW(&mine, JurorProposal, i - 1) : NULL);
    html_lit(h, "</ul>\n");
    return page_end(r, h);
}

/* POST /orgs/{org}/jury/proposals/{id}/conflict */
enum MHD_Result page_jury_conflict(Req *r)
{
    char *reason = NULL;
    FieldSpec spec[] = {
        FIELD("reason", F_TEXT, N_("Why (optional, seen by the funder)"), .max = 500,
              .text = &reason),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return reply_error(r, ERR_BAD_REQUEST);
    Flow f = req_flow(r);
    Outcome o = flow_jury_conflict(&f, req_id(r, "id"), reason);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/jury?declared=1", (long long)r->org_id));
}
