/* q/calls/proposal_list.h — the lists of proposals a page at a time (proposal_list.c,
 * db/page.h): an organisation's own, and those submitted to a funder's call. Both search
 * the title and the applicant's name (like: a db_like_pattern, '' for none) and filter on
 * a status (a key of proposal_status_vocab, '' or NULL for any). Text results are
 * allocated in the given arena. */
#ifndef TRAJECT_Q_CALLS_PROPOSAL_LIST_H
#define TRAJECT_Q_CALLS_PROPOSAL_LIST_H

#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/calls.h"

/* The sort columns of the organisation's own list, in the order of its pager's columns:
 * the last change (the first, newest first), title, amount requested, submission. */
enum { OWN_BY_CHANGED, OWN_BY_TITLE, OWN_BY_REQUESTED, OWN_BY_SUBMITTED, OWN_SORTS };
DbStatus q_own_proposal_page(Db *db, int64_t org_id, const char *status, const DbPage *p, Arena *a,
                             Proposal *row, DbRowFn fn, void *ctx);
/* The organisation's proposals with that status and search. */
DbStatus q_own_proposal_count(Db *db, int64_t org_id, const char *status, const char *like,
                              int64_t *n);

/* The sort columns of a call's list for its funder: submission (the first), title,
 * applicant, amount requested. Never a draft. */
enum {
    CALL_PROPOSAL_BY_SUBMITTED,
    CALL_PROPOSAL_BY_TITLE,
    CALL_PROPOSAL_BY_ORG,
    CALL_PROPOSAL_BY_REQUESTED,
    CALL_PROPOSAL_SORTS
};
DbStatus q_call_proposal_page(Db *db, int64_t funder_id, int64_t call_id, const char *status,
                              const DbPage *p, Arena *a, Proposal *row, DbRowFn fn, void *ctx);
/* How many proposals of the funder's call match (status, search) and the sum they request. */
DbStatus q_call_proposal_totals(Db *db, int64_t funder_id, int64_t call_id, const char *status,
                                const char *like, int64_t *n, int64_t *requested);

#endif
