/* home.c — the funder's and jury member's parts of the home page (see home.h). */
#include "views/calls/home.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/table.h"
#include "q/calls/home.h"

/* What the call waits for now, and where the funder acts on it. */
static void call_stage(Req *r, const CallProgress *c, int64_t now, const char **stage,
                       const char **todo, const char **link)
{
    const char *base =
        arena_printf(r->arena, "/orgs/%lld/calls/%lld", (long long)r->org_id, (long long)c->id);
    *link = base;
    *todo = NULL;
    if (c->status == CALL_DRAFT) {
        *stage = _(r, "Draft");
        *todo = _(r, "Publish it once its terms are complete.");
    } else if (now < c->opens_at) {
        *stage = _(r, "Published, not open yet");
    } else if (now < c->closes_at) {
        *stage = _(r, "Open");
    } else if (c->to_screen) {
        *stage = _(r, "Screening");
        *todo = arena_printf(r->arena,
                             _n(r, "%s proposal to screen", "%s proposals to screen", c->to_screen),
                             number_text(r, c->to_screen, 0, 0));
        *link = arena_printf(r->arena, "%s?status=submitted#proposals", base);
    } else if (c->reviews_missing) {
        bool late = c->review_deadline && now >= c->review_deadline;
        *stage = _(r, "Review");
        *todo = arena_printf(
            r->arena,
            late ? _n(r, "%s review late (due %s)", "%s reviews late (due %s)", c->reviews_missing)
                 : _n(r, "%s review missing", "%s reviews missing", c->reviews_missing),
            number_text(r, c->reviews_missing, 0, 0), moment_text(r, c->review_deadline));
        *link = arena_printf(r->arena, "%s/jury", base);
    } else {
        *stage = _(r, "Decision");
        *todo = _(r, "Every review is in: the decision is yours to take.");
        *link = arena_printf(r->arena, "%s/ranking", base);
    }
}

bool html_funder_home(Html *h, Req *r, int64_t now)
{
    CallProgress c;
    Rows calls = ROWS_FROM(r->arena, &c);
    int64_t unpaid = 0, unpaid_cents = 0;
    if (q_calls_in_progress(r->db, r->org_id, r->arena, &c, rows_collect, &calls) < DB_NONE ||
        q_tranches_unpaid(r->db, r->org_id, &unpaid, &unpaid_cents) < DB_NONE)
        return false;
    html(h, "<section aria-labelledby=\"h-calls\">\n<h2 id=\"h-calls\">%s</h2>\n",
         _(r, "Calls in progress"));
    if (!calls.n)
        html(h, "<p>%s <a href=\"/orgs/%lld/calls/new\">%s</a></p>\n",
             _(r, "No call is in progress."), (long long)r->org_id, _(r, "Prepare a call"));
    else {
        HTML_TABLE(h, _(r, "Calls in progress"), _(r, "Call"), _(r, "Stage"), _(r, "Closes"),
                   _(r, "Proposals"), _(r, "Waiting for"));
        for (int i = 0; i < calls.n; i++) {
            const CallProgress *x = ROW(&calls, CallProgress, i);
            const char *stage, *todo, *link;
            call_stage(r, x, now, &stage, &todo, &link);
            const char *title = lang_pick(r->lang, x->title);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/calls/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s</td><td>",
                 (long long)r->org_id, (long long)x->id, *title ? title : _(r, "(untitled)"), stage,
                 moment_text(r, x->closes_at), number_text(r, x->submitted, 0, 0));
            if (todo)
                html(h, "<a href=\"%s\">%s</a>", link, todo);
            else
                html_lit(h, "–");
            html_lit(h, "</td></tr>\n");
        }
        html_table_close(h);
    }
    if (unpaid)
        html(h, "<p><a href=\"/orgs/%lld/grants\">%s</a></p>\n", (long long)r->org_id,
             arena_printf(r->arena,
                          _n(r, "%s tranche to pay (%s)", "%s tranches to pay (%s)", unpaid),
                          number_text(r, unpaid, 0, 0), money_text(r, unpaid_cents)));
    html_lit(h, "</section>\n");
    return true;
}

const char *juror_progress_text(Req *r, const JurorCall *x)
{
    const char *done =
        arena_printf(r->arena, _(r, "%s of %s reviews done"), number_text(r, x->done, 0, 0),
                     number_text(r, x->assigned, 0, 0));
    if (!x->review_deadline)
        return done;
    return arena_printf(r->arena, _(r, "%s; review deadline: %s"), done,
                        moment_text(r, x->review_deadline));
}

bool html_juror_home(Html *h, Req *r)
{
    JurorCall j;
    Rows calls = ROWS_FROM(r->arena, &j);
    if (q_juror_calls(r->db, r->org_id, r->account->id, r->arena, &j, rows_collect, &calls) <
        DB_NONE)
        return false;
    if (!calls.n)
        return true;
    html(h, "<section aria-labelledby=\"h-jury\">\n<h2 id=\"h-jury\">%s</h2>\n<ul>\n",
         _(r, "Your reviews"));
    for (int i = 0; i < calls.n; i++) {
        const JurorCall *x = ROW(&calls, JurorCall, i);
        html(h, "<li><a href=\"/orgs/%lld/jury\">%s</a>: %s</li>\n", (long long)r->org_id,
             lang_pick(r->lang, x->title), juror_progress_text(r, x));
    }
    html_lit(h, "</ul>\n</section>\n");
    return true;
}
