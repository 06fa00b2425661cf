/* q/accounts/member.h — the statements on memberships and people (member.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_ACCOUNTS_MEMBER_H
#define TRAJECT_Q_ACCOUNTS_MEMBER_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/accounts.h"

/* Adds roles to a membership (creating it and the person record if needed). */
DbStatus q_member_grant(Db *db, int64_t org_id, int64_t account_id, int64_t roles, int64_t now);
DbStatus q_member_set_roles(Db *db, int64_t org_id, int64_t account_id, int64_t roles);
DbStatus q_member_remove(Db *db, int64_t org_id, int64_t account_id);
DbStatus q_member_roles(Db *db, int64_t org_id, int64_t account_id, int64_t *roles);
DbStatus q_member_get(Db *db, int64_t org_id, int64_t account_id, Arena *a, Member *out);
DbStatus q_member_list(Db *db, int64_t org_id, Arena *a, Member *row, DbRowFn fn, void *ctx);
/* The sort columns of the members list, in the order of its pager's columns. */
enum { MEMBER_BY_NAME, MEMBER_BY_JOINED, MEMBER_SORTS };
/* One page of members (db/page.h): searched by name or e-mail, sorted by name or by the
 * date they joined (p->sort). */
DbStatus q_member_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Member *row, DbRowFn fn,
                       void *ctx);
/* Members matching the search pattern like ('' for all). */
DbStatus q_member_count(Db *db, int64_t org_id, const char *like, int64_t *n);
/* Number of members holding any role in mask. */
DbStatus q_member_count_role(Db *db, int64_t org_id, int64_t mask, int64_t *n);
/* q_member_count_role for two masks at once. */
DbStatus q_member_count_roles(Db *db, int64_t org_id, int64_t mask_a, int64_t mask_b, int64_t *a,
                              int64_t *b);
DbStatus q_person_add_for_account(Db *db, int64_t org_id, int64_t account_id, const char *name,
                                  const char *email, int64_t now);

#endif
