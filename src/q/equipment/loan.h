/* q/equipment/loan.h — statements on loans of equipment: lending an item, its return, the
 * open loan of an item, an item's history, what is out (a page, the soonest due first, so
 * the overdue come first), the overdue loans whose reminder is due and who it goes to, and
 * the borrowers a loan can go to. Owns nothing; texts are allocated in the arena given. */
#ifndef TRAJECT_Q_EQUIPMENT_LOAN_H
#define TRAJECT_Q_EQUIPMENT_LOAN_H

#include "core/arena.h"
#include "db/db.h"
#include "db/page.h"
#include "model/equipment.h"

/* The borrower of loan n, as columns of a statement (kind, id, name; the kind is NULL
 * when there is no loan), its joins, and its DbCols: shared by item.c and loan.c. */
#define LOAN_BORROWER_COLS                                                                         \
    "CASE WHEN n.person_id IS NOT NULL THEN 'person' WHEN n.team_id IS NOT NULL THEN 'team' "      \
    "WHEN n.location_id IS NOT NULL THEN 'location' END, "                                         \
    "COALESCE(n.person_id, n.team_id, n.location_id, 0), COALESCE(bp.name, bt.name, bl.name, '')"
#define LOAN_BORROWER_JOINS                                                                        \
    "LEFT JOIN people bp ON bp.id = n.person_id LEFT JOIN teams bt ON bt.id = n.team_id "          \
    "LEFT JOIN locations bl ON bl.id = n.location_id"
#define LOAN_BORROWER_OUT(a, b)                                                                    \
    db_vocab(&borrower_kinds, (int *)&(b)->kind), db_int64_out(&(b)->id), db_text(a, &(b)->name)

/* Lends item_id of org_id to b (a learner enrolled in one of org_id's cohorts and still so,
 * or one of its teams or locations) from lent_on to due_on, recorded by lent_by; *id
 * receives the loan's. DB_NONE when the item or the borrower is not org_id's; DB_CONFLICT
 * when the item is out already (the database's unique index on open loans). */
DbStatus q_loan_add(Db *db, int64_t org_id, int64_t item_id, const Borrower *b, const char *lent_on,
                    const char *due_on, int64_t lent_by, int64_t now, int64_t *id);

/* Closes the open loan of item_id on returned_on, the item back in condition c: DB_NONE
 * when there is none or it started after returned_on. */
DbStatus q_loan_return(Db *db, int64_t org_id, int64_t item_id, const char *returned_on,
                       ItemCondition c, int64_t returned_by);

/* The open loan of item_id: DB_NONE when it is in. */
DbStatus q_loan_open(Db *db, int64_t org_id, int64_t item_id, Arena *a, Loan *out);

/* The loans of item_id, the latest first (a page: one sort column, LOAN_BY_LENT). */
enum { LOAN_BY_LENT, LOAN_HISTORY_SORTS };
DbStatus q_loan_history(Db *db, int64_t org_id, int64_t item_id, const DbPage *p, Arena *a,
                        Loan *row, DbRowFn fn, void *ctx);
DbStatus q_loan_history_count(Db *db, int64_t org_id, int64_t item_id, const char *like,
                              int64_t *n);

/* What is out of org_id, the soonest due first (a page: one sort column, OUT_BY_DUE); the
 * search looks in the item's label and serial number and the borrower's name. */
enum { OUT_BY_DUE, OUT_SORTS };
DbStatus q_loans_out(Db *db, int64_t org_id, const DbPage *p, Arena *a, Loan *row, DbRowFn fn,
                     void *ctx);
DbStatus q_loans_out_count(Db *db, int64_t org_id, const char *like, int64_t *n);
/* How many loans of org_id are out, and how many of them were due before today. */
DbStatus q_loans_out_summary(Db *db, int64_t org_id, const char *today, int64_t *out,
                             int64_t *overdue);

/* Every organisation's loans still out that were due before today and have had no reminder,
 * with who lent them (scheduler). */
DbStatus q_loans_overdue(Db *db, const char *today, Arena *a, OverdueLoan *row, DbRowFn fn,
                         void *ctx);
/* Claims the reminder of loan id: DB_ONE once, DB_NONE when it was sent (or returned)
 * meanwhile, here or by another server. */
DbStatus q_loan_remind_claim(Db *db, int64_t org_id, int64_t id, int64_t now);
/* Who the reminder of loan id goes to: the learner, or each member of the team, with an
 * address (none for a location); lang is their account's, "en" without one. */
DbStatus q_loan_recipients(Db *db, int64_t org_id, int64_t id, Arena *a, Recipient *row, DbRowFn fn,
                           void *ctx);

/* The borrowers of org_id whose name matches like ('' for all): learners enrolled and still
 * so, teams, then locations, by name; at most limit of them. */
DbStatus q_borrowers(Db *db, int64_t org_id, const char *like, int64_t limit, Arena *a,
                     Borrower *row, DbRowFn fn, void *ctx);
/* One of those by kind and id: DB_NONE when it is not a borrower of org_id. */
DbStatus q_borrower_get(Db *db, int64_t org_id, BorrowerKind kind, int64_t id, Arena *a,
                        Borrower *out);

#endif
