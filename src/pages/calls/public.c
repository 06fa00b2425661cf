/* public.c — the public pages of calls for projects, for anyone: the open calls at /calls
 * and one call at /calls/{id} with its terms and, once decided, the projects selected. */
#include "pages/calls/calls.h"
#include "views/calls/decision.h"

#include "core/clock.h"
#include "html/fmt.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

typedef struct Open {
    Req *r;
    Html *h;
    Call row;
    int n;
} Open;

static bool open_card(void *ctx)
{
    Open *o = ctx;
    Req *r = o->r;
    Call *c = &o->row;
    html(o->h,
         "<article>\n<h2><a href=\"/calls/%lld\">%s</a></h2>\n<p>%s</p>\n"
         "<p>%s<br>%s</p>\n</article>\n",
         (long long)c->id, call_title(r, c), c->funder,
         arena_printf(r->arena, _(r, "Budget: %s"), money_text(r, c->budget)),
         arena_printf(r->arena, _(r, "Closes %s"), moment_text(r, c->closes_at)));
    o->n++;
    return true;
}

/* GET /calls */
enum MHD_Result page_public_calls(Req *r)
{
    Open o = {.r = r, .h = html_new(r->arena)};
    if (q_calls_open(r->db, clock_now(), r->arena, &o.row, open_card, &o) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Calls for projects"));
    html(h, "<h1>%s</h1>\n", _(r, "Calls for projects"));
    if (!o.n)
        html(h, "<p>%s</p>\n", _(r, "No call for projects is open at the moment."));
    else
        html_append(h, o.h);
    return page_end(r, h);
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
    if (c.status == CALL_PUBLISHED && now >= c.opens_at && now < c.closes_at)
        html(h, "<p>%s</p>\n",
             _(r, "Organisations answer this call from their traject space, under Proposals."));
    return page_end(r, h);
}
