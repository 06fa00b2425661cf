/* learner.c — statements for learners' own pages and for calendar feeds.
 *
 * The learner's pages read across organisations, keyed by the signed-in account: a
 * person record belongs to an account only once an invitation linked them
 * (people.account_id), so "account_id = $1" is the boundary here, as org_id is elsewhere.
 * The feed statements take the org_id found with the record whose HMAC the link carries. */
#include "q/training/learner.h"

#include "model/training.h"

DbStatus q_person_link_account(Db *db, int64_t org_id, int64_t person_id, int64_t account_id)
{
    DB_SQL(st, "person_link_account",
           "UPDATE people SET account_id = $3 WHERE org_id = $1 AND id = $2 "
           "AND account_id IS NULL AND NOT EXISTS (SELECT 1 FROM people x "
           "WHERE x.org_id = $1 AND x.account_id = $3)");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(person_id), db_int64(account_id)));
}

/* Where a session takes place: its own location, else its cohort's. */
#define SESSION_ITEM_COLS                                                                          \
    "s.id, s.org_id, s.cohort_id, s.starts_at, s.ends_at, p.title_en, p.title_nl, "                \
    "p.title_fr, c.name, o.name, COALESCE(ls.name, lc.name, ''), "                                 \
    "COALESCE(ls.address, lc.address, ''), COALESCE(ls.municipality, lc.municipality, '') "
#define SESSION_ITEM_FROM                                                                          \
    "FROM training_sessions s JOIN cohorts c ON c.id = s.cohort_id AND c.org_id = s.org_id "       \
    "JOIN programmes p ON p.id = c.programme_id AND p.org_id = c.org_id "                          \
    "JOIN organisations o ON o.id = s.org_id "                                                     \
    "LEFT JOIN locations ls ON ls.id = s.location_id AND ls.org_id = s.org_id "                    \
    "LEFT JOIN locations lc ON lc.id = c.location_id AND lc.org_id = c.org_id "

/* The columns of SESSION_ITEM_COLS, read into *x. */
#define SESSION_ITEM_OUT(a, x)                                                                     \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->cohort_id),             \
        db_int64_out(&(x)->starts_at), db_int64_out(&(x)->ends_at), db_text(a, &(x)->title[0]),    \
        db_text(a, &(x)->title[1]), db_text(a, &(x)->title[2]), db_text(a, &(x)->cohort),          \
        db_text(a, &(x)->org_name), db_text(a, &(x)->location), db_text(a, &(x)->address),         \
        db_text(a, &(x)->municipality)

/* The sessions of the account's current enrolments from `from` on, soonest first. */
DbStatus q_learner_sessions(Db *db, int64_t account_id, int64_t from, int64_t limit, Arena *a,
                            SessionItem *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "learner_sessions",
           "SELECT " SESSION_ITEM_COLS SESSION_ITEM_FROM
           "JOIN enrolments e ON e.cohort_id = c.id AND e.org_id = c.org_id "
           "JOIN people pe ON pe.id = e.person_id AND pe.org_id = e.org_id "
           "WHERE pe.account_id = $1 AND e.status = 'enrolled' AND s.ends_at > $2 "
           "ORDER BY s.starts_at, s.id LIMIT $3");
    return db_select_many(db, &st, DB_IN(db_int64(account_id), db_int64(from), db_int64(limit)),
                          DB_COLS(SESSION_ITEM_OUT(a, row)), fn, ctx);
}

/* The account's past sessions with their marks ('' when none yet), latest first. */
DbStatus q_learner_marks(Db *db, int64_t account_id, int64_t now, int64_t limit, Arena *a,
                         SessionItem *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "learner_marks",
           "SELECT " SESSION_ITEM_COLS ", at.status " SESSION_ITEM_FROM
           "JOIN enrolments e ON e.cohort_id = c.id AND e.org_id = c.org_id "
           "JOIN people pe ON pe.id = e.person_id AND pe.org_id = e.org_id "
           "LEFT JOIN attendance at ON at.session_id = s.id AND at.enrolment_id = e.id "
           "AND at.org_id = s.org_id "
           "WHERE pe.account_id = $1 AND s.starts_at <= $2 "
           "AND (e.status = 'enrolled' OR at.status IS NOT NULL) "
           "ORDER BY s.starts_at DESC, s.id LIMIT $3");
    return db_select_many(
        db, &st, DB_IN(db_int64(account_id), db_int64(now), db_int64(limit)),
        DB_COLS(SESSION_ITEM_OUT(a, row), db_vocab(&attendance_marks, (int *)&row->mark)), fn, ctx);
}

