/* views/intake/review.c — shared parts of the intake pages (see review.h). */
#include "views/intake/review.h"

#include <string.h>

#include "core/clock.h"
#include "core/rows.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"

const char *app_link_hash(Req *r)
{
    const char *tok = req_param(r, "token");
    if (!tok || strlen(tok) != AUTH_TOKEN_LEN)
        return NULL;
    char *hash = arena_alloc(r->arena, AUTH_HASH_HEX_LEN + 1);
    auth_token_hash(tok, hash);
    return hash;
}

DbStatus app_by_link(Req *r, bool guardian, Application *x)
{
    const char *hash = app_link_hash(r);
    if (!hash)
        return DB_NONE;
    return guardian ? q_application_by_consent(r->db, hash, r->arena, x)
                    : q_application_by_token(r->db, hash, r->arena, x);
}

enum MHD_Result with_app_link(Req *r, bool guardian, LinkPage fn)
{
    Application x;
    DbStatus st = app_by_link(r, guardian, &x);
    return st == DB_ONE ? fn(r, &x) : reply_missing(r, st);
}

const char *app_reason_text(Req *r, const Application *x)
{
    const char *label = app_reason_label(x);
    return *label ? _(r, label) : "";
}

const char *app_consent_text(Req *r, const Application *x)
{
    return _(r, vocab_label(&consent_vocab, x->consent));
}

bool html_consent_events(Html *h, Req *r, const Application *x)
{
    ConsentEvent ev;
    Rows all = ROWS_FROM(r->arena, &ev);
    if (q_consent_events(r->db, x->org_id, x->id, r->arena, &ev, rows_collect, &all) < DB_NONE)
        return false;
    if (!all.n)
        return true;
    html_lit(h, "<ul>\n");
    for (int i = 0; i < all.n; i++) {
        const ConsentEvent *e = ROW(&all, ConsentEvent, i);
        const char *what = e->action == CONSENT_GIVEN     ? _(r, "Agreed")
                           : e->action == CONSENT_REFUSED ? _(r, "Did not agree")
                                                          : _(r, "Withdrew their consent");
        const char *how =
            e->via == VIA_PAPER
                ? arena_printf(r->arena, _(r, "on paper, recorded by %s"), e->recorder)
                : _(r, "through the link sent by e-mail");
        html(h, "<li>%s: %s — %s (%s)</li>\n", moment_text(r, e->at), what, e->by_name, how);
    }
    html_lit(h, "</ul>\n");
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

bool html_app_blind(Html *h, Req *r, const Application *x)
{
    html(h, "<p>%s</p>\n", lang_pick(r->lang, x->title));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Age"), age_band(r, x->birth_date), _(r, "Registered job-seeker"),
         x->jobseeker ? _(r, "Yes") : _(r, "No"));
    html(h, "<h2>%s</h2>\n<dl class=\"answers\">\n", _(r, "Answers"));
    AppAnswer an;
    Rows all = ROWS_FROM(r->arena, &an);
    if (q_app_answers(r->db, r->org_id, x->id, r->arena, &an, rows_collect, &all) < DB_NONE)
        return false;
    for (int i = 0; i < all.n; i++) {
        const AppAnswer *a = ROW(&all, AppAnswer, i);
        const char *v = a->value;
        int yes;
        if (a->kind == QK_YESNO && vocab_parse(&yesno_vocab, v, &yes))
            v = _(r, vocab_label(&yesno_vocab, yes));
        html(h, "<dt>%s%s%s</dt><dd class=\"prose\">%s</dd>\n", lang_pick(r->lang, a->label),
             a->motivation ? " · " : "", a->motivation ? _(r, "Motivation") : "",
             *v ? v : _(r, "(no answer)"));
    }
    html_lit(h, "</dl>\n");
    return true;
}

/* --- the submitted reviews ---------------------------------------------------------------- */

/* The label of criterion id among crits, "" when it is not there. */
static const char *criterion_label(Req *r, const Rows *crits, int64_t id)
{
    for (int i = 0; i < crits->n; i++)
        if (ROW(crits, AppCriterion, i)->id == id)
            return lang_pick(r->lang, ROW(crits, AppCriterion, i)->label);
    return "";
}

bool html_review_lines(Html *h, Req *r, const Application *x, bool named, int *n)
{
    AppCriterion crit;
    AppReviewLine line;
    Rows crits = ROWS_FROM(r->arena, &crit), lines = ROWS_FROM(r->arena, &line);
    if (q_criteria(r->db, r->org_id, x->programme_id, r->arena, &crit, rows_collect, &crits) <
            DB_NONE ||
        q_app_review_lines(r->db, r->org_id, x->id, r->arena, &line, rows_collect, &lines) <
            DB_NONE)
        return false;
    int64_t current = 0; /* the reviewer whose article is open */
    *n = 0;
    for (int i = 0; i < lines.n; i++) {
        const AppReviewLine *l = ROW(&lines, AppReviewLine, i);
        if (l->account_id != current) {
            if (current)
                html_lit(h, "</ul>\n</article>\n");
            current = l->account_id;
            (*n)++;
            const char *who = named ? l->name
                              : r->account && l->account_id == r->account->id
                                  ? _(r, "Your review")
                                  : arena_printf(r->arena, _(r, "Reviewer %d"), *n);
            html(h, "<article>\n<h3>%s</h3>\n", who);
            if (*l->comment)
                html(h, "<p class=\"prose\">%s</p>\n", l->comment);
            html_lit(h, "<ul>\n");
        }
        html(h, "<li>%s: %lld</li>\n", criterion_label(r, &crits, l->criterion_id),
             (long long)l->score);
    }
    if (current)
        html_lit(h, "</ul>\n</article>\n");
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

bool html_my_pending_reviews(Html *h, Req *r, int64_t programme_id, int *n)
{
    AppPair pair;
    Rows all = ROWS_FROM(r->arena, &pair);
    *n = 0;
    if (q_app_pairs(r->db, r->org_id, programme_id, &pair, rows_collect, &all) < DB_NONE)
        return false;
    for (int i = 0; i < all.n; i++) {
        const AppPair *p = ROW(&all, AppPair, i);
        if (p->account_id != r->account->id || p->submitted)
            continue;
        if (!(*n)++)
            html(h, "<div class=\"notice\" role=\"status\"><p>%s</p>\n<ul>\n",
                 _(r, "You review applications of this programme: their scores, the others' "
                      "reviews and the ranking show once you have submitted your reviews."));
        html(h, "<li><a href=\"/orgs/%lld/reviews/%lld\">%s</a></li>\n", (long long)r->org_id,
             (long long)p->application_id,
             arena_printf(r->arena, _(r, "Review application A-%lld"),
                          (long long)p->application_id));
    }
    if (*n)
        html_lit(h, "</ul></div>\n");
    return true;
}
