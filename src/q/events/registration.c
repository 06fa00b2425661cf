/* registration.c — statements on registrations and invitations (see registration.h). */
#include "q/events/registration.h"

#include "core/vocab.h"
#include "model/training.h"

DbStatus q_reg_add(Db *db, const EventRegistration *x, const char *token_hash,
                   const char *consent_hash, int64_t invitation_id, int64_t now, int64_t *id)
{
    DB_SQL(st, "reg_add",
           "INSERT INTO event_registrations (org_id, event_id, name, email, lang, birth_date, "
           "status, token_hash, invitation_id, guardian_name, guardian_email, consent, "
           "consent_token_hash, created_at, gender) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
           "CAST($9 AS BIGINT), $10, $11, $12, $13, $14, $15) RETURNING id");
    return db_select_int64(
        db, &st,
        DB_IN(db_int64(x->org_id), db_int64(x->event_id), db_str(x->name), db_str(x->email),
              db_str(x->lang), db_str(x->birth_date), db_str(vocab_key(&reg_statuses, x->status)),
              db_str(token_hash), invitation_id ? db_int64(invitation_id) : db_null(),
              db_str(x->guardian_name), db_str(x->guardian_email),
              x->consent == CONSENT_NONE ? db_null()
                                         : db_str(vocab_key(&consent_vocab, x->consent)),
              db_str(consent_hash), db_int64(now),
              x->gender ? db_str(vocab_key(&genders, x->gender)) : db_null()),
        id);
}

/* the columns of every registration statement; position: on the waiting list */
#define REG_SELECT                                                                                 \
    "SELECT r.id, r.org_id, r.event_id, r.name, r.email, r.lang, r.birth_date, r.status, "         \
    "r.guardian_name, r.guardian_email, r.consent, COALESCE(r.checked_in_at, 0), r.created_at, "   \
    "(SELECT COUNT(*) FROM event_registrations w WHERE w.event_id = r.event_id "                   \
    "AND w.status = 'waiting' AND w.id <= r.id) FROM event_registrations r "

#define REG_OUT(a, x)                                                                              \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_int64_out(&(x)->event_id),              \
        db_text(a, &(x)->name), db_text(a, &(x)->email), db_text(a, &(x)->lang),                   \
        db_text(a, &(x)->birth_date), db_vocab(&reg_statuses, (int *)&(x)->status),                \
        db_text(a, &(x)->guardian_name), db_text(a, &(x)->guardian_email),                         \
        db_vocab(&consent_vocab, (int *)&(x)->consent), db_int64_out(&(x)->checked_in_at),         \
        db_int64_out(&(x)->created_at), db_int64_out(&(x)->position)

DbStatus q_reg_by_link(Db *db, const char *token_hash, bool guardian, Arena *a,
                       EventRegistration *out)
{
    DB_SQL(by_token, "reg_by_token", REG_SELECT "WHERE r.token_hash = $1");
    DB_SQL(by_consent, "reg_by_consent", REG_SELECT "WHERE r.consent_token_hash = $1");
    return db_select_one(db, guardian ? &by_consent : &by_token, DB_IN(db_str(token_hash)),
                         DB_COLS(REG_OUT(a, out)));
}

DbStatus q_reg_get(Db *db, int64_t org_id, int64_t id, Arena *a, EventRegistration *out)
{
    DB_SQL(st, "reg_get", REG_SELECT "WHERE r.org_id = $1 AND r.id = $2");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)), DB_COLS(REG_OUT(a, out)));
}

DbStatus q_reg_status_set(Db *db, int64_t org_id, int64_t id, RegStatus from, RegStatus to)
{
    DB_SQL(st, "reg_status_set",
           "UPDATE event_registrations SET status = $4 WHERE org_id = $1 AND id = $2 "
           "AND status = $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&reg_statuses, from)),
                         db_str(vocab_key(&reg_statuses, to))));
}

DbStatus q_reg_first_waiting(Db *db, int64_t org_id, int64_t event_id, Arena *a,
                             EventRegistration *out)
{
    DB_SQL(st, "reg_first_waiting",
           REG_SELECT "WHERE r.org_id = $1 AND r.event_id = $2 AND r.status = 'waiting' "
                      "ORDER BY r.id LIMIT 1");
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(event_id)),
                         DB_COLS(REG_OUT(a, out)));
}

DbStatus q_reg_consent_set(Db *db, int64_t org_id, int64_t id, ConsentState from, ConsentState to)
{
    DB_SQL(st, "reg_consent_set",
           "UPDATE event_registrations SET consent = $4 WHERE org_id = $1 AND id = $2 "
           "AND consent = $3");
    return db_exec(db, &st,
                   DB_IN(db_int64(org_id), db_int64(id), db_str(vocab_key(&consent_vocab, from)),
                         db_str(vocab_key(&consent_vocab, to))));
}

