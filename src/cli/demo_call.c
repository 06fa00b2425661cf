/* demo_call.c — the calls for projects of traject demo replayed through the workflows the
 * pages use (see demo_call.h): the fund writes and publishes each call and appoints its
 * jury; each applicant organisation's member drafts, completes and submits its proposal
 * before the deadline; the fund screens them, assigns the reviews; the jurors score; the
 * fund decides and pays tranches. Each act happens at its own moment (Flow.now), counted in
 * days before the demo is loaded. Scores vary by a reproducible generator (core/prng.h). */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "cli/demo_call.h"
#include "cli/demo_people.h"
#include "core/clock.h"
#include "core/rows.h"
#include "domain/auth.h"
#include "domain/disagree.h"
#include "domain/groups.h"
#include "flows/accounts/members.h"
#include "flows/calls/call.h"
#include "flows/calls/decision.h"
#include "flows/calls/grant.h"
#include "flows/calls/jury.h"
#include "flows/calls/proposal.h"
#include "flows/calls/review.h"
#include "flows/calls/screening.h"
#include "flows/impact/funding.h"
#include "q/accounts/account.h"
#include "q/calls/call.h"
#include "q/calls/grant.h"
#include "q/training/programme.h"

#define DAY 86400
#define HOUR 3600
#define JURORS 3

/* the budget every proposal attaches, where its call asks for one */
static const char demo_pdf[] = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n";

typedef struct Replay {
    CliRun *run;
    Db *db;
    Arena *a;
    int64_t funder, now; /* now: when the demo is loaded */
    Actor fund, jury[JURORS];
    DemoCalls data;
    Actor *applicant; /* [data.napplicants] */
    Prng prng;
    Flow f;
    const char *hash; /* of the demo's password, for the accounts added */
    bool ok;
} Replay;

/* The flow of who, acting days (fractional: seconds added) before the demo's moment. */
static const Flow *act(Replay *r, const Actor *who, int64_t at)
{
    r->f.who = who;
    r->f.now = at;
    return &r->f;
}

/* --- the applicant organisations ---------------------------------------------------- */

/* Each applicant organisation and its member, added when missing: the new accounts share
 * one hash of the demo's password (hashing is slow by design, once is enough). */
static bool applicants_ready(Replay *r)
{
    Date today;
    int minute;
    bxl_from_utc(r->now, &today, &minute);
    r->applicant = arena_alloc(r->a, sizeof *r->applicant * (size_t)r->data.napplicants);
    for (int i = 0; i < r->data.napplicants; i++) {
        const DemoApplicant *x = &r->data.applicants[i];
        int64_t org;
        bool created;
        AccountRow acc;
        if (!cli_org_ensure(r->run, x->org, ORG_TRAINING, &org, &created))
            return false;
        DbStatus st = q_account_by_email(r->db, x->email, r->a, &acc);
        if (st < DB_NONE)
            return false;
        DemoPerson who = demo_person(&r->prng, r->a, today, 28, 62, "brussels");
        MemberAdd in = {.email = x->email,
                        .name = who.name,
                        .hash = r->hash,
                        .org_id = org,
                        .roles = ROLE_ADMIN};
        if (st == DB_NONE && !demo_ok(flow_member_add(act(r, &r->fund, r->now), &in), x->email))
            return false;
        r->applicant[i] = demo_actor(r->db, r->a, x->email, org);
    }
    return true;
}

/* --- answering the workflows' questions ---------------------------------------------- */

/* The call's items as recorded, by the rank of each in the spec. */
typedef struct Items {
    int64_t *id; /* [nitems]: the item of spec item i */
} Items;

static bool items_read(Replay *r, const DemoCallSpec *s, int64_t call, Items *it)
{
    CallItem row;
    Rows rows = ROWS_FROM(r->a, &row);
    if (q_call_items(r->db, r->funder, call, r->a, &row, rows_collect, &rows) < DB_NONE)
        return false;
    it->id = arena_alloc(r->a, sizeof *it->id * (size_t)s->nitems);
    for (int i = 0; i < s->nitems; i++) {
        it->id[i] = 0;
        for (int k = 0; k < rows.n; k++) {
            const CallItem *x = ROW(&rows, CallItem, k);
            if (x->kind == s->items[i].kind && x->text[0] &&
                !strcmp(x->text[0], s->items[i].text[0]))
                it->id[i] = x->id;
        }
        if (!it->id[i])
            return false;
    }
    return true;
}

