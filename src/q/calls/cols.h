/* q/calls/cols.h — the records that several statements of q/calls/ read alike, each read
 * in one place: a proposal (PROPOSAL_COLS and PROPOSAL_FROM in the SQL, proposal_cols()
 * for the result: both change together), a target group and a budget line (the
 * statements select id, name_en, name_nl, name_fr and id, label, amount). Internal to
 * q/calls/. */
#ifndef TRAJECT_Q_CALLS_COLS_H
#define TRAJECT_Q_CALLS_COLS_H

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

/* Runs st (a statement selecting PROPOSAL_COLS) with in, for one proposal. */
static inline DbStatus proposal_one(Db *db, const DbStmt *st, const DbParam *in, Arena *a,
                                    Proposal *out)
{
    DbCol col[PROPOSAL_NCOLS + 1];
    VocabRead rd;
    proposal_cols(col, a, out, &rd);
    return vocab_read_one(db_select_one(db, st, in, col), &rd);
}

/* Runs st (a statement selecting PROPOSAL_COLS) with in, each row into *row, then fn. */
static inline DbStatus proposal_rows(Db *db, const DbStmt *st, const DbParam *in, Arena *a,
                                     Proposal *row, DbRowFn fn, void *ctx)
{
    DbCol col[PROPOSAL_NCOLS + 1];
    VocabRead rd;
    proposal_cols(col, a, row, &rd);
    rd.fn = fn;
    rd.ctx = ctx;
    return db_select_many(db, st, in, col, vocab_read_row, &rd);
}

/* Runs st (selecting a target group's id, name_en, name_nl, name_fr) with in. */
static inline DbStatus group_rows(Db *db, const DbStmt *st, const DbParam *in, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx)
{
    DbCol col[] = {db_int64_out(&row->id), db_text(a, &row->name[0]), db_text(a, &row->name[1]),
                   db_text(a, &row->name[2]), DB_END};
    return db_select_many(db, st, in, col, fn, ctx);
}

/* Runs st (selecting a budget line's id, label, amount) with in. */
static inline DbStatus budget_line_rows(Db *db, const DbStmt *st, const DbParam *in, Arena *a,
                                        BudgetLine *row, DbRowFn fn, void *ctx)
{
    DbCol col[] = {db_int64_out(&row->id), db_text(a, &row->label), db_int64_out(&row->amount),
                   DB_END};
    return db_select_many(db, st, in, col, fn, ctx);
}

#endif
