/* flows/calls/ranking.h — the ranking of a call as the decision sees it: every submitted
 * proposal of the call with the jury's complete reviews, ranked by domain/selection.c,
 * with the proposed selection that fills the budget in rank order. Read by the ranking
 * page (to show it) and by the decision workflow (to check a decision against it), so
 * that both judge the same figures.
 *
 * Owns: reading the statements into the domain's input. Does not own: the rules
 * (domain/selection.h), the decision itself (decision.h), pages. */
#ifndef TRAJECT_FLOWS_CALLS_RANKING_H
#define TRAJECT_FLOWS_CALLS_RANKING_H

#include "core/arena.h"
#include "core/rows.h"
#include "db/db.h"
#include "domain/selection.h"
#include "model/calls.h"

typedef struct CallBoard {
    Call c;
    Rows rows;          /* RankRow: every submitted proposal of the call, by id (no limit) */
    int *nreviews;      /* [rows.n] complete reviews per proposal */
    SelCall call;       /* the call as domain/selection.h reads it */
    SelProposal *props; /* [rows.n] */
    SelOutcome *out;    /* [rows.n] the ranking and the proposed selection */
    int *order;         /* [rows.n] indexes in rank order */
    SelSummary sum;
    int weights[SEL_MAX_CRITERIA];
} CallBoard;

/* Reads the funder's (org_id) call call_id and ranks its proposals into b, allocated in a.
 * DB_ONE when done, DB_NONE when the call is not the funder's, negative on a database
 * error (or, logged as a bug, when the domain refuses the figures). */
DbStatus call_board_load(Db *db, Arena *a, int64_t org_id, int64_t call_id, CallBoard *b);

/* The index in b->rows of proposal id, -1 when it is not one of the call's. */
int call_board_index(const CallBoard *b, int64_t id);

/* The proposal of row i. */
static inline RankRow *call_board_row(const CallBoard *b, int i)
{
    return ROW(&b->rows, RankRow, i);
}

#endif