/* What the fund answers on one proposal's checklist. */
typedef struct Screen {
    const DemoCallSpec *s;
    const Items *it;
    const DemoProposal *p;
} Screen;

/* The spec item of item_id and its rank among the eligibility items; -1 when none. */
static int eligibility_rank(const Screen *x, int64_t item_id)
{
    int rank = 0;
    for (int i = 0; i < x->s->nitems; i++) {
        if (x->s->items[i].kind != ITEM_ELIGIBILITY)
            continue;
        if (x->it->id[i] == item_id)
            return rank;
        rank++;
    }
    return -1;
}

static ScreeningAnswer screen_answer(void *ctx, int64_t item_id)
{
    const Screen *x = ctx;
    int rank = eligibility_rank(x, item_id);
    if (rank < 0)
        return SCREEN_UNANSWERED;
    return x->p->score < 0 && rank == x->p->not_met ? SCREEN_NOT_MET : SCREEN_MET;
}

static const char *screen_reason(void *ctx, int64_t item_id)
{
    const Screen *x = ctx;
    return screen_answer(ctx, item_id) == SCREEN_NOT_MET ? x->p->why : NULL;
}

/* A juror's scores on one proposal, by the call's criteria. */
typedef struct Scores {
    const DemoCallSpec *s;
    const Items *it;
    int score[8]; /* by rank among the criteria */
    char text[8][4];
} Scores;

static const char *score_of(void *ctx, int64_t item_id)
{
    Scores *x = ctx;
    int rank = 0;
    for (int i = 0; i < x->s->nitems; i++) {
        if (x->s->items[i].kind != ITEM_CRITERION)
            continue;
        if (x->it->id[i] == item_id && rank < 8) {
            snprintf(x->text[rank], sizeof x->text[rank], "%d", x->score[rank]);
            return x->text[rank];
        }
        rank++;
    }
    return NULL;
}

static int clamp10(int v)
{
    return v < 0 ? 0 : v > 10 ? 10 : v;
}

static const char *const comments[] = {
    "Clear plan, realistic figures.",
    "Reaches the people the call is for; the partners are named and committed.",
    "Good plan; the budget for equipment is on the high side.",
    "The team knows the neighbourhood well. The follow-up after the training is thin.",
    "Solid, with a credible schedule and a sensible budget.",
};

/* --- one call, from its draft to its grants ------------------------------------------ */

/* The proposal's draft, completed and submitted by its applicant at the moment at. */
static bool propose(Replay *r, const DemoCallSpec *s, int64_t call, const Items *it,
                    const DemoProposal *p, const int64_t *groups, int64_t at, int64_t *id)
{
    const Actor *who = &r->applicant[p->applicant];
    const Flow *f = act(r, who, at);
    Outcome o = flow_proposal_create(f, call, p->title, NULL);
    if (!demo_ok(o, "proposal"))
        return false;
    *id = o.id;
    int64_t cents = p->euros * 100, chosen[DEFAULT_GROUPS];
    int n = 0;
    for (int g = 0; g < DEFAULT_GROUPS; g++)
        if (p->groups & (1u << g))
            chosen[n++] = groups[g];
    Proposal d = {.id = o.id,
                  .title = (char *)p->title,
                  .summary = (char *)p->summary,
                  .requested = cents,
                  .planned_trained = p->euros / 1000,
                  .planned_reached = p->euros / 250};
    f = act(r, who, at + 2 * HOUR);
    if (!demo_ok(flow_proposal_save(f, &d, true, chosen, n, NULL), "proposal's draft") ||
        !demo_ok(flow_budget_line_add(f, o.id, "Trainers and coaches", cents * 6 / 10, NULL),
                 "budget line") ||
        !demo_ok(flow_budget_line_add(f, o.id, "Equipment and licences", cents / 4, NULL),
                 "budget line") ||
        !demo_ok(flow_budget_line_add(f, o.id, "Coordination and rooms",
                                      cents - cents * 6 / 10 - cents / 4, NULL),
                 "budget line"))
        return false;
    Upload pdf = {.filename = "budget.pdf", .data = demo_pdf, .len = sizeof demo_pdf - 1};
    for (int i = 0; i < s->nitems; i++)
        if (s->items[i].kind == ITEM_ATTACHMENT &&
            !demo_ok(flow_proposal_file_put(f, o.id, it->id[i], &pdf), "attachment"))
            return false;
    return demo_ok(flow_proposal_submit(act(r, who, at + DAY + HOUR), o.id), "submission");
}

