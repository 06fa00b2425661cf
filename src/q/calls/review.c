/* review.c — statements on jury reviews. Every statement takes the funder's org_id; the
 * writing ones repeat the rule that only an assigned member without a conflict reviews,
 * and only while the review is not submitted. */
#include "q/calls/review.h"

#include "model/calls.h"

#define MAY_REVIEW(acc, prop)                                                                      \
    "EXISTS (SELECT 1 FROM review_assignments ra WHERE ra.proposal_id = " prop " "                 \
    "AND ra.account_id = " acc ") AND NOT EXISTS (SELECT 1 FROM conflicts x "                      \
    "WHERE x.proposal_id = " prop " AND x.account_id = " acc ") AND NOT EXISTS (SELECT 1 "         \
    "FROM proposals pp JOIN memberships mm ON mm.org_id = pp.org_id WHERE pp.id = " prop " "       \
    "AND mm.account_id = " acc ")"

/* A criterion and its score, as q_review_scores and q_reviews_of read them: SCORE_SQL in
 * the statement, SCORE_OUT() among the result's columns; both change together. */
#define SCORE_SQL "i.id, i.text_en, i.text_nl, i.text_fr, i.weight, COALESCE(s.score, -1) "
#define SCORE_OUT(a, x)                                                                            \
    db_int64_out(&(x)->item_id), db_text(a, &(x)->text[0]), db_text(a, &(x)->text[1]),             \
        db_text(a, &(x)->text[2]), db_int64_out(&(x)->weight), db_int64_out(&(x)->score)

/* The call's criteria with this member's scores so far (-1: none). */
DbStatus q_review_scores(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id, Arena *a,
                         ScoreRow *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "review_scores",
           "SELECT " SCORE_SQL
           "FROM proposals p JOIN call_items i ON i.call_id = p.call_id AND i.org_id = p.funder_id "
           "AND i.kind = 'criterion' LEFT JOIN review_scores s ON s.proposal_id = p.id "
           "AND s.account_id = $3 AND s.item_id = i.id "
           "WHERE p.funder_id = $1 AND p.id = $2 ORDER BY i.position, i.id");
    return db_select_many(db, &st,
                          DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id)),
                          DB_COLS(SCORE_OUT(a, row)), fn, ctx);
}

DbStatus q_review_get(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id, Arena *a,
                      char **comment, int64_t *submitted_at)
{
    DB_SQL(st, "review_get",
           "SELECT COALESCE(comment, ''), COALESCE(submitted_at, 0) FROM reviews "
           "WHERE org_id = $1 AND proposal_id = $2 AND account_id = $3");
    return db_select_one(db, &st,
                         DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id)),
                         DB_COLS(db_text(a, comment), db_int64_out(submitted_at)));
}

/* Writes the review (draft or submitted) when the member may review and has not
 * submitted yet. */
DbStatus q_review_save(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                       const char *comment, bool submit, int64_t now)
{
    DB_SQL(
        st, "review_save",
        "INSERT INTO reviews (org_id, call_id, proposal_id, account_id, comment, submitted_at, "
        "updated_at) SELECT p.funder_id, p.call_id, p.id, $3, $4, $5, $6 FROM proposals p "
        "JOIN calls c ON c.id = p.call_id WHERE p.funder_id = $1 AND p.id = $2 "
        "AND p.status = 'eligible' AND c.status <> 'decided' AND " MAY_REVIEW(
            "$3", "p.id") " "
                          "ON CONFLICT (proposal_id, account_id) DO UPDATE SET comment = "
                          "excluded.comment, "
                          "submitted_at = excluded.submitted_at, updated_at = excluded.updated_at "
                          "WHERE reviews.submitted_at IS NULL");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id),
                         db_str(comment), submit ? db_int64(now) : db_null(), db_int64(now)));
}

/* A score within the call's scale, for one of its criteria. */
DbStatus q_score_set(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                     int64_t item_id, int64_t score)
{
    DB_SQL(
        st, "score_set",
        "INSERT INTO review_scores (org_id, proposal_id, account_id, item_id, score) "
        "SELECT p.funder_id, p.id, $3, i.id, $5 FROM proposals p JOIN calls c ON c.id = p.call_id "
        "JOIN call_items i ON i.call_id = c.id AND i.kind = 'criterion' AND i.id = $4 "
        "WHERE p.funder_id = $1 AND p.id = $2 AND $5 BETWEEN c.scale_min AND c.scale_max "
        "ON CONFLICT (proposal_id, account_id, item_id) DO UPDATE SET score = excluded.score");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(proposal_id), db_int64(account_id),
                         db_int64(item_id), db_int64(score)));
}

