/* views/calls/proposals.c — the proposals of a call for its funder (see proposals.h). */
#include "views/calls/proposals.h"

#include "core/arena.h"
#include "html/fmt.h"
#include "q/calls/proposal.h"

const char *proposal_status_text(Req *r, ProposalStatus s)
{
    return _(r, vocab_label(&proposal_status_vocab, (int)s));
}

typedef struct Rows {
    Req *r;
    Html *h;
    Proposal p;
    int64_t requested;
    int n;
} Rows;

/* --- the funder's view of the proposals of a call ------------------------------------- */

static bool funder_row(void *ctx)
{
    Rows *l = ctx;
    Req *r = l->r;
    Proposal *p = &l->p;
    html(l->h,
         "<tr><td><a href=\"/orgs/%lld/submissions/%lld\">%s</a></td><td>%s</td>"
         "<td class=\"num\">%s</td><td>%s</td><td>%s</td></tr>\n",
         (long long)r->org_id, (long long)p->id, p->title, p->org_name, money_text(r, p->requested),
         moment_text(r, p->submitted_at), proposal_status_text(r, p->status));
    l->requested += p->requested;
    l->n++;
    return true;
}

bool html_call_proposals(Html *h, Req *r, const Call *c)
{
    if (c->status == CALL_DRAFT)
        return true;
    Rows l = {.r = r, .h = html_new(r->arena)};
    if (q_proposals_of_call(r->db, r->org_id, c->id, r->arena, &l.p, funder_row, &l) < DB_NONE)
        return false;
    html(h, "<h2>%s</h2>\n", _(r, "Proposals received"));
    if (!l.n) {
        html(h, "<p>%s</p>\n", _(r, "No proposal submitted yet."));
        return true;
    }
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _n(r, "%d proposal submitted, requesting %s in total.",
                         "%d proposals submitted, requesting %s in total.", l.n),
                      l.n, money_text(r, l.requested)));
    html_table_begin(h, _(r, "Proposals received"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Title"), _(r, "Organisation"), _(r, "Requested"), _(r, "Submitted"), _(r, "Status"));
    html_append(h, l.h);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    return true;
}
