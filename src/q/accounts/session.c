/* session.c — statements on sessions and on sign-in throttling. */
#include "q/accounts/session.h"

#include "model/accounts.h"

DB_STMT(Q_SESSION_ADD) = {
    .name = "session_add",
    .sql = "INSERT INTO sessions (token_hash, account_id, current_org, created_at, last_seen_at) "
           "VALUES ($1, $2, $3, $4, $4)",
};

DbStatus q_session_add(Db *db, const char *token_hash, int64_t account_id, int64_t current_org,
                       int64_t now)
{
    DbParam in[] = {db_str(token_hash), db_int64(account_id),
                    current_org ? db_int64(current_org) : db_null(), db_int64(now), DB_END};
    return db_exec(db, &Q_SESSION_ADD, in, NULL);
}

DB_STMT(Q_SESSION_GET) = {
    .name = "session_get",
    .sql = "SELECT id, account_id, current_org, created_at, last_seen_at FROM sessions "
           "WHERE token_hash = $1",
};

DbStatus q_session_get(Db *db, const char *token_hash, SessionRow *out)
{
    DbParam in[] = {db_str(token_hash), DB_END};
    DbCol col[] = {db_int64_out(&out->id),           db_int64_out(&out->account_id),
                   db_int64_out(&out->current_org),  db_int64_out(&out->created_at),
                   db_int64_out(&out->last_seen_at), DB_END};
    return db_select_one(db, &Q_SESSION_GET, in, col);
}

DB_STMT(Q_SESSION_TOUCH) = {
    .name = "session_touch",
    .sql = "UPDATE sessions SET last_seen_at = $2 WHERE id = $1",
};

DbStatus q_session_touch(Db *db, int64_t id, int64_t now)
{
    DbParam in[] = {db_int64(id), db_int64(now), DB_END};
    return db_exec(db, &Q_SESSION_TOUCH, in, NULL);
}

DB_STMT(Q_SESSION_SET_ORG) = {
    .name = "session_set_org",
    .sql = "UPDATE sessions SET current_org = $2 WHERE id = $1",
};

DbStatus q_session_set_org(Db *db, int64_t id, int64_t org_id)
{
    DbParam in[] = {db_int64(id), db_int64(org_id), DB_END};
    return db_exec(db, &Q_SESSION_SET_ORG, in, NULL);
}

DB_STMT(Q_SESSION_DELETE) = {
    .name = "session_delete",
    .sql = "DELETE FROM sessions WHERE id = $1",
};

DbStatus q_session_delete(Db *db, int64_t id)
{
    DbParam in[] = {db_int64(id), DB_END};
    return db_exec(db, &Q_SESSION_DELETE, in, NULL);
}

DB_STMT(Q_SESSION_DELETE_ACCOUNT) = {
    .name = "session_delete_account",
    .sql = "DELETE FROM sessions WHERE account_id = $1",
};

DbStatus q_session_delete_account(Db *db, int64_t account_id)
{
    DbParam in[] = {db_int64(account_id), DB_END};
    return db_exec(db, &Q_SESSION_DELETE_ACCOUNT, in, NULL);
}

DB_STMT(Q_SESSION_EXPIRE) = {
    .name = "session_expire",
    .sql = "DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
};

DbStatus q_session_expire(Db *db, int64_t idle_before, int64_t created_before)
{
    DbParam in[] = {db_int64(idle_before), db_int64(created_before), DB_END};
    return db_exec(db, &Q_SESSION_EXPIRE, in, NULL);
}

DB_STMT(Q_SIGNIN_GET) = {
    .name = "signin_failures_get",
    .sql = "SELECT failures, last_at, locked_until FROM sign_in_failures WHERE email = $1",
};

DbStatus q_signin_failures_get(Db *db, const char *email, SignInFailures *out)
{
    DbParam in[] = {db_str(email), DB_END};
    DbCol col[] = {db_int64_out(&out->failures), db_int64_out(&out->last_at),
                   db_int64_out(&out->locked_until), DB_END};
    return db_select_one(db, &Q_SIGNIN_GET, in, col);
}

DB_STMT(Q_SIGNIN_PUT) = {
    .name = "signin_failures_put",
    .sql = "INSERT INTO sign_in_failures (email, failures, last_at, locked_until) "
           "VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO UPDATE SET "
           "failures = excluded.failures, last_at = excluded.last_at, "
           "locked_until = excluded.locked_until",
};

DbStatus q_signin_failures_put(Db *db, const char *email, const SignInFailures *f)
{
    DbParam in[] = {db_str(email), db_int64(f->failures), db_int64(f->last_at),
                    db_int64(f->locked_until), DB_END};
    return db_exec(db, &Q_SIGNIN_PUT, in, NULL);
}

DB_STMT(Q_SIGNIN_CLEAR) = {
    .name = "signin_failures_clear",
    .sql = "DELETE FROM sign_in_failures WHERE email = $1",
};

DbStatus q_signin_failures_clear(Db *db, const char *email)
{
    DbParam in[] = {db_str(email), DB_END};
    return db_exec(db, &Q_SIGNIN_CLEAR, in, NULL);
}
