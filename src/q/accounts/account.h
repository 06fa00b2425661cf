/* q/accounts/account.h — the statements on accounts (account.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_ACCOUNT_H
#define TRAJECT_Q_ACCOUNTS_ACCOUNT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/accounts.h"

DbStatus q_account_add(Db *db, const char *email, const char *name, const char *hash,
                       const char *lang, int64_t now, int64_t *id);
DbStatus q_account_by_email(Db *db, const char *email, Arena *a, AccountRow *out);
DbStatus q_account_by_id(Db *db, int64_t id, Arena *a, AccountRow *out);
DbStatus q_account_set_password(Db *db, int64_t id, const char *hash);
DbStatus q_account_set_profile(Db *db, int64_t id, const char *name, const char *lang);
DbStatus q_account_set_lang(Db *db, int64_t id, const char *lang);
DbStatus q_account_set_disabled(Db *db, int64_t id, int64_t disabled);
DbStatus q_account_list(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx);
/* Gives or takes the platform role of operator (on: 1 or 0). */
DbStatus q_account_set_operator(Db *db, int64_t id, int64_t on);
/* The operators whose accounts are not disabled, oldest first; fn(ctx) per row. */
DbStatus q_account_operators(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx);

#endif
