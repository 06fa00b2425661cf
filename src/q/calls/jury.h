/* q/calls/jury.h — the statements on a call's jury, conflicts and review assignments (jury.c), one
 * function each. Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_CALLS_JURY_H
#define TRAJECT_Q_CALLS_JURY_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/calls.h"

DbStatus q_jury_list(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row, DbRowFn fn,
                     void *ctx);
/* DB_NONE unless the account holds the jury role at the funder and the call is open to
 * changes (or the member is on the jury already). */
DbStatus q_jury_add(Db *db, int64_t org_id, int64_t call_id, int64_t account_id, int64_t now);
/* Also removes the member's assignments. */
/* Sets the review deadline of the funder's undecided call (DB_NONE otherwise) and forgets
 * the reminders sent for an earlier one. */
DbStatus q_call_review_deadline_set(Db *db, int64_t org_id, int64_t call_id, int64_t deadline);
DbStatus q_jury_remove(Db *db, int64_t org_id, int64_t call_id, int64_t account_id);
DbStatus q_jury_candidates(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row,
                           DbRowFn fn, void *ctx);
DbStatus q_jury_matrix(Db *db, int64_t org_id, int64_t call_id, Arena *a, JuryCell *row, DbRowFn fn,
                       void *ctx);
DbStatus q_assignments_clear_auto(Db *db, int64_t org_id, int64_t call_id);
/* DB_NONE when the pair is conflicted or not of this call's jury and eligible proposals. */
DbStatus q_assign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id, int64_t account_id,
                  bool manual, int64_t now);
DbStatus q_unassign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                    int64_t account_id);
DbStatus q_juror_proposals(Db *db, int64_t org_id, int64_t account_id, Arena *a, JurorProposal *row,
                           DbRowFn fn, void *ctx);
/* DB_NONE unless the account sits on the proposal's jury and it is eligible. */
DbStatus q_conflict_declare(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                            const char *reason, int64_t now);
/* DB_ONE when the account is assigned to the proposal and not conflicted with it. */
DbStatus q_juror_may_read(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id);

#endif
