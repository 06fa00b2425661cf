/* q/accounts/reset.h — the statements on password resets (reset.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_RESET_H
#define TRAJECT_Q_ACCOUNTS_RESET_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

DbStatus q_reset_add(Db *db, int64_t account_id, const char *token_hash, int64_t now,
                     int64_t expires_at);
/* The account of an unused, unexpired token. */
DbStatus q_reset_find(Db *db, const char *token_hash, int64_t now, int64_t *account_id);
/* Marks it used; DB_NONE when it was used meanwhile (single use under concurrency). */
DbStatus q_reset_use(Db *db, const char *token_hash, int64_t now);

#endif
