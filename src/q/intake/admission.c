/* admission.c — statements on the rubric, the name-blind reviews, the decisions, waiting-list
 * offers and guardians' consent. Every statement takes org_id, except the lookups by a link's
 * hash and the claim of expired offers. Pages reviewers reach print nothing of who applied. */
#include "q/intake/admission.h"
#include "q/intake/intake.h"

#include "model/intake.h"

/* --- the rubric --- */

DbStatus q_criteria(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppCriterion *row,
                    DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_criteria",
           "SELECT id, label_en, label_nl, label_fr, COALESCE(hint_en, ''), "
           "COALESCE(hint_nl, ''), COALESCE(hint_fr, ''), weight FROM app_criteria "
           "WHERE org_id = $1 AND programme_id = $2 ORDER BY position, id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->label[0]),
                                  db_text(a, &row->label[1]), db_text(a, &row->label[2]),
                                  db_text(a, &row->hint[0]), db_text(a, &row->hint[1]),
                                  db_text(a, &row->hint[2]), db_int64_out(&row->weight)),
                          fn, ctx);
}

#define NO_SUBMITTED_REVIEW(programme)                                                             \
    "NOT EXISTS (SELECT 1 FROM app_reviews r JOIN applications a ON a.id = r.application_id "      \
    "WHERE a.programme_id = " programme " AND r.submitted_at IS NOT NULL)"

DbStatus q_criterion_add(Db *db, int64_t org_id, int64_t programme_id, const AppCriterion *c)
{
    DB_SQL(st, "app_criterion_add",
           "INSERT INTO app_criteria (org_id, programme_id, position, label_en, label_nl, "
           "label_fr, weight, hint_en, hint_nl, hint_fr) SELECT p.org_id, p.id, "
           "COALESCE((SELECT MAX(c.position) FROM app_criteria c WHERE c.programme_id = p.id), 0) "
           "+ 1, $3, $4, $5, $6, $7, $8, $9 "
           "FROM programmes p WHERE p.org_id = $1 AND p.id = $2 AND " NO_SUBMITTED_REVIEW("p.id"));
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(programme_id), db_str(c->label[0]),
                         db_str(c->label[1]), db_str(c->label[2]), db_int64(c->weight),
                         c->hint[0] && *c->hint[0] ? db_str(c->hint[0]) : db_null(),
                         c->hint[1] && *c->hint[1] ? db_str(c->hint[1]) : db_null(),
                         c->hint[2] && *c->hint[2] ? db_str(c->hint[2]) : db_null()));
}

DbStatus q_criterion_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id)
{
    DB_SQL(st, "app_criterion_delete",
           "DELETE FROM app_criteria WHERE org_id = $1 AND id = $2 AND " NO_SUBMITTED_REVIEW(
               "app_criteria.programme_id") " AND NOT EXISTS (SELECT 1 FROM "
                                            "app_scores s WHERE s.criterion_id = $2) RETURNING "
                                            "programme_id");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), programme_id);
}

DbStatus q_criterion_hint_set(Db *db, int64_t org_id, int64_t id, char *const hint[3],
                              int64_t *programme_id)
{
    DB_SQL(st, "app_criterion_hint_set",
           "UPDATE app_criteria SET hint_en = $3, hint_nl = $4, hint_fr = $5 "
           "WHERE org_id = $1 AND id = $2 RETURNING programme_id");
    DbParam in[LANG_COUNT + 3] = {db_int64(org_id), db_int64(id)};
    for (int l = 0; l < LANG_COUNT; l++)
        in[2 + l] = hint[l] && *hint[l] ? db_str(hint[l]) : db_null();
    in[2 + LANG_COUNT] = (DbParam)DB_END;
    return db_select_int64(db, &st, in, programme_id);
}

DbStatus q_criterion_programme(Db *db, int64_t org_id, int64_t id, int64_t *programme_id)
{
    DB_SQL(st, "app_criterion_programme",
           "SELECT programme_id FROM app_criteria WHERE org_id = $1 AND id = $2");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(id)), programme_id);
}