/* The submitted reviews of a proposal, to be shown to a member who submitted theirs, and
 * to the funder; one row per review and criterion. */
DbStatus q_reviews_of(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, ReviewLine *row,
                      DbRowFn fn, void *ctx)
{
    DB_SQL(st, "reviews_of",
           "SELECT r.account_id, a.name, COALESCE(r.comment, ''), r.submitted_at, " SCORE_SQL
           "FROM reviews r "
           "JOIN accounts a ON a.id = r.account_id JOIN proposals p ON p.id = r.proposal_id "
           "JOIN call_items i ON i.call_id = p.call_id AND i.kind = 'criterion' "
           "LEFT JOIN review_scores s ON s.proposal_id = r.proposal_id "
           "AND s.account_id = r.account_id AND s.item_id = i.id "
           "WHERE r.org_id = $1 AND r.proposal_id = $2 AND r.submitted_at IS NOT NULL "
           "ORDER BY r.submitted_at, r.account_id, i.position, i.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(proposal_id)),
                          DB_COLS(db_int64_out(&row->account_id), db_text(a, &row->name),
                                  db_text(a, &row->comment), db_int64_out(&row->submitted_at),
                                  SCORE_OUT(a, &row->s)),
                          fn, ctx);
}

/* Progress of a call: per member and proposal, whether the assigned review is submitted. */
DbStatus q_review_progress(Db *db, int64_t org_id, int64_t call_id, int64_t *account_id,
                           int64_t *proposal_id, int64_t *done, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "review_progress",
           "SELECT ra.account_id, ra.proposal_id, CASE WHEN r.submitted_at IS NULL THEN 0 "
           "ELSE 1 END FROM review_assignments ra LEFT JOIN reviews r "
           "ON r.proposal_id = ra.proposal_id AND r.account_id = ra.account_id "
           "WHERE ra.org_id = $1 AND ra.call_id = $2");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
        DB_COLS(db_int64_out(account_id), db_int64_out(proposal_id), db_int64_out(done)), fn, ctx);
}

/* --- ranking and the decision --- */

/* RankRows of a statement selecting id, title, organisation, status, requested,
 * submitted_at, awarded and the number of reviews. */
static DbStatus rank_rows(Db *db, const DbStmt *q, const DbParam *in, Arena *a, RankRow *row,
                          DbRowFn fn, void *ctx)
{
    return db_select_many(db, q, in,
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->title),
                                  db_text(a, &row->org_name),
                                  db_vocab(&proposal_status_vocab, (int *)&row->status),
                                  db_int64_out(&row->requested), db_int64_out(&row->submitted_at),
                                  db_int64_out(&row->awarded), db_int64_out(&row->nreviews)),
                          fn, ctx);
}

/* Every submitted proposal of the call with its number of submitted reviews. */
DbStatus q_ranking_proposals(Db *db, int64_t org_id, int64_t call_id, Arena *a, RankRow *row,
                             DbRowFn fn, void *ctx)
{
    DB_SQL(
        st, "ranking_proposals",
        "SELECT p.id, p.title, o.name, p.status, p.requested, COALESCE(p.submitted_at, 0), "
        "COALESCE(p.awarded, 0), (SELECT COUNT(*) FROM reviews r WHERE r.proposal_id = p.id "
        "AND r.submitted_at IS NOT NULL) FROM proposals p JOIN organisations o ON o.id = p.org_id "
        "WHERE p.funder_id = $1 AND p.call_id = $2 AND p.status <> 'draft' ORDER BY p.id");
    return rank_rows(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)), a, row, fn, ctx);
}

/* Every score of every submitted review of the call, by proposal, review and criterion
 * in the criteria's order (a missing score reads -1). */
DbStatus q_ranking_scores(Db *db, int64_t org_id, int64_t call_id, int64_t *proposal_id,
                          int64_t *account_id, int64_t *score, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "ranking_scores",
           "SELECT r.proposal_id, r.account_id, COALESCE(s.score, -1) FROM reviews r "
           "JOIN proposals p ON p.id = r.proposal_id JOIN call_items i ON i.call_id = p.call_id "
           "AND i.kind = 'criterion' LEFT JOIN review_scores s ON s.proposal_id = r.proposal_id "
           "AND s.account_id = r.account_id AND s.item_id = i.id "
           "WHERE r.org_id = $1 AND r.call_id = $2 AND r.submitted_at IS NOT NULL "
           "ORDER BY r.proposal_id, r.account_id, i.position, i.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
        DB_COLS(db_int64_out(proposal_id), db_int64_out(account_id), db_int64_out(score)), fn, ctx);
}

