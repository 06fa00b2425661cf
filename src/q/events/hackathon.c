/* hackathon.c — statements on challenges, criteria, teams, submissions and scores (see
 * hackathon.h). */
#include "q/events/hackathon.h"

DbStatus q_hack_challenge_add(Db *db, int64_t org_id, int64_t event_id, int64_t partner_id,
                              const char *title, const char *brief, int64_t now, int64_t *id)
{
    DB_SQL(st, "hack_challenge_add",
           "INSERT INTO event_challenges (org_id, event_id, partner_id, title, brief, created_at) "
           "SELECT e.org_id, e.id, p.id, $4, $5, $6 FROM events e JOIN partners p "
           "ON p.org_id = e.org_id WHERE e.org_id = $1 AND e.id = $2 AND p.id = $3 "
           "AND e.kind = 'hackathon' RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(event_id), db_int64(partner_id),
                                 db_str(title), db_str(brief), db_int64(now)),
                           id);
}

#define CHALLENGE_SELECT                                                                           \
    "SELECT c.id, c.org_id, c.event_id, c.partner_id, p.name, c.title, c.brief, e.title, "         \
    "e.starts_at, (SELECT COUNT(*) FROM event_teams t WHERE t.challenge_id = c.id) "               \
    "FROM event_challenges c JOIN partners p ON p.id = c.partner_id "                              \
    "JOIN events e ON e.id = c.event_id "

#define CHALLENGE_OUT(a, c)                                                                        \
    db_int64_out(&(c)->id), db_int64_out(&(c)->org_id), db_int64_out(&(c)->event_id),              \
        db_int64_out(&(c)->partner_id), db_text(a, &(c)->partner_name), db_text(a, &(c)->title),   \
        db_text(a, &(c)->brief), db_text(a, &(c)->event_title), db_int64_out(&(c)->starts_at),     \
        db_int64_out(&(c)->teams)

DbStatus q_hack_challenges(Db *db, int64_t org_id, int64_t event_id, Arena *a, Challenge *row,
                           DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_challenges",
           CHALLENGE_SELECT "WHERE c.org_id = $1 AND c.event_id = $2 ORDER BY c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(CHALLENGE_OUT(a, row)), fn, ctx);
}

DbStatus q_hack_partner_challenges(Db *db, int64_t org_id, int64_t partner_id, Arena *a,
                                   Challenge *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_partner_challenges",
           CHALLENGE_SELECT "WHERE c.org_id = $1 AND c.partner_id = $2 "
                            "ORDER BY e.starts_at DESC, c.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(partner_id)),
                          DB_COLS(CHALLENGE_OUT(a, row)), fn, ctx);
}

DbStatus q_hack_criterion_add(Db *db, int64_t org_id, int64_t event_id, const char *label,
                              int64_t weight, int64_t *id)
{
    DB_SQL(st, "hack_criterion_add",
           "INSERT INTO event_criteria (org_id, event_id, label, weight) SELECT e.org_id, e.id, "
           "$3, $4 FROM events e WHERE e.org_id = $1 AND e.id = $2 RETURNING id");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(event_id), db_str(label), db_int64(weight)), id);
}

DbStatus q_hack_criteria(Db *db, int64_t org_id, int64_t event_id, Arena *a, Criterion *row,
                         DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_criteria",
           "SELECT id, label, weight FROM event_criteria WHERE org_id = $1 AND event_id = $2 "
           "ORDER BY id");
    return db_select_many(
        db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
        DB_COLS(db_int64_out(&row->id), db_text(a, &row->label), db_int64_out(&row->weight)), fn,
        ctx);
}

DbStatus q_hack_team_add(Db *db, int64_t org_id, int64_t event_id, int64_t challenge_id,
                         const char *name, int64_t now, int64_t *id)
{
    DB_SQL(st, "hack_team_add",
           "INSERT INTO event_teams (org_id, event_id, challenge_id, name, created_at) "
           "SELECT c.org_id, c.event_id, c.id, $4, $5 FROM event_challenges c "
           "WHERE c.org_id = $1 AND c.event_id = $2 AND c.id = $3 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(event_id), db_int64(challenge_id),
                                 db_str(name), db_int64(now)),
                           id);
}

DbStatus q_hack_member_add(Db *db, int64_t org_id, int64_t team_id, int64_t registration_id)
{
    DB_SQL(st, "hack_member_add",
           "INSERT INTO event_team_members (org_id, team_id, registration_id) "
           "SELECT t.org_id, t.id, r.id FROM event_teams t JOIN event_registrations r "
           "ON r.event_id = t.event_id WHERE t.org_id = $1 AND t.id = $2 AND r.id = $3 "
           "AND r.status = 'registered'");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(team_id), db_int64(registration_id)));
}

#define TEAM_SELECT                                                                                \
    "SELECT t.id, t.org_id, t.event_id, t.challenge_id, t.name, c.title, "                         \
    "(SELECT COUNT(*) FROM event_submissions s WHERE s.team_id = t.id), t.created_at "             \
    "FROM event_teams t JOIN event_challenges c ON c.id = t.challenge_id "

#define TEAM_OUT(a, t)                                                                             \
    db_int64_out(&(t)->id), db_int64_out(&(t)->org_id), db_int64_out(&(t)->event_id),              \
        db_int64_out(&(t)->challenge_id), db_text(a, &(t)->name),                                  \
        db_text(a, &(t)->challenge_title), db_int64_out(&(t)->submissions),                        \
        db_int64_out(&(t)->created_at)