DbStatus q_programme_reviews_submitted(Db *db, int64_t org_id, int64_t programme_id, int64_t *n)
{
    DB_SQL(st, "app_programme_reviews_submitted",
           "SELECT COUNT(*) FROM app_reviews r JOIN applications a ON a.id = r.application_id "
           "WHERE r.org_id = $1 AND a.programme_id = $2 AND r.submitted_at IS NOT NULL");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)), n);
}

DbStatus q_app_link_add(Db *db, int64_t org_id, int64_t application_id, const char *token_hash,
                        int64_t now)
{
    DB_SQL(st, "app_link_add",
           "INSERT INTO app_links (token_hash, org_id, application_id, created_at) "
           "SELECT $3, a.org_id, a.id, $4 FROM applications a WHERE a.org_id = $1 AND a.id = $2");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(application_id), db_str(token_hash), db_int64(now)));
}

/* --- reviewers and reviews --- */

DbStatus q_app_assign(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                      int64_t now)
{
    DB_SQL(st, "app_assign",
           "INSERT INTO app_reviews (org_id, application_id, account_id, assigned_at, updated_at) "
           "SELECT a.org_id, a.id, $3, $4, $4 FROM applications a WHERE a.org_id = $1 "
           "AND a.id = $2 AND a.status = 'submitted' "
           "ON CONFLICT (application_id, account_id) DO NOTHING");
    return db_exec(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(application_id), db_int64(account_id), db_int64(now)));
}

DbStatus q_app_pairs(Db *db, int64_t org_id, int64_t programme_id, AppPair *row, DbRowFn fn,
                     void *ctx)
{
    DB_SQL(st, "app_pairs",
           "SELECT r.application_id, r.account_id, CASE WHEN r.submitted_at IS NULL THEN 0 "
           "ELSE 1 END FROM app_reviews r JOIN applications a ON a.id = r.application_id "
           "WHERE r.org_id = $1 AND a.programme_id = $2 AND a.status = 'submitted' "
           "ORDER BY r.application_id, r.account_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->application_id),
                                  db_int64_out(&row->account_id), db_int64_out(&row->submitted)),
                          fn, ctx);
}

/* A reviewer's applications, those still to review first (done 0), then the others (1),
 * each part by application id; a search on the programme's title or the code (a-<id>).
 * Caller parameters $1 org, $2 account; the page's from $3 (db/page.h). Where the two
 * must change together: TASK_DONE here and task_key in pages/intake/appreview.c. */
#define TASK_DONE "CASE WHEN r.submitted_at IS NULL AND a.status = 'submitted' THEN 0 ELSE 1 END"
#define TASK_PAGE                                                                                  \
    "SELECT a.id, a.programme_id, p.title_en, p.title_nl, p.title_fr, a.status, "                  \
    "COALESCE(r.submitted_at, 0), CASE WHEN r.updated_at > r.assigned_at THEN 1 ELSE 0 "           \
    "END " TASK_FROM
#define TASK_FROM                                                                                  \
    "FROM app_reviews r JOIN applications a ON a.id = r.application_id "                           \
    "JOIN programmes p ON p.id = a.programme_id "                                                  \
    "WHERE r.org_id = $1 AND r.account_id = $2 AND ($3 = '' "                                      \
    "OR lower(COALESCE(p.title_en, '')) LIKE $3 ESCAPE '\\' "                                      \
    "OR lower(COALESCE(p.title_nl, '')) LIKE $3 ESCAPE '\\' "                                      \
    "OR lower(COALESCE(p.title_fr, '')) LIKE $3 ESCAPE '\\' "                                      \
    "OR ('a-' || a.id) LIKE $3 ESCAPE '\\')"

DB_PAGE_SORT(Q_APP_TASK, "app_task", TASK_PAGE, "" TASK_DONE "", "a.id", 4, 5, 6);

static const DbPageStmts task_pages[1] = {
    DB_PAGE_STMTS(Q_APP_TASK),
};

DbStatus q_app_task_page(Db *db, int64_t org_id, int64_t account_id, const DbPage *p, Arena *a,
                         AppTask *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, task_pages, 1, DB_IN(db_int64(org_id), db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->application_id),
                                  db_int64_out(&row->programme_id), db_text(a, &row->title[0]),
                                  db_text(a, &row->title[1]), db_text(a, &row->title[2]),
                                  db_vocab(&app_status, (int *)&row->app_status),
                                  db_int64_out(&row->submitted_at), db_int64_out(&row->drafted)),
                          fn, ctx);
}