/* The call as the fund writes it, published, with its jury appointed. */
static bool call_open(Replay *r, const DemoCallSpec *s, int64_t opens, int64_t closes,
                      int64_t *call, Items *it, int64_t *groups)
{
    Call c = {.title = {(char *)s->title[0], (char *)s->title[1], (char *)s->title[2]},
              .description = {(char *)s->description[0], (char *)s->description[1],
                              (char *)s->description[2]},
              .budget = s->budget * 100,
              .min_grant = s->min_grant * 100,
              .max_grant = s->max_grant * 100,
              .opens_at = opens,
              .closes_at = closes,
              .reviews_needed = JURORS,
              .scale_min = 0,
              .scale_max = 10,
              .disagree_pct = DOM_DISAGREE_DEFAULT_PCT,
              .tranches = s->tranches};
    const Flow *f = act(r, &r->fund, opens - 14 * DAY);
    Outcome o = flow_call_save(f, &c, NULL);
    if (!demo_ok(o, "call"))
        return false;
    *call = o.id;
    for (int i = 0; i < s->nitems; i++) {
        CallItem x = {.kind = s->items[i].kind,
                      .weight = s->items[i].weight,
                      .text = {(char *)s->items[i].text[0], (char *)s->items[i].text[1],
                               (char *)s->items[i].text[2]}};
        if (!demo_ok(flow_call_item_add(f, *call, &x, NULL), "call's item"))
            return false;
    }
    TargetGroup g;
    Rows rows = ROWS_FROM(r->a, &g);
    if (q_target_groups(r->db, r->funder, r->a, &g, rows_collect, &rows) < DB_NONE ||
        rows.n < DEFAULT_GROUPS || !items_read(r, s, *call, it))
        return false;
    for (int i = 0; i < DEFAULT_GROUPS; i++)
        groups[i] = ROW(&rows, TargetGroup, i)->id;
    if (!demo_ok(flow_call_groups(f, *call, groups, DEFAULT_GROUPS), "call's target groups") ||
        !demo_ok(flow_call_publish(act(r, &r->fund, opens - DAY), *call), "publication"))
        return false;
    for (int j = 0; j < JURORS; j++)
        if (!demo_ok(flow_jury_appoint(f, *call, r->jury[j].account_id), "jury"))
            return false;
    return true;
}

/* Juror j's scores on proposal i of s, by criterion: in the call still in review, as the
 * demo always gave them; in the decided one, around the proposal's merit. */
static void scores_of(Replay *r, const DemoCallSpec *s, int i, int j, Scores *x)
{
    int v = s->proposals[i].score;
    for (int k = 0; k < 8; k++)
        x->score[k] = s->decided ? clamp10(v + (int)prng_between(&r->prng, -1, 1))
                      : k == 1   ? clamp10(v - (j == 1))
                      : k == 2   ? clamp10(v + (j == 0))
                                 : v;
}

/* Screening, assignment and reviews of the submitted proposals ids[]. In the call still
 * in review, jury@ and jury3@ have two reviews each still to do. */