DbStatus q_hack_teams(Db *db, int64_t org_id, int64_t event_id, Arena *a, HackTeam *row, DbRowFn fn,
                      void *ctx)
{
    DB_SQL(st, "hack_teams",
           TEAM_SELECT "WHERE t.org_id = $1 AND t.event_id = $2 "
                       "ORDER BY t.name COLLATE \"und-x-icu\", t.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(TEAM_OUT(a, row)), fn, ctx);
}

DbStatus q_hack_team_get(Db *db, int64_t org_id, int64_t id, Arena *a, HackTeam *out)
{
    DB_SQL(st, "hack_team_get", TEAM_SELECT "WHERE t.org_id = $1 AND t.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(TEAM_OUT(a, out)));
}

DbStatus q_hack_team_of(Db *db, int64_t registration_id, Arena *a, HackTeam *out)
{
    DB_SQL(st, "hack_team_of",
           TEAM_SELECT "JOIN event_team_members m ON m.team_id = t.id "
                       "WHERE m.registration_id = $1");
    return db_select_one(db, &st, DB_IN(db_int64(registration_id)), DB_COLS(TEAM_OUT(a, out)));
}

DbStatus q_hack_team_members(Db *db, int64_t org_id, int64_t event_id, Arena *a, int64_t *team_id,
                             char **name, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_team_members",
           "SELECT t.id, r.name FROM event_teams t JOIN event_team_members m ON m.team_id = t.id "
           "JOIN event_registrations r ON r.id = m.registration_id "
           "WHERE t.org_id = $1 AND t.event_id = $2 ORDER BY t.id, r.name COLLATE \"und-x-icu\"");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(db_int64_out(team_id), db_text(a, name)), fn, ctx);
}

DbStatus q_hack_free_people(Db *db, int64_t org_id, int64_t event_id, Arena *a,
                            EventRegistration *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_free_people",
           "SELECT r.id, r.name FROM event_registrations r WHERE r.org_id = $1 "
           "AND r.event_id = $2 AND r.status = 'registered' AND NOT EXISTS (SELECT 1 FROM "
           "event_team_members m WHERE m.registration_id = r.id) "
           "ORDER BY r.name COLLATE \"und-x-icu\", r.id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(db_int64_out(&row->id), db_text(a, &row->name)), fn, ctx);
}

DbStatus q_hack_submission_add(Db *db, int64_t org_id, int64_t team_id, const Submission *s,
                               const void *data, int64_t now, int64_t *id)
{
    DB_SQL(st, "hack_submission_add",
           "INSERT INTO event_submissions (org_id, team_id, url, file_name, file_type, "
           "file_size, file_data, created_at) SELECT t.org_id, t.id, $3, $4, $5, "
           "CAST($6 AS BIGINT), $7, $8 FROM event_teams t WHERE t.org_id = $1 AND t.id = $2 "
           "RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(org_id), db_int64(team_id), db_str(s->url), db_str(s->file_name),
              db_str(s->file_type), s->file_name ? db_int64(s->file_size) : db_null(),
              s->file_name ? db_blob(data, (size_t)s->file_size) : db_null(), db_int64(now)),
        id);
}

#define SUBMISSION_OUT(a, s)                                                                       \
    db_int64_out(&(s)->id), db_int64_out(&(s)->team_id), db_text(a, &(s)->url),                    \
        db_text(a, &(s)->file_name), db_text(a, &(s)->file_type), db_int64_out(&(s)->file_size),   \
        db_int64_out(&(s)->created_at)

DbStatus q_hack_submissions(Db *db, int64_t org_id, int64_t team_id, Arena *a, Submission *row,
                            DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_submissions",
           "SELECT id, team_id, url, file_name, file_type, COALESCE(file_size, 0), created_at "
           "FROM event_submissions WHERE org_id = $1 AND team_id = $2 "
           "ORDER BY created_at DESC, id DESC");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(team_id)),
                          DB_COLS(SUBMISSION_OUT(a, row)), fn, ctx);
}

DbStatus q_hack_submission_file(Db *db, int64_t org_id, int64_t id, Arena *a, Submission *out,
                                char **data, size_t *len)
{
    DB_SQL(st, "hack_submission_file",
           "SELECT id, team_id, url, file_name, file_type, file_size, created_at, file_data "
           "FROM event_submissions WHERE org_id = $1 AND id = $2 AND file_name IS NOT NULL");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(SUBMISSION_OUT(a, out), db_blob_out(a, data, len)));
}

DbStatus q_hack_score_set(Db *db, int64_t org_id, int64_t team_id, int64_t juror_id,
                          int64_t criterion_id, int64_t score)
{
    DB_SQL(st, "hack_score_set",
           "INSERT INTO event_scores (org_id, team_id, juror_id, criterion_id, score) "
           "SELECT t.org_id, t.id, $3, c.id, $5 FROM event_teams t JOIN event_criteria c "
           "ON c.event_id = t.event_id WHERE t.org_id = $1 AND t.id = $2 AND c.id = $4 "
           "ON CONFLICT (team_id, juror_id, criterion_id) DO UPDATE SET score = excluded.score");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(team_id), db_int64(juror_id),
                         db_int64(criterion_id), db_int64(score)));
}

DbStatus q_hack_scores(Db *db, int64_t org_id, int64_t event_id, Score *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "hack_scores",
           "SELECT s.team_id, s.juror_id, s.criterion_id, s.score FROM event_scores s "
           "JOIN event_teams t ON t.id = s.team_id WHERE s.org_id = $1 AND t.event_id = $2 "
           "ORDER BY s.team_id, s.juror_id, s.criterion_id");
    return db_select_many(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(db_int64_out(&row->team_id), db_int64_out(&row->juror_id),
                                  db_int64_out(&row->criterion_id), db_int64_out(&row->score)),
                          fn, ctx);
}
