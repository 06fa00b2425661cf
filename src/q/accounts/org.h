/* q/accounts/org.h — the statements on organisations (org.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_ORG_H
#define TRAJECT_Q_ACCOUNTS_ORG_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/accounts.h"

DbStatus q_org_add(Db *db, const char *name, OrgKind kind, int64_t now, int64_t *id);
DbStatus q_org_get(Db *db, int64_t org_id, Arena *a, Org *out);
DbStatus q_org_find_by_name(Db *db, const char *name, Arena *a, Org *out);
/* Organisations an account is a member of, ordered by name; fn(ctx) per row. */
DbStatus q_org_list_for_account(Db *db, int64_t account_id, Arena *a, Org *row, DbRowFn fn,
                                void *ctx);

#endif
