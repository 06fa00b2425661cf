/* reviews.c — a jury member scores an assigned proposal on each of the call's award
 * criteria, within its scale, and comments; saves a draft or submits. Only after
 * submitting does the member see the other members' reviews of that proposal. */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"
#include "q/calls/jury.h"
#include "q/calls/proposal.h"
#include "q/calls/review.h"

/* "7.40": the weighted mean of scores, two decimals, rounded half up. */
static const char *weighted(Req *r, int64_t sum_ws, int64_t sum_w)
{
    if (sum_w <= 0)
        return "–";
    int64_t hundredths = (sum_ws * 100 + sum_w / 2) / sum_w;
    return number_text(r, hundredths, 2, 2);
}

typedef struct Scores {
    Req *r;
    ScoreRow row;
    ScoreRow rows[32];
    int n;
} Scores;

static bool score_row(void *ctx)
{
    Scores *s = ctx;
    if (s->n < 32)
        s->rows[s->n++] = s->row;
    return true;
}

typedef struct Others {
    Req *r;
    Html *h;
    ReviewLine row;
    int64_t me, current;
    int64_t sum_ws, sum_w;
    const char *comment;
    int n;
} Others;

static void close_review(Others *o)
{
    if (!o->current)
        return;
    html(o->h, "</ul>\n<p>%s</p>\n", arena_printf(o->r->arena, _(o->r, "Weighted score: %s"),
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
        html(o->h, "<article>\n<h4>%s</h4>\n<ul>\n",
             !o->me                 ? x->name
             : x->account_id == o->me ? _(r, "Your review")
                                      : arena_printf(r->arena, _(r, "Reviewer %d"), o->n));
    }
    html(o->h, "<li>%s: %lld</li>\n", lang_pick(r->lang, x->text), (long long)x->score);
    if (x->score >= 0) {
        o->sum_ws += x->weight * x->score;
        o->sum_w += x->weight;
    }
    return true;
}

bool html_review_section(Html *h, Req *r, const Call *c, int64_t proposal_id,
                         const FormErrors *e)
{
    Scores s = {.r = r};
    char *comment = NULL;
    int64_t submitted_at = 0;
    DbStatus st = q_review_get(r->db, r->org_id, proposal_id, r->account->id, r->arena, &comment,
                               &submitted_at);
    if (st < DB_NONE ||
        q_review_scores(r->db, r->org_id, proposal_id, r->account->id, r->arena, &s.row,
                        score_row, &s) < DB_NONE)
        return false;
    html(h, "<h2 id=\"review\">%s</h2>\n", _(r, "Your review"));
    if (!submitted_at && c->status != CALL_DECIDED) {
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena, _(r, "Score each criterion from %lld to %lld. You will see "
                                         "the other reviews once you submit yours."),
                          (long long)c->scale_min, (long long)c->scale_max));
        html_error_summary(h, r, e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld/review",
                                           (long long)r->org_id, (long long)proposal_id));
        for (int i = 0; i < s.n; i++) {
            ScoreRow *x = &s.rows[i];
            const char *name = arena_printf(r->arena, "s-%lld", (long long)x->item_id);
            const char *sent = form_get(r, name);
            const char *value = sent ? sent
                                     : x->score >= 0 ? arena_printf(r->arena, "%lld", (long long)x->score)
                                                     : NULL;
            html_input(h, r, e, "number", name,
                       arena_printf(r->arena, _(r, "%s (weight %lld)"), lang_pick(r->lang, x->text),
                                    (long long)x->weight),
                       value, "off");
        }
        const char *sent_comment = form_get(r, "comment");
        html_textarea(h, e, "comment", _(r, "Comment"), sent_comment ? sent_comment : comment, 5);
        html(h, "<button type=\"submit\" name=\"action\" value=\"submit\">%s</button>\n"
                "<button type=\"submit\" name=\"action\" value=\"save\" class=\"secondary\">%s</button>\n",
             _(r, "Submit the review"), _(r, "Save as a draft"));
        html_form_end(h);
        return true;
    }
    if (!submitted_at) {
        html(h, "<p>%s</p>\n", _(r, "The call is decided: reviews are closed."));
        return true;
    }
    Others o = {.r = r, .h = html_new(r->arena), .me = r->account->id};
    if (q_reviews_of(r->db, r->org_id, proposal_id, r->arena, &o.row, other_line, &o) < DB_NONE)
        return false;
    close_review(&o);
    html(h, "<p>%s</p>\n", arena_printf(r->arena, _(r, "Submitted on %s."), moment_text(r, submitted_at)));
    html(h, "<h3>%s</h3>\n", _(r, "All submitted reviews"));
    html_append(h, o.h);
    return true;
}

