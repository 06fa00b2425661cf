/* q/calls/cols.h — the records that several statements of q/calls/ read alike, each read
 * in one place: a proposal (PROPOSAL_COLS and PROPOSAL_FROM in the SQL, PROPOSAL_OUT() for
 * the result: both change together), a target group and a budget line (the statements
 * select id, name_en, name_nl, name_fr and id, label, amount). Internal to q/calls/. */
#ifndef TRAJECT_Q_CALLS_COLS_H
#define TRAJECT_Q_CALLS_COLS_H

#include "db/db.h"
#include "model/calls.h"

#define PROPOSAL_COLS                                                                              \
    "p.id, p.org_id, o.name, p.call_id, p.funder_id, p.status, p.title, COALESCE(p.summary, "      \
    "''), p.requested, p.planned_trained, p.planned_reached, COALESCE(p.submitted_at, 0), "        \
    "COALESCE(p.receipt, ''), p.updated_at "
#define PROPOSAL_FROM "FROM proposals p JOIN organisations o ON o.id = p.org_id "

/* The columns of PROPOSAL_COLS, read into *x. */
#define PROPOSAL_OUT(a, x)                                                                         \
    db_int64_out(&(x)->id), db_int64_out(&(x)->org_id), db_text(a, &(x)->org_name),                \
        db_int64_out(&(x)->call_id), db_int64_out(&(x)->funder_id),                                \
        db_vocab(&proposal_status_vocab, (int *)&(x)->status), db_text(a, &(x)->title),            \
        db_text(a, &(x)->summary), db_int64_out(&(x)->requested),                                  \
        db_int64_out(&(x)->planned_trained), db_int64_out(&(x)->planned_reached),                  \
        db_int64_out(&(x)->submitted_at), db_text(a, &(x)->receipt),                               \
        db_int64_out(&(x)->updated_at)

/* A target group's id, name_en, name_nl, name_fr, read into *x. */
#define GROUP_OUT(a, x)                                                                            \
    db_int64_out(&(x)->id), db_text(a, &(x)->name[0]), db_text(a, &(x)->name[1]),                  \
        db_text(a, &(x)->name[2])

/* A budget line's id, label, amount, read into *x. */
#define BUDGET_LINE_OUT(a, x)                                                                      \
    db_int64_out(&(x)->id), db_text(a, &(x)->label), db_int64_out(&(x)->amount)

#endif
