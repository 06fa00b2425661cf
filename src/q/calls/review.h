/* q/calls/review.h — the statements on jury reviews (review.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_CALLS_REVIEW_H
#define TRAJECT_Q_CALLS_REVIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/calls.h"

DbStatus q_review_scores(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id, Arena *a,
                         ScoreRow *row, DbRowFn fn, void *ctx);
/* DB_NONE when there is no review yet (*submitted_at 0 while a draft). */
DbStatus q_review_get(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id, Arena *a,
                      char **comment, int64_t *submitted_at);
/* DB_NONE when the member may not review it, or submitted already, or the call is decided. */
DbStatus q_review_save(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                       const char *comment, bool submit, int64_t now);
/* DB_NONE when the score is outside the call's scale or not one of its criteria. */
DbStatus q_score_set(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                     int64_t item_id, int64_t score);
DbStatus q_reviews_of(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, ReviewLine *row,
                      DbRowFn fn, void *ctx);
DbStatus q_review_progress(Db *db, int64_t org_id, int64_t call_id, int64_t *account_id,
                           int64_t *proposal_id, int64_t *done, DbRowFn fn, void *ctx);

DbStatus q_ranking_proposals(Db *db, int64_t org_id, int64_t call_id, Arena *a, RankRow *row,
                             DbRowFn fn, void *ctx);
DbStatus q_ranking_scores(Db *db, int64_t org_id, int64_t call_id, int64_t *proposal_id,
                          int64_t *account_id, int64_t *score, DbRowFn fn, void *ctx);
/* DB_NONE unless the call is published and closed at now. */
DbStatus q_call_decide(Db *db, int64_t org_id, int64_t call_id, int64_t now, int64_t by);
/* DB_NONE unless the proposal is an eligible one of the call. */
DbStatus q_proposal_decide(Db *db, int64_t org_id, int64_t call_id, int64_t id, bool selected,
                           int64_t awarded, int64_t now);
DbStatus q_call_selected(Db *db, int64_t call_id, Arena *a, RankRow *row, DbRowFn fn, void *ctx);
DbStatus q_call_decision(Db *db, int64_t org_id, int64_t call_id, Arena *a, int64_t *decided_at,
                         char **by);

DbStatus q_call_figures(Db *db, int64_t org_id, int64_t call_id, Arena *a, FigureRow *row,
                        DbRowFn fn, void *ctx);
DbStatus q_call_figures_by_group(Db *db, int64_t org_id, int64_t call_id, Arena *a, FigureRow *row,
                                 DbRowFn fn, void *ctx);

#endif
