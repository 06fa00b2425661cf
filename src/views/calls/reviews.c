/* views/calls/reviews.c — the jury's reviews on a proposal's pages (see reviews.h). */
#include "views/calls/reviews.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "q/calls/review.h"

/* "7.40": the weighted mean of scores, two decimals, rounded half up. */
static const char *weighted(Req *r, int64_t sum_ws, int64_t sum_w)
{
    if (sum_w <= 0)
        return "–";
    int64_t hundredths = (sum_ws * 100 + sum_w / 2) / sum_w;
    return number_text(r, hundredths, 2, 2);
}

typedef struct Others {
    Req *r;
    Html *h;
    ReviewLine row;
    int64_t me, current;
    int level; /* of each review's heading: one below the section's */
    int64_t sum_ws, sum_w;
    const char *comment;
    int n;
} Others;

static void close_review(Others *o)
{
    if (!o->current)
        return;
    html(o->h, "</ul>\n<p>%s</p>\n",
         arena_printf(o->r->arena, _(o->r, "Weighted score: %s"),
                      weighted(o->r, o->sum_ws, o->sum_w)));
    if (*o->comment)
        html(o->h, "<p class=\"prose\">%s</p>\n", o->comment);
    html_lit(o->h, "</article>\n");
}

static bool other_line(void *ctx)
{
    Others *o = ctx;
    Req *r = o->r;
    ReviewLine *x = &o->row;
    if (x->account_id != o->current) {
        close_review(o);
        o->current = x->account_id;
        o->sum_ws = o->sum_w = 0;
        o->comment = x->comment;
        o->n++;
        /* the funder (me 0) sees who reviewed; members see each other anonymously */
        html(o->h, "<article>\n<h%d>%s</h%d>\n<ul>\n", o->level,
             !o->me                   ? x->name
             : x->account_id == o->me ? _(r, "Your review")
                                      : arena_printf(r->arena, _(r, "Reviewer %d"), o->n),
             o->level);
    }
    const ScoreRow *sc = &x->s;
    html(o->h, "<li>%s: %lld</li>\n", lang_pick(r->lang, sc->text), (long long)sc->score);
    if (sc->score >= 0) {
        o->sum_ws += sc->weight * sc->score;
        o->sum_w += sc->weight;
    }
    return true;
}

bool html_review_section(Html *h, Req *r, const Call *c, int64_t proposal_id, const FormErrors *e)
{
    ScoreRow row;
    Rows s = ROWS_FROM(r->arena, &row);
    char *comment = NULL;
    int64_t submitted_at = 0;
    DbStatus st = q_review_get(r->db, r->org_id, proposal_id, r->account->id, r->arena, &comment,
                               &submitted_at);
    if (st < DB_NONE || q_review_scores(r->db, r->org_id, proposal_id, r->account->id, r->arena,
                                        &row, rows_collect, &s) < DB_NONE)
        return false;
    html(h, "<h2 id=\"review\">%s</h2>\n", _(r, "Your review"));
    if (!submitted_at && c->status != CALL_DECIDED) {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "Score each criterion from %lld to %lld. You will see "
                               "the other reviews once you submit yours."),
                          (long long)c->scale_min, (long long)c->scale_max));
        html_error_summary(h, r, e);
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/review",
                                     (long long)r->org_id, (long long)proposal_id));
        for (int i = 0; i < s.n; i++) {
            ScoreRow *x = ROW(&s, ScoreRow, i);
            const char *name = arena_printf(r->arena, "s-%lld", (long long)x->item_id);
            const char *sent = form_get(r, name);
            const char *value = sent ? sent
                                : x->score >= 0
                                    ? arena_printf(r->arena, "%lld", (long long)x->score)
                                    : NULL;
            html_input(h, r, e, "number", name,
                       arena_printf(r->arena, _(r, "%s (weight %lld)"), lang_pick(r->lang, x->text),
                                    (long long)x->weight),
                       value, "off");
        }
        const char *sent_comment = form_get(r, "comment");
        html_textarea(h, e, "comment", _(r, "Comment"), sent_comment ? sent_comment : comment, 5);
        html(h,
             "<button type=\"submit\" name=\"action\" value=\"submit\">%s</button>\n"
             "<button type=\"submit\" name=\"action\" value=\"save\" "
             "class=\"secondary\">%s</button>\n",
             _(r, "Submit the review"), _(r, "Save as a draft"));
        html_form_end(h);
        return true;
    }
    if (!submitted_at) {
        html(h, "<p>%s</p>\n", _(r, "The call is decided: reviews are closed."));
        return true;
    }
    Others o = {.r = r, .h = html_new(r->arena), .me = r->account->id, .level = 4};
    if (q_reviews_of(r->db, r->org_id, proposal_id, r->arena, &o.row, other_line, &o) < DB_NONE)
        return false;
    close_review(&o);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "Submitted on %s."), moment_text(r, submitted_at)));
    html(h, "<h3>%s</h3>\n", _(r, "All submitted reviews"));
    html_append(h, o.h);
    return true;
}

typedef struct Pending {
    Req *r;
    Html *h;
    int64_t proposal_id; /* 0: any */
    int64_t account_id, row_proposal, done;
    int n;
} Pending;

static bool pending_row(void *ctx)
{
    Pending *p = ctx;
    Req *r = p->r;
    if (p->account_id != r->account->id || p->done ||
        (p->proposal_id && p->row_proposal != p->proposal_id))
        return true;
    if (!p->n++)
        html(p->h, "<div class=\"notice\" role=\"status\"><p>%s</p>\n<ul>\n",
             _(r, "You are on the jury of this call: the scores, the others' reviews and the "
                  "ranking show once you have submitted your reviews."));
    html(p->h, "<li><a href=\"/orgs/%lld/jury/proposals/%lld\">%s</a></li>\n", (long long)r->org_id,
         (long long)p->row_proposal,
         arena_printf(r->arena, _(r, "Review proposal %lld"), (long long)p->row_proposal));
    return true;
}

bool html_my_pending_call_reviews(Html *h, Req *r, const Call *c, int64_t proposal_id, int *n)
{
    Pending p = {.r = r, .h = h, .proposal_id = proposal_id};
    *n = 0;
    if (c->status == CALL_DECIDED) /* reviews are closed: nothing left to influence */
        return true;
    if (q_review_progress(r->db, r->org_id, c->id, &p.account_id, &p.row_proposal, &p.done,
                          pending_row, &p) < DB_NONE)
        return false;
    if (p.n)
        html_lit(h, "</ul></div>\n");
    *n = p.n;
    return true;
}

bool html_funder_reviews(Html *h, Req *r, const Call *c, int64_t proposal_id)
{
    Others o = {.r = r, .h = html_new(r->arena), .level = 3};
    html(h, "<h2>%s</h2>\n", _(r, "Reviews"));
    int mine = 0;
    if (!html_my_pending_call_reviews(h, r, c, proposal_id, &mine))
        return false;
    if (mine)
        return true;
    if (q_reviews_of(r->db, r->org_id, proposal_id, r->arena, &o.row, other_line, &o) < DB_NONE)
        return false;
    close_review(&o);
    if (!o.n)
        html(h, "<p>%s</p>\n", _(r, "No review submitted yet."));
    else
        html_append(h, o.h);
    return true;
}
