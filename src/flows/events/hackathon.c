/* flows/events/hackathon.c — challenges, criteria, teams, submissions, scores and the
 * ranking of a hackathon (see hackathon.h). */
#include "flows/events/hackathon.h"

#include "domain/disagree.h"
#include "domain/selection.h"
#include "flows/tx.h"
#include "q/events/hackathon.h"

Outcome hack_challenge_add(const Flow *f, const Event *e, int64_t partner_id, const char *title,
                           const char *brief)
{
    Outcome o = outcome_ok();
    if (e->kind != EVENT_HACKATHON) {
        outcome_field(&o, "title", F_(f, "Only a hackathon has challenges."));
        return o;
    }
    DbStatus st = q_hack_challenge_add(f->db, e->org_id, e->id, partner_id, title,
                                       brief ? brief : "", f->now, &o.id);
    if (st == DB_NONE)
        outcome_field(&o, "partner_id", F_(f, "Choose one of your partners."));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    return o;
}

Outcome hack_criterion_add(const Flow *f, const Event *e, const char *label, int64_t weight)
{
    Outcome o = outcome_ok();
    if (e->kind != EVENT_HACKATHON) {
        outcome_field(&o, "label", F_(f, "Only a hackathon has a jury."));
        return o;
    }
    Criterion c;
    Rows all = ROWS_FROM(f->arena, &c);
    DbStatus st = q_hack_criteria(f->db, e->org_id, e->id, f->arena, &c, rows_collect, &all);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (all.n >= HACK_MAX_CRITERIA) {
        outcome_field(&o, "label",
                      arena_printf(f->arena, F_(f, "A jury scores on at most %d criteria."),
                                   HACK_MAX_CRITERIA));
        return o;
    }
    st = q_hack_criterion_add(f->db, e->org_id, e->id, label, weight, &o.id);
    if (st != DB_ONE)
        outcome_db(&o, st == DB_NONE ? DB_ERROR : st);
    return o;
}

typedef struct TeamTx {
    const Event *e;
    int64_t challenge_id;
    const char *name;
    const int64_t *members;
    int n;
    int64_t id;
    bool no_challenge, not_registered, in_a_team;
} TeamTx;

static DbStatus team_tx(const Flow *f, void *ctx)
{
    TeamTx *t = ctx;
    DbStatus st =
        q_hack_team_add(f->db, t->e->org_id, t->e->id, t->challenge_id, t->name, f->now, &t->id);
    if (flow_tx_stop(&st, &t->no_challenge))
        return st;
    for (int i = 0; i < t->n; i++) {
        st = q_hack_member_add(f->db, t->e->org_id, t->id, t->members[i]);
        t->in_a_team = st == DB_CONFLICT;
        if (flow_tx_stop(&st, &t->not_registered))
            return st;
    }
    return DB_ONE;
}

