/* reviews.c — a jury member scores an assigned proposal on each of the call's award
 * criteria, within its scale, and comments; saves a draft or submits. Only after
 * submitting does the member see the other members' reviews of that proposal. */
#include <stdio.h>
#include <string.h>

#include "flows/calls/review.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"
#include "views/calls/call.h"
#include "views/calls/reviews.h"

/* The score sent for a criterion: the form field "s-<item id>". */
static const char *sent_score(void *ctx, int64_t item_id)
{
    Req *r = ctx;
    return form_get(r, arena_printf(r->arena, "s-%lld", (long long)item_id));
}

/* POST /orgs/{org}/jury/proposals/{id}/review */
enum MHD_Result page_review_save(Req *r)
{
    int64_t id = req_id(r, "id");
    static const char *const actions[] = {"save", "submit", NULL};
    char *action = NULL, *comment = NULL;
    FieldSpec button[] = {
        FIELD("action", F_CHOICE, NULL, .choices = actions, .text = &action),
        {0},
    };
    FieldSpec text[] = {
        /* lines of its own allowed; the workflow says when it is too long */
        FIELD("comment", F_TEXT, N_("Comment"), .max = 100000, .text = &comment),
        {0},
    };
    FormErrors unknown, read;
    bool submit = form_read(r, button, &unknown) && action && !strcmp(action, "submit");
    form_read(r, text, &read);
    ReviewInput in = {
        .score_of = sent_score, .ctx = r, .comment = comment, .submit = submit, .read = &read};
    Flow f = req_flow(r);
    Outcome o = flow_review_save(&f, id, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        Proposal p;
        Call c;
        if (q_funder_proposal(r->db, r->org_id, id, r->arena, &p) != DB_ONE ||
            q_call_get(r->db, r->org_id, p.call_id, r->arena, &c) != DB_ONE)
            return reply_error(r, ERR_DB);
        Html *h = page_begin(r, p.title);
        html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", p.title, p.org_name, call_title(r, &c));
        if (!html_review_section(h, r, &c, id, &o.fields))
            return reply_error(r, ERR_DB);
        return page_end_status(r, h, o.status);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld?%s#review",
                                          (long long)r->org_id, (long long)id,
                                          in.submit ? "submitted=1" : "saved=1"));
}