DbStatus q_app_task_count(Db *db, int64_t org_id, int64_t account_id, const char *like,
                          int64_t *total, int64_t *todo)
{
    DB_SQL(st, "app_task_count", "SELECT COUNT(*), COALESCE(SUM(1 - " TASK_DONE "), 0) " TASK_FROM);
    return db_select_one(db, &st,
                         DB_IN(db_int64(org_id), db_int64(account_id), db_str(like ? like : "")),
                         DB_COLS(db_int64_out(total), db_int64_out(todo)));
}

DbStatus q_app_next_task(Db *db, int64_t org_id, int64_t account_id, int64_t *application_id)
{
    DB_SQL(st, "app_next_task",
           "SELECT MIN(r.application_id) FROM app_reviews r JOIN applications a "
           "ON a.id = r.application_id AND a.org_id = r.org_id WHERE r.org_id = $1 "
           "AND r.account_id = $2 AND r.submitted_at IS NULL AND a.status = 'submitted' "
           "HAVING COUNT(*) > 0");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(account_id)), application_id);
}

DbStatus q_app_answers(Db *db, int64_t org_id, int64_t application_id, Arena *a, AppAnswer *row,
                       DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_answers",
           "SELECT q.id, q.kind, q.label_en, q.label_nl, q.label_fr, COALESCE(v.value, ''), "
           "q.motivation FROM applications a JOIN app_questions q ON q.programme_id = "
           "a.programme_id AND q.org_id = a.org_id LEFT JOIN app_answers v "
           "ON v.application_id = a.id AND v.question_id = q.id "
           "WHERE a.org_id = $1 AND a.id = $2 ORDER BY q.motivation DESC, q.position, q.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(application_id)),
        DB_COLS(db_int64_out(&row->question_id), db_vocab(&question_kind, (int *)&row->kind),
                db_text(a, &row->label[0]), db_text(a, &row->label[1]), db_text(a, &row->label[2]),
                db_text(a, &row->value), db_int64_out(&row->motivation)),
        fn, ctx);
}

DbStatus q_app_review_get(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                          Arena *a, char **comment, int64_t *submitted_at)
{
    DB_SQL(st, "app_review_get",
           "SELECT COALESCE(comment, ''), COALESCE(submitted_at, 0) FROM app_reviews "
           "WHERE org_id = $1 AND application_id = $2 AND account_id = $3");
    return db_select_one(db, &st,
                         DB_IN(db_int64(org_id), db_int64(application_id), db_int64(account_id)),
                         DB_COLS(db_text(a, comment), db_int64_out(submitted_at)));
}

DbStatus q_app_review_save(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                           const char *comment, bool submit, int64_t now)
{
    DB_SQL(st, "app_review_save",
           "UPDATE app_reviews SET comment = $4, updated_at = $5, submitted_at = CASE WHEN $6 = 1 "
           "THEN CAST($5 AS BIGINT) ELSE NULL END WHERE org_id = $1 AND application_id = $2 "
           "AND account_id = $3 AND submitted_at IS NULL AND EXISTS (SELECT 1 FROM applications a "
           "WHERE a.id = $2 "
           "AND a.status = 'submitted')");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(application_id), db_int64(account_id),
                         db_str(comment), db_int64(now), db_int64(submit ? 1 : 0)));
}

DbStatus q_app_score_set(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         int64_t criterion_id, int64_t score)
{
    DB_SQL(st, "app_score_set",
           "INSERT INTO app_scores (org_id, application_id, account_id, criterion_id, score) "
           "SELECT c.org_id, a.id, $3, c.id, $5 FROM app_criteria c JOIN applications a "
           "ON a.programme_id = c.programme_id AND a.org_id = c.org_id "
           "WHERE c.org_id = $1 AND a.id = $2 AND c.id = $4 "
           "ON CONFLICT (application_id, account_id, criterion_id) DO UPDATE SET score = "
           "excluded.score");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(application_id), db_int64(account_id),
                         db_int64(criterion_id), db_int64(score)));
}

