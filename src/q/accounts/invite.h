/* q/accounts/invite.h — the statements on invitations (invite.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_INVITE_H
#define TRAJECT_Q_ACCOUNTS_INVITE_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/accounts.h"

/* person_id: the person record the accepted account is linked to (0: a new one). */
DbStatus q_invite_add(Db *db, int64_t org_id, const char *email, int64_t roles, const char *lang,
                      const char *token_hash, int64_t invited_by, int64_t now, int64_t expires_at,
                      int64_t person_id, int64_t *id);
/* An open (unaccepted, unrevoked, unexpired) invitation by token, any organisation: the
 * token itself is the credential. */
DbStatus q_invite_by_token(Db *db, const char *token_hash, int64_t now, Arena *a, Invitation *out);
DbStatus q_invite_accept(Db *db, int64_t id, int64_t account_id, int64_t now);
DbStatus q_invite_revoke(Db *db, int64_t org_id, int64_t id, int64_t now);
DbStatus q_invite_list_open(Db *db, int64_t org_id, int64_t now, Arena *a, Invitation *row,
                            DbRowFn fn, void *ctx);

#endif