DbStatus q_reg_checkin(Db *db, int64_t org_id, int64_t id, int64_t by, int64_t now)
{
    DB_SQL(st, "reg_checkin",
           "UPDATE event_registrations SET checked_in_at = $4, checked_in_by = $3 "
           "WHERE org_id = $1 AND id = $2 AND status = 'registered' AND checked_in_at IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(by), db_int64(now)));
}

#define REG_PAGE_WHERE                                                                             \
    REG_SELECT "WHERE r.org_id = $1 AND r.event_id = $2 AND r.status <> 'cancelled' "              \
               "AND ($3 = '' OR lower(r.name) LIKE $3 ESCAPE '\\' "                                \
               "OR lower(r.email) LIKE $3 ESCAPE '\\')"

DB_PAGE_SORT(Q_REG_PAGE_NAME, "reg_page_name", REG_PAGE_WHERE, "r.name COLLATE \"und-x-icu\"",
             "r.id", 4, 5, 6);

static const DbPageStmts reg_pages[REG_SORTS] = {
    [REG_BY_NAME] = DB_PAGE_STMTS(Q_REG_PAGE_NAME),
};

DbStatus q_reg_page(Db *db, int64_t org_id, int64_t event_id, const DbPage *p, Arena *a,
                    EventRegistration *row, DbRowFn fn, void *ctx)
{
    return db_page_select(db, p, reg_pages, REG_SORTS, DB_IN(db_int64(org_id), db_int64(event_id)),
                          DB_COLS(REG_OUT(a, row)), fn, ctx);
}

DbStatus q_reg_count(Db *db, int64_t org_id, int64_t event_id, const char *like, int64_t *n)
{
    DB_SQL(st, "reg_count",
           "SELECT COUNT(*) FROM event_registrations r WHERE r.org_id = $1 AND r.event_id = $2 "
           "AND r.status <> 'cancelled' AND ($3 = '' OR lower(r.name) LIKE $3 ESCAPE '\\' "
           "OR lower(r.email) LIKE $3 ESCAPE '\\')");
    return db_select_int64(
        db, &st, DB_IN(db_int64(org_id), db_int64(event_id), db_str(like ? like : "")), n);
}

DbStatus q_reg_reminders_due(Db *db, int64_t from, int64_t until, Arena *a, RegReminder *row,
                             DbRowFn fn, void *ctx)
{
    DB_SQL(st, "reg_reminders_due",
           "SELECT r.id, r.org_id, r.name, r.email, r.lang, e.id, e.title, e.starts_at, "
           "e.ends_at, l.name, COALESCE(l.address, ''), l.municipality, o.name "
           "FROM event_registrations r JOIN events e ON e.id = r.event_id "
           "JOIN locations l ON l.id = e.location_id JOIN organisations o ON o.id = e.org_id "
           "WHERE r.status = 'registered' AND r.reminded_at IS NULL AND e.starts_at > $1 "
           "AND e.starts_at < $2 ORDER BY r.id");
    return db_select_many(db, &st, DB_IN(db_int64(from), db_int64(until)),
                          DB_COLS(db_int64_out(&row->x.id), db_int64_out(&row->x.org_id),
                                  db_text(a, &row->x.name), db_text(a, &row->x.email),
                                  db_text(a, &row->x.lang), db_int64_out(&row->e.id),
                                  db_text(a, &row->e.title), db_int64_out(&row->e.starts_at),
                                  db_int64_out(&row->e.ends_at), db_text(a, &row->e.location_name),
                                  db_text(a, &row->e.location_address),
                                  db_text(a, &row->e.municipality), db_text(a, &row->e.org_name)),
                          fn, ctx);
}

DbStatus q_reg_reminded(Db *db, int64_t org_id, int64_t id, int64_t now)
{
    DB_SQL(st, "reg_reminded",
           "UPDATE event_registrations SET reminded_at = $3 WHERE org_id = $1 AND id = $2 "
           "AND reminded_at IS NULL");
    return db_exec(db, &st, DB_IN(db_int64(org_id), db_int64(id), db_int64(now)));
}

DbStatus q_invitation_add(Db *db, int64_t org_id, int64_t event_id, const char *name,
                          const char *email, const char *lang, const char *token_hash, int64_t now,
                          int64_t *id)
{
    DB_SQL(st, "event_invitation_add",
           "INSERT INTO event_invitations (org_id, event_id, name, email, lang, token_hash, "
           "created_at) SELECT e.org_id, e.id, $3, $4, $5, $6, $7 FROM events e "
           "WHERE e.org_id = $1 AND e.id = $2 RETURNING id");
    return db_select_int64(db, &st,
                           DB_IN(db_int64(org_id), db_int64(event_id), db_str(name), db_str(email),
                                 db_str(lang), db_str(token_hash), db_int64(now)),
                           id);
}

DbStatus q_invitation_by_token(Db *db, const char *token_hash, Arena *a, EventInvitation *out)
{
    DB_SQL(st, "event_invitation_by_token",
           "SELECT i.id, i.org_id, i.event_id, i.name, i.email, i.lang, "
           "COALESCE((SELECT MAX(r.id) FROM event_registrations r WHERE r.invitation_id = i.id "
           "AND r.status <> 'cancelled'), 0) FROM event_invitations i WHERE i.token_hash = $1");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)),
                         DB_COLS(db_int64_out(&out->id), db_int64_out(&out->org_id),
                                 db_int64_out(&out->event_id), db_text(a, &out->name),
                                 db_text(a, &out->email), db_text(a, &out->lang),
                                 db_int64_out(&out->registration_id)));
}
