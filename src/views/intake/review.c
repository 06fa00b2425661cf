/* views/intake/review.c — shared parts of the intake pages (see review.h). */
#include "views/intake/review.h"

#include "core/clock.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "q/intake/admission.h"

const char *app_reason_text(Req *r, const Application *x)
{
    const char *label = app_reason_label(x);
    return *label ? _(r, label) : "";
}

const char *app_consent_text(Req *r, const Application *x)
{
    return _(r, vocab_label(&consent_vocab, x->consent));
}

typedef struct Events {
    Req *r;
    Html *h;
    ConsentEvent row;
    int n;
} Events;

static bool event_row(void *ctx)
{
    Events *e = ctx;
    Req *r = e->r;
    const char *what = e->row.action == CONSENT_GIVEN     ? _(r, "Agreed")
                       : e->row.action == CONSENT_REFUSED ? _(r, "Did not agree")
                                                          : _(r, "Withdrew their consent");
    const char *how =
        e->row.via == VIA_PAPER
            ? arena_printf(r->arena, _(r, "on paper, recorded by %s"), e->row.recorder)
            : _(r, "through the link sent by e-mail");
    html(e->h, "<li>%s: %s — %s (%s)</li>\n", moment_text(r, e->row.at), what, e->row.by_name, how);
    e->n++;
    return true;
}

bool html_consent_events(Html *h, Req *r, const Application *x)
{
    Events e = {.r = r, .h = html_new(r->arena)};
    if (q_consent_events(r->db, x->org_id, x->id, r->arena, &e.row, event_row, &e) < DB_NONE)
        return false;
    if (e.n) {
        html(h, "<ul>\n");
        html_append(h, e.h);
        html(h, "</ul>\n");
    }
    return true;
}

const char *age_band(Req *r, const char *birth_date)
{
    static const int edges[] = {12, 16, 18, 26, 36, 51};
    Date birth, today;
    int m;
    if (!birth_date || !date_parse(birth_date, &birth))
        return "–";
    bxl_from_utc(clock_now(), &today, &m);
    int age = age_on(birth, today), lo = 0;
    for (int i = 0; i < 6; i++) {
        if (age < edges[i])
            return lo ? arena_printf(r->arena, _(r, "%d to %d years"), lo, edges[i] - 1)
                      : arena_printf(r->arena, _(r, "under %d"), edges[i]);
        lo = edges[i];
    }
    return arena_printf(r->arena, _(r, "%d or older"), lo);
}

typedef struct Answers {
    Req *r;
    Html *h;
    AppAnswer row;
} Answers;

static bool answer_row(void *ctx)
{
    Answers *a = ctx;
    Req *r = a->r;
    AppAnswer *x = &a->row;
    const char *v = x->value;
    int yes;
    if (x->kind == QK_YESNO && vocab_parse(&yesno_vocab, v, &yes))
        v = _(r, vocab_label(&yesno_vocab, yes));
    html(a->h, "<dt>%s%s%s</dt><dd class=\"prose\">%s</dd>\n", lang_pick(r->lang, x->label),
         x->motivation ? " · " : "", x->motivation ? _(r, "Motivation") : "",
         *v ? v : _(r, "(no answer)"));
    return true;
}

bool html_app_blind(Html *h, Req *r, const Application *x)
{
    html(h, "<p>%s</p>\n", lang_pick(r->lang, x->title));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Age"), age_band(r, x->birth_date), _(r, "Registered job-seeker"),
         x->jobseeker ? _(r, "Yes") : _(r, "No"));
    html(h, "<h2>%s</h2>\n<dl class=\"answers\">\n", _(r, "Answers"));
    Answers a = {.r = r, .h = h};
    if (q_app_answers(r->db, r->org_id, x->id, r->arena, &a.row, answer_row, &a) < DB_NONE)
        return false;
    html_lit(h, "</dl>\n");
    return true;
}

/* --- the submitted reviews ---------------------------------------------------------------- */

typedef struct Lines {
    Req *r;
    Html *h;
    AppCriterion crit;
    Rows crits; /* the programme's criteria, for their labels */
    AppReviewLine row;
    int64_t current;
    bool named;
    int n;
} Lines;

static bool line_row(void *ctx)
{
    Lines *l = ctx;
    Req *r = l->r;
    AppReviewLine *x = &l->row;
    if (x->account_id != l->current) {
        if (l->current)
            html_lit(l->h, "</ul>\n</article>\n");
        l->current = x->account_id;
        l->n++;
        const char *who = l->named ? x->name
                          : r->account && x->account_id == r->account->id
                              ? _(r, "Your review")
                              : arena_printf(r->arena, _(r, "Reviewer %d"), l->n);
        html(l->h, "<article>\n<h3>%s</h3>\n", who);
        if (*x->comment)
            html(l->h, "<p class=\"prose\">%s</p>\n", x->comment);
        html_lit(l->h, "<ul>\n");
    }
    const char *label = "";
    for (int i = 0; i < l->crits.n; i++)
        if (ROW(&l->crits, AppCriterion, i)->id == x->criterion_id)
            label = lang_pick(r->lang, ROW(&l->crits, AppCriterion, i)->label);
    html(l->h, "<li>%s: %lld</li>\n", label, (long long)x->score);
    return true;
}

bool html_review_lines(Html *h, Req *r, const Application *x, bool named, int *n)
{
    Lines l = {.r = r, .h = h, .named = named};
    l.crits = ROWS_FROM(r->arena, &l.crit);
    if (q_criteria(r->db, r->org_id, x->programme_id, r->arena, &l.crit, rows_collect, &l.crits) <
            DB_NONE ||
        q_app_review_lines(r->db, r->org_id, x->id, r->arena, &l.row, line_row, &l) < DB_NONE)
        return false;
    if (l.current)
        html_lit(h, "</ul>\n</article>\n");
    *n = l.n;
    return true;
}

bool app_review_pending(Req *r, const Application *x, bool *pending)
{
    char *comment = NULL;
    int64_t submitted_at = 0;
    DbStatus st = q_app_review_get(r->db, r->org_id, x->id, r->account->id, r->arena, &comment,
                                   &submitted_at);
    *pending = st == DB_ONE && !submitted_at && x->status == APP_SUBMITTED;
    return st >= DB_NONE;
}

typedef struct Pending {
    Req *r;
    Html *h;
    AppPair row;
    int n;
} Pending;

static bool pending_row(void *ctx)
{
    Pending *p = ctx;
    Req *r = p->r;
    if (p->row.account_id != r->account->id || p->row.submitted)
        return true;
    if (!p->n++)
        html(p->h, "<div class=\"notice\" role=\"status\"><p>%s</p>\n<ul>\n",
             _(r, "You review applications of this programme: their scores, the others' reviews "
                  "and the ranking show once you have submitted your reviews."));
    html(p->h, "<li><a href=\"/orgs/%lld/reviews/%lld\">%s</a></li>\n", (long long)r->org_id,
         (long long)p->row.application_id,
         arena_printf(r->arena, _(r, "Review application A-%lld"),
                      (long long)p->row.application_id));
    return true;
}

bool html_my_pending_reviews(Html *h, Req *r, int64_t programme_id, int *n)
{
    Pending p = {.r = r, .h = h};
    *n = 0;
    if (q_app_pairs(r->db, r->org_id, programme_id, &p.row, pending_row, &p) < DB_NONE)
        return false;
    if (p.n)
        html_lit(h, "</ul></div>\n");
    *n = p.n;
    return true;
}
