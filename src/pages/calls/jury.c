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

typedef struct FindJuror {
    Juror row, found;
    int64_t account_id;
} FindJuror;

static bool juror_match(void *ctx)
{
    FindJuror *j = ctx;
    if (j->row.account_id == j->account_id)
        j->found = j->row;
    return true;
}

/* POST /orgs/{org}/calls/{id}/jury/{member}/remove, after a confirmation */
enum MHD_Result page_jury_remove(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    FindJuror j = {.account_id = req_id(r, "member")};
    if (q_jury_list(r->db, r->org_id, c.id, r->arena, &j.row, juror_match, &j) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (!j.found.account_id)
        return reply_error(r, ERR_NOT_FOUND);
    if (!confirm_ok(r))
        return confirm_page(
            r,
            arena_printf(r->arena, _(r, "Remove %s from the jury of %s?"), j.found.name,
                         call_title(r, &c)),
            arena_printf(r->arena,
                         _n(r,
                            "%s no longer sees the call's proposals and loses the %lld proposal "
                            "assigned to them (%lld reviews submitted). To give access back, "
                            "appoint them again.",
                            "%s no longer sees the call's proposals and loses the %lld proposals "
                            "assigned to them (%lld reviews submitted). To give access back, "
                            "appoint them again.",
                            j.found.assigned),
                         j.found.name, (long long)j.found.assigned, (long long)j.found.submitted),
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

typedef struct Grid {
    Req *r;
    Html *h;
    Juror row;
    int64_t *members; /* grown in the arena: every member is a column */
    char **names;
    int nm, mcap;
    JuryCell cell;
    JuryCell *cells;
    int ncells, cap;
} Grid;

static bool grid_member(void *ctx)
{
    Grid *g = ctx;
    if (g->nm == g->mcap) {
        int cap = g->mcap ? g->mcap * 2 : 16;
        g->members = arena_realloc(g->r->arena, g->members, sizeof *g->members * (size_t)g->nm,
                                   sizeof *g->members * (size_t)cap);
        g->names = arena_realloc(g->r->arena, g->names, sizeof *g->names * (size_t)g->nm,
                                 sizeof *g->names * (size_t)cap);
        g->mcap = cap;
    }
    g->members[g->nm] = g->row.account_id;
    g->names[g->nm++] = g->row.name;
    return true;
}

static bool grid_cell(void *ctx)
{
    Grid *g = ctx;
    if (g->ncells == g->cap) {
        int cap = g->cap ? g->cap * 2 : 64;
        g->cells = arena_realloc(g->r->arena, g->cells, sizeof *g->cells * (size_t)g->ncells,
                                 sizeof *g->cells * (size_t)cap);
        g->cap = cap;
    }
    g->cells[g->ncells++] = g->cell;
    return true;
}

/* GET /orgs/{org}/calls/{id}/assignments */
enum MHD_Result page_jury_assignments(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    Grid g = {.r = r};
    if (q_jury_list(r->db, r->org_id, c.id, r->arena, &g.row, grid_member, &g) < DB_NONE ||
        q_jury_matrix(r->db, r->org_id, c.id, r->arena, &g.cell, grid_cell, &g) < DB_NONE)
        return reply_error(r, ERR_DB);
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
    if (!g.nm || !g.ncells) {
        html(h, "<p>%s</p>\n", _(r, "No eligible proposal or no jury member yet."));
        return page_end(r, h);
    }
    html_table_begin(h, _(r, "Who reviews what"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>", _(r, "Proposal"),
         _(r, "Reviewers"));
    for (int i = 0; i < g.nm; i++)
        html(h, "<th scope=\"col\">%s</th>", g.names[i]);
    html_lit(h, "</tr></thead>\n<tbody>\n");
    /* cells come ordered by proposal, then member */
    for (int i = 0; i < g.ncells;) {
        int64_t pid = g.cells[i].proposal_id;
        int count = 0;
        for (int k = i; k < g.ncells && g.cells[k].proposal_id == pid; k++)
            count += g.cells[k].assigned > 0;
        const char *title = g.cells[i].title;
        html(h,
             "<tr><th scope=\"row\"><a "
             "href=\"/orgs/%lld/submissions/%lld\">%s</a><br><small>%s</small></th>",
             (long long)r->org_id, (long long)pid, title, g.cells[i].applicant);
        if (count < c.reviews_needed)
            html_lit(h, "<td class=\"warn\">");
        else
            html_lit(h, "<td>");
        html(h, "%d / %lld</td>", count, (long long)c.reviews_needed);
        for (int m = 0; m < g.nm; m++) {
            JuryCell *x = NULL;
            for (int k = i; k < g.ncells && g.cells[k].proposal_id == pid; k++)
                if (g.cells[k].account_id == g.members[m])
                    x = &g.cells[k];
            html_lit(h, "<td>");
            if (!x) {
                html_lit(h, "–");
            } else if (x->conflict) {
                html(h, "<span class=\"warn\">%s</span>", _(r, "Conflict"));
            } else {
                const char *sr = arena_printf(r->arena, "%s, %s", title, g.names[m]);
                html_form_begin(h, r,
                                arena_printf(r->arena, "/orgs/%lld/calls/%lld/assignments",
                                             (long long)r->org_id, (long long)c.id));
                html(
                    h,
                    "<input type=\"hidden\" name=\"proposal_id\" value=\"%lld\">"
                    "<input type=\"hidden\" name=\"account_id\" value=\"%lld\">"
                    "<input type=\"hidden\" name=\"action\" value=\"%s\">"
                    "<button type=\"submit\" class=\"%s\">%s<span class=\"sr\"> %s</span></button>",
                    (long long)pid, (long long)g.members[m], x->assigned ? "remove" : "add",
                    x->assigned ? "" : "secondary outline",
                    x->assigned ? (x->assigned == 2 ? _(r, "Assigned by hand") : _(r, "Assigned"))
                                : _(r, "Assign"),
                    sr);
                html_form_end(h);
            }
            html_lit(h, "</td>");
        }
        html_lit(h, "</tr>\n");
        while (i < g.ncells && g.cells[i].proposal_id == pid)
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

typedef struct Mine {
    Req *r;
    Html *h;
    JurorProposal row;
    int64_t last_call;
    int n;
} Mine;

static bool mine_row(void *ctx)
{
    Mine *l = ctx;
    Req *r = l->r;
    JurorProposal *x = &l->row;
    if (x->call_id != l->last_call) {
        Call tmp = {.title = {x->call_title[0], x->call_title[1], x->call_title[2]}};
        html(l->h, "%s<h2>%s</h2>\n<ul class=\"sessions\">\n", l->last_call ? "</ul>\n" : "",
             call_title(r, &tmp));
        l->last_call = x->call_id;
    }
    html(l->h, "<li><strong>%s</strong><span>%s</span>", x->title, x->applicant);
    if (x->conflict == 2) {
        html(l->h, "<span class=\"warn\">%s</span>",
             _(r, "Conflict of interest: you belong to the applicant organisation."));
    } else if (x->conflict == 1) {
        html(l->h, "<span class=\"warn\">%s</span>", _(r, "Conflict of interest declared."));
    } else {
        if (x->assigned)
            html(l->h, "<span><a href=\"/orgs/%lld/jury/proposals/%lld\">%s</a> · %s</span>",
                 (long long)r->org_id, (long long)x->proposal_id, _(r, "Assigned to you: read it"),
                 x->assigned == 2 ? _(r, "Review done") : _(r, "Review to do"));
        html(l->h, "<details><summary>%s<span class=\"sr\"> %s</span></summary>\n",
             _(r, "Declare a conflict of interest"), x->title);
        html_form_begin(l->h, r,
                        arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/conflict",
                                     (long long)r->org_id, (long long)x->proposal_id));
        html(l->h,
             "<label for=\"f-reason-%lld\">%s</label><input type=\"text\" "
             "id=\"f-reason-%lld\" name=\"reason\" maxlength=\"500\">\n"
             "<button type=\"submit\" class=\"secondary\">%s</button>\n",
             (long long)x->proposal_id, _(r, "Why (optional, seen by the funder)"),
             (long long)x->proposal_id, _(r, "Declare the conflict"));
        html_form_end(l->h);
        html_lit(l->h, "</details>");
    }
    html_lit(l->h, "</li>\n");
    l->n++;
    return true;
}

/* GET /orgs/{org}/jury */
enum MHD_Result page_jury_home(Req *r)
{
    Mine l = {.r = r, .h = html_new(r->arena)};
    if (q_juror_proposals(r->db, r->org_id, r->account->id, r->arena, &l.row, mine_row, &l) <
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
    if (!l.n) {
        html(h, "<p>%s</p>\n", _(r, "No proposal to review yet."));
        return page_end(r, h);
    }
    html(h, "<p>%s</p>\n",
         _(r, "Before you read anything, declare a conflict of interest for any "
              "proposal you are connected with: you will not be assigned to it."));
    html_append(h, l.h);
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
