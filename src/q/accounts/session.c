/* session.c — statements on sessions and on sign-in throttling. */
#include "q/accounts/session.h"

#include "model/accounts.h"

DbStatus q_session_add(Db *db, const char *token_hash, int64_t account_id, int64_t current_org,
                       int64_t now)
{
    DB_SQL(st, "session_add",
           "INSERT INTO sessions (token_hash, account_id, current_org, created_at, last_seen_at) "
           "VALUES ($1, $2, $3, $4, $4)");
    return db_exec(db, &st,
                   DB_IN(db_str(token_hash), db_int64(account_id),
                         current_org ? db_int64(current_org) : db_null(), db_int64(now)));
}

DbStatus q_session_get(Db *db, const char *token_hash, SessionRow *out)
{
    DB_SQL(st, "session_get",
           "SELECT id, account_id, current_org, created_at, last_seen_at FROM sessions "
           "WHERE token_hash = $1");
    return db_select_one(db, &st, DB_IN(db_str(token_hash)),
                         DB_COLS(db_int64_out(&out->id), db_int64_out(&out->account_id),
                                 db_int64_out(&out->current_org), db_int64_out(&out->created_at),
                                 db_int64_out(&out->last_seen_at)));
}

DbStatus q_session_view(Db *db, const char *token_hash, int64_t org_id, Arena *a, SessionView *out)
{
    DB_SQL(st, "session_view",
           "SELECT s.id, s.account_id, s.current_org, s.created_at, s.last_seen_at, a.email, "
           "a.name, a.lang, a.disabled, a.operator, m.roles, o.name, o.kind, o.created_at "
           "FROM sessions s JOIN accounts a ON a.id = s.account_id "
           "LEFT JOIN memberships m ON m.org_id = $2 AND m.account_id = s.account_id "
           "AND a.disabled = 0 "
           "LEFT JOIN organisations o ON o.id = m.org_id "
           "WHERE s.token_hash = $1");
    *out = (SessionView){0};
    SessionRow *s = &out->session;
    AccountRow *acc = &out->account;
    Org *o = &out->org;
    int kind = ORG_TRAINING;
    bool no_roles = true, no_org = true;
    DbStatus r = db_select_one(
        db, &st, DB_IN(db_str(token_hash), db_int64(org_id)),
        DB_COLS(db_int64_out(&s->id), db_int64_out(&s->account_id), db_int64_out(&s->current_org),
                db_int64_out(&s->created_at), db_int64_out(&s->last_seen_at),
                db_text(a, &acc->email), db_text(a, &acc->name), db_text(a, &acc->lang),
                db_int64_out(&acc->disabled), db_int64_out(&acc->operator),
                db_int64_null(&o->roles, &no_roles), db_text(a, &o->name),
                db_vocab(&org_kinds, &kind), db_int64_null(&o->created_at, &no_org)));
    acc->id = s->account_id;
    o->kind = (OrgKind)kind;
    if (r == DB_ONE && org_id && !no_roles && !no_org)
        o->id = org_id;
    return r;
}

DbStatus q_session_touch(Db *db, int64_t id, int64_t now)
{
    DB_SQL(st, "session_touch", "UPDATE sessions SET last_seen_at = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(now)));
}

DbStatus q_session_set_org(Db *db, int64_t id, int64_t org_id)
{
    DB_SQL(st, "session_set_org", "UPDATE sessions SET current_org = $2 WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id), db_int64(org_id)));
}

DbStatus q_session_delete(Db *db, int64_t id)
{
    DB_SQL(st, "session_delete", "DELETE FROM sessions WHERE id = $1");
    return db_exec(db, &st, DB_IN(db_int64(id)));
}

DbStatus q_session_delete_account(Db *db, int64_t account_id)
{
    DB_SQL(st, "session_delete_account", "DELETE FROM sessions WHERE account_id = $1");
    return db_exec(db, &st, DB_IN(db_int64(account_id)));
}

DbStatus q_session_expire(Db *db, int64_t idle_before, int64_t created_before)
{
    DB_SQL(st, "session_expire", "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2");
    return db_exec(db, &st, DB_IN(db_int64(idle_before), db_int64(created_before)));
}

DbStatus q_signin_failures_get(Db *db, const char *email, SignInFailures *out)
{
    DB_SQL(st, "signin_failures_get",
           "SELECT failures, last_at, locked_until FROM sign_in_failures WHERE email = $1");
    return db_select_one(db, &st, DB_IN(db_str(email)),
                         DB_COLS(db_int64_out(&out->failures), db_int64_out(&out->last_at),
                                 db_int64_out(&out->locked_until)));
}

DbStatus q_signin_failures_put(Db *db, const char *email, const SignInFailures *f)
{
    DB_SQL(st, "signin_failures_put",
           "INSERT INTO sign_in_failures (email, failures, last_at, locked_until) "
           "VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO UPDATE SET "
           "failures = excluded.failures, last_at = excluded.last_at, "
           "locked_until = excluded.locked_until");
    return db_exec(db, &st,
                   DB_IN(db_str(email), db_int64(f->failures), db_int64(f->last_at),
                         db_int64(f->locked_until)));
}

DbStatus q_signin_failures_clear(Db *db, const char *email)
{
    DB_SQL(st, "signin_failures_clear", "DELETE FROM sign_in_failures WHERE email = $1");
    return db_exec(db, &st, DB_IN(db_str(email)));
}
