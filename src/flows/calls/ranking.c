/* flows/calls/ranking.c — a call's proposals and reviews read into the ranking (see
 * ranking.h). */
#include "flows/calls/ranking.h"

#include <string.h>

#include "core/log.h"
#include "q/calls/call.h"
#include "q/calls/review.h"

typedef struct Load {
    CallBoard *b;
    int ncrit;
    CallItem item;
    RankRow row;
    /* scores as read, grouped per proposal: the complete reviews of proposal i are the
     * ncrit * nreviews[i] ints of scores from start[i] */
    int64_t s_prop, s_acc, s_score;
    Rows scores; /* int */
    int *start;
    int64_t last_prop, last_acc;
    int filled; /* criteria read for the current review */
    int cursor; /* the proposal of the current score */
    Arena *arena;
} Load;

static bool item_row(void *ctx)
{
    Load *l = ctx;
    if (l->item.kind == ITEM_CRITERION && l->ncrit < SEL_MAX_CRITERIA)
        l->b->weights[l->ncrit++] = l->item.weight > 0 ? (int)l->item.weight : 1;
    return true;
}

/* Once the items and the proposals are read: the per-proposal arrays the scores fill. */
static void scores_ready(Load *l, Arena *a)
{
    CallBoard *b = l->b;
    if (l->start)
        return;
    if (l->ncrit == 0)
        b->weights[l->ncrit++] = 1; /* a call published without criteria cannot be; be safe */
    size_t n = (size_t)(b->rows.n ? b->rows.n : 1);
    b->nreviews = arena_alloc(a, sizeof *b->nreviews * n);
    memset(b->nreviews, 0, sizeof *b->nreviews * n);
    l->start = arena_alloc(a, sizeof *l->start * n);
}

static bool score_row(void *ctx)
{
    Load *l = ctx;
    CallBoard *b = l->b;
    scores_ready(l, l->arena);
    /* scores and proposals both come ordered by proposal id: advance a cursor */
    while (l->cursor < b->rows.n && call_board_row(b, l->cursor)->id < l->s_prop)
        l->cursor++;
    if (l->cursor == b->rows.n || call_board_row(b, l->cursor)->id != l->s_prop)
        return true;
    int i = l->cursor;
    if (l->s_prop != l->last_prop || l->s_acc != l->last_acc) {
        /* a new review: drop what an incomplete one before it left */
        while (l->filled > 0 && l->filled < l->ncrit) {
            rows_pop(&l->scores);
            l->filled--;
        }
        l->last_prop = l->s_prop;
        l->last_acc = l->s_acc;
        l->filled = 0;
        if (b->nreviews[i] == 0)
            l->start[i] = l->scores.n;
    }
    if (b->nreviews[i] >= SEL_MAX_REVIEWS || l->filled >= l->ncrit)
        return true;
    int64_t v = l->s_score;
    *(int *)rows_push(&l->scores) = v < 0 ? 0 : v > b->c.scale_max ? (int)b->c.scale_max : (int)v;
    if (++l->filled == l->ncrit)
        b->nreviews[i]++; /* a complete review */
    return true;
}

int call_board_index(const CallBoard *b, int64_t id)
{
    /* rows come ordered by id */
    int lo = 0, hi = b->rows.n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int64_t x = call_board_row(b, mid)->id;
        if (x == id)
            return mid;
        if (x < id)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

DbStatus call_board_load(Db *db, Arena *a, int64_t org_id, int64_t call_id, CallBoard *b)
{
    *b = (CallBoard){0};
    Load l = {.b = b, .last_prop = -1, .last_acc = -1, .arena = a};
    DbStatus st = q_call_get(db, org_id, call_id, a, &b->c);
    if (st != DB_ONE)
        return st;
    b->rows = ROWS_FROM(a, &l.row);
    l.scores = ROWS(a, int);
    if ((st = q_call_items(db, org_id, call_id, a, &l.item, item_row, &l)) < DB_NONE)
        return st;
    /* the proposals and the scores in one round trip: read in this order, the scores' rows
     * find the proposals read */
    db_batch_begin(db);
    q_ranking_proposals(db, org_id, call_id, a, &l.row, rows_collect, &b->rows);
    q_ranking_scores(db, org_id, call_id, &l.s_prop, &l.s_acc, &l.s_score, score_row, &l);
    if ((st = db_batch_run(db)) < DB_NONE)
        return st;
    scores_ready(&l, a); /* when there was no score */
    size_t n = (size_t)(b->rows.n ? b->rows.n : 1);
    while (l.filled > 0 && l.filled < l.ncrit) { /* the last review, if incomplete */
        rows_pop(&l.scores);
        l.filled--;
    }
    b->props = arena_alloc(a, sizeof *b->props * n);
    b->out = arena_alloc(a, sizeof *b->out * n);
    b->order = arena_alloc(a, sizeof *b->order * n);
    for (int i = 0; i < b->rows.n; i++) {
        const RankRow *x = call_board_row(b, i);
        b->props[i] = (SelProposal){
            .id = x->id,
            .requested_cents = x->requested > 0 ? x->requested : 1,
            .submitted_at = x->submitted_at,
            .eligible = x->status == PROPOSAL_ELIGIBLE || x->status == PROPOSAL_SELECTED ||
                        x->status == PROPOSAL_NOT_SELECTED,
            .nreviews = b->nreviews[i],
            .scores = b->nreviews[i] ? ROW(&l.scores, int, l.start[i]) : NULL,
        };
    }
    const Call *c = &b->c;
    b->call = (SelCall){
        .ncriteria = l.ncrit,
        .weights = b->weights,
        .scale_max = (int)(c->scale_max > SEL_MAX_SCALE ? SEL_MAX_SCALE : c->scale_max),
        .min_reviews = 1,
        .scale_min = (int)c->scale_min,
        .disagree_pct = (int)c->disagree_pct,
        .budget_cents = c->budget,
        .min_grant_cents = c->min_grant,
        .max_grant_cents = c->max_grant,
    };
    if (sel_select(&b->call, b->props, b->rows.n, b->out, b->order, &b->sum) != SEL_OK) {
        log_bug("call %lld: the ranking refuses its figures", (long long)call_id);
        return DB_ERROR;
    }
    return DB_ONE;
}