DbStatus q_app_my_scores(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         Arena *a, AppScore *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_my_scores",
           "SELECT c.id, c.label_en, c.label_nl, c.label_fr, COALESCE(c.hint_en, ''), "
           "COALESCE(c.hint_nl, ''), COALESCE(c.hint_fr, ''), c.weight, COALESCE(s.score, 0) "
           "FROM applications a JOIN app_criteria c ON c.programme_id = a.programme_id "
           "AND c.org_id = a.org_id LEFT JOIN app_scores s ON s.application_id = a.id "
           "AND s.criterion_id = c.id AND s.account_id = $3 "
           "WHERE a.org_id = $1 AND a.id = $2 ORDER BY c.position, c.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(application_id), db_int64(account_id)),
        DB_COLS(db_int64_out(&row->criterion_id), db_text(a, &row->label[0]),
                db_text(a, &row->label[1]), db_text(a, &row->label[2]), db_text(a, &row->hint[0]),
                db_text(a, &row->hint[1]), db_text(a, &row->hint[2]), db_int64_out(&row->weight),
                db_int64_out(&row->score)),
        fn, ctx);
}

DbStatus q_app_review_lines(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                            AppReviewLine *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_review_lines",
           "SELECT r.account_id, ac.name, COALESCE(r.comment, ''), c.id, COALESCE(s.score, 0) "
           "FROM app_reviews r JOIN accounts ac ON ac.id = r.account_id "
           "JOIN applications a ON a.id = r.application_id "
           "JOIN app_criteria c ON c.programme_id = a.programme_id AND c.org_id = a.org_id "
           "LEFT JOIN app_scores s ON s.application_id = r.application_id "
           "AND s.account_id = r.account_id AND s.criterion_id = c.id "
           "WHERE r.org_id = $1 AND r.application_id = $2 AND r.submitted_at IS NOT NULL "
           "ORDER BY r.submitted_at, r.account_id, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(application_id)),
                          DB_COLS(db_int64_out(&row->account_id), db_text(a, &row->name),
                                  db_text(a, &row->comment), db_int64_out(&row->criterion_id),
                                  db_int64_out(&row->score)),
                          fn, ctx);
}

/* --- ranking and decisions --- */

DbStatus q_app_rank_rows(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppRankRow *row,
                         DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_rank_rows",
           "SELECT a.id, a.status, a.created_at, "
           "(SELECT COUNT(*) FROM app_reviews r WHERE r.application_id = a.id "
           " AND r.submitted_at IS NOT NULL), "
           "(SELECT COUNT(*) FROM app_reviews r WHERE r.application_id = a.id), "
           "COALESCE(a.waitlist_rank, 0), a.birth_date FROM applications a "
           "WHERE a.org_id = $1 AND a.programme_id = $2 ORDER BY a.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->id),
                                  db_vocab(&app_status, (int *)&row->status),
                                  db_int64_out(&row->created_at), db_int64_out(&row->reviews),
                                  db_int64_out(&row->assigned), db_int64_out(&row->waitlist_rank),
                                  db_text(a, &row->birth_date)),
                          fn, ctx);
}

DbStatus q_app_scores_all(Db *db, int64_t org_id, int64_t programme_id, AppScoreAll *row,
                          DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_scores_all",
           "SELECT r.application_id, r.account_id, c.id, COALESCE(s.score, 0) "
           "FROM app_reviews r JOIN applications a ON a.id = r.application_id "
           "JOIN app_criteria c ON c.programme_id = a.programme_id AND c.org_id = a.org_id "
           "LEFT JOIN app_scores s ON s.application_id = r.application_id "
           "AND s.account_id = r.account_id AND s.criterion_id = c.id "
           "WHERE r.org_id = $1 AND a.programme_id = $2 AND r.submitted_at IS NOT NULL "
           "ORDER BY r.application_id, r.account_id, c.position, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)),
                          DB_COLS(db_int64_out(&row->application_id),
                                  db_int64_out(&row->account_id), db_int64_out(&row->criterion_id),
                                  db_int64_out(&row->score)),
                          fn, ctx);
}

static DbParam id_or_null(int64_t id)
{
    return id ? db_int64(id) : db_null();
}