/* Every enrolment of the account, with the attendance tally of each. */
DbStatus q_learner_enrolments(Db *db, int64_t account_id, Arena *a, LearnerEnrolment *row,
                              DbRowFn fn, void *ctx)
{
    DB_SQL(st, "learner_enrolments",
           "SELECT e.id, e.org_id, o.name, pe.id, p.title_en, p.title_nl, p.title_fr, c.name, "
           "c.starts_on, c.ends_on, e.status, "
           "(SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.org_id = e.org_id "
           " AND a.status = 'present'), "
           "(SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.org_id = e.org_id "
           " AND a.status = 'late'), "
           "(SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.org_id = e.org_id "
           " AND a.status = 'absent'), "
           "(SELECT COUNT(*) FROM attendance a WHERE a.enrolment_id = e.id AND a.org_id = e.org_id "
           " AND a.status = 'excused') "
           "FROM enrolments e JOIN people pe ON pe.id = e.person_id AND pe.org_id = e.org_id "
           "JOIN cohorts c ON c.id = e.cohort_id AND c.org_id = e.org_id "
           "JOIN programmes p ON p.id = c.programme_id AND p.org_id = c.org_id "
           "JOIN organisations o ON o.id = e.org_id "
           "WHERE pe.account_id = $1 "
           "ORDER BY CASE e.status WHEN 'enrolled' THEN 0 ELSE 1 END, c.starts_on DESC, e.id");
    return db_select_many(
        db, &st, DB_IN(db_int64(account_id)),
        DB_COLS(db_int64_out(&row->id), db_int64_out(&row->org_id), db_text(a, &row->org_name),
                db_int64_out(&row->person_id), db_text(a, &row->title[0]),
                db_text(a, &row->title[1]), db_text(a, &row->title[2]), db_text(a, &row->cohort),
                db_text(a, &row->starts_on), db_text(a, &row->ends_on),
                db_vocab(&enrolment_statuses, (int *)&row->status), db_int64_out(&row->present),
                db_int64_out(&row->late), db_int64_out(&row->absent), db_int64_out(&row->excused)),
        fn, ctx);
}

/* The person records of the account, one per organisation, for their feed links. */
DbStatus q_learner_people(Db *db, int64_t account_id, Arena *a, FeedOwner *row, DbRowFn fn,
                          void *ctx)
{
    DB_SQL(st, "learner_people",
           "SELECT pe.id, pe.org_id, o.name, pe.feed_gen FROM people pe "
           "JOIN organisations o ON o.id = pe.org_id WHERE pe.account_id = $1 "
           "AND EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = pe.id "
           "AND e.org_id = pe.org_id) ORDER BY o.name COLLATE \"und-x-icu\", pe.id");
    return db_select_many(db, &st, DB_IN(db_int64(account_id)),
                          DB_COLS(db_int64_out(&row->id), db_int64_out(&row->org_id),
                                  db_text(a, &row->name), db_int64_out(&row->gen)),
                          fn, ctx);
}

DbStatus q_person_feed_reset(Db *db, int64_t person_id, int64_t account_id)
{
    DB_SQL(st, "person_feed_reset",
           "UPDATE people SET feed_gen = feed_gen + 1 WHERE id = $1 AND account_id = $2");
    return db_exec(db, &st, DB_IN(db_int64(person_id), db_int64(account_id)));
}

DbStatus q_cohort_feed_reset(Db *db, int64_t org_id, int64_t cohort_id)
{
    DB_SQL(st, "cohort_feed_reset",
           "UPDATE cohorts SET feed_gen = feed_gen + 1 WHERE org_id = $1 AND id = $2");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(cohort_id)));
}

/* The owner of a feed link: found by id alone, then proven by the link's HMAC, which
 * covers the organisation, the id and the generation. */
DbStatus q_feed_owner(Db *db, bool cohort, int64_t id, Arena *a, FeedOwner *out)
{
    DB_SQL(feed_person, "feed_person",
           "SELECT pe.id, pe.org_id, pe.name, pe.feed_gen FROM people pe WHERE pe.id = $1");
    DB_SQL(feed_cohort, "feed_cohort",
           "SELECT c.id, c.org_id, c.name, c.feed_gen FROM cohorts c WHERE c.id = $1");
    return db_select_one(db, cohort ? &feed_cohort : &feed_person, DB_IN(db_int64(id)),
                         DB_COLS(db_int64_out(&out->id), db_int64_out(&out->org_id),
                                 db_text(a, &out->name), db_int64_out(&out->gen)));
}

/* A feed's events: the sessions of the cohort, or of the person's current enrolments,
 * from a month back on (calendar clients keep what they already have). */
DbStatus q_feed_sessions(Db *db, bool cohort, int64_t org_id, int64_t id, int64_t from, Arena *a,
                         SessionItem *row, DbRowFn fn, void *ctx)
{
    DB_SQL(feed_cohort_sessions, "feed_cohort_sessions",
           "SELECT " SESSION_ITEM_COLS SESSION_ITEM_FROM
           "WHERE s.org_id = $1 AND s.cohort_id = $2 AND s.starts_at >= $3 "
           "ORDER BY s.starts_at, s.id LIMIT 2000");
    DB_SQL(feed_person_sessions, "feed_person_sessions",
           "SELECT " SESSION_ITEM_COLS SESSION_ITEM_FROM
           "JOIN enrolments e ON e.cohort_id = c.id AND e.org_id = c.org_id "
           "WHERE s.org_id = $1 AND e.person_id = $2 AND e.status = 'enrolled' "
           "AND s.starts_at >= $3 ORDER BY s.starts_at, s.id LIMIT 2000");
    return db_select_many(db, cohort ? &feed_cohort_sessions : &feed_person_sessions,
                          DB_IN(db_int64(org_id), db_int64(id), db_int64(from)),
                          DB_COLS(SESSION_ITEM_OUT(a, row)), fn, ctx);
}

/* A session by id alone, for a check-in code: the caller checks the code's HMAC, which
 * covers the organisation and the session. */
DbStatus q_session_item(Db *db, int64_t id, Arena *a, SessionItem *out)
{
    DB_SQL(st, "session_item", "SELECT " SESSION_ITEM_COLS SESSION_ITEM_FROM "WHERE s.id = $1");
    return db_select_one(db, &st, DB_IN(db_int64(id)), DB_COLS(SESSION_ITEM_OUT(a, out)));
}
