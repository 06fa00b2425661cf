/* q/calls/proposal_cols.h — the columns of a proposal as the statements of proposal.c and
 * proposal_list.c read them, in one place: PROPOSAL_COLS and PROPOSAL_FROM in the SQL,
 * proposal_cols() for the result (both change together). Internal to q/calls/. */
#ifndef TRAJECT_Q_CALLS_PROPOSAL_COLS_H
#define TRAJECT_Q_CALLS_PROPOSAL_COLS_H

#include "db/db.h"
#include "model/calls.h"
#include "q/calls/vocab_read.h"

#define PROPOSAL_COLS                                                                              \
    "p.id, p.org_id, o.name, p.call_id, p.funder_id, p.status, p.title, COALESCE(p.summary, "      \
    "''), p.requested, p.planned_trained, p.planned_reached, COALESCE(p.submitted_at, 0), "        \
    "COALESCE(p.receipt, ''), p.updated_at "
#define PROPOSAL_FROM "FROM proposals p JOIN organisations o ON o.id = p.org_id "

/* Fills c (PROPOSAL_NCOLS + 1 columns) for the row x; rd reads the status. */
static inline void proposal_cols(DbCol *c, Arena *a, Proposal *x, VocabRead *rd)
{
    *rd = (VocabRead){.v = &proposal_status_vocab, .out = (int *)&x->status};
    int i = 0;
    c[i++] = db_int64_out(&x->id);
    c[i++] = db_int64_out(&x->org_id);
    c[i++] = db_text(a, &x->org_name);
    c[i++] = db_int64_out(&x->call_id);
    c[i++] = db_int64_out(&x->funder_id);
    c[i++] = db_text(a, &rd->key);
    c[i++] = db_text(a, &x->title);
    c[i++] = db_text(a, &x->summary);
    c[i++] = db_int64_out(&x->requested);
    c[i++] = db_int64_out(&x->planned_trained);
    c[i++] = db_int64_out(&x->planned_reached);
    c[i++] = db_int64_out(&x->submitted_at);
    c[i++] = db_text(a, &x->receipt);
    c[i++] = db_int64_out(&x->updated_at);
    c[i] = (DbCol)DB_END;
}

#endif