typedef struct ReviewTx {
    Req *r;
    int64_t proposal_id;
    Scores *s;
    int64_t scores[32];
    bool given[32];
    const char *comment;
    bool submit, refused;
} ReviewTx;

static DbStatus review_tx(Db *db, void *ctx)
{
    ReviewTx *t = ctx;
    Req *r = t->r;
    DbStatus st = q_review_save(db, r->org_id, t->proposal_id, r->account->id, t->comment,
                                t->submit, clock_now());
    if (st == DB_NONE) {
        t->refused = true;
        return DB_CONFLICT;
    }
    for (int i = 0; st >= DB_NONE && i < t->s->n; i++) {
        if (!t->given[i])
            continue;
        st = q_score_set(db, r->org_id, t->proposal_id, r->account->id, t->s->rows[i].item_id,
                         t->scores[i]);
        if (st == DB_NONE) {
            t->refused = true;
            return DB_CONFLICT;
        }
    }
    return st < DB_NONE ? st : DB_ONE;
}

/* POST /orgs/{org}/jury/proposals/{id}/review */
enum MHD_Result page_review_save(Req *r)
{
    int64_t id = req_id(r, "id");
    DbStatus st = q_juror_may_read(r->db, r->org_id, id, r->account->id);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    Proposal p;
    Call c;
    if (q_funder_proposal(r->db, r->org_id, id, r->arena, &p) != DB_ONE ||
        q_call_get(r->db, r->org_id, p.call_id, r->arena, &c) != DB_ONE)
        return reply_error(r, ERR_DB);
    Scores s = {.r = r};
    if (q_review_scores(r->db, r->org_id, id, r->account->id, r->arena, &s.row, score_row, &s) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    const char *action = form_get(r, "action");
    ReviewTx t = {.r = r, .proposal_id = id, .s = &s,
                  .submit = action && !strcmp(action, "submit")};
    FormErrors e = {0};
    for (int i = 0; i < s.n; i++) {
        const char *name = arena_printf(r->arena, "s-%lld", (long long)s.rows[i].item_id);
        const char *v = form_get(r, name);
        const char *label = lang_pick(r->lang, s.rows[i].text);
        if (!v || !*v) {
            if (t.submit)
                form_error(&e, name, arena_printf(r->arena, _(r, "%s: give a score to submit."), label));
            continue;
        }
        int64_t n;
        if (!parse_int64(v, &n) || n < c.scale_min || n > c.scale_max) {
            form_error(&e, name, arena_printf(r->arena, _(r, "%s: a score is a whole number from %lld to %lld."),
                                              label, (long long)c.scale_min, (long long)c.scale_max));
            continue;
        }
        t.scores[i] = n;
        t.given[i] = true;
    }
    const char *comment = form_get(r, "comment");
    if (comment && strlen(comment) > 10000)
        form_error(&e, "comment", _(r, "The comment is too long (10,000 characters at most)."));
    t.comment = comment && *comment ? comment : NULL;
    if (!e.n) {
        st = db_tx(r->db, review_tx, &t);
        if (t.refused)
            form_error(&e, "comment", _(r, "This review is submitted already, or the call is decided."));
        else if (st < DB_NONE)
            return reply_error(r, ERR_DB);
    }
    if (e.n) {
        Html *h = page_begin(r, p.title);
        html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", p.title, p.org_name, call_title(r, &c));
        if (!html_review_section(h, r, &c, id, &e))
            return reply_error(r, ERR_DB);
        return page_end_status(r, h, t.refused ? 409 : 400);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/jury/proposals/%lld?%s#review",
                                          (long long)r->org_id, (long long)id,
                                          t.submit ? "submitted=1" : "saved=1"));
}

bool html_funder_reviews(Html *h, Req *r, int64_t proposal_id)
{
    Others o = {.r = r, .h = html_new(r->arena)};
    if (q_reviews_of(r->db, r->org_id, proposal_id, r->arena, &o.row, other_line, &o) < DB_NONE)
        return false;
    close_review(&o);
    html(h, "<h2>%s</h2>\n", _(r, "Reviews"));
    if (!o.n)
        html(h, "<p>%s</p>\n", _(r, "No review submitted yet."));
    else
        html_append(h, o.h);
    return true;
}
