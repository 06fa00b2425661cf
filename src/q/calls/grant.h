/* q/calls/grant.h — the statements on grants (grant.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_CALLS_GRANT_H
#define TRAJECT_Q_CALLS_GRANT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/calls.h"

/* DB_NONE unless the proposal is a selected one of the funder's call. */
DbStatus q_grant_create(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                        int64_t amount, int64_t now, int64_t *id);
DbStatus q_tranche_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                       const char *label, int64_t amount);
DbStatus q_grant_line_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                          const char *label, int64_t amount);
/* Read by the funder or the grantee: viewer_org is either. */
DbStatus q_grant_get(Db *db, int64_t viewer_org, int64_t id, Arena *a, GrantRow *out);
/* The sort columns of the grants list, in the order of its pager's columns: project
 * title, the other organisation (the grantee for the funder, the funder for the grantee),
 * amount awarded. */
enum { GRANT_BY_TITLE, GRANT_BY_ORG, GRANT_BY_AMOUNT, GRANT_SORTS };
/* One page of the grants the organisation awarded (funder) or received (db/page.h),
 * searched by project title and organisation names. */
DbStatus q_grant_page(Db *db, int64_t org_id, bool funder, const DbPage *p, Arena *a, GrantRow *row,
                      DbRowFn fn, void *ctx);
/* Those grants matching the search pattern like ('' for all). */
DbStatus q_grant_count(Db *db, int64_t org_id, bool funder, const char *like, int64_t *n);
DbStatus q_tranches(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, TrancheRow *row,
                    DbRowFn fn, void *ctx);
/* A tranche of the funder's (org_id) still to pay, and its grant; DB_NONE when not found
 * or paid already. */
DbStatus q_tranche_due(Db *db, int64_t org_id, int64_t id, Arena *a, TrancheRow *out,
                       int64_t *grant_id);
/* The funder only; DB_NONE when not found or paid already. */
DbStatus q_tranche_pay(Db *db, int64_t org_id, int64_t id, const char *on, int64_t *grant_id);
DbStatus q_grant_lines(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, GrantLine *row,
                       DbRowFn fn, void *ctx);
DbStatus q_expenses(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, ExpenseRow *row,
                    DbRowFn fn, void *ctx);
/* The grantee only; DB_NONE when the grant or the line is not its own. */
DbStatus q_expense_add(Db *db, int64_t grantee_org, int64_t grant_id, int64_t line_id,
                       const char *on, int64_t amount, const char *description, int64_t by,
                       int64_t now);

#endif