Outcome hack_team_add(const Flow *f, const Event *e, int64_t challenge_id, const char *name,
                      const int64_t *members, int n)
{
    Outcome o = outcome_ok();
    if (n < 1) {
        outcome_field(&o, "members", F_(f, "Choose the team's members."));
        return o;
    }
    TeamTx t = {.e = e, .challenge_id = challenge_id, .name = name, .members = members, .n = n};
    DbStatus st = flow_tx(f, team_tx, &t);
    if (t.no_challenge)
        outcome_field(&o, "challenge_id", F_(f, "Choose one of this hackathon's challenges."));
    else if (t.in_a_team)
        outcome_conflict(&o, "members", F_(f, "Someone you chose is in a team already."));
    else if (t.not_registered)
        outcome_field(
            &o, "members",
            F_(f, "Only people registered for this hackathon (not waiting) join a team."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        o.id = t.id;
    return o;
}

Outcome hack_submit(const Flow *f, const HackTeam *t, const char *url, const EvidenceFile *file)
{
    Outcome o = outcome_ok();
    bool has_file;
    Submission s = {.team_id = t->id, .url = (char *)url};
    s.file_type = (char *)flow_link_or_file(f, url, file, &has_file, &o);
    if (!o.ok)
        return o;
    if (has_file) {
        s.file_name = (char *)file->name;
        s.file_size = (int64_t)file->len;
    }
    DbStatus st = q_hack_submission_add(f->db, t->org_id, t->id, &s, has_file ? file->data : NULL,
                                        f->now, &o.id);
    if (st != DB_ONE)
        outcome_db(&o, st == DB_NONE ? DB_ERROR : st);
    return o;
}

typedef struct ScoreTx {
    const HackTeam *t;
    const Criterion *criteria;
    const int64_t *scores;
    int n;
    bool missed;
} ScoreTx;

static DbStatus score_tx(const Flow *f, void *ctx)
{
    ScoreTx *s = ctx;
    for (int i = 0; i < s->n; i++) {
        DbStatus st = q_hack_score_set(f->db, s->t->org_id, s->t->id, f->who->account_id,
                                       s->criteria[i].id, s->scores[i]);
        if (flow_tx_stop(&st, &s->missed))
            return st;
    }
    return DB_ONE;
}

Outcome hack_score(const Flow *f, const HackTeam *t, const Criterion *criteria,
                   const int64_t *scores, int n)
{
    Outcome o = outcome_ok();
    o.id = t->id;
    for (int i = 0; i < n; i++)
        if (scores[i] < 0 || scores[i] > HACK_SCALE_MAX)
            outcome_field(
                &o, "scores",
                arena_printf(f->arena, F_(f, "Give every score from 0 to %d."), HACK_SCALE_MAX));
    if (!n)
        outcome_field(&o, "scores", F_(f, "The jury's criteria come first."));
    if (!o.ok)
        return o;
    ScoreTx s = {.t = t, .criteria = criteria, .scores = scores, .n = n};
    DbStatus st = flow_tx(f, score_tx, &s);
    if (s.missed)
        outcome_conflict(&o, "scores", F_(f, "The criteria changed meanwhile: score again."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

/* --- the ranking ---------------------------------------------------------------------- */

/* The index of criterion id among the criteria, or -1. */
static int criterion_index(const Rows *criteria, int64_t id)
{
    for (int i = 0; i < criteria->n; i++)
        if (ROW(criteria, Criterion, i)->id == id)
            return i;
    return -1;
}

/* Fills p->scores with the complete score sets (every criterion) of p's team among the
 * scores [from, to) of the same team, in juror order. */
static void team_scores(Arena *a, const Rows *criteria, const Rows *scores, int from, int to,
                        SelProposal *p)
{
    int nc = criteria->n, *out = arena_alloc(a, sizeof *out * (size_t)(nc * (to - from) + 1));
    int *one = arena_alloc(a, sizeof *one * (size_t)nc);
    p->nreviews = 0;
    for (int i = from; i < to;) {
        int64_t juror = ROW(scores, Score, i)->juror_id;
        int got = 0;
        for (; i < to && ROW(scores, Score, i)->juror_id == juror; i++) {
            int c = criterion_index(criteria, ROW(scores, Score, i)->criterion_id);
            if (c >= 0) {
                one[c] = (int)ROW(scores, Score, i)->score;
                got++;
            }
        }
        if (got == nc && p->nreviews < SEL_MAX_REVIEWS) {
            for (int c = 0; c < nc; c++)
                out[p->nreviews * nc + c] = one[c];
            p->nreviews++;
        }
    }
    p->scores = p->nreviews ? out : NULL;
}

bool hack_ranking(const Flow *f, int64_t org_id, int64_t event_id, const Rows *teams,
                  HackRank **out)
{
    Criterion c;
    Score s;
    Rows criteria = ROWS_FROM(f->arena, &c), scores = ROWS_FROM(f->arena, &s);
    if (q_hack_criteria(f->db, org_id, event_id, f->arena, &c, rows_collect, &criteria) < DB_NONE ||
        q_hack_scores(f->db, org_id, event_id, &s, rows_collect, &scores) < DB_NONE)
        return false;
    int n = teams->n, nc = criteria.n;
    HackRank *rank = arena_alloc(f->arena, sizeof *rank * (size_t)(n + 1));
    *out = rank;
    for (int i = 0; i < n; i++)
        rank[i] = (HackRank){.team = ROW(teams, HackTeam, i)};
    if (!n || !nc)
        return true;
    int *weights = arena_alloc(f->arena, sizeof *weights * (size_t)nc);
    for (int i = 0; i < nc; i++)
        weights[i] = (int)ROW(&criteria, Criterion, i)->weight;
    SelProposal *props = arena_alloc(f->arena, sizeof *props * (size_t)n);
    for (int i = 0; i < n; i++) {
        const HackTeam *t = ROW(teams, HackTeam, i);
        props[i] = (SelProposal){
            .id = t->id, .requested_cents = 1, .submitted_at = t->created_at, .eligible = true};
        int from = 0;
        while (from < scores.n && ROW(&scores, Score, from)->team_id != t->id)
            from++;
        int to = from;
        while (to < scores.n && ROW(&scores, Score, to)->team_id == t->id)
            to++;
        team_scores(f->arena, &criteria, &scores, from, to, &props[i]);
    }
    /* every team "asks" one cent of a budget that holds them all: the selection is the
     * ranking itself */
    SelCall call = {.ncriteria = nc,
                    .weights = weights,
                    .scale_max = HACK_SCALE_MAX,
                    .min_reviews = 1,
                    .disagree_pct = DOM_DISAGREE_DEFAULT_PCT,
                    .budget_cents = n};
    SelOutcome *res = arena_alloc(f->arena, sizeof *res * (size_t)n);
    int *order = arena_alloc(f->arena, sizeof *order * (size_t)n);
    SelSummary sum;
    if (sel_select(&call, props, n, res, order, &sum) != SEL_OK)
        return false;
    for (int k = 0; k < n; k++) {
        int i = order[k];
        rank[k] = (HackRank){.team = ROW(teams, HackTeam, i),
                             .rank = res[i].rank,
                             .score_milli = res[i].score_milli,
                             .jurors = props[i].nreviews,
                             .disagree = res[i].disagreement};
    }
    return true;
}
