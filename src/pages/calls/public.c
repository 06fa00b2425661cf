/* public.c — the public pages of calls for projects, for anyone: the open calls at /calls
 * and one call at /calls/{id} with its terms and, once decided, the projects selected. */
#include "pages/calls/calls.h"
#include "views/calls/decision.h"

#include "core/clock.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "q/accounts/org.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

static void open_card(Html *h, Req *r, const Call *c)
{
    html(h,
         "<article>\n<h2><a href=\"/calls/%lld\">%s</a></h2>\n<p>%s</p>\n"
         "<p>%s<br>%s</p>\n</article>\n",
         (long long)c->id, call_title(r, c), c->funder,
         arena_printf(r->arena, _(r, "Budget: %s"), money_text(r, c->budget)),
         arena_printf(r->arena, _(r, "Closes %s"), moment_text(r, c->closes_at)));
}

/* GET /calls */
enum MHD_Result page_public_calls(Req *r)
{
    Call c;
    Rows open = ROWS_FROM(r->arena, &c);
    if (q_calls_open(r->db, clock_now(), r->arena, &c, rows_collect, &open) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Calls for projects"));
    html(h, "<h1>%s</h1>\n", _(r, "Calls for projects"));
    if (!open.n)
        html(h, "<p>%s</p>\n", _(r, "No call for projects is open at the moment."));
    for (int i = 0; i < open.n; i++)
        open_card(h, r, ROW(&open, Call, i));
    return page_end(r, h);
}

/* How to answer an open call: a signed-in member who may write proposals for an
 * organisation starts a draft here, for each such organisation; anyone else asks for
 * their organisation to join, or signs in. False on a database error. */
static bool answer(Html *h, Req *r, const Call *c)
{
    html(h, "<h2>%s</h2>\n", _(r, "Answer this call"));
    int shown = 0;
    if (r->account) {
        Org o;
        Rows orgs = ROWS_FROM(r->arena, &o);
        if (q_org_list_for_account(r->db, r->account->id, r->arena, &o, rows_collect, &orgs) <
            DB_NONE)
            return false;
        for (int i = 0; i < orgs.n; i++) {
            const Org *g = ROW(&orgs, Org, i);
            if (g->kind == ORG_FUNDER || !(g->roles & (ROLE_ADMIN | ROLE_STAFF)))
                continue;
            html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/proposals", (long long)g->id));
            html(h, "<input type=\"hidden\" name=\"call_id\" value=\"%lld\">\n", (long long)c->id);
            html(h,
                 "<label for=\"f-title-%lld\">%s</label>"
                 "<input type=\"text\" id=\"f-title-%lld\" name=\"title\" maxlength=\"200\" "
                 "required>\n",
                 (long long)g->id,
                 arena_printf(r->arena, _(r, "Title of the project of %s"), g->name),
                 (long long)g->id);
            html(h, "<button type=\"submit\">%s</button>\n", _(r, "Start a proposal"));
            html_form_end(h);
            shown++;
        }
    }
    if (shown)
        return true;
    html(h, "<p>%s</p>\n<p><a href=\"/join?call=%lld\" role=\"button\">%s</a></p>\n",
         _(r, "Organisations answer this call from their traject space. Is yours not on traject "
              "yet? Ask for it to join: once approved, you can write your proposal."),
         (long long)c->id, _(r, "Bring your organisation to traject"));
    if (!r->account)
        html(h, "<p><a href=\"/sign-in?next=/calls/%lld\">%s</a></p>\n", (long long)c->id,
             _(r, "Already on traject? Sign in"));
    return true;
}

/* GET /calls/{id} */
enum MHD_Result page_public_call(Req *r)
{
    Call c;
    DbStatus st = q_call_public(r->db, req_id(r, "id"), r->arena, &c);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    Html *h = page_begin(r, call_title(r, &c));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", call_title(r, &c), c.funder,
         call_status_text(r, &c, clock_now()));
    const char *desc = lang_pick(r->lang, (char *const *)c.description);
    if (*desc)
        html(h, "<p class=\"prose\">%s</p>\n", desc);
    if (!html_call_selected(h, r, &c) || !html_call_terms(h, r, &c, false))
        return reply_error(r, ERR_DB);
    int64_t now = clock_now();
    if (c.status == CALL_PUBLISHED && now >= c.opens_at && now < c.closes_at && !answer(h, r, &c))
        return reply_error(r, ERR_DB);
    return page_end(r, h);
}
