/* q/calls/proposal.h — the statements on proposals (proposal.c), one function each.
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_CALLS_PROPOSAL_H
#define TRAJECT_Q_CALLS_PROPOSAL_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "model/calls.h"

/* DB_NONE when the call is not published or has closed. */
DbStatus q_proposal_add(Db *db, int64_t org_id, int64_t call_id, const char *title, int64_t now,
                        int64_t *id);
DbStatus q_proposal_get(Db *db, int64_t org_id, int64_t id, Arena *a, Proposal *out);
/* The lists of proposals, a page at a time: q/calls/proposal_list.h. */
/* DB_NONE unless it is a draft of the organisation. */
DbStatus q_proposal_update(Db *db, const Proposal *p, int64_t now);
/* DB_NONE unless a draft of ours, its call open at now (to the second) and the amount
 * within the call's limits. */
DbStatus q_proposal_submit(Db *db, int64_t org_id, int64_t id, int64_t now, int64_t by,
                           const char *receipt);
DbStatus q_budget_lines(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, BudgetLine *row,
                        DbRowFn fn, void *ctx);
DbStatus q_budget_line_add(Db *db, int64_t org_id, int64_t proposal_id, const char *label,
                           int64_t amount);
DbStatus q_budget_line_delete(Db *db, int64_t org_id, int64_t id, int64_t *proposal_id);
DbStatus q_proposal_groups(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, TargetGroup *row,
                           DbRowFn fn, void *ctx);
DbStatus q_proposal_group_choices(Db *db, int64_t org_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_proposal_groups_clear(Db *db, int64_t org_id, int64_t proposal_id);
DbStatus q_proposal_group_add(Db *db, int64_t org_id, int64_t proposal_id, int64_t group_id);

DbStatus q_files(Db *db, int64_t viewer_org, int64_t proposal_id, Arena *a, FileRow *row,
                 DbRowFn fn, void *ctx);
/* DB_NONE unless a draft of the organisation and an attachment item of its call. */
DbStatus q_file_put(Db *db, int64_t org_id, int64_t proposal_id, int64_t item_id,
                    const char *filename, const void *data, size_t size, const char *sha256,
                    int64_t by, int64_t now);
DbStatus q_file_get(Db *db, int64_t viewer_org, int64_t proposal_id, int64_t id, Arena *a,
                    char **filename, char **data, size_t *size);

DbStatus q_funder_proposal(Db *db, int64_t funder_id, int64_t id, Arena *a, Proposal *out);
DbStatus q_funder_budget_lines(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                               BudgetLine *row, DbRowFn fn, void *ctx);
DbStatus q_funder_proposal_groups(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_screening(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a, ScreeningRow *row,
                     DbRowFn fn, void *ctx);
/* DB_NONE when the item is not on the proposal's checklist or screening is over. */
DbStatus q_screening_set(Db *db, int64_t funder_id, int64_t proposal_id, int64_t item_id, bool met,
                         const char *reason);
DbStatus q_screening_outcome(Db *db, int64_t funder_id, int64_t proposal_id, bool eligible,
                             int64_t now, int64_t by);
DbStatus q_proposal_submitter(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                              char **email, char **lang);

#endif
