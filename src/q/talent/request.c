/* request.c — partners' requests to meet a learner (see request.h). */
#include "q/talent/request.h"

DbStatus q_request_add(Db *db, int64_t partner_org_id, int64_t profile_id, int64_t by,
                       const char *message, int64_t now, int64_t *id)
{
    DB_SQL(st, "talent_request_add",
           "INSERT INTO talent_requests (org_id, profile_id, asked_by, message, created_at) "
           "SELECT v.partner_org_id, v.profile_id, CAST($3 AS BIGINT), CAST($4 AS TEXT), "
           "CAST($5 AS BIGINT) FROM talent_visible v WHERE v.partner_org_id = $1 "
           "AND v.profile_id = $2 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(partner_org_id), db_int64(profile_id), db_int64(by),
                                 db_str(message), db_int64(now)),
                           id);
}

/* q: the request, t: the profile, la: the learner's account, ab: who asked, po: the
 * partner's organisation. The learner's name and address only once accepted (as
 * domain/talent.h's talent_reveals_identity says; change both together). */
#define REQUEST_SELECT                                                                             \
    "SELECT q.id, q.org_id, po.name, q.profile_id, t.handle, q.message, q.status, q.created_at, "  \
    "COALESCE(q.answered_at, 0), q.asked_by, ab.name, "                                            \
    "CASE WHEN q.status = 'accepted' THEN la.name ELSE '' END, "                                   \
    "CASE WHEN q.status = 'accepted' THEN la.email ELSE '' END FROM talent_requests q "            \
    "JOIN talent_profiles t ON t.id = q.profile_id JOIN accounts la ON la.id = t.account_id "      \
    "JOIN accounts ab ON ab.id = q.asked_by JOIN organisations po ON po.id = q.org_id "
#define REQUEST_OUT(a, x)                                                                          \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_text(a, &(x)->partner_name),            \
        db_int64_out(&(x)->profile_id), db_text(a, &(x)->handle), db_text(a, &(x)->message),       \
        db_vocab(&talent_request_statuses, (int *)&(x)->status), db_int64_out(&(x)->created_at),   \
        db_int64_out(&(x)->answered_at), db_int64_out(&(x)->asked_by_id),                          \
        db_text(a, &(x)->asked_by), db_text(a, &(x)->name), db_text(a, &(x)->email)

/* a partner's requests, to learners it still sees (talent_visible) */
#define REQUEST_PARTNER                                                                            \
    REQUEST_SELECT "JOIN talent_visible v ON v.partner_org_id = q.org_id "                         \
                   "AND v.profile_id = q.profile_id WHERE q.org_id = $1"
#define REQUEST_WHERE REQUEST_PARTNER " AND ($2 = '' OR lower(t.handle) LIKE $2 ESCAPE '\\')"

DB_PAGE_SORT(Q_REQUEST_ASKED, "talent_request_page_asked", REQUEST_WHERE, "q.created_at", "q.id", 3,
             4, 5);

static const DbPageStmts request_pages[TREQ_SORTS] = {
    [TREQ_BY_ASKED] = DB_PAGE_STMTS(Q_REQUEST_ASKED),
};

DbStatus q_request_page(Db *db, int64_t partner_org_id, const DbPage *p, Arena *a,
                        TalentRequest *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, request_pages, TREQ_SORTS, DB_IN(db_int64(partner_org_id)),
                          DB_COLS(REQUEST_OUT(a, row)), fn, ctx);
}

DbStatus q_request_count(Db *db, int64_t partner_org_id, const char *like, int64_t *n)
{
    DB_SQL(st, "talent_request_count", "SELECT COUNT(*) FROM (" REQUEST_WHERE ") x");
    return db_select_int64(db, &st, DB_IN(db_int64(partner_org_id), db_str(like ? like : "")), n);
}

DbStatus q_request_latest(Db *db, int64_t partner_org_id, int64_t profile_id, Arena *a,
                          TalentRequest *out)
{
    DB_SQL(st, "talent_request_latest",
           REQUEST_PARTNER " AND q.profile_id = $2 ORDER BY q.created_at DESC, q.id DESC LIMIT 1");
    return db_select_one(db, &st, DB_IN(db_int64(partner_org_id), db_int64(profile_id)),
                         DB_COLS(REQUEST_OUT(a, out)));
}

DbStatus q_request_mine_list(Db *db, int64_t account_id, Arena *a, TalentRequest *row, DbRowFn fn,
                             void *ctx)
{
    DB_SQL(st, "talent_request_mine_list",
           REQUEST_SELECT "WHERE t.account_id = $1 ORDER BY q.created_at DESC, q.id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)), DB_COLS(REQUEST_OUT(a, row)), fn,
                          ctx);
}

DbStatus q_request_mine(Db *db, int64_t account_id, int64_t id, Arena *a, TalentRequest *out)
{
    DB_SQL(st, "talent_request_mine", REQUEST_SELECT "WHERE t.account_id = $1 AND q.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(account_id), db_int64(id)),
                         DB_COLS(REQUEST_OUT(a, out)));
}

#define REQUEST_OF_LEARNER                                                                         \
    "WHERE id = $2 AND status = 'pending' AND profile_id IN "                                      \
    "(SELECT t.id FROM talent_profiles t WHERE t.account_id = $1)"

DbStatus q_request_accept(Db *db, int64_t account_id, int64_t id, int64_t now)
{
    DB_SQL(st, "talent_request_accept",
           "UPDATE talent_requests SET status = 'accepted', answered_at = $3 " REQUEST_OF_LEARNER
           " AND EXISTS (SELECT 1 FROM talent_visible v WHERE v.partner_org_id = "
           "talent_requests.org_id AND v.profile_id = talent_requests.profile_id)");
    return db_exec(db, &st, DB_IN(db_int64(account_id), db_int64(id), db_int64(now)));
}

DbStatus q_request_decline(Db *db, int64_t account_id, int64_t id, int64_t now)
{
    DB_SQL(st, "talent_request_decline",
           "UPDATE talent_requests SET status = 'declined', answered_at = $3 " REQUEST_OF_LEARNER);
    return db_exec(db, &st, DB_IN(db_int64(account_id), db_int64(id), db_int64(now)));
}