static bool review(Replay *r, const DemoCallSpec *s, int64_t call, const Items *it,
                   const int64_t *ids, int64_t closes)
{
    for (int i = 0; i < s->nproposals; i++) {
        Screen x = {.s = s, .it = it, .p = &s->proposals[i]};
        ScreeningInput in = {.answer_of = screen_answer, .reason_of = screen_reason, .ctx = &x};
        if (!demo_ok(flow_screening_save(act(r, &r->fund, closes + DAY - 2 * HOUR + i * 15 * 60),
                                         ids[i], &in),
                     "screening"))
            return false;
    }
    int assigned, shorts;
    const Flow *f = act(r, &r->fund, closes + 3 * DAY);
    if (!demo_ok(flow_jury_assign(f, call, &assigned, &shorts), "assignment") ||
        !demo_ok(flow_call_review_deadline(f, call, r->now - (int64_t)s->deadline * DAY, NULL),
                 "review deadline"))
        return false;
    int eligible = 0;
    for (int i = 0; i < s->nproposals; i++) {
        if (s->proposals[i].score < 0)
            continue;
        for (int j = 0; j < JURORS; j++) {
            if (!s->decided && eligible % 2 && j != 1)
                continue; /* to do */
            Scores sc = {.s = s, .it = it};
            scores_of(r, s, i, j, &sc);
            ReviewInput in = {
                .score_of = score_of, .ctx = &sc, .comment = comments[(i + j) % 5], .submit = true};
            int64_t at = closes + (4 + j) * DAY - 3 * HOUR + eligible * 20 * 60;
            if (!demo_ok(flow_review_save(act(r, &r->jury[j], at), ids[i], &in), "review"))
                return false;
        }
        eligible++;
    }
    return true;
}

/* What the grantee of grant g spent by the day at, recorded by its member: a share of each
 * budget line. */
static const Actor *grantee(Replay *r, const GrantRow *g)
{
    for (int i = 0; i < r->data.napplicants; i++)
        if (r->applicant[i].org_id == g->grantee_id)
            return &r->applicant[i];
    return NULL;
}

/* The grantee of g says which of its programmes the grant funds, its bootcamps (the coding
 * school's), so that the call's impact page counts their learners. */
static bool fund_programmes(Replay *r, const GrantRow *g, int64_t at)
{
    Programme p;
    Rows all = ROWS_FROM(r->a, &p);
    const Actor *who = grantee(r, g);
    if (!who || q_programme_list(r->db, g->grantee_id, r->a, &p, rows_collect, &all) < DB_NONE)
        return false;
    int64_t *ids = arena_alloc(r->a, sizeof *ids * (size_t)(all.n + 1));
    int n = 0;
    for (int i = 0; i < all.n; i++)
        if (ROW(&all, Programme, i)->kind == KIND_BOOTCAMP)
            ids[n++] = ROW(&all, Programme, i)->id;
    return !n || demo_ok(grant_programmes_set(act(r, who, at), g->id, ids, n), "funded programmes");
}

static bool spend(Replay *r, const GrantRow *g, int64_t at)
{
    const Actor *who = grantee(r, g);
    GrantLine l;
    Rows lines = ROWS_FROM(r->a, &l);
    if (!who ||
        q_grant_lines(r->db, g->grantee_id, g->id, r->a, &l, rows_collect, &lines) < DB_NONE)
        return false;
    static const char *const what[] = {"Trainers' fees, first term", "Laptops and licences",
                                       "Room rental and coordination"};
    char on[11];
    bxl_date_text(at, on);
    for (int k = 0; k < lines.n && k < 3; k++) {
        const GrantLine *x = ROW(&lines, GrantLine, k);
        if (!demo_ok(flow_expense_add(act(r, who, at + k * HOUR), g->id, x->id, on,
                                      x->amount * (35 + 10 * k) / 100, what[k], NULL),
                     "expense"))
            return false;
    }
    return true;
}

/* The fund's decision: the proposed selection, each with the amount requested; then the
 * first tranche of every grant paid three weeks later (and the programmes it funds named),
 * the second of five of them after their interim report, with what those five spent. */