/* Closes the call with the decision; only once, after it closed. */
DbStatus q_call_decide(Db *db, int64_t org_id, int64_t call_id, int64_t now, int64_t by)
{
    DB_SQL(st, "call_decide",
           "UPDATE calls SET status = 'decided', decided_at = $3, decided_by = $4, updated_at = $3 "
           "WHERE org_id = $1 AND id = $2 AND status = 'published' AND closes_at <= $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(call_id), db_int64(now), db_int64(by)));
}

/* An eligible proposal becomes selected with its award, or not selected. */
DbStatus q_proposal_decide(Db *db, int64_t org_id, int64_t call_id, int64_t id, bool selected,
                           int64_t awarded, int64_t now)
{
    DB_SQL(st, "proposal_decide",
           "UPDATE proposals SET status = $4, awarded = $5, updated_at = $6 "
           "WHERE funder_id = $1 AND call_id = $2 AND id = $3 AND status = 'eligible'");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(call_id), db_int64(id),
                         db_str(vocab_key(&proposal_status_vocab,
                                          selected ? PROPOSAL_SELECTED : PROPOSAL_NOT_SELECTED)),
                         selected ? db_int64(awarded) : db_null(), db_int64(now)));
}

/* The selected proposals of a decided call, for its public page: any visitor. */
DbStatus q_call_selected(Db *db, int64_t call_id, Arena *a, RankRow *row, DbRowFn fn, void *ctx)
{
    DB_SQL(
        st, "call_selected",
        "SELECT p.id, p.title, o.name, p.status, p.requested, COALESCE(p.submitted_at, 0), "
        "COALESCE(p.awarded, 0), 0 FROM proposals p JOIN organisations o ON o.id = p.org_id "
        "JOIN calls c ON c.id = p.call_id WHERE c.id = $1 AND c.status = 'decided' "
        "AND p.status = 'selected' ORDER BY p.awarded DESC, p.title COLLATE \"und-x-icu\", p.id");
    return rank_rows(db, &st, DB_IN(db_int64(call_id)), a, row, fn, ctx);
}

DbStatus q_call_decision(Db *db, int64_t org_id, int64_t call_id, Arena *a, int64_t *decided_at,
                         char **by)
{
    DB_SQL(st, "call_decision",
           "SELECT COALESCE(c.decided_at, 0), COALESCE(a.name, '') FROM calls c "
           "LEFT JOIN accounts a ON a.id = c.decided_by WHERE c.org_id = $1 AND c.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                         DB_COLS(db_int64_out(decided_at), db_text(a, by)));
}

/* --- a call's figures --- */

DbStatus q_call_figures(Db *db, int64_t org_id, int64_t call_id, Arena *a, FigureRow *row,
                        DbRowFn fn, void *ctx)
{
    DB_SQL(st, "call_figures",
           "SELECT status, COUNT(*), COALESCE(SUM(requested), 0), COALESCE(SUM(awarded), 0) "
           "FROM proposals WHERE funder_id = $1 AND call_id = $2 AND status <> 'draft' "
           "GROUP BY status ORDER BY status");
    (void)a; /* no text in these rows */
    row->group_id = 0;
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_vocab(&proposal_status_vocab, (int *)&row->status),
                                  db_int64_out(&row->count), db_int64_out(&row->requested),
                                  db_int64_out(&row->awarded)),
                          fn, ctx);
}

DbStatus q_call_figures_by_group(Db *db, int64_t org_id, int64_t call_id, Arena *a, FigureRow *row,
                                 DbRowFn fn, void *ctx)
{
    DB_SQL(st, "call_figures_by_group",
           "SELECT g.id, g.name_en, g.name_nl, g.name_fr, p.status, COUNT(*), "
           "COALESCE(SUM(p.requested), 0), COALESCE(SUM(p.awarded), 0) "
           "FROM proposal_target_groups t JOIN proposals p ON p.id = t.proposal_id "
           "AND p.org_id = t.org_id JOIN target_groups g ON g.id = t.target_group_id "
           "WHERE p.funder_id = $1 AND p.call_id = $2 AND p.status <> 'draft' "
           "GROUP BY g.id, g.name_en, g.name_nl, g.name_fr, g.position, p.status "
           "ORDER BY g.position, g.id, p.status");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(call_id)),
                          DB_COLS(db_int64_out(&row->group_id), db_text(a, &row->group[0]),
                                  db_text(a, &row->group[1]), db_text(a, &row->group[2]),
                                  db_vocab(&proposal_status_vocab, (int *)&row->status),
                                  db_int64_out(&row->count), db_int64_out(&row->requested),
                                  db_int64_out(&row->awarded)),
                          fn, ctx);
}
