/* q/accounts/session.h — the statements on sessions and sign-in throttling (session.c), one
 * function each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_SESSION_H
#define TRAJECT_Q_ACCOUNTS_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/accounts.h"

DbStatus q_session_add(Db *db, const char *token_hash, int64_t account_id, int64_t current_org,
                       int64_t now);
DbStatus q_session_get(Db *db, const char *token_hash, SessionRow *out);
/* The session of token_hash with its account (DB_NONE: no such session) and, when org_id is
 * not 0, the account's roles in that organisation and the organisation (out->org.id stays 0
 * when the account is not a member there or is disabled). */
DbStatus q_session_view(Db *db, const char *token_hash, int64_t org_id, Arena *a, SessionView *out);
DbStatus q_session_touch(Db *db, int64_t id, int64_t now);
DbStatus q_session_set_org(Db *db, int64_t id, int64_t org_id);
DbStatus q_session_delete(Db *db, int64_t id);
DbStatus q_session_delete_account(Db *db, int64_t account_id);
/* Deletes sessions idle since before idle_before or created before created_before. */
DbStatus q_session_expire(Db *db, int64_t idle_before, int64_t created_before);

DbStatus q_signin_failures_get(Db *db, const char *email, SignInFailures *out);
DbStatus q_signin_failures_put(Db *db, const char *email, const SignInFailures *f);
DbStatus q_signin_failures_clear(Db *db, const char *email);

#endif