static bool decide(Replay *r, int64_t call, int64_t at)
{
    CallBoard b;
    if (call_board_load(r->db, r->a, r->funder, call, &b) != DB_ONE)
        return false;
    SelGrant *sel = arena_alloc(r->a, sizeof *sel * (size_t)(b.rows.n + 1));
    int n = 0;
    for (int k = 0; k < b.sum.nranked; k++) {
        int i = b.order[k];
        if (b.out[i].reason == SEL_SELECTED)
            sel[n++] =
                (SelGrant){.id = call_board_row(&b, i)->id, .amount_cents = b.out[i].amount_cents};
    }
    if (!demo_ok(flow_call_decide(act(r, &r->fund, at), call, sel, n, NULL, 0, NULL), "decision"))
        return false;
    GrantRow g;
    Rows grants = ROWS_FROM(r->a, &g);
    DbPage page = {.sort = GRANT_BY_TITLE, .from_start = true, .like = "", .limit = 1000};
    if (q_grant_page(r->db, r->funder, true, &page, r->a, &g, rows_collect, &grants) < DB_NONE)
        return false;
    for (int k = 0; k < grants.n; k++) {
        const GrantRow *x = ROW(&grants, GrantRow, k);
        TrancheRow t;
        Rows tranches = ROWS_FROM(r->a, &t);
        if (q_tranches(r->db, r->funder, x->id, r->a, &t, rows_collect, &tranches) < DB_NONE ||
            tranches.n < 2)
            return false;
        for (int step = 0; step < 2 && (step == 0 || k < 5); step++) {
            int64_t when = at + (step ? 150 : 21) * DAY;
            char on[11];
            bxl_date_text(when, on);
            if (!demo_ok(flow_tranche_pay(act(r, &r->fund, when),
                                          ROW(&tranches, TrancheRow, step)->id, on),
                         "payment") ||
                (step ? !spend(r, x, when - 10 * DAY) : !fund_programmes(r, x, when + DAY)))
                return false;
        }
    }
    return true;
}

static bool call_replay(Replay *r, const DemoCallSpec *s)
{
    /* in office hours: the call opens at 10:00 and closes at noon, Brussels time in winter */
    int64_t midnight = r->now - r->now % DAY;
    int64_t opens = midnight - (int64_t)s->opens * DAY + 9 * HOUR,
            closes = midnight - (int64_t)s->closes * DAY + 11 * HOUR;
    int64_t call, groups[DEFAULT_GROUPS];
    Items it;
    if (!call_open(r, s, opens, closes, &call, &it, groups))
        return false;
    /* proposals come in over the weeks the call is open, in an order of their own (the k-th
     * to come is the one with i * 7 = k modulo their number), the last days before it closes */
    int n = s->nproposals;
    int64_t *ids = arena_alloc(r->a, sizeof *ids * (size_t)n);
    int64_t days = (closes - opens) / DAY - 3;
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            if (i * 7 % n == k &&
                !propose(r, s, call, &it, &s->proposals[i], groups,
                         opens + (1 + days * k / n) * DAY + (k % 5) * HOUR, &ids[i]))
                return false;
    if (!review(r, s, call, &it, ids, closes))
        return false;
    return !s->decided || decide(r, call, closes + 45 * DAY);
}

static bool any_call(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

/* Everything in one transaction: all of it, or nothing (and quicker than a commit for
 * each act). */
static DbStatus replay_tx(Db *db, void *ctx)
{
    (void)db;
    Replay *r = ctx;
    r->ok = applicants_ready(r);
    for (int i = 0; r->ok && i < r->data.ncalls; i++)
        r->ok = call_replay(r, &r->data.calls[i]);
    return r->ok ? DB_ONE : DB_ERROR;
}

bool demo_calls(CliRun *run, int64_t funder, const char *password)
{
    Db *db = run->db;
    Arena *a = &run->arena;
    Call row;
    bool has = false;
    if (q_call_list(db, funder, a, &row, any_call, &has) < DB_NONE)
        return false;
    if (has)
        return true;
    char hash[crypto_pwhash_STRBYTES];
    Replay r = {.run = run,
                .db = db,
                .a = a,
                .funder = funder,
                .now = clock_now(),
                .prng = prng_new(20260003),
                .f = {.db = db, .arena = a, .base_url = ""},
                .hash = hash};
    r.fund = demo_actor(db, a, "funder@demo.traject.test", funder);
    static const char *const jury[JURORS] = {"jury@demo.traject.test", "jury2@demo.traject.test",
                                             "jury3@demo.traject.test"};
    for (int j = 0; j < JURORS; j++)
        r.jury[j] = demo_actor(db, a, jury[j], funder);
    if (!r.fund.account_id || !r.jury[0].account_id || !r.jury[1].account_id ||
        !r.jury[2].account_id || !demo_calls_read(a, &r.data) ||
        !auth_password_hash(password, hash, sizeof hash))
        return false;
    if (db_tx(db, replay_tx, &r) < DB_NONE || !r.ok) {
        fprintf(stderr, "traject demo: could not load the calls for projects\n");
        return false;
    }
    printf("demo calls for projects, proposals, jury, reviews, decision and grants loaded\n");
    return true;
}