DbStatus q_app_decide(Db *db, int64_t org_id, int64_t id, AppStatus status, AppReason reason,
                      const char *note, int64_t cohort_id, int64_t waitlist_rank, int64_t by,
                      int64_t now)
{
    DB_SQL(st, "app_decide",
           "UPDATE applications SET status = $3, reason = $4, reason_note = $5, cohort_id = $6, "
           "waitlist_rank = $7, decided_by = $8, decided_at = $9, updated_at = $9 "
           "WHERE org_id = $1 AND id = $2 AND status = 'submitted'");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&app_status, status)),
                         db_str(vocab_key(&app_reason_vocab, reason)),
                         note && *note ? db_str(note) : db_null(), id_or_null(cohort_id),
                         id_or_null(waitlist_rank), db_int64(by), db_int64(now)));
}

DbStatus q_app_waitlist_last(Db *db, int64_t org_id, int64_t programme_id, int64_t *rank)
{
    DB_SQL(st, "app_waitlist_last",
           "SELECT COALESCE(MAX(waitlist_rank), 0) FROM applications "
           "WHERE org_id = $1 AND programme_id = $2");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)), rank);
}

DbStatus q_app_enrol(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id,
                     int64_t waiting_consent, int64_t now, int64_t *enrolment_id)
{
    DB_SQL(st, "app_enrol",
           "INSERT INTO enrolments (org_id, cohort_id, person_id, enrolled_at, waiting_consent) "
           "SELECT c.org_id, c.id, $3, $5, $4 FROM cohorts c WHERE c.org_id = $1 AND c.id = $2 "
           "RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(person_id),
                                 db_int64(waiting_consent), db_int64(now)),
                           enrolment_id);
}

DbStatus q_app_set_enrolment(Db *db, int64_t org_id, int64_t id, int64_t enrolment_id, int64_t now)
{
    DB_SQL(st, "app_set_enrolment",
           "UPDATE applications SET enrolment_id = $3, updated_at = $4 "
           "WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_int64(enrolment_id), db_int64(now)));
}

DbStatus q_enrolment_consent_given(Db *db, int64_t org_id, int64_t enrolment_id)
{
    DB_SQL(st, "enrolment_consent_given",
           "UPDATE enrolments SET waiting_consent = 0 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(enrolment_id)));
}

DbStatus q_app_move(Db *db, int64_t org_id, int64_t id, AppStatus from, AppStatus to,
                    AppReason reason, int64_t now)
{
    DB_SQL(st, "app_move",
           "UPDATE applications SET status = $4, reason = $5, offer_expires_at = NULL, "
           "updated_at = $6 WHERE org_id = $1 AND id = $2 AND status = $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&app_status, from)),
                         db_str(vocab_key(&app_status, to)),
                         db_str(vocab_key(&app_reason_vocab, reason)), db_int64(now)));
}

DbStatus q_app_offer_next(Db *db, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                          int64_t expires, int64_t now, int64_t *id)
{
    DB_SQL(st, "app_offer_next",
           "UPDATE applications SET offer_expires_at = $4, updated_at = $5 WHERE id = "
           "(SELECT w.id FROM applications w WHERE w.org_id = $1 AND w.programme_id = $2 "
           " AND w.cohort_id = $3 AND w.status = 'waitlisted' AND w.offer_expires_at IS NULL "
           " ORDER BY w.waitlist_rank, w.id LIMIT 1) RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(cohort_id),
                                 db_int64(expires), db_int64(now)),
                           id);
}

DbStatus q_app_offers_open(Db *db, int64_t org_id, int64_t cohort_id, int64_t now, int64_t *n)
{
    DB_SQL(st, "app_offers_open",
           "SELECT COUNT(*) FROM applications WHERE org_id = $1 AND cohort_id = $2 "
           "AND status = 'waitlisted' AND offer_expires_at > $3");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id), db_int64(now)), n);
}

DbStatus q_app_offers_by_cohort(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                                CohortOffers *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "app_offers_by_cohort",
           "SELECT cohort_id, COUNT(*) FROM applications WHERE org_id = $1 AND programme_id = $2 "
           "AND status = 'waitlisted' AND offer_expires_at > $3 GROUP BY cohort_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(now)),
                          DB_COLS(db_int64_out(&row->cohort_id), db_int64_out(&row->offers)), fn,
                          ctx);
}

