/* q/calls/call.h — the statements on calls for projects (call.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_CALLS_CALL_H
#define TRAJECT_Q_CALLS_CALL_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/calls.h"

DbStatus q_call_get(Db *db, int64_t org_id, int64_t id, Arena *a, Call *out);
DbStatus q_call_list(Db *db, int64_t org_id, Arena *a, Call *row, DbRowFn fn, void *ctx);
/* The sort columns of the funder's list of calls, in the order of its pager's columns:
 * the closing moment (the first, latest first), the budget. */
enum { CALL_BY_CLOSES, CALL_BY_BUDGET, CALL_SORTS };
/* One page of the funder's calls (db/page.h), searched by title in every language. */
DbStatus q_call_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Call *row, DbRowFn fn,
                     void *ctx);
/* The funder's calls matching the search pattern like ('' for all). */
DbStatus q_call_count(Db *db, int64_t org_id, const char *like, int64_t *n);
/* A call that is not a draft, whatever its organisation. */
DbStatus q_call_public(Db *db, int64_t id, Arena *a, Call *out);
DbStatus q_calls_open(Db *db, int64_t now, Arena *a, Call *row, DbRowFn fn, void *ctx);
DbStatus q_call_add(Db *db, const Call *c, int64_t now, int64_t *id);
/* DB_NONE when not found or decided. */
DbStatus q_call_update(Db *db, const Call *c, int64_t now);
/* DB_NONE unless it was a draft. */
DbStatus q_call_publish(Db *db, int64_t org_id, int64_t id, int64_t now);
DbStatus q_call_items(Db *db, int64_t org_id, int64_t call_id, Arena *a, CallItem *row, DbRowFn fn,
                      void *ctx);
/* DB_NONE when the call is not ours or decided. */
DbStatus q_call_item_add(Db *db, int64_t org_id, int64_t call_id, const CallItem *it);
/* DB_NONE when not ours or the call is no longer a draft. */
DbStatus q_call_item_delete(Db *db, int64_t org_id, int64_t id, int64_t *call_id);
DbStatus q_target_groups(Db *db, int64_t org_id, Arena *a, TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_target_group_add(Db *db, int64_t org_id, const char *const name[3]);
DbStatus q_target_group_archive(Db *db, int64_t org_id, int64_t id);
DbStatus q_call_groups(Db *db, int64_t org_id, int64_t call_id, Arena *a, TargetGroup *row,
                       DbRowFn fn, void *ctx);
DbStatus q_call_groups_clear(Db *db, int64_t org_id, int64_t call_id);
/* DB_NONE when the group is not the funder's. */
DbStatus q_call_group_add(Db *db, int64_t org_id, int64_t call_id, int64_t group_id);

#endif