DbStatus q_app_offer_take(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DB_SQL(st, "app_offer_take",
           "UPDATE applications SET status = 'accepted', reason = 'offer', "
           "offer_expires_at = NULL, updated_at = $3 WHERE org_id = $1 AND id = $2 "
           "AND status = 'waitlisted' AND offer_expires_at > $3");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(now)));
}

/* The lease works as the outbox's claim: the inner SELECT may pick the same row on two
 * servers; the outer condition lets only one of them take it (PostgreSQL re-checks it
 * after the other's UPDATE commits; SQLite serialises the writes). */
DbStatus q_app_offer_claim(Db *db, int64_t now, int64_t lease, AppRef *out)
{
    DB_SQL(st, "app_offer_claim",
           "UPDATE applications SET offer_claimed_until = $2 WHERE id = ("
           "SELECT id FROM applications WHERE status = 'waitlisted' AND offer_expires_at <= $1 "
           "AND offer_claimed_until <= $1 ORDER BY offer_expires_at, id LIMIT 1) "
           "AND offer_claimed_until <= $1 RETURNING org_id, id");
    return db_select_one(db, &st, DB_IN(db_int64(now), db_int64(now + lease)),
                         DB_COLS(db_int64_out(&out->org_id), db_int64_out(&out->id)));
}

/* --- guardians' consent --- */

DbStatus q_app_consent_set(Db *db, int64_t org_id, int64_t id, ConsentState from, ConsentState to,
                           int64_t now)
{
    DB_SQL(st, "app_consent_set",
           "UPDATE applications SET consent = $4, updated_at = $5 "
           "WHERE org_id = $1 AND id = $2 AND consent = $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&consent_vocab, from)),
                         db_str(vocab_key(&consent_vocab, to)), db_int64(now)));
}

DbStatus q_consent_event_add(Db *db, int64_t org_id, int64_t application_id, ConsentState action,
                             const char *by_name, ConsentVia via, int64_t recorded_by, int64_t now)
{
    DB_SQL(st, "consent_event_add",
           "INSERT INTO app_consent_events (org_id, application_id, action, by_name, via, "
           "recorded_by, at) VALUES ($1, $2, $3, $4, $5, $6, $7)");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(application_id),
                         db_str(vocab_key(&consent_vocab, action)), db_str(by_name),
                         db_str(vocab_key(&consent_via_vocab, via)), id_or_null(recorded_by),
                         db_int64(now)));
}

DbStatus q_consent_events(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                          ConsentEvent *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "consent_events",
           "SELECT e.action, e.by_name, e.via, COALESCE(ac.name, ''), e.at "
           "FROM app_consent_events e LEFT JOIN accounts ac ON ac.id = e.recorded_by "
           "WHERE e.org_id = $1 AND e.application_id = $2 ORDER BY e.at, e.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(application_id)),
                          DB_COLS(db_vocab(&consent_vocab, (int *)&row->action),
                                  db_text(a, &row->by_name),
                                  db_vocab(&consent_via_vocab, (int *)&row->via),
                                  db_text(a, &row->recorder), db_int64_out(&row->at)),
                          fn, ctx);
}

/* --- the disagreement threshold --- */

DbStatus q_app_disagree(Db *db, int64_t org_id, int64_t programme_id, int64_t *pct)
{
    DB_SQL(st, "app_disagree",
           "SELECT COALESCE(f.disagree_pct, 30) FROM programmes p LEFT JOIN app_forms f "
           "ON f.programme_id = p.id AND f.org_id = p.org_id WHERE p.org_id = $1 AND p.id = $2");
    return db_select_int64(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id)), pct);
}

DbStatus q_app_disagree_set(Db *db, int64_t org_id, int64_t programme_id, int64_t pct)
{
    DB_SQL(st, "app_disagree_set",
           "INSERT INTO app_forms (org_id, programme_id, disagree_pct) SELECT p.org_id, p.id, $3 "
           "FROM programmes p WHERE p.org_id = $1 AND p.id = $2 ON CONFLICT (programme_id) DO "
           "UPDATE SET disagree_pct = excluded.disagree_pct");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(programme_id), db_int64(pct)));
}
